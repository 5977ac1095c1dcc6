import { CsPolicyError } from '../errors.js';
import { describeValue } from '../values.js';
import {
  DAY_MS,
  JST_OFFSET_MS,
  daysInMonth,
  epochDayFromCivil,
  epochDayOfInstant,
  isIsoDateShape,
  parseIsoDate,
} from './civil.js';

/**
 * A Luxon `DateTime`. Only its instant is used; the library does not load Luxon itself
 * (it recognises a DateTime by the `isLuxonDateTime` mark Luxon puts on each instance).
 *
 * @example
 * ```ts
 * import { DateTime } from 'luxon';
 * const dt: DateTimeLike = DateTime.fromISO('2027-01-04T10:00', { zone: 'Asia/Tokyo' });
 * isWithinBusinessHours(dt); // true (a Monday, 10:00 JST)
 * ```
 */
export interface DateTimeLike {
  toMillis(): number;
  readonly isValid: boolean;
}

/**
 * A point in time: a `Date`, epoch milliseconds, a Luxon `DateTime`, or an ISO
 * 8601 date-time string (`YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]`). A string with an
 * offset or `Z` is that instant; a string without one is read as JST wall time
 * (`'2026-12-28T18:45'` is 18:45 in Tokyo).
 *
 * @example
 * ```ts
 * // Four ways to write the same instant, 18:45 JST on Monday 2026-12-28:
 * const inputs: InstantInput[] = ['2026-12-28T18:45', '2026-12-28T09:45Z', new Date('2026-12-28T09:45:00Z'), Date.UTC(2026, 11, 28, 9, 45)];
 * inputs.map((i) => isWithinBusinessHours(i)); // [false, false, false, false] (after the 18:30 close, 1.1.hours)
 * ```
 */
export type InstantInput = Date | number | string | DateTimeLike;

/**
 * A JST civil date: an ISO date `'2026-12-28'`, or any {@link InstantInput},
 * which names the JST date at that instant (so `new Date('2026-12-27T15:00Z')`
 * is 2026-12-28, because it is midnight in Tokyo).
 *
 * @example
 * ```ts
 * const day: DateInput = new Date('2026-12-27T15:00:00Z'); // midnight in Tokyo
 * describeDay(day).date; // '2026-12-28'
 * isBusinessDay('2026-12-28'); // true (a Monday)
 * ```
 */
export type DateInput = InstantInput;

const dateTime = Date.prototype.getTime;

/**
 * The time of a real Date, or NaN for anything else: `Object.create(Date.prototype)` and a Proxy of
 * a Date pass `instanceof Date` but have no time, and calling `getTime` on them throws a TypeError.
 * `Date.prototype.getTime.call` reads the internal slot, so an own `getTime` cannot fake one.
 */
export function timeOfDate(value: Date): number {
  try {
    return dateTime.call(value);
  } catch {
    return Number.NaN;
  }
}

/** `value instanceof Date`, false for a Proxy whose prototype trap throws. */
export function isDateObject(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

function isDateTimeLike(value: unknown): value is DateTimeLike {
  // Luxon marks its DateTime instances so; no import of luxon is needed to accept them.
  return (
    typeof value === 'object' && value !== null && (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true
  );
}

// ISO 8601 extended date-time: date, "T" (or a space), hh:mm[:ss[.fraction]], optional Z or ±hh[:mm].
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Epoch ms of an ISO 8601 date-time, or undefined when it is not one (or names no real time).
 * Without an offset the text is JST wall time.
 */
export function parseIsoDateTime(text: string): number | undefined {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
    return undefined;
  // The first three fraction digits: truncated to the millisecond, never rounded (".999999999" stays in its second).
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  let offsetMs = JST_OFFSET_MS;
  const zone = m[8];
  if (zone !== undefined) {
    if (zone === 'Z' || zone === 'z') offsetMs = 0;
    else {
      const digits = zone.slice(1).replace(':', '');
      const offH = Number(digits.slice(0, 2));
      const offM = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (offH > 23 || offM > 59) return undefined;
      offsetMs = (zone[0] === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000;
    }
  }
  return epochDayFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMs;
}

/**
 * Epoch milliseconds of an instant input; throws `INVALID_INSTANT` for anything that is not one.
 * A fraction of a millisecond is truncated to the millisecond that contains the instant (issue 9).
 */
export function toEpochMs(value: InstantInput, what = 'instant'): number {
  const ms = typeof value === 'number' ? value : epochMsOfOtherInput(value, what);
  // 8.64e15 is the largest epoch ms a Date can hold; NaN fails both comparisons.
  if (!(ms >= -8.64e15 && ms <= 8.64e15)) {
    throw new CsPolicyError('INVALID_INSTANT', `${what} ${describeValue(value)} is not a valid point in time`);
  }
  // + 0 turns -0 into 0.
  return Math.floor(ms) + 0;
}

/** Every form of {@link toEpochMs} but a number; a hostile object (a throwing getter or Proxy trap) is refused too. */
function epochMsOfOtherInput(value: unknown, what: string): number {
  if (typeof value === 'string') {
    if (isIsoDateShape(value)) {
      throw new CsPolicyError(
        'INVALID_INSTANT',
        `${what} ${JSON.stringify(value)} is a date without a time; give a date-time such as "${value}T09:30+09:00"`,
      );
    }
    const parsed = parseIsoDateTime(value);
    if (parsed === undefined) {
      throw new CsPolicyError(
        'INVALID_INSTANT',
        `${what} ${describeValue(value)} is not an ISO 8601 date-time (e.g. "2026-12-28T18:45+09:00")`,
      );
    }
    return parsed;
  }
  let ms: unknown;
  try {
    if (isDateObject(value)) ms = timeOfDate(value);
    else if (isDateTimeLike(value)) {
      if (!value.isValid) throw new CsPolicyError('INVALID_INSTANT', `${what} is an invalid Luxon DateTime`);
      ms = typeof value.toMillis === 'function' ? value.toMillis() : undefined;
    }
  } catch (error) {
    if (error instanceof CsPolicyError) throw error;
    ms = undefined;
  }
  if (typeof ms === 'number') return ms;
  throw new CsPolicyError(
    'INVALID_INSTANT',
    `${what} must be a Date, epoch milliseconds, an ISO date-time string or a Luxon DateTime, not ${describeValue(value)}`,
  );
}

/** JST epoch day of a date input; throws `INVALID_DATE` for anything that is not one. */
export function toEpochDay(value: DateInput, what = 'date'): number {
  // Hot path, kept small so it inlines: an ISO date string, or a Date.
  if (typeof value === 'string') {
    const day = parseIsoDate(value);
    if (day !== undefined) return day;
  } else if (isDateObject(value)) {
    const ms = timeOfDate(value);
    if (!Number.isNaN(ms)) return Math.floor((ms + JST_OFFSET_MS) / DAY_MS);
  }
  return epochDayOfOtherInput(value, what);
}

/** Every other form (and every error) of {@link toEpochDay}. */
function epochDayOfOtherInput(value: DateInput, what: string): number {
  if (typeof value === 'string' && isIsoDateShape(value)) {
    throw new CsPolicyError('INVALID_DATE', `${what} ${JSON.stringify(value)} is not a real calendar date`);
  }
  try {
    return epochDayOfInstant(toEpochMs(value, what));
  } catch (error) {
    if (error instanceof CsPolicyError) {
      throw new CsPolicyError(
        'INVALID_DATE',
        `${what} ${describeValue(value)} is not a date: use "YYYY-MM-DD", a date-time, a Date or epoch milliseconds`,
      );
    }
    throw error;
  }
}

/** Throws `INVALID_NUMBER` unless `n` is a safe integer. */
export function toCount(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new CsPolicyError('INVALID_NUMBER', `${what} must be a whole number, not ${describeValue(n)}`);
  }
  return n;
}
