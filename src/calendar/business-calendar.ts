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
import {
  MONDAY_FIRST,
  resolveCalendarOptions,
  weeklyIntervals,
  type BusinessHours,
  type CalendarOptions,
  type ResolvedCalendarOptions,
} from './options.js';

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
  /** Saturday or Sunday without hours (`1.1.hours`: reception runs Monday to Friday). */
  | { readonly kind: 'weekend'; readonly weekday: 'saturday' | 'sunday' }
  /** A day from Monday to Friday that hours per weekday leave closed: the office's weekly closing day (issue 12). */
  | { readonly kind: 'closed-weekday'; readonly weekday: Weekday }
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
  /** The business hours of the day, in time order (a lunch break is a gap); empty on a closed day (issue 12). */
  readonly hours: readonly BusinessHours[];
  /** On a day opened by the `workingDays` option, its label (issue 12). */
  readonly workingDay?: string;
}

/**
 * The whole years a calendar's holiday data covers, as years and as their first and last days.
 *
 * @example
 * ```ts
 * const coverage: CalendarCoverage = { firstYear: 2026, lastYear: 2027, from: '2026-01-01', to: '2027-12-31' };
 * ```
 */
export interface CalendarCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
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
  /**
   * The days the calendar can answer for: those of its holiday data, whole years — the built-in table's
   * ({@link HOLIDAY_COVERAGE}) or those of a `holidays` list (a Cabinet Office file). A date outside is
   * `OUT_OF_COVERAGE`.
   *
   * @example
   * ```ts
   * createBusinessCalendar().coverage; // { firstYear: 1970, lastYear: 2050, from: '1970-01-01', to: '2050-12-31' }
   * ```
   */
  readonly coverage: CalendarCoverage;
  /** The business hours of the JST date in time order: empty on a closed day, two intervals around a lunch break. */
  hoursOn(date: DateInput): readonly BusinessHours[];
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

/** @internal The days of the week, Sunday first (as `getUTCDay` and `weeklyIntervals` count them). */
export const WEEKDAYS: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

// A weekday without hours: reported as `weekend` on Saturday and Sunday, `closed-weekday` on Monday–Friday.
const WEEKEND = 1;
const HOLIDAY = 2;
const YEAR_END = 4;
const COMPANY = 8;

/**
 * Company closures, indexed so that no query depends on how many there are (issue 9): the
 * entries sorted by first day (a counting sort over the covered days), a max-tree of their last
 * days for "which entries cover day d", and the days cut into segments on which the covering set
 * is constant. A segment's reasons are found once, when a day in it is first described, and then
 * shared: labels are never copied per day.
 */
interface ClosureIndex {
  /** Entries sorted by first day (indices into the covered days). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Label id of each entry (ids number the distinct labels) and its position in the options. */
  readonly labelOf: Int32Array;
  readonly positionOf: Int32Array;
  /** startsBefore[i] = number of entries whose first day index is < i; length days + 1. */
  readonly startsBefore: Int32Array;
  /** Max-tree over `last` (leaves from `leaves`), to visit only the entries that cover a day. */
  readonly maxLast: Int32Array;
  readonly leaves: number;
  /** Segment of each day: days of one segment are covered by the same entries. */
  readonly segmentOf: Int32Array;
  /** One frozen reason per distinct label. */
  readonly reasons: readonly ClosureReason[];
  /** The reasons of each segment described so far (a memo). */
  readonly bySegment: Map<number, readonly ClosureReason[]>;
}

/** The day index: one flag byte per covered day and prefix counts of business days, so no query loops day by day. */
interface DayIndex {
  /** Closure flags per day (0 = business day), indexed by epoch day − the table's first day. */
  readonly flags: Uint8Array;
  /** bizBefore[i] = number of business days with index < i; length = days + 1. */
  readonly bizBefore: Int32Array;
  /** Indices of the business days, ascending: bizDays[k] is the (k+1)-th business day. */
  readonly bizDays: Int32Array;
  readonly closures: ClosureIndex;
  /**
   * Hours per weekday or working days only: msBefore[i] = business milliseconds of the days with index < i
   * (length days + 1), so the business clock and its inverse never loop over days (issue 12).
   */
  readonly msBefore?: Float64Array;
}

// Read through the prototype, so that an object's own `getTime` cannot fake a time (issue 9, impostors).
const dateTime = Date.prototype.getTime;

function monthDayKey(month: number, day: number): number {
  return month * 100 + day;
}

function buildIndex(
  options: ResolvedCalendarOptions,
  table: HolidayTable,
  closedWeekdays: readonly boolean[],
  workingDays: ReadonlyMap<number, WorkingDayHours>,
): DayIndex {
  const { firstDay, lastDay } = table;
  const days = lastDay - firstDay + 1;
  const flags = new Uint8Array(days);
  // Closures are marked where they fall (weekdays without hours by stepping, holidays by entry, the
  // year-end span year by year) rather than by converting each of the 29,585 days to a civil date.
  for (let w = 0; w < 7; w++) {
    if (!closedWeekdays[w]) continue;
    for (let i = (w - weekdayOf(firstDay) + 7) % 7; i < days; i += 7) flags[i]! |= WEEKEND;
  }
  for (const day of table.byDay.keys()) if (day >= firstDay && day <= lastDay) flags[day - firstDay]! |= HOLIDAY;
  const yearEnd = options.yearEndClosure;
  if (yearEnd) {
    const [fromMonth, fromDay] = [Number(yearEnd.from.slice(0, 2)), Number(yearEnd.from.slice(3))];
    const [toMonth, toDay] = [Number(yearEnd.to.slice(0, 2)), Number(yearEnd.to.slice(3))];
    // A span such as 12-29 … 01-03 wraps over the new year: it ends in the following year.
    const wraps = monthDayKey(fromMonth, fromDay) > monthDayKey(toMonth, toDay);
    const { year: firstYear } = civilFromEpochDay(firstDay);
    const { year: lastYear } = civilFromEpochDay(lastDay);
    for (let year = firstYear - 1; year <= lastYear; year++) {
      const endYear = wraps ? year + 1 : year;
      // 02-29 in a common year: the span starts on 03-01 and ends on 02-28.
      const first = epochDayFromCivil(year, fromMonth, fromDay);
      const last = epochDayFromCivil(endYear, toMonth, Math.min(toDay, daysInMonth(endYear, toMonth)));
      for (let day = Math.max(first, firstDay); day <= Math.min(last, lastDay); day++)
        flags[day - firstDay]! |= YEAR_END;
    }
  }
  const closures = buildClosureIndex(options.closures, firstDay, days);
  // Covered days from a difference array: O(days + closures), however long or overlapping the ranges.
  const { first, last } = closures;
  if (first.length > 0) {
    let depth = 0;
    const delta = new Int32Array(days + 1);
    for (let k = 0; k < first.length; k++) {
      delta[first[k]!]!++;
      delta[last[k]! + 1]!--;
    }
    for (let i = 0; i < days; i++) {
      depth += delta[i]!;
      if (depth > 0) flags[i]! |= COMPANY;
    }
  }
  // A working day opens a day that would be closed; on a company closure it was refused when the calendar was made.
  for (const day of workingDays.keys()) if (day >= firstDay && day <= lastDay) flags[day - firstDay] = 0;
  const bizBefore = new Int32Array(days + 1);
  let count = 0;
  for (let i = 0; i < days; i++) {
    bizBefore[i] = count;
    if (flags[i] === 0) count++;
  }
  bizBefore[days] = count;
  const bizDays = new Int32Array(count);
  for (let i = 0, k = 0; i < days; i++) if (flags[i] === 0) bizDays[k++] = i;
  return { flags, bizBefore, bizDays, closures };
}

/** The business hours of one kind of day, as milliseconds after JST midnight, with their sum. */
interface DayHours {
  readonly intervals: readonly BusinessHours[];
  readonly opens: readonly number[];
  readonly closes: readonly number[];
  readonly totalMs: number;
}

interface WorkingDayHours extends DayHours {
  readonly label: string;
}

function dayHoursOf(intervals: readonly BusinessHours[]): DayHours {
  const opens = intervals.map((h) => parseClock(h.open));
  const closes = intervals.map((h) => parseClock(h.close));
  let totalMs = 0;
  for (let k = 0; k < opens.length; k++) totalMs += closes[k]! - opens[k]!;
  return deepFreeze({ intervals: intervals.map((h) => ({ open: h.open, close: h.close })), opens, closes, totalMs });
}

/** Business milliseconds of a day with these hours before `inDay` (ms after JST midnight). */
function msIntoDay(h: DayHours, inDay: number): number {
  let sum = 0;
  for (let k = 0; k < h.opens.length; k++) {
    const open = h.opens[k]!;
    if (inDay <= open) break;
    sum += Math.min(inDay, h.closes[k]!) - open;
  }
  return sum;
}

/**
 * The instant (ms after JST midnight) at which a day with these hours has run `r` business ms: the earliest one
 * (at the close of an interval when r ends there) or, latest = true, the last (the next opening).
 */
function inDayAt(h: DayHours, r: number, latest: boolean): number {
  let left = r;
  const n = h.opens.length;
  for (let k = 0; k < n; k++) {
    const length = h.closes[k]! - h.opens[k]!;
    if (left < length || (!latest && left === length) || k === n - 1) return h.opens[k]! + left;
    left -= length;
  }
  return 0; // unreachable: a business day has at least one interval
}

function buildClosureIndex(list: ResolvedCalendarOptions['closures'], firstDay: number, days: number): ClosureIndex {
  const labelIds = new Map<string, number>();
  const reasons: ClosureReason[] = [];
  // Clamp each entry to the covered days and drop those entirely outside them.
  const rawFirst: number[] = [];
  const rawLast: number[] = [];
  const rawLabel: number[] = [];
  const rawPosition: number[] = [];
  for (const [position, closure] of list.entries()) {
    const [from, to] = 'date' in closure ? [closure.date, closure.date] : [closure.from, closure.to];
    const a = Math.max(parseIsoDate(from)! - firstDay, 0);
    const b = Math.min(parseIsoDate(to)! - firstDay, days - 1);
    if (a > b) continue;
    let id = labelIds.get(closure.label);
    if (id === undefined) {
      id = reasons.length;
      labelIds.set(closure.label, id);
      reasons.push(Object.freeze({ kind: 'company-closure', label: closure.label }));
    }
    rawFirst.push(a);
    rawLast.push(b);
    rawLabel.push(id);
    rawPosition.push(position);
  }
  const n = rawFirst.length;
  // No entry in range (the usual case): nothing to sort or segment, and no per-day arrays to hold.
  if (n === 0) {
    const none = new Int32Array(0);
    return {
      first: none,
      last: none,
      labelOf: none,
      positionOf: none,
      startsBefore: none,
      maxLast: none,
      leaves: 0,
      segmentOf: none,
      reasons,
      bySegment: new Map(),
    };
  }
  // Counting sort by first day: the days are bounded, so sorting is O(days + closures).
  const startsBefore = new Int32Array(days + 1);
  for (let k = 0; k < n; k++) startsBefore[rawFirst[k]! + 1]!++;
  for (let i = 0; i < days; i++) startsBefore[i + 1]! += startsBefore[i]!;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const labelOf = new Int32Array(n);
  const positionOf = new Int32Array(n);
  const next = startsBefore.slice(0, days);
  for (let k = 0; k < n; k++) {
    const at = next[rawFirst[k]!]!++;
    first[at] = rawFirst[k]!;
    last[at] = rawLast[k]!;
    labelOf[at] = rawLabel[k]!;
    positionOf[at] = rawPosition[k]!;
  }
  let leaves = 1;
  while (leaves < n) leaves *= 2;
  const maxLast = new Int32Array(2 * leaves).fill(-1);
  maxLast.set(last, leaves);
  for (let node = leaves - 1; node >= 1; node--) maxLast[node] = Math.max(maxLast[2 * node]!, maxLast[2 * node + 1]!);
  // A new segment starts where an entry starts or the day after one ends.
  const cuts = new Uint8Array(days + 1);
  for (let k = 0; k < n; k++) {
    cuts[first[k]!] = 1;
    cuts[last[k]! + 1] = 1;
  }
  const segmentOf = new Int32Array(days);
  for (let i = 0, segment = 0; i < days; i++) {
    segment += cuts[i]!;
    segmentOf[i] = segment;
  }
  return { first, last, labelOf, positionOf, startsBefore, maxLast, leaves, segmentOf, reasons, bySegment: new Map() };
}

/**
 * The company-closure reasons of day index i (a company-closure day): each label once, ordered by
 * the first entry in the options that covers the day.
 */
function closureReasonsOn(index: ClosureIndex, i: number): readonly ClosureReason[] {
  const segment = index.segmentOf[i]!;
  const known = index.bySegment.get(segment);
  if (known) return known;
  const { maxLast, leaves, labelOf, positionOf } = index;
  // Entries that start on or before day i are a prefix of the sorted order; of those, visit only
  // the subtrees whose latest last day reaches i.
  const limit = index.startsBefore[i + 1]!;
  // Label id → the earliest position in the options of an entry with that label covering the day.
  const earliest = new Map<number, number>();
  const visit = (node: number, from: number, to: number): void => {
    if (from >= limit || maxLast[node]! < i) return;
    if (node >= leaves) {
      const id = labelOf[node - leaves]!;
      const position = positionOf[node - leaves]!;
      const known = earliest.get(id);
      if (known === undefined || position < known) earliest.set(id, position);
      return;
    }
    const mid = (from + to) >> 1;
    visit(2 * node, from, mid);
    visit(2 * node + 1, mid, to);
  };
  visit(1, 0, leaves);
  const reasons = Object.freeze([...earliest].sort((a, b) => a[1] - b[1]).map(([id]) => index.reasons[id]!));
  index.bySegment.set(segment, reasons);
  return reasons;
}

function parseClock(hhmm: string): number {
  return (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;
}

/**
 * The `workingDays` option by epoch day, each with its hours: its own, else its weekday's, else those of the
 * first weekday (Monday first) that has any (issue 12). A working day on a company closure contradicts it:
 * INVALID_OPTIONS, rather than letting one silently win.
 */
function workingDaysOf(options: ResolvedCalendarOptions, weekly: readonly DayHours[]): Map<number, WorkingDayHours> {
  const result = new Map<number, WorkingDayHours>();
  if (!options.workingDays || options.workingDays.length === 0) return result;
  const firstOpen = MONDAY_FIRST.map((w) => weekly[w]!).find((h) => h.opens.length > 0)!;
  // The working days in date order, so that each closure finds the first one it could cover by bisection:
  // O(closures × log working days), however many of either there are.
  const dates = options.workingDays.map((w, k) => ({ date: w.date, k })).sort((x, y) => (x.date < y.date ? -1 : 1));
  for (const c of options.closures) {
    const [from, to] = 'date' in c ? [c.date, c.date] : [c.from, c.to];
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid]!.date < from) lo = mid + 1;
      else hi = mid;
    }
    const hit = dates[lo];
    if (hit && hit.date <= to)
      throw new CsPolicyError(
        'INVALID_OPTIONS',
        `invalid calendar options: workingDays.${hit.k}: ${hit.date} is also a company closure day (${c.label})`,
        [{ path: ['workingDays', hit.k, 'date'], message: 'is also a company closure day' }],
      );
  }
  for (const w of options.workingDays) {
    const day = parseIsoDate(w.date)!;
    const own = w.hours ? dayHoursOf(w.hours) : undefined;
    const weekday = weekly[weekdayOf(day)]!;
    const h = own ?? (weekday.opens.length > 0 ? weekday : firstOpen);
    result.set(day, Object.freeze({ ...h, label: w.label }));
  }
  return result;
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
  const weekly = weeklyIntervals(resolved.hours).map(dayHoursOf);
  const closedWeekdays = weekly.map((h) => h.opens.length === 0);
  const workingDays = workingDaysOf(resolved, weekly);
  // The plain form (one interval Monday to Friday) with no working day keeps the closed-form fast path:
  // every business day has the same hours, so the clock is bizBefore × day length.
  const plain = 'open' in resolved.hours && workingDays.size === 0;
  const monday = weekly[1]!;
  const openMs = monday.opens[0] ?? 0;
  const closeMs = monday.closes[0] ?? 0;
  const dayLengthMs = closeMs - openMs;
  const closedDay = dayHoursOf([]);

  const table = holidayTableOf(resolved);
  const firstDay = table.firstDay;
  const days = table.lastDay - firstDay + 1;
  let index: DayIndex | undefined;
  const getIndex = (): DayIndex => {
    if (index) return index;
    const built = buildIndex(resolved, table, closedWeekdays, workingDays);
    if (plain) {
      index = built;
      return index;
    }
    const msBefore = new Float64Array(days + 1);
    let sum = 0;
    for (let i = 0; i < days; i++) {
      msBefore[i] = sum;
      if (built.flags[i] === 0) sum += hoursOfIndex(i).totalMs;
    }
    msBefore[days] = sum;
    index = { ...built, msBefore };
    return index;
  };
  /** The hours of the day with index i when it is a business day (a working day's own, else its weekday's). */
  const hoursOfIndex = (i: number): DayHours => {
    const day = i + firstDay;
    return workingDays.get(day) ?? weekly[weekdayOf(day)]!;
  };
  const hoursOfBusinessIndex = (i: number): DayHours => (getIndex().flags[i] === 0 ? hoursOfIndex(i) : closedDay);

  /** Index of a covered epoch day; throws OUT_OF_COVERAGE otherwise. */
  const indexOf = (epochDay: number): number => {
    const i = epochDay - firstDay;
    if (!(i >= 0 && i < days)) throw outOfCoverage(epochDay, table);
    return i;
  };
  /** The business day with rank k (0-based), as an epoch day; throws OUT_OF_COVERAGE past the data. */
  const bizDayAt = (k: number): number => {
    const { bizDays } = getIndex();
    if (!(k >= 0 && k < bizDays.length)) throw answerOutOfCoverage(table);
    return bizDays[k]! + firstDay;
  };

  const isBusinessDay = (date: DateInput): boolean => {
    // Hot path: a Date needs no parsing. An impostor (no time slot, or a Proxy) throws inside the
    // try and is then refused by toEpochDay with INVALID_DATE.
    let day: number;
    try {
      day = date instanceof Date ? Math.floor((dateTime.call(date) + JST_OFFSET_MS) / DAY_MS) : Number.NaN;
    } catch {
      day = Number.NaN;
    }
    if (Number.isNaN(day)) day = toEpochDay(date);
    return getIndex().flags[indexOf(day)] === 0;
  };

  const describeDay = (date: DateInput): DayDescription => describeEpochDay(toEpochDay(date));

  const describeEpochDay = (day: number): DayDescription => {
    const i = indexOf(day);
    const { flags: allFlags, closures: closureIndex } = getIndex();
    const flags = allFlags[i]!;
    const weekday = WEEKDAYS[weekdayOf(day)]!;
    const closures: ClosureReason[] = [];
    if (flags & WEEKEND)
      closures.push(
        weekday === 'saturday' || weekday === 'sunday'
          ? { kind: 'weekend', weekday }
          : { kind: 'closed-weekday', weekday },
      );
    if (flags & HOLIDAY) {
      const { name, nameEn, kind: holidayKind, replaces, projected } = table.byDay.get(day)!;
      closures.push({ kind: 'national-holiday', name, nameEn, holidayKind, ...(replaces && { replaces }), projected });
    }
    if (flags & YEAR_END) closures.push({ kind: 'year-end' });
    if (flags & COMPANY) for (const reason of closureReasonsOn(closureIndex, i)) closures.push(reason);
    const working = flags === 0 ? workingDays.get(day) : undefined;
    return {
      date: formatEpochDay(day),
      weekday,
      businessDay: flags === 0,
      closures,
      hours: flags === 0 ? hoursOfIndex(i).intervals : closedDay.intervals,
      ...(working && { workingDay: working.label }),
    };
  };

  const hoursOn = (date: DateInput): readonly BusinessHours[] =>
    hoursOfBusinessIndex(indexOf(toEpochDay(date))).intervals;

  /** Business milliseconds from the start of coverage to the instant (a monotone clock that stops outside hours). */
  const businessClock = (ms: number): number => {
    const shifted = ms + JST_OFFSET_MS;
    const day = Math.floor(shifted / DAY_MS);
    const i = indexOf(day);
    const { flags, bizBefore, msBefore } = getIndex();
    if (msBefore) {
      const before = msBefore[i]!;
      return flags[i] !== 0 ? before : before + msIntoDay(hoursOfIndex(i), shifted - day * DAY_MS);
    }
    const before = bizBefore[i]! * dayLengthMs;
    if (flags[i] !== 0) return before;
    const inDay = shifted - day * DAY_MS - openMs;
    return before + (inDay <= 0 ? 0 : Math.min(inDay, dayLengthMs));
  };

  /** The instant at which the business clock reads `target`: the earliest one, or (latest = true) the last. */
  const instantAtClock = (target: number, latest: boolean): Date => {
    const { msBefore } = getIndex();
    if (msBefore) {
      // The day that holds the reading: the first i with msBefore[i + 1] ≥ target (earliest instant) or
      // > target (latest), by binary search over the prefix, so the cost does not grow with the distance.
      let lo = 0;
      let hi = days;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const end = msBefore[mid + 1]!;
        if (latest ? end > target : end >= target) hi = mid;
        else lo = mid + 1;
      }
      if (lo >= days || (latest && target === msBefore[days])) throw answerOutOfCoverage(table);
      // A day with no business time cannot hold a reading it does not advance: skip to the next business day.
      let i = lo;
      if (getIndex().flags[i] !== 0) i = bizDayAt(getIndex().bizBefore[i + 1]!) - firstDay;
      return new Date(jstMidnight(i + firstDay) + inDayAt(hoursOfIndex(i), target - msBefore[i]!, latest));
    }
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
    if (plain) return getIndex().flags[indexOf(day)] === 0 && inDay >= openMs && inDay < closeMs;
    const h = hoursOfBusinessIndex(indexOf(day));
    for (let k = 0; k < h.opens.length; k++) if (inDay >= h.opens[k]! && inDay < h.closes[k]!) return true;
    return false;
  };

  const nextBusinessOpening = (instant: InstantInput): Date => {
    const ms = toEpochMs(instant);
    const shifted = ms + JST_OFFSET_MS;
    const day = Math.floor(shifted / DAY_MS);
    const i = indexOf(day);
    const { flags, bizBefore } = getIndex();
    const inDay = shifted - day * DAY_MS;
    if (plain) {
      if (flags[i] === 0) {
        if (inDay >= openMs && inDay < closeMs) return new Date(ms);
        if (inDay < openMs) return new Date(jstMidnight(day) + openMs);
      }
      return new Date(jstMidnight(bizDayAt(bizBefore[i + 1]!)) + openMs);
    }
    const h = hoursOfBusinessIndex(i);
    for (let k = 0; k < h.opens.length; k++) {
      if (inDay < h.opens[k]!) return new Date(jstMidnight(day) + h.opens[k]!);
      if (inDay < h.closes[k]!) return new Date(ms);
    }
    const next = bizDayAt(bizBefore[i + 1]!);
    return new Date(jstMidnight(next) + hoursOfIndex(next - firstDay).opens[0]!);
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
    for (let day = a; day <= b; day++) if (flags[day - firstDay] !== 0) result.push(describeEpochDay(day));
    return result;
  };

  const { year: firstYear } = civilFromEpochDay(table.firstDay);
  const { year: lastYear } = civilFromEpochDay(table.lastDay);
  return Object.freeze({
    options: deepFreeze(resolved),
    coverage: Object.freeze({ firstYear, lastYear, from: table.from, to: table.to }),
    hoursOn,
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
