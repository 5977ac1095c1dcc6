import { CsPolicyError } from '../errors.js';
import {
  DAY_MS,
  JST_OFFSET_MS,
  civilFromEpochDay,
  daysInMonth,
  epochDayFromCivil,
  formatEpochDay,
  jstMidnight,
  parseIsoDate,
  weekdayOf,
  type IsoDate,
} from './civil.js';
import {
  answerOutOfCoverage,
  builtInHolidayTable,
  holidayTableFromList,
  outOfCoverage,
  type HolidayKind,
  type HolidayTable,
  type NationalHoliday,
  type ReplacedHoliday,
} from './holidays.js';
import { deepFreeze } from '../freeze.js';
import { toCount, toEpochDay, toEpochMs, type DateInput, type InstantInput } from './input.js';
import { resolveCalendarOptions, type CalendarOptions, type ResolvedCalendarOptions } from './options.js';

/**
 * The holidays a calendar reads, and so the years it covers: the `holidays` option (e.g. a Cabinet Office
 * file read by `parseCabinetOfficeHolidays`) or the built-in table. The one place the calendar gets holidays.
 */
export function holidayTableOf(options: ResolvedCalendarOptions): HolidayTable {
  return options.holidays ? holidayTableFromList(options.holidays) : builtInHolidayTable();
}

/**
 * Why a day is closed (`1.1.hours`: weekends, 祝祭日, 年末年始 and other company closure days), so
 * that messages can say why support is not working. A day can have several reasons (1 January
 * 2028 is a Saturday, a holiday and in the year-end closure).
 *
 * @example
 * ```ts
 * const reasons: readonly ClosureReason[] = describeDay('2028-01-01').closures;
 * // [{ kind: 'weekend', weekday: 'saturday' },
 * //  { kind: 'national-holiday', name: '元日', nameEn: "New Year's Day", holidayKind: 'national', projected: true },
 * //  { kind: 'year-end' }]
 * ```
 */
export type ClosureReason =
  | { readonly kind: 'weekend'; readonly weekday: 'saturday' | 'sunday' }
  | {
      readonly kind: 'national-holiday';
      /** The holiday's name (statutory name, `振替休日`, `国民の休日`), as {@link NationalHoliday} has it. */
      readonly name: string;
      readonly nameEn: string;
      /** Which rule of the Act makes the day a holiday (interpretation 14); only `national` is a 祝日. */
      readonly holidayKind: HolidayKind;
      /** For a substitute holiday, the holiday it replaces. */
      readonly replaces?: ReplacedHoliday;
      /** After the official list's last year: the Act's rules projected forward. */
      readonly projected: boolean;
    }
  | { readonly kind: 'year-end' }
  | { readonly kind: 'company-closure'; readonly label: string };

/**
 * A day of the week in lower-case English, as {@link DayDescription} reports it; reception runs
 * Monday to Friday (`1.1.hours`).
 *
 * @example
 * ```ts
 * const weekday: Weekday = describeDay('2027-01-04').weekday; // 'monday'
 * ```
 */
export type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/**
 * A JST date with whether support works that day and, if not, every reason (`1.1.hours`): the
 * answer of `describeDay`, for showing customers why a day is closed.
 *
 * @example
 * ```ts
 * const day: DayDescription = describeDay('2027-01-01');
 * // { date: '2027-01-01', weekday: 'friday', businessDay: false,
 * //   closures: [{ kind: 'national-holiday', name: '元日', nameEn: "New Year's Day" }, { kind: 'year-end' }] }
 * ```
 */
export interface DayDescription {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  readonly businessDay: boolean;
  /** Empty exactly when `businessDay` is true. */
  readonly closures: readonly ClosureReason[];
}

/**
 * A JST business calendar: business days and hours under one set of options.
 * Every method is a plain function (safe to destructure) and the object holds
 * no mutable state that callers can see; its day index is built on first use.
 * It models the reception days and hours of `1.1.hours` (interpretations 1–2).
 *
 * @example
 * ```ts
 * const calendar: BusinessCalendar = calendarOf(policy20241007);
 * calendar.isBusinessDay('2027-01-04'); // true (a Monday)
 * calendar.addBusinessDays('2026-12-28', 1); // '2027-01-04' (the year-end closure is skipped)
 * ```
 */
export interface BusinessCalendar {
  /** The validated options, defaults filled in. */
  readonly options: ResolvedCalendarOptions;
  /** Whether the JST date is a business day: Monday–Friday, not a national holiday, year-end or company closure day. */
  isBusinessDay(date: DateInput): boolean;
  /** The date with every reason it is closed. */
  describeDay(date: DateInput): DayDescription;
  /** Whether the instant lies in business hours, the half-open [open, close) JST of a business day. */
  isWithinBusinessHours(instant: InstantInput): boolean;
  /** The instant itself when inside hours, else the next opening (e.g. 09:30 JST) of a business day. */
  nextBusinessOpening(instant: InstantInput): Date;
  /** The n-th business day after the date (n < 0: before); the date itself is not counted. n = 0 returns the date unchanged. */
  addBusinessDays(date: DateInput, n: number): IsoDate;
  /** Business days d with from < d ≤ to; negative when to < from. */
  businessDaysBetween(from: DateInput, to: DateInput): number;
  /** The instant after `minutes` of business time; see {@link addBusinessMinutes}. */
  addBusinessMinutes(instant: InstantInput, minutes: number): Date;
  /** Business minutes elapsed from `from` to `to` (negative when to < from); fractional when the instants carry seconds. */
  businessMinutesBetween(from: InstantInput, to: InstantInput): number;
  /** National holidays with names, from `from` to `to` inclusive. */
  holidaysBetween(from: DateInput, to: DateInput): NationalHoliday[];
  /** Every closed day, with its reasons, from `from` to `to` inclusive. */
  closedDaysBetween(from: DateInput, to: DateInput): DayDescription[];
}

const WEEKDAYS: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const WEEKEND = 1;
const HOLIDAY = 2;
const YEAR_END = 4;
const COMPANY = 8;

/** The day index: one flag byte per covered day and prefix counts of business days, so no query loops day by day. */
interface DayIndex {
  /** Closure flags per day (0 = business day), indexed by epoch day − the table's first day. */
  readonly flags: Uint8Array;
  /** bizBefore[i] = number of business days with index < i; length = days + 1. */
  readonly bizBefore: Int32Array;
  /** Indices of the business days, ascending: bizDays[k] is the (k+1)-th business day. */
  readonly bizDays: Int32Array;
}

function monthDayKey(month: number, day: number): number {
  return month * 100 + day;
}

function buildIndex(options: ResolvedCalendarOptions, table: HolidayTable): DayIndex {
  const COVERAGE_FIRST_DAY = table.firstDay;
  const COVERAGE_LAST_DAY = table.lastDay;
  const DAYS = COVERAGE_LAST_DAY - COVERAGE_FIRST_DAY + 1;
  const flags = new Uint8Array(DAYS);
  // Closures are marked where they fall (weekends by stepping, holidays by entry, the year-end span
  // year by year) rather than by converting each of the 29,585 days to a civil date.
  for (let i = (6 - weekdayOf(COVERAGE_FIRST_DAY) + 7) % 7; i < DAYS; i += 7) {
    flags[i]! |= WEEKEND; // Saturday
    if (i + 1 < DAYS) flags[i + 1]! |= WEEKEND; // Sunday
  }
  if (weekdayOf(COVERAGE_FIRST_DAY) === 0) flags[0]! |= WEEKEND;
  for (const day of table.byDay.keys()) flags[day - COVERAGE_FIRST_DAY]! |= HOLIDAY;
  const yearEnd = options.yearEndClosure;
  if (yearEnd) {
    const [fromMonth, fromDay] = [Number(yearEnd.from.slice(0, 2)), Number(yearEnd.from.slice(3))];
    const [toMonth, toDay] = [Number(yearEnd.to.slice(0, 2)), Number(yearEnd.to.slice(3))];
    // A span such as 12-29 … 01-03 wraps over the new year: it ends in the following year.
    const wraps = monthDayKey(fromMonth, fromDay) > monthDayKey(toMonth, toDay);
    const { year: firstYear } = civilFromEpochDay(COVERAGE_FIRST_DAY);
    const { year: lastYear } = civilFromEpochDay(COVERAGE_LAST_DAY);
    for (let year = firstYear - 1; year <= lastYear; year++) {
      const endYear = wraps ? year + 1 : year;
      // 02-29 in a common year: the span starts on 03-01 and ends on 02-28.
      const first = epochDayFromCivil(year, fromMonth, fromDay);
      const last = epochDayFromCivil(endYear, toMonth, Math.min(toDay, daysInMonth(endYear, toMonth)));
      for (let day = Math.max(first, COVERAGE_FIRST_DAY); day <= Math.min(last, COVERAGE_LAST_DAY); day++)
        flags[day - COVERAGE_FIRST_DAY]! |= YEAR_END;
    }
  }
  for (const closure of options.closures) {
    const [from, to] = 'date' in closure ? [closure.date, closure.date] : [closure.from, closure.to];
    const first = Math.max(parseIsoDate(from)!, COVERAGE_FIRST_DAY);
    const last = Math.min(parseIsoDate(to)!, COVERAGE_LAST_DAY);
    for (let day = first; day <= last; day++) flags[day - COVERAGE_FIRST_DAY]! |= COMPANY;
  }
  const bizBefore = new Int32Array(DAYS + 1);
  let count = 0;
  for (let i = 0; i < DAYS; i++) {
    bizBefore[i] = count;
    if (flags[i] === 0) count++;
  }
  bizBefore[DAYS] = count;
  const bizDays = new Int32Array(count);
  for (let i = 0, k = 0; i < DAYS; i++) if (flags[i] === 0) bizDays[k++] = i;
  return { flags, bizBefore, bizDays };
}

function parseClock(hhmm: string): number {
  return (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;
}

/**
 * Creates a business calendar: business days and hours under the given options,
 * defaulting to those of the 2024-10-07 policy (09:30–18:30 JST, year-end closure
 * December 29 – January 3, no company closures). Calendars are independent:
 * several with different options coexist.
 *
 * @example
 * ```ts
 * const calendar = createBusinessCalendar({
 *   closures: [{ from: '2027-08-12', to: '2027-08-16', label: '夏季休業' }],
 * });
 * calendar.isBusinessDay('2027-08-13'); // false (company closure)
 * calendar.addBusinessDays('2027-08-11', 1); // '2027-08-17'
 * ```
 */
export function createBusinessCalendar(options: CalendarOptions = {}): BusinessCalendar {
  const resolved = resolveCalendarOptions(options);
  const table = holidayTableOf(resolved);
  const COVERAGE_FIRST_DAY = table.firstDay;
  const DAYS = table.lastDay - table.firstDay + 1;
  const openMs = parseClock(resolved.hours.open);
  const closeMs = parseClock(resolved.hours.close);
  const dayLengthMs = closeMs - openMs;

  let index: DayIndex | undefined;
  const getIndex = (): DayIndex => (index ??= buildIndex(resolved, table));

  /** Index of a covered epoch day; throws OUT_OF_COVERAGE otherwise. */
  const indexOf = (epochDay: number): number => {
    const i = epochDay - COVERAGE_FIRST_DAY;
    if (!(i >= 0 && i < DAYS)) throw outOfCoverage(epochDay, table);
    return i;
  };
  /** The business day with rank k (0-based), as an epoch day; throws OUT_OF_COVERAGE past the data. */
  const bizDayAt = (k: number): number => {
    const { bizDays } = getIndex();
    if (!(k >= 0 && k < bizDays.length)) throw answerOutOfCoverage(table);
    return bizDays[k]! + COVERAGE_FIRST_DAY;
  };

  const isBusinessDay = (date: DateInput): boolean => {
    // Hot path: a Date needs no parsing.
    const day = date instanceof Date ? jstDayOfDate(date) : toEpochDay(date);
    return getIndex().flags[indexOf(day)] === 0;
  };

  const describeDay = (date: DateInput): DayDescription => describeEpochDay(toEpochDay(date));

  const describeEpochDay = (day: number): DayDescription => {
    const flags = getIndex().flags[indexOf(day)]!;
    const weekday = WEEKDAYS[weekdayOf(day)]!;
    const closures: ClosureReason[] = [];
    if (flags & WEEKEND) closures.push({ kind: 'weekend', weekday: weekday as 'saturday' | 'sunday' });
    if (flags & HOLIDAY) {
      const { name, nameEn, kind: holidayKind, replaces, projected } = table.byDay.get(day)!;
      closures.push({ kind: 'national-holiday', name, nameEn, holidayKind, ...(replaces && { replaces }), projected });
    }
    if (flags & YEAR_END) closures.push({ kind: 'year-end' });
    if (flags & COMPANY) {
      for (const closure of resolved.closures) {
        const [from, to] = 'date' in closure ? [closure.date, closure.date] : [closure.from, closure.to];
        if (day >= parseIsoDate(from)! && day <= parseIsoDate(to)!)
          closures.push({ kind: 'company-closure', label: closure.label });
      }
    }
    return { date: formatEpochDay(day), weekday, businessDay: flags === 0, closures };
  };

  /** Business milliseconds from the start of coverage to the instant (a monotone clock that stops outside hours). */
  const businessClock = (ms: number): number => {
    const shifted = ms + JST_OFFSET_MS;
    const day = Math.floor(shifted / DAY_MS);
    const i = indexOf(day);
    const { flags, bizBefore } = getIndex();
    const before = bizBefore[i]! * dayLengthMs;
    if (flags[i] !== 0) return before;
    const inDay = shifted - day * DAY_MS - openMs;
    return before + (inDay <= 0 ? 0 : Math.min(inDay, dayLengthMs));
  };

  /** The instant at which the business clock reads `target`: the earliest one, or (latest = true) the last. */
  const instantAtClock = (target: number, latest: boolean): Date => {
    const q = Math.floor(target / dayLengthMs);
    const r = target - q * dayLengthMs;
    // The clock stands still from one close to the next opening: the earliest instant is the close, the latest the opening.
    if (!latest && r === 0 && q > 0) return new Date(jstMidnight(bizDayAt(q - 1)) + closeMs);
    return new Date(jstMidnight(bizDayAt(q)) + openMs + r);
  };

  const isWithinBusinessHours = (instant: InstantInput): boolean => {
    const ms = toEpochMs(instant);
    const shifted = ms + JST_OFFSET_MS;
    const day = Math.floor(shifted / DAY_MS);
    const inDay = shifted - day * DAY_MS;
    return getIndex().flags[indexOf(day)] === 0 && inDay >= openMs && inDay < closeMs;
  };

  const nextBusinessOpening = (instant: InstantInput): Date => {
    const ms = toEpochMs(instant);
    const shifted = ms + JST_OFFSET_MS;
    const day = Math.floor(shifted / DAY_MS);
    const i = indexOf(day);
    const { flags, bizBefore } = getIndex();
    const inDay = shifted - day * DAY_MS;
    if (flags[i] === 0) {
      if (inDay >= openMs && inDay < closeMs) return new Date(ms);
      if (inDay < openMs) return new Date(jstMidnight(day) + openMs);
    }
    return new Date(jstMidnight(bizDayAt(bizBefore[i + 1]!)) + openMs);
  };

  const addBusinessDays = (date: DateInput, n: number): IsoDate => {
    const day = toEpochDay(date);
    const count = toCount(n, 'number of business days');
    const i = indexOf(day);
    if (count === 0) return formatEpochDay(day);
    const { bizBefore } = getIndex();
    const rank = count > 0 ? bizBefore[i + 1]! + count - 1 : bizBefore[i]! + count;
    return formatEpochDay(bizDayAt(rank));
  };

  const businessDaysBetween = (from: DateInput, to: DateInput): number => {
    const a = indexOf(toEpochDay(from, 'from'));
    const b = indexOf(toEpochDay(to, 'to'));
    const { bizBefore } = getIndex();
    return bizBefore[b + 1]! - bizBefore[a + 1]!;
  };

  const addBusinessMinutes = (instant: InstantInput, minutes: number): Date => {
    const ms = toEpochMs(instant);
    const count = toCount(minutes, 'number of business minutes');
    if (count === 0) return new Date(ms);
    const target = businessClock(ms) + count * 60_000;
    if (target < 0) throw answerOutOfCoverage(table);
    return instantAtClock(target, count < 0);
  };

  const businessMinutesBetween = (from: InstantInput, to: InstantInput): number =>
    (businessClock(toEpochMs(to, 'to')) - businessClock(toEpochMs(from, 'from'))) / 60_000;

  const dayRange = (from: DateInput, to: DateInput): [number, number] => {
    const a = toEpochDay(from, 'from');
    const b = toEpochDay(to, 'to');
    indexOf(a);
    indexOf(b);
    if (b < a)
      throw new CsPolicyError(
        'INVALID_INPUT',
        `the range ends (${formatEpochDay(b)}) before it starts (${formatEpochDay(a)})`,
      );
    return [a, b];
  };

  const holidaysBetween = (from: DateInput, to: DateInput): NationalHoliday[] => {
    const [a, b] = dayRange(from, to);
    const holidays = table.byDay;
    const result: NationalHoliday[] = [];
    for (let day = a; day <= b; day++) {
      const holiday = holidays.get(day);
      if (holiday) result.push(holiday);
    }
    return result;
  };

  const closedDaysBetween = (from: DateInput, to: DateInput): DayDescription[] => {
    const [a, b] = dayRange(from, to);
    const { flags } = getIndex();
    const result: DayDescription[] = [];
    for (let day = a; day <= b; day++) if (flags[day - COVERAGE_FIRST_DAY] !== 0) result.push(describeEpochDay(day));
    return result;
  };

  return Object.freeze({
    options: deepFreeze(resolved),
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
  });
}

function jstDayOfDate(date: Date): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new CsPolicyError('INVALID_DATE', 'date is an Invalid Date');
  return Math.floor((ms + JST_OFFSET_MS) / DAY_MS);
}
