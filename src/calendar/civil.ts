/**
 * Civil-date arithmetic on "epoch days" (days since 1970-01-01), the library's
 * internal date representation. Pure integer maths: no `Date` local-time
 * methods, so nothing here depends on the process time zone.
 */

import { CsPolicyError } from '../errors.js';

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** Asia/Tokyo is UTC+09:00 all year: Japan has had no daylight saving time since 1951. */
export const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * A JST civil date as `'YYYY-MM-DD'`: the form every date in a decision takes, so that
 * decisions stay plain JSON and name the same day in every process time zone.
 *
 * @example
 * ```ts
 * const lastDay: IsoDate = releaseEndOfSupport('2026-04-01').value.lastSupportedDate; // '2026-09-28' (3.3.eos)
 * ```
 */
export type IsoDate = string;

/** The JST epoch day of an instant given in epoch milliseconds. */
export function epochDayOfInstant(epochMs: number): number {
  return Math.floor((epochMs + JST_OFFSET_MS) / DAY_MS);
}

/** Milliseconds since JST midnight of an instant. */
export function msOfJstDay(epochMs: number): number {
  const shifted = epochMs + JST_OFFSET_MS;
  return shifted - Math.floor(shifted / DAY_MS) * DAY_MS;
}

/** The instant of JST midnight starting `epochDay`. */
export function jstMidnight(epochDay: number): number {
  return epochDay * DAY_MS - JST_OFFSET_MS;
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function epochDayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The `{ year, month, day }` of an epoch day (H. Hinnant's civil_from_days). */
export function civilFromEpochDay(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Epoch days of 0000-01-01 and 9999-12-31: the dates a `'YYYY-MM-DD'` string can name. */
const FIRST_WRITABLE_DAY = -719_528;
const LAST_WRITABLE_DAY = 2_932_896;

/**
 * `'YYYY-MM-DD'` of an epoch day. A day outside the years 0000–9999 has no such form, so it fails
 * with `INVALID_DATE` rather than return `'10000-06-28'`. Inlines civilFromEpochDay: it is on every
 * hot path that returns a date.
 */
export function formatEpochDay(epochDay: number): IsoDate {
  if (!(epochDay >= FIRST_WRITABLE_DAY && epochDay <= LAST_WRITABLE_DAY)) {
    throw new CsPolicyError(
      'INVALID_DATE',
      'the date falls outside the years 0000–9999, which a "YYYY-MM-DD" date cannot express',
    );
  }
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Two cached pieces and one concatenation: building the string part by part cost more than the arithmetic.
  yearStrings ??= new Array<string | undefined>(10_000).fill(undefined);
  monthDayStrings ??= buildMonthDayStrings();
  let yearString = yearStrings[year];
  if (yearString === undefined) {
    yearString = String(year).padStart(4, '0');
    yearStrings[year] = yearString;
  }
  return yearString + monthDayStrings[month * 32 + day]!;
}

// Pure memos for formatEpochDay, filled on first use: 'YYYY' by year, '-MM-DD' by month * 32 + day.
// Preallocated on first use: filling a sparse array from index 1970 would put it in slow dictionary mode.
let yearStrings: (string | undefined)[] | undefined;
let monthDayStrings: string[] | undefined;

function buildMonthDayStrings(): string[] {
  const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
  const table: string[] = new Array<string>(13 * 32).fill('');
  for (let month = 1; month <= 12; month++)
    for (let day = 1; day <= 31; day++) table[month * 32 + day] = `-${two(month)}-${two(day)}`;
  return table;
}

/** The value of the ASCII digit at `i`, or -1: the date parser reads characters, not a regex (a hot path). */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Whether the text has the shape `DDDD-DD-DD` (it may still name no real day, e.g. 2026-02-30). */
export function isIsoDateShape(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (digitAt(text, i) < 0) return false;
  return true;
}

/** Epoch day of a strict `'YYYY-MM-DD'` string, or `undefined` if it is not a real date. */
export function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  // Character codes minus '0': a non-digit falls outside 0–9 (as unsigned, below '0' wraps high). Hot path: no regex.
  const y0 = (text.charCodeAt(0) - 48) >>> 0,
    y1 = (text.charCodeAt(1) - 48) >>> 0,
    y2 = (text.charCodeAt(2) - 48) >>> 0,
    y3 = (text.charCodeAt(3) - 48) >>> 0;
  const m0 = (text.charCodeAt(5) - 48) >>> 0,
    m1 = (text.charCodeAt(6) - 48) >>> 0,
    d0 = (text.charCodeAt(8) - 48) >>> 0,
    d1 = (text.charCodeAt(9) - 48) >>> 0;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return epochDayFromCivil(year, month, day);
}

/** An instant as ISO 8601 in JST, e.g. `'2027-01-04T09:30:00+09:00'` (milliseconds shown only when present). */
export function formatInstantJst(epochMs: number): string {
  const day = Math.floor((epochMs + JST_OFFSET_MS) / DAY_MS);
  const inDay = epochMs + JST_OFFSET_MS - day * DAY_MS;
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor((inDay % 3_600_000) / 60_000);
  const s = Math.floor((inDay % 60_000) / 1000);
  const ms = inDay % 1000;
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
  return `${formatEpochDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}${fraction}+09:00`;
}
