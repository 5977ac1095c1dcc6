// Business time to the millisecond on top of the calendar's minute API. Both calendar calls are
// O(1) (prefix index), so each helper here is too.
import type { BusinessCalendar } from '../calendar/business-calendar.js';

const MINUTE_MS = 60_000;

/**
 * @internal Business milliseconds in [from, to): the calendar's business minutes, as a whole number
 * of ms (so sums of many segments stay exact).
 *
 * @example
 * ```ts
 * businessMsBetween(calendarOf(policy20241007), Date.parse('2027-01-04T09:00+09:00'), Date.parse('2027-01-04T10:00+09:00')); // 1_800_000 (09:30–10:00)
 * ```
 */
export function businessMsBetween(calendar: BusinessCalendar, from: number, to: number): number {
  return Math.round(calendar.businessMinutesBetween(from, to) * MINUTE_MS);
}

/**
 * @internal The earliest instant at which `ms` (> 0) business milliseconds have passed since `from`.
 * The calendar adds whole minutes; a part-minute (from instants with seconds) is added after it:
 * if the clock stops within it, the rest comes after the next opening. Business intervals are
 * whole minutes long, so a part-minute crosses at most one gap.
 *
 * @example
 * ```ts
 * // 18:29:30 + 60 s of business time: 30 s to the 18:30 close, 30 s after the next opening.
 * addBusinessMs(calendar, Date.parse('2027-01-04T18:29:30+09:00'), 60_000); // 2027-01-05 09:30:30 JST
 * ```
 */
export function addBusinessMs(calendar: BusinessCalendar, from: number, ms: number): number {
  const whole = Math.floor(ms / MINUTE_MS);
  const part = ms - whole * MINUTE_MS;
  const p = whole === 0 ? from : calendar.addBusinessMinutes(from, whole).getTime();
  if (part === 0) return p;
  const q = p + part;
  const ran = businessMsBetween(calendar, p, q);
  if (ran === part) return q;
  return calendar.nextBusinessOpening(q).getTime() + (part - ran);
}
