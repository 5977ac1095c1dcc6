// Business hours as people read them (`1.1.hours`, issue 12): the one definition of "the hours in words",
// for the week (the phone sentences, the contact table, the page, `policy show`) and for one day. Times are
// written as the policy writes them (`09:30`), a span with 〜 / – (JST).
import {
  MONDAY_FIRST,
  parseHours,
  weeklyIntervals,
  type BusinessHours,
  type BusinessHoursInput,
  type ResolvedCalendarOptions,
  type WeeklyHoursInput,
} from '../calendar/options.js';
import { closureText, WEEKDAY_TEXT } from '../calendar/closure-text.js';
import { andList, type Bilingual } from './bilingual.js';

type ResolvedHours = ResolvedCalendarOptions['hours'];

// Monday first, as a week is read in Japan's offices and as `hours` lists its keys.
const DAYS: readonly Bilingual[] = (
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
).map((w) => WEEKDAY_TEXT[w]);

/**
 * @internal The intervals of one day in words: `{ ja: '09:00〜12:00・13:00〜18:00', en: '09:00–12:00 and
 * 13:00–18:00' }` (no JST: the sentence says it where it needs to). A span is written with 〜, as every
 * sentence of the library writes it.
 *
 * @example
 * ```ts
 * intervalsText([{ open: '09:30', close: '18:30' }]); // { ja: '09:30〜18:30', en: '09:30–18:30' }
 * ```
 */
export function intervalsText(intervals: readonly BusinessHours[]): Bilingual {
  return andList(
    intervals.map((h) => ({ ja: `${h.open}〜${h.close}`, en: `${h.open}–${h.close}` })),
    '・',
  );
}

/** Days (Monday-first indices, ascending) as runs: 月曜日から金曜日, two days apart: 土曜日・日曜日. */
function daysText(days: readonly number[]): Bilingual {
  const runs: Bilingual[] = [];
  for (let k = 0; k < days.length; ) {
    let end = k;
    while (end + 1 < days.length && days[end + 1] === days[end]! + 1) end++;
    const [first, last] = [DAYS[days[k]!]!, DAYS[days[end]!]!];
    if (end - k >= 2) runs.push({ ja: `${first.ja}から${last.ja}`, en: `${first.en} to ${last.en}` });
    else for (let i = k; i <= end; i++) runs.push(DAYS[days[i]!]!);
    k = end + 1;
  }
  return andList(runs, '・');
}

/**
 * @internal The week's hours in words, already validated (a resolved policy's or calendar's `hours`), with the
 * closed days to name (`except`) where each language puts them. Each group of days with the same intervals is
 * `days の times` / `days, times`, groups in the order of their first day; days with the same intervals form one
 * group even when not consecutive (`月曜日・水曜日・金曜日`). One group (the 2024-10-07 hours):
 * `月曜日から金曜日(祝日…を除く)の09:30〜18:30` / `Monday to Friday, 09:30–18:30 (JST), except national holidays …`;
 * several: `月曜日から金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00(いずれも…を除く)` /
 * `Monday to Friday, 09:00–12:00 and 13:00–18:00; Saturday, 10:00–15:00 (JST), except …`. Days are named in
 * full, as the one-group form always has: a short `月〜金 09:00` would put a space between words and numbers,
 * which the library's Japanese never does.
 *
 * @example
 * ```ts
 * weekHoursText({ open: '09:30', close: '18:30' }).ja; // '月曜日から金曜日の09:30〜18:30'
 * ```
 */
export function weekHoursText(hours: ResolvedHours, except?: Bilingual): Bilingual {
  // weeklyIntervals is Sunday first (as Date.getUTCDay); the words are Monday first.
  const sundayFirst = weeklyIntervals(hours);
  const week = MONDAY_FIRST.map((w) => sundayFirst[w]!);
  const groups: { readonly days: number[]; readonly times: Bilingual }[] = [];
  const byKey = new Map<string, number[]>();
  for (const [day, intervals] of week.entries()) {
    if (intervals.length === 0) continue;
    const key = intervals.map((h) => `${h.open}-${h.close}`).join(',');
    const known = byKey.get(key);
    if (known) known.push(day);
    else {
      const days = [day];
      byKey.set(key, days);
      groups.push({ days, times: intervalsText(intervals) });
    }
  }
  const exceptEn = except === undefined ? '' : `, except ${except.en}`;
  const parts = groups.map(({ days, times }) => ({ days: daysText(days), times }));
  // One group: the closed days go between the days and the times, as the policy's own table writes it. Several:
  // after the last, with いずれも, so they read as excluded from every group and not only the last one.
  const ja =
    parts.length === 1
      ? `${parts[0]!.days.ja}${except === undefined ? '' : `(${except.ja}を除く)`}の${parts[0]!.times.ja}`
      : `${parts.map((p) => `${p.days.ja}の${p.times.ja}`).join('、')}${except === undefined ? '' : `(いずれも${except.ja}を除く)`}`;
  return { ja, en: `${parts.map((p) => `${p.days.en}, ${p.times.en}`).join('; ')} (JST)${exceptEn}` };
}

/**
 * The business hours of a week in words (`1.1.hours`, issue 12), as the library's sentences write them: the
 * 2024-10-07 hours are `月曜日から金曜日の09:30〜18:30` / `Monday to Friday, 09:30–18:30 (JST)`; hours per weekday
 * name each group of days with the same intervals, a lunch break as two intervals:
 * `月曜日から金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00` /
 * `Monday to Friday, 09:00–12:00 and 13:00–18:00; Saturday, 10:00–15:00 (JST)`.
 * Takes `hours` in either form (a policy's `calendar.hours`, a calendar's `options.hours`, or as written:
 * weekdays left out are closed); closed days (holidays, closures) are not part of it. Bad hours →
 * `INVALID_OPTIONS` naming the field.
 *
 * @example
 * ```ts
 * hoursText(policy20241007.calendar.hours); // { ja: '月曜日から金曜日の09:30〜18:30', en: 'Monday to Friday, 09:30–18:30 (JST)' }
 * const lunch = [{ open: '09:00', close: '12:00' }, { open: '13:00', close: '18:00' }];
 * hoursText({ mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: [{ open: '10:00', close: '15:00' }] }).ja;
 * // '月曜日から金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00'
 * ```
 */
export function hoursText(hours: BusinessHoursInput | WeeklyHoursInput): Bilingual {
  return weekHoursText(parseHours(hours));
}

/** `M月D日` / `D Mon` of a year-end closure's `MM-DD`. */
function monthDayText(monthDay: string): Bilingual {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3));
  const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1];
  return { ja: `${month}月${day}日`, en: `${day} ${en}` };
}

/**
 * @internal The hours of a calendar and the closed days it has, as reasons keep them: the words are made
 * when a reason is read ({@link receptionHoursText}).
 */
export interface ReceptionHours {
  readonly hours: ResolvedHours;
  /** The calendar's closed days, each in words (祝日, 年末年始休業(12月29日〜1月3日), …). */
  readonly closures: readonly Bilingual[];
}

/**
 * @internal A calendar's hours and its closed days in words (`1.1.hours`): national holidays always, the
 * year-end closure and company closure days only when the calendar has them, so a policy without a
 * year-end closure never mentions 年末年始.
 *
 * @example
 * ```ts
 * receptionHours(policyCalendar.options).closures.map((c) => c.ja); // ['祝日', '年末年始休業(12月29日〜1月3日)']
 * ```
 */
export function receptionHours(options: ResolvedCalendarOptions): ReceptionHours {
  const { hours, yearEndClosure, closures } = options;
  const closed: Bilingual[] = [{ ja: '祝日', en: 'national holidays' }];
  if (yearEndClosure) {
    const words = closureText({ kind: 'year-end' });
    const from = monthDayText(yearEndClosure.from);
    const to = monthDayText(yearEndClosure.to);
    closed.push({ ja: `${words.ja}(${from.ja}〜${to.ja})`, en: `the ${words.en} (${from.en} – ${to.en})` });
  }
  if (closures.length > 0) closed.push({ ja: 'その他の弊社休業日', en: 'other company closure days' });
  return { hours, closures: closed };
}

/**
 * @internal The reception hours with the closed days named (`1.1.hours`):
 * 月曜日から金曜日(祝日・年末年始休業(12月29日〜1月3日)を除く)の09:30〜18:30.
 *
 * @example
 * ```ts
 * receptionHoursText(receptionHours(policyCalendar.options)).en;
 * // 'Monday to Friday, 09:30–18:30 (JST), except national holidays and the year-end/new-year closure (29 Dec – 3 Jan)'
 * ```
 */
export function receptionHoursText(reception: ReceptionHours): Bilingual {
  return weekHoursText(reception.hours, andList(reception.closures));
}
