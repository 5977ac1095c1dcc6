import { formatEpochDay, type IsoDate } from './civil.js';
import { toCount, toEpochDay, type DateInput } from './input.js';

/**
 * The JST date `days` calendar days after `date` (before, when negative). Used for the
 * policy's calendar-day periods (180 days after GA, 90 days before an end, 14 days before a change).
 *
 * @example
 * ```ts
 * addCalendarDays('2026-04-01', 180); // '2026-09-28'
 * ```
 */
export function addCalendarDays(date: DateInput, days: number): IsoDate {
  return formatEpochDay(toEpochDay(date) + toCount(days, 'number of days'));
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * calendarDaysBetween('2026-12-25', '2027-01-04'); // 10
 * ```
 */
export function calendarDaysBetween(from: DateInput, to: DateInput): number {
  return toEpochDay(to, 'to') - toEpochDay(from, 'from');
}
