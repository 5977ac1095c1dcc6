import type { Command } from 'commander';
import {
  HOLIDAY_COVERAGE,
  toJstIsoString,
  type BusinessCalendar,
  type ClosureReason,
  type DayDescription,
} from '../index.js';
import {
  daysInMonth,
  epochDayFromCivil,
  epochDayOfInstant,
  formatEpochDay,
  parseIsoDate,
  weekdayOf,
} from '../calendar/civil.js';
import { CsPolicyError } from '../errors.js';
import { pick, toJson, type Lang } from './io.js';
import type { CliContext } from './context.js';
import { parseWhole } from './commands/shared.js';
import { closureText as closureWords } from '../calendar/closure-text.js';
import { summaryOf } from '../calendar/options.js';

const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A closure reason in the chosen language (the library's one wording). */
export function closureText(reason: ClosureReason, lang: Lang): string {
  return closureWords(reason)[lang];
}

function weekdayLabel(date: string, lang: Lang): string {
  // `date` comes from describeDay, so it is always a valid 'YYYY-MM-DD'.
  const day = parseIsoDate(date)!;
  return (lang === 'ja' ? WEEKDAY_JA : WEEKDAY_EN)[weekdayOf(day)]!;
}

function dayLine(day: DayDescription, lang: Lang): string {
  const head = `${day.date} (${weekdayLabel(day.date, lang)})`;
  if (day.businessDay) return `${head}: ${pick(lang, { ja: '営業日', en: 'business day' })}`;
  return `${head}: ${pick(lang, { ja: '休業日', en: 'closed' })} — ${day.closures.map((c) => closureText(c, lang)).join(lang === 'ja' ? '、' : '; ')}`;
}

const MARKS: Record<ClosureReason['kind'], string> = {
  weekend: '-',
  'national-holiday': 'H',
  'year-end': 'Y',
  'company-closure': 'C',
};

/** The mark of a day in the month grid: the most specific reason wins (company, holiday, year-end, weekend). */
function markOf(day: DayDescription): string {
  if (day.businessDay) return ' ';
  for (const kind of ['company-closure', 'national-holiday', 'year-end', 'weekend'] as const) {
    if (day.closures.some((c) => c.kind === kind)) return MARKS[kind];
  }
  return '?';
}

export function monthGrid(calendar: BusinessCalendar, month: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(match?.[1]);
  const mon = Number(match?.[2]);
  if (!match || mon < 1 || mon > 12)
    throw new CsPolicyError('INVALID_DATE', `month ${JSON.stringify(month)} must be "YYYY-MM"`);
  const first = epochDayFromCivil(year, mon, 1);
  const days = Array.from({ length: daysInMonth(year, mon) }, (_, i) =>
    calendar.describeDay(formatEpochDay(first + i)),
  );
  const title = pick(lang, {
    ja: `${year}年${mon}月 営業日カレンダー`,
    en: `Business calendar, ${new Date(Date.UTC(year, mon - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}`,
  });
  // Japanese weekday names are full width (two columns each), so they take two spaces less padding.
  const header = (
    lang === 'ja'
      ? ['月', '火', '水', '木', '金', '土', '日'].map((d) => `  ${d}`)
      : ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((d) => `  ${d}`)
  ).join('');
  const lines = [title, header];
  // Weeks start on Monday; weekdayOf is 0 = Sunday.
  let cells = Array.from({ length: (weekdayOf(first) + 6) % 7 }, () => '    ');
  for (const [i, day] of days.entries()) {
    cells.push(`${String(i + 1).padStart(3)}${markOf(day)}`);
    if (cells.length === 7) {
      lines.push(cells.join(''));
      cells = [];
    }
  }
  if (cells.length) lines.push(cells.join(''));
  lines.push('');
  lines.push(
    pick(lang, {
      ja: '記号: H 祝日 / Y 年末年始 / C 弊社休業日 / - 土日 (空白は営業日)',
      en: 'Marks: H holiday / Y year-end closure / C company closure / - weekend (blank: business day)',
    }),
  );
  for (const day of days)
    if (!day.businessDay && day.closures.some((c) => c.kind !== 'weekend')) lines.push(`  ${dayLine(day, lang)}`);
  return lines.join('\n');
}

/** How far the no-argument summary looks for closures. */
const LOOK_AHEAD_DAYS = 90;

/** `cs-policy` with no subcommand: is support open now, the next opening, and the closures ahead. */
export function summary(
  calendar: BusinessCalendar,
  policyVersion: string,
  now: Date,
  lang: Lang,
): { text: string; json: unknown } {
  const open = calendar.isWithinBusinessHours(now);
  const todayDay = epochDayOfInstant(now.getTime());
  // While open, the next opening is on a later day: look from the next JST midnight.
  const nextOpening = calendar.nextBusinessOpening(open ? `${formatEpochDay(todayDay + 1)}T00:00+09:00` : now);
  // Look 90 days ahead, but not past the holiday data: near its end, up to its last day.
  const lastCovered = parseIsoDate(HOLIDAY_COVERAGE.to)!;
  const horizon = Math.min(todayDay + LOOK_AHEAD_DAYS, lastCovered);
  const clamped = horizon < todayDay + LOOK_AHEAD_DAYS;
  const ahead = calendar
    .closedDaysBetween(formatEpochDay(todayDay), formatEpochDay(horizon))
    .filter((d) => d.closures.some((c) => c.kind !== 'weekend'));
  const close = summaryOf(calendar.options.hours).close;
  const lines = [
    pick(lang, {
      ja: `JMAS カスタマー・サービス (ポリシー ${policyVersion})`,
      en: `JMAS Customer Services (policy ${policyVersion})`,
    }),
    pick(lang, {
      ja: `現在 ${toJstIsoString(now)}: ${open ? `受付時間内です (${close} まで)` : '受付時間外です'}`,
      en: `Now ${toJstIsoString(now)}: support is ${open ? `open (until ${close} JST)` : 'closed'}`,
    }),
    pick(lang, {
      ja: `次の受付開始: ${toJstIsoString(nextOpening)}`,
      en: `Next opening: ${toJstIsoString(nextOpening)}`,
    }),
    clamped
      ? pick(lang, {
          ja: `${formatEpochDay(horizon)} (祝日データの最終日) までの休業日 (土日を除く):`,
          en: `Closures until ${formatEpochDay(horizon)}, the last day of the holiday data (besides weekends):`,
        })
      : pick(lang, {
          ja: `今後 ${LOOK_AHEAD_DAYS} 日間の休業日 (土日を除く):`,
          en: `Closures in the next ${LOOK_AHEAD_DAYS} days (besides weekends):`,
        }),
    ...(ahead.length ? ahead.map((d) => `  ${dayLine(d, lang)}`) : [pick(lang, { ja: '  なし', en: '  none' })]),
    '',
    pick(lang, { ja: 'ヘルプ: cs-policy --help', en: 'Help: cs-policy --help' }),
  ];
  return {
    text: lines.join('\n'),
    json: {
      policyVersion,
      now: toJstIsoString(now),
      open,
      nextOpening: toJstIsoString(nextOpening),
      closuresUntil: formatEpochDay(horizon),
      closuresAhead: ahead,
    },
  };
}

export function registerCalendarCommands(program: Command, ctx: CliContext): void {
  const { io, calendar } = ctx;
  const globals = ctx.options;
  program
    .command('day')
    .description('whether a JST date is a business day, and every reason it is closed')
    .argument('<date>', 'a date, e.g. 2026-12-29')
    .addHelpText('after', '\nExample:\n  $ cs-policy day 2026-12-29')
    .action((date: string) => {
      const { json, lang } = globals();
      const day = calendar().describeDay(date);
      io.out(json ? toJson(day) : dayLine(day, lang));
    });

  program
    .command('add-business-days')
    .description('the n-th business day after a date (n < 0: before); the date itself is not counted')
    .argument('<date>', 'a date, e.g. 2026-12-25')
    .argument('<n>', 'a whole number of business days')
    .addHelpText('after', '\nExample:\n  $ cs-policy add-business-days 2026-12-25 10')
    .action((date: string, n: string) => {
      const { json, lang } = globals();
      const count = parseWhole(n, 'number of business days');
      const result = calendar().addBusinessDays(date, count);
      io.out(
        json
          ? toJson({ date, n: count, result })
          : pick(lang, {
              ja: `${result} (${date} の ${count} 営業日後)`,
              en: `${result} (${count} business days after ${date})`,
            }),
      );
    });

  program
    .command('next-opening')
    .description('the instant itself when inside business hours, else the next 09:30 JST of a business day')
    .argument('<instant>', 'a date-time, e.g. 2026-12-28T18:45+09:00 (no offset = JST)')
    .addHelpText('after', '\nExample:\n  $ cs-policy next-opening 2026-12-28T18:45+09:00')
    .action((instant: string) => {
      const { json, lang } = globals();
      const opening = toJstIsoString(calendar().nextBusinessOpening(instant));
      const within = calendar().isWithinBusinessHours(instant);
      io.out(
        json
          ? toJson({ instant, withinBusinessHours: within, nextOpening: opening })
          : pick(lang, {
              ja: `${opening}${within ? ' (受付時間内)' : ''}`,
              en: `${opening}${within ? ' (within business hours)' : ''}`,
            }),
      );
    });

  program
    .command('calendar')
    .description('a month grid of business days that marks each closure and why')
    .argument('<month>', 'a month, e.g. 2027-01')
    .addHelpText('after', '\nExample:\n  $ cs-policy calendar 2027-01')
    .action((month: string) => {
      const { json, lang } = globals();
      if (json) {
        const match = /^(\d{4})-(\d{2})$/.exec(month);
        if (!match || Number(match[2]) < 1 || Number(match[2]) > 12)
          throw new CsPolicyError('INVALID_DATE', `month ${JSON.stringify(month)} must be "YYYY-MM"`);
        const last = daysInMonth(Number(match[1]), Number(match[2]));
        const days = Array.from({ length: last }, (_, i) =>
          calendar().describeDay(`${month}-${String(i + 1).padStart(2, '0')}`),
        );
        io.out(toJson({ month, days }));
      } else io.out(monthGrid(calendar(), month, lang));
    });
}
