/**
 * @jmas/cs-policy — the JMAS Customer Services Policy (version 2024-10-07) as
 * typed, tested, explainable functions. Time base: Asia/Tokyo (UTC+09:00).
 *
 * @packageDocumentation
 */
export { CsPolicyError, isCsPolicyError, type CsPolicyErrorCode, type InputIssue } from './errors.js';
export type { IsoDate } from './calendar/civil.js';
export type { DateInput, InstantInput, DateTimeLike } from './calendar/input.js';
export { HOLIDAY_COVERAGE, type NationalHoliday } from './calendar/holidays.js';
export {
  calendarOptionsSchema,
  type CalendarOptions,
  type ResolvedCalendarOptions,
  type BusinessHours,
  type YearEndClosure,
  type CompanyClosure,
} from './calendar/options.js';
export {
  createBusinessCalendar,
  type BusinessCalendar,
  type DayDescription,
  type ClosureReason,
  type Weekday,
} from './calendar/business-calendar.js';
export {
  isBusinessDay,
  describeDay,
  isWithinBusinessHours,
  nextBusinessOpening,
  addBusinessDays,
  businessDaysBetween,
  addBusinessMinutes,
  businessMinutesBetween,
  holidaysBetween,
  closedDaysBetween,
} from './calendar/policy-calendar.js';
export { toJstIsoString } from './calendar/format.js';
