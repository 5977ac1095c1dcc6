import type { IsoDate } from '../calendar/civil.js';
import type { BusinessCalendar, DayDescription } from '../calendar/business-calendar.js';
import { calendarOf } from './context.js';
import { policy20241007 } from './policy-2024-10-07.js';
import type { NationalHoliday } from '../calendar/holidays.js';
import type { DateInput, InstantInput } from '../calendar/input.js';

// The root functions live here, not in calendar/, because they are bound to a policy: the calendar
// knows nothing of the policy (issue 8).
// The calendar of the 2024-10-07 policy (`1.1.hours`, interpretations 1–2), built on first use
// and kept here so the root functions skip calendarOf's WeakMap lookup (a hot path).
let policyCalendar: BusinessCalendar | undefined;
const calendar = (): BusinessCalendar => (policyCalendar ??= calendarOf(policy20241007));

/**
 * Whether a JST date is a business day under the 2024-10-07 policy (`1.1.hours`):
 * Monday–Friday, not a national holiday, not in the year-end closure (Dec 29 – Jan 3).
 *
 * @example
 * ```ts
 * isBusinessDay('2026-12-28'); // true (Monday)
 * isBusinessDay('2026-12-29'); // false (year-end closure)
 * isBusinessDay(new Date('2027-01-11T00:00:00+09:00')); // false (成人の日)
 * ```
 */
export function isBusinessDay(date: DateInput): boolean {
  return calendar().isBusinessDay(date);
}

/**
 * A JST date with whether it is a business day and every reason it is closed:
 * `weekend`, `closed-weekday` (a Monday–Friday that hours per weekday leave closed), `national-holiday` (name in
 * Japanese and English), `year-end`, `company-closure`.
 *
 * @example
 * ```ts
 * describeDay('2027-01-01');
 * // { date: '2027-01-01', weekday: 'friday', businessDay: false,
 * //   closures: [{ kind: 'national-holiday', name: '元日', nameEn: "New Year's Day" }, { kind: 'year-end' }] }
 * ```
 */
export function describeDay(date: DateInput): DayDescription {
  return calendar().describeDay(date);
}

/**
 * Whether an instant lies in business hours: [09:30, 18:30) JST on a business day
 * (`1.1.hours`, interpretation 2). 18:30:00 itself is outside.
 *
 * @example
 * ```ts
 * isWithinBusinessHours('2026-12-28T18:29:59+09:00'); // true
 * isWithinBusinessHours('2026-12-28T18:30+09:00'); // false
 * ```
 */
export function isWithinBusinessHours(instant: InstantInput): boolean {
  return calendar().isWithinBusinessHours(instant);
}

/**
 * The instant itself when inside business hours, else the next 09:30 JST of a business day
 * (`1.2.form.confirmation`, interpretation 3).
 *
 * @example
 * ```ts
 * nextBusinessOpening('2026-12-28T18:45+09:00'); // 2027-01-04T00:30:00.000Z (09:30 JST, Monday 4 January)
 * ```
 */
export function nextBusinessOpening(instant: InstantInput): Date {
  return calendar().nextBusinessOpening(instant);
}

/**
 * The n-th business day after a date (n < 0: before). The date itself is not counted
 * (Civil Code Art. 140), so it need not be a business day. n = 0 returns the date unchanged.
 *
 * @example
 * ```ts
 * addBusinessDays('2026-12-25', 1); // '2026-12-28'
 * addBusinessDays('2026-12-28', 1); // '2027-01-04' (over the year-end closure)
 * addBusinessDays('2027-01-04', -1); // '2026-12-28'
 * ```
 */
export function addBusinessDays(date: DateInput, n: number): IsoDate {
  return calendar().addBusinessDays(date, n);
}

/**
 * The number of business days d with from < d ≤ to (negative when to < from), so that
 * `addBusinessDays(a, businessDaysBetween(a, b)) === b` for business days a and b.
 *
 * @example
 * ```ts
 * businessDaysBetween('2026-12-25', '2027-01-04'); // 2 (Dec 28 and Jan 4)
 * ```
 */
export function businessDaysBetween(from: DateInput, to: DateInput): number {
  return calendar().businessDaysBetween(from, to);
}

/**
 * The instant after a number of business minutes, counted the way SLA clocks count
 * (Salesforce `BusinessHours.add`, Zendesk): time outside hours does not count, and a
 * start outside hours begins at the next opening. A result that lands exactly on a
 * close is that close (18:30), not the next opening; minutes = 0 returns the instant
 * unchanged; negative minutes count backwards.
 *
 * @example
 * ```ts
 * addBusinessMinutes('2026-12-28T18:00+09:00', 60); // 2027-01-04T01:00:00.000Z (10:00 JST)
 * ```
 */
export function addBusinessMinutes(instant: InstantInput, minutes: number): Date {
  return calendar().addBusinessMinutes(instant, minutes);
}

/**
 * Business minutes elapsed between two instants (negative when to < from).
 *
 * @example
 * ```ts
 * businessMinutesBetween('2026-12-25T18:00+09:00', '2026-12-28T10:00+09:00'); // 60
 * ```
 */
export function businessMinutesBetween(from: InstantInput, to: InstantInput): number {
  return calendar().businessMinutesBetween(from, to);
}

/**
 * Japanese national holidays, with names in Japanese and English, from `from` to `to` inclusive.
 *
 * @example
 * ```ts
 * holidaysBetween('2027-01-01', '2027-01-31');
 * // [{ date: '2027-01-01', name: '元日', nameEn: "New Year's Day" },
 * //  { date: '2027-01-11', name: '成人の日', nameEn: 'Coming of Age Day' }]
 * ```
 */
export function holidaysBetween(from: DateInput, to: DateInput): NationalHoliday[] {
  return calendar().holidaysBetween(from, to);
}

/**
 * Every closed day with its reasons, from `from` to `to` inclusive.
 *
 * @example
 * ```ts
 * closedDaysBetween('2026-12-26', '2027-01-03').length; // 9
 * ```
 */
export function closedDaysBetween(from: DateInput, to: DateInput): DayDescription[] {
  return calendar().closedDaysBetween(from, to);
}
