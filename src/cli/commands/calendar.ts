// The calendar commands (1.1.hours): day, add-business-days, business-days-between,
// business-minutes-between, add-business-minutes, next-opening, calendar, closures; and the
// summary `cs-policy` prints without a subcommand. Dates read as people write them; ISO in --json.
import { intervalAt, MONDAY_FIRST, weeklyIntervals } from '../../calendar/options.js';
import type { BusinessCalendar, ClosureReason, DayDescription } from '../../calendar/business-calendar.js';
import {
  daysInMonth,
  epochDayFromCivil,
  epochDayOfInstant,
  formatEpochDay,
  parseIsoDate,
  weekdayOf,
} from '../../calendar/civil.js';
import { closureText as closureWords, isWeeklyClosure } from '../../calendar/closure-text.js';
import { toJstIsoString } from '../../calendar/format.js';
import type { Bilingual } from '../../words/bilingual.js';
import { countEn } from '../../words/count.js';
import { dateText, instantText } from '../../words/dates.js';
import { both, NOW_TODAY, type AnyCommandSpec, type CommandSpec } from '../command-spec.js';
import type { Lang } from '../io.js';
import { durationText } from '../../words/duration.js';

/**
 * A closure reason in the chosen language (the library's one wording); a holiday after the last year of
 * the official Cabinet Office list says it is projected (interpretation 14), so staff know to check it.
 */
export function closureText(reason: ClosureReason, lang: Lang): string {
  const words = closureWords(reason)[lang];
  if (reason.kind !== 'national-holiday' || !reason.projected) return words;
  return lang === 'ja'
    ? `${words} (予測: 公式の祝日一覧の公表前)`
    : `${words} (projected: not yet in the official list)`;
}

const joinClosures = (day: DayDescription, lang: Lang) =>
  day.closures.map((c) => closureText(c, lang)).join(lang === 'ja' ? '、' : '; ');

/** One day: `2026年12月29日(火): 休業日 — 年末年始休業`. */
export function dayLine(day: DayDescription, lang: Lang): string {
  const head = dateText(day.date)[lang];
  if (day.businessDay) return `${head}: ${lang === 'ja' ? '営業日' : 'business day'}`;
  return `${head}: ${lang === 'ja' ? '休業日' : 'closed'} — ${joinClosures(day, lang)}`;
}

const MARKS: Record<ClosureReason['kind'], string> = {
  weekend: '-',
  'closed-weekday': '-',
  'national-holiday': 'H',
  'year-end': 'Y',
  'company-closure': 'C',
};

/** The mark of a day in the month grid: the most specific reason wins (company, holiday, year-end, weekend). */
function markOf(day: DayDescription): string {
  if (day.businessDay) return ' ';
  for (const kind of ['company-closure', 'national-holiday', 'year-end', 'weekend', 'closed-weekday'] as const) {
    if (day.closures.some((c) => c.kind === kind)) return MARKS[kind];
  }
  return '?';
}

function monthDays(calendar: BusinessCalendar, month: string): DayDescription[] {
  const [year, mon] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const first = epochDayFromCivil(year, mon, 1);
  return Array.from({ length: daysInMonth(year, mon) }, (_, i) => calendar.describeDay(formatEpochDay(first + i)));
}

const SHORT_DAYS: readonly Bilingual[] = [
  { ja: '日', en: 'Sun' },
  { ja: '月', en: 'Mon' },
  { ja: '火', en: 'Tue' },
  { ja: '水', en: 'Wed' },
  { ja: '木', en: 'Thu' },
  { ja: '金', en: 'Fri' },
  { ja: '土', en: 'Sat' },
];

/**
 * The days closed every week, which the lists leave out (isWeeklyClosure) and the month grid marks `-`: ふだんの土日
 * under Monday–Friday hours (the words people expect), else the days by name: 毎週の休み(水・日), Saturday hours
 * or not (issue 12).
 */
function weeklyClosures(calendar: BusinessCalendar): { list: Bilingual; mark: Bilingual } {
  const week = weeklyIntervals(calendar.options.hours);
  const closed = MONDAY_FIRST.filter((w) => week[w]!.length === 0);
  if (closed.join() === '6,0')
    return { list: { ja: 'ふだんの土日', en: 'ordinary weekends' }, mark: { ja: '土日', en: 'weekend' } };
  const names = closed.map((w) => SHORT_DAYS[w]!);
  const days = { ja: names.map((n) => n.ja).join('・'), en: names.map((n) => n.en).join(', ') };
  const words = { ja: `毎週の休み(${days.ja})`, en: `days closed every week (${days.en})` };
  return { list: words, mark: { ja: words.ja, en: `closed every week (${days.en})` } };
}

/** A month grid, Monday first, each closed day marked, the closures besides weekly ones listed under it. */
export function monthGrid(calendar: BusinessCalendar, month: string, lang: Lang): string {
  const [year, mon] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const first = epochDayFromCivil(year, mon, 1);
  const days = monthDays(calendar, month);
  const title =
    lang === 'ja'
      ? `${year}年${mon}月 営業日カレンダー`
      : `Business calendar, ${new Date(Date.UTC(year, mon - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}`;
  // Japanese weekday names are full width (two columns each), so they take two spaces less padding.
  const header = (
    lang === 'ja' ? ['月', '火', '水', '木', '金', '土', '日'] : ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']
  )
    .map((d) => `  ${d}`)
    .join('');
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
  const { mark } = weeklyClosures(calendar);
  lines.push(
    lang === 'ja'
      ? `記号: H 祝日 / Y 年末年始 / C 弊社休業日 / - ${mark.ja} (空白は営業日)`
      : `Marks: H holiday / Y year-end closure / C company closure / - ${mark.en} (blank: business day)`,
  );
  for (const day of days)
    if (!day.businessDay && !day.closures.every(isWeeklyClosure)) lines.push(`  ${dayLine(day, lang)}`);
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
  // Open until the close of the interval now is in: 12:00 before a lunch break, not the day's last close.
  const close = open ? intervalAt(calendar.hoursOn(now), now.getTime())?.close : undefined;
  // While open, the next opening is the one after that close (13:00 after a lunch break; tomorrow otherwise).
  const nextOpening = calendar.nextBusinessOpening(
    close === undefined
      ? now
      : close === '24:00'
        ? `${formatEpochDay(todayDay + 1)}T00:00+09:00`
        : `${formatEpochDay(todayDay)}T${close}+09:00`,
  );
  // Look 90 days ahead, but not past the holiday data: near its end, up to its last day.
  const lastCovered = parseIsoDate(calendar.coverage.to)!;
  const horizon = Math.min(todayDay + LOOK_AHEAD_DAYS, lastCovered);
  const clamped = horizon < todayDay + LOOK_AHEAD_DAYS;
  // Days closed only for the weekend (or a weekly closing day) are left out; a Saturday in the year-end closure
  // is listed (it is one).
  const ahead = calendar
    .closedDaysBetween(formatEpochDay(todayDay), formatEpochDay(horizon))
    .filter((d) => !d.closures.every(isWeeklyClosure));
  const weekly = weeklyClosures(calendar).list;
  const nowText = instantText(now.getTime());
  const horizonText = dateText(horizon);
  const lines = [
    lang === 'ja'
      ? `JMAS カスタマー・サービス (ポリシー ${policyVersion})`
      : `JMAS Customer Services (policy ${policyVersion})`,
    lang === 'ja'
      ? `現在 ${nowText.ja}: ${open ? `受付時間内です (${close} まで)` : '受付時間外です'}`
      : `Now ${nowText.en}: support is ${open ? `open (until ${close} JST)` : 'closed'}`,
    lang === 'ja'
      ? `次の受付開始: ${instantText(nextOpening.getTime()).ja}`
      : `Next opening: ${instantText(nextOpening.getTime()).en}`,
    clamped
      ? lang === 'ja'
        ? `${horizonText.ja} (祝日データの最終日) までの休業日 (${weekly.ja}は省略):`
        : `Closures until ${horizonText.en}, the last day of the holiday data (${weekly.en} left out):`
      : lang === 'ja'
        ? `今後 ${LOOK_AHEAD_DAYS} 日間の休業日 (${weekly.ja}は省略):`
        : `Closures in the next ${LOOK_AHEAD_DAYS} days (${weekly.en} left out):`,
    ...(ahead.length ? ahead.map((d) => `  ${dayLine(d, lang)}`) : [lang === 'ja' ? '  なし' : '  none']),
    '',
    lang === 'ja' ? 'ヘルプ: cs-policy --help' : 'Help: cs-policy --help',
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

const DATE_HELP = (example: string): Bilingual => ({
  ja: `日付 (例: ${example}、2027/1/4、令和9年1月4日、今日)`,
  en: `a date, e.g. ${example} (also 2027/1/4, 令和9年1月4日, today)`,
});
const INSTANT_HELP = (example: string): Bilingual => ({
  ja: `日時 (例: ${example}、2027/1/4 9:30、2027年1月4日 18時30分; オフセットなしは日本時間)`,
  en: `a date-time, e.g. ${example} (also 2027/1/4 9:30; no offset = JST)`,
});

/** "10 営業日後" / "3 business days before". */
function businessDaysText(n: number): Bilingual {
  return n < 0
    ? { ja: `${-n} 営業日前`, en: `${countEn(-n, 'business day')} before` }
    : { ja: `${n} 営業日後`, en: `${countEn(n, 'business day')} after` };
}

/** 90 business minutes as `90 分 (1時間30分)`; fractions (seconds) kept to two decimals. */
function minutesText(minutes: number): Bilingual {
  const round = Math.round(minutes * 100) / 100;
  const span = Math.abs(round) >= 60 ? durationText(round) : undefined;
  return {
    ja: `${round} 分${span ? ` (${span.ja})` : ''}`,
    en: `${countEn(round, 'business minute')}${span ? ` (${span.en})` : ''}`,
  };
}

export const CALENDAR_COMMANDS: readonly AnyCommandSpec[] = [
  {
    name: 'day',
    summary: {
      ja: 'JST の日付が営業日かどうか、休業日ならその理由すべて (1.1.hours)',
      en: 'whether a JST date is a business day, and every reason it is closed (1.1.hours)',
    },
    args: [{ key: 'date', kind: 'date', help: DATE_HELP('2026-12-29') }],
    examples: ['day 2026-12-29', 'day 令和8年12月29日 --lang en'],
    jsonShape: '`DayDescription`: `{ date, businessDay, closures: ClosureReason[] }`',
    now: NOW_TODAY,
    run: (i: { date: string }, ctx) => {
      const day = ctx.calendar().describeDay(i.date);
      return { json: day, text: both((lang) => dayLine(day, lang)) };
    },
  } satisfies CommandSpec<{ date: string }>,
  {
    name: 'add-business-days',
    summary: {
      ja: '日付の n 営業日後 (n < 0 なら前)。その日自体は数えません',
      en: 'the n-th business day after a date (n < 0: before); the date itself is not counted',
    },
    args: [
      { key: 'date', kind: 'date', help: DATE_HELP('2026-12-25') },
      { key: 'n', kind: 'whole', help: { ja: '営業日数 (整数)', en: 'a whole number of business days' } },
    ],
    examples: ['add-business-days 2026-12-25 10', 'add-business-days 2027/1/15 -3 --lang en'],
    jsonShape: '`{ date, n, result }` (ISO dates)',
    now: NOW_TODAY,
    run: (i: { date: string; n: number }, ctx) => {
      const result = ctx.calendar().addBusinessDays(i.date, i.n);
      const [r, d, n] = [dateText(result), dateText(i.date), businessDaysText(i.n)];
      return {
        json: { date: i.date, n: i.n, result },
        text: { ja: `${r.ja} (${d.ja} の ${n.ja})`, en: `${r.en} (${n.en} ${d.en})` },
      };
    },
  } satisfies CommandSpec<{ date: string; n: number }>,
  {
    name: 'business-days-between',
    summary: {
      ja: '2 つの日付の間の営業日数: from の翌日から to まで (to < from なら負)',
      en: 'business days between two dates: those after FROM up to and including TO (negative when TO < FROM)',
    },
    args: [
      { key: 'from', kind: 'date', help: DATE_HELP('2026-12-25') },
      { key: 'to', kind: 'date', help: DATE_HELP('2027-01-15') },
    ],
    examples: ['business-days-between 2026-12-25 2027-01-15'],
    jsonShape: '`{ from, to, businessDays }`',
    now: NOW_TODAY,
    run: (i: { from: string; to: string }, ctx) => {
      const n = ctx.calendar().businessDaysBetween(i.from, i.to);
      const [f, t] = [dateText(i.from), dateText(i.to)];
      return {
        json: { from: i.from, to: i.to, businessDays: n },
        text: {
          ja: `${n} 営業日 (${f.ja} の翌日から ${t.ja} まで)`,
          en: `${countEn(n, 'business day')} (after ${f.en}, up to and including ${t.en})`,
        },
      };
    },
  } satisfies CommandSpec<{ from: string; to: string }>,
  {
    name: 'business-minutes-between',
    summary: {
      ja: '2 つの日時の間の営業時間 (分): 営業日の受付時間内だけを数えます',
      en: 'business minutes between two instants: only business hours of business days count',
    },
    args: [
      { key: 'from', kind: 'instant', help: INSTANT_HELP('2026-12-28T17:00') },
      { key: 'to', kind: 'instant', help: INSTANT_HELP('2027-01-04T10:00') },
    ],
    examples: ['business-minutes-between "2026-12-28 17:00" "2027-01-04 10:00"'],
    jsonShape: '`{ from, to, businessMinutes }` (instants as ISO 8601 in JST)',
    now: NOW_TODAY,
    run: (i: { from: string; to: string }, ctx) => {
      const minutes = ctx.calendar().businessMinutesBetween(i.from, i.to);
      const [f, t, m] = [instantText(i.from), instantText(i.to), minutesText(minutes)];
      return {
        json: { from: i.from, to: i.to, businessMinutes: minutes },
        text: { ja: `営業時間で ${m.ja} (${f.ja} から ${t.ja} まで)`, en: `${m.en} (from ${f.en} to ${t.en})` },
      };
    },
  } satisfies CommandSpec<{ from: string; to: string }>,
  {
    name: 'add-business-minutes',
    summary: {
      ja: '日時から営業時間で n 分後の日時 (受付時間外と休業日は数えません)',
      en: 'the instant n business minutes after an instant (hours outside business hours do not count)',
    },
    args: [
      { key: 'instant', kind: 'instant', help: INSTANT_HELP('2026-12-28T17:00') },
      {
        key: 'minutes',
        kind: 'whole',
        help: { ja: '営業時間の分数 (整数)', en: 'a whole number of business minutes' },
      },
    ],
    examples: ['add-business-minutes "2026-12-28 17:00" 120'],
    jsonShape: '`{ instant, minutes, result }` (instants as ISO 8601 in JST)',
    now: NOW_TODAY,
    run: (i: { instant: string; minutes: number }, ctx) => {
      const result = toJstIsoString(ctx.calendar().addBusinessMinutes(i.instant, i.minutes));
      const [r, s] = [instantText(result), instantText(i.instant)];
      return {
        json: { instant: i.instant, minutes: i.minutes, result },
        text: {
          ja: `${r.ja} (${s.ja} から営業時間で ${i.minutes} 分${i.minutes < 0 ? '前' : '後'})`,
          en: `${r.en} (${countEn(Math.abs(i.minutes), 'business minute')} ${i.minutes < 0 ? 'before' : 'after'} ${s.en})`,
        },
      };
    },
  } satisfies CommandSpec<{ instant: string; minutes: number }>,
  {
    name: 'next-opening',
    summary: {
      ja: '受付時間内ならその日時、時間外なら次の営業日の受付開始 (9:30)',
      en: 'the instant itself when inside business hours, else the next 09:30 JST of a business day',
    },
    args: [{ key: 'instant', kind: 'instant', help: INSTANT_HELP('2026-12-28T18:45+09:00') }],
    examples: ['next-opening 2026-12-28T18:45+09:00', 'next-opening "今日 19:00" --now 2026-12-28T12:00'],
    jsonShape: '`{ instant, withinBusinessHours, nextOpening }`',
    now: NOW_TODAY,
    run: (i: { instant: string }, ctx) => {
      const opening = toJstIsoString(ctx.calendar().nextBusinessOpening(i.instant));
      const within = ctx.calendar().isWithinBusinessHours(i.instant);
      const o = instantText(opening);
      return {
        json: { instant: i.instant, withinBusinessHours: within, nextOpening: opening },
        text: {
          ja: `${o.ja}${within ? ' (受付時間内)' : ''}`,
          en: `${o.en}${within ? ' (within business hours)' : ''}`,
        },
      };
    },
  } satisfies CommandSpec<{ instant: string }>,
  {
    name: 'calendar',
    summary: {
      ja: '月の営業日カレンダー: 休業日に印と理由',
      en: 'a month grid of business days that marks each closure and why',
    },
    args: [
      {
        key: 'month',
        kind: 'month',
        help: {
          ja: '月 (例: 2027-01、2027年1月、令和9年1月、今月)',
          en: 'a month, e.g. 2027-01 (also 2027年1月, this month)',
        },
      },
    ],
    examples: ['calendar 2027-01', 'calendar 2027年8月 --closure 2027-08-13..2027-08-16:夏季休業'],
    jsonShape: '`{ month, days: DayDescription[] }`',
    now: NOW_TODAY,
    run: (i: { month: string }, ctx) => ({
      json: { month: i.month, days: monthDays(ctx.calendar(), i.month) },
      text: both((lang) => monthGrid(ctx.calendar(), i.month, lang)),
    }),
  } satisfies CommandSpec<{ month: string }>,
  {
    name: 'closures',
    summary: {
      ja: '2 つの日付の間の休業日とその理由 (--all でふだんの土日・定休日も)。--ics で iCalendar ファイル',
      en: 'the days support is closed between two dates, each with why (weekends and weekly closing days left out unless --all); --ics for a calendar file',
    },
    args: [
      { key: 'from', kind: 'date', help: DATE_HELP('2026-12-01') },
      {
        key: 'to',
        kind: 'date',
        help: { ja: '最終日 (その日を含む)', en: 'the last day (inclusive), e.g. 2027-01-31' },
      },
    ],
    options: [
      {
        key: 'all',
        kind: 'flag',
        help: { ja: 'ふだんの土日と定休日も並べます', en: 'list ordinary weekends and weekly closing days too' },
      },
      {
        key: 'ics',
        kind: 'flag',
        help: {
          ja: '休業日の iCalendar ファイルを出力 (ふだんの土日と定休日は含みません)',
          en: 'print an iCalendar file of the closures (never ordinary weekends or weekly closing days)',
        },
      },
    ],
    examples: ['closures 2026-12-01 2027-01-31', 'closures 2027-01-01 2027-12-31 --ics > closures-2027.ics'],
    jsonShape: '`{ from, to, days: DayDescription[] }`; with `--ics`, the iCalendar text',
    now: { ja: `${NOW_TODAY.ja}、--ics の作成日時 (DTSTAMP)`, en: `${NOW_TODAY.en}; the DTSTAMP of --ics` },
    run: async (i: { from: string; to: string; all?: boolean; ics?: boolean }, ctx) => {
      const { lang } = ctx.options();
      if (i.ics) {
        const { closuresToIcs } = await import('../../ics/index.js');
        return { raw: closuresToIcs({ from: i.from, to: i.to }, { policy: ctx.policy(), lang, stamp: ctx.now() }) };
      }
      const days = ctx
        .calendar()
        .closedDaysBetween(i.from, i.to)
        .filter((d) => i.all || !d.closures.every(isWeeklyClosure));
      const [f, t, weekly] = [dateText(i.from), dateText(i.to), weeklyClosures(ctx.calendar()).list];
      const head: Bilingual = {
        ja: `${f.ja}〜${t.ja} の休業日: ${days.length} 日${i.all ? '' : ` (${weekly.ja}は省略)`}`,
        en: `${countEn(days.length, 'closed day')} from ${f.en} to ${t.en}${i.all ? '' : ` (${weekly.en} left out)`}`,
      };
      return {
        json: { from: i.from, to: i.to, days },
        text: both((l) => [head[l], ...days.map((d) => `  ${dateText(d.date)[l]}: ${joinClosures(d, l)}`)].join('\n')),
      };
    },
  } satisfies CommandSpec<{ from: string; to: string; all?: boolean; ics?: boolean }>,
] as readonly AnyCommandSpec[];
