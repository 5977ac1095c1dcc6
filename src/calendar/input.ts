import { DateTime } from 'luxon';
import { CsPolicyError } from '../errors.js';
import { epochDayOfInstant, parseIsoDate } from './civil.js';

/**
 * A Luxon `DateTime` (or anything shaped like one). Only its instant is used.
 */
export interface DateTimeLike {
  readonly isLuxonDateTime: true;
  toMillis(): number;
  readonly isValid: boolean;
}

/**
 * A point in time: a `Date`, epoch milliseconds, a Luxon `DateTime`, or an ISO
 * 8601 date-time string. A string with an offset or `Z` is that instant; a
 * string without one is read as JST wall time (`'2026-12-28T18:45'` is 18:45 in Tokyo).
 */
export type InstantInput = Date | number | string | DateTimeLike;

/**
 * A JST civil date: an ISO date `'2026-12-28'`, or any {@link InstantInput},
 * which names the JST date at that instant (so `new Date('2026-12-27T15:00Z')`
 * is 2026-12-28, because it is midnight in Tokyo).
 */
export type DateInput = InstantInput;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return 'an Invalid Date';
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  return `a value of type ${typeof value}`;
}

function isDateTimeLike(value: unknown): value is DateTimeLike {
  return typeof value === 'object' && value !== null && DateTime.isDateTime(value);
}

/** Epoch milliseconds of an instant input; throws `INVALID_INSTANT` for anything that is not one. */
export function toEpochMs(value: InstantInput, what = 'instant'): number {
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = value;
  else if (typeof value === 'string') {
    if (DATE_ONLY.test(value)) {
      throw new CsPolicyError(
        'INVALID_INSTANT',
        `${what} ${JSON.stringify(value)} is a date without a time; give a date-time such as "${value}T09:30+09:00"`,
      );
    }
    const parsed = DateTime.fromISO(value, { zone: 'Asia/Tokyo' });
    if (!parsed.isValid) {
      throw new CsPolicyError(
        'INVALID_INSTANT',
        `${what} ${describe(value)} is not an ISO 8601 date-time (e.g. "2026-12-28T18:45+09:00")`,
      );
    }
    ms = parsed.toMillis();
  } else if (isDateTimeLike(value)) {
    if (!value.isValid) throw new CsPolicyError('INVALID_INSTANT', `${what} is an invalid Luxon DateTime`);
    ms = value.toMillis();
  } else {
    throw new CsPolicyError('INVALID_INSTANT', `${what} must be a Date, epoch milliseconds, an ISO date-time string or a Luxon DateTime, not ${describe(value)}`);
  }
  // 8.64e15 is the largest epoch ms a Date can hold.
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    throw new CsPolicyError('INVALID_INSTANT', `${what} ${describe(value)} is not a valid point in time`);
  }
  return ms;
}

/** JST epoch day of a date input; throws `INVALID_DATE` for anything that is not one. */
export function toEpochDay(value: DateInput, what = 'date'): number {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const day = parseIsoDate(value);
    if (day === undefined) throw new CsPolicyError('INVALID_DATE', `${what} ${JSON.stringify(value)} is not a real calendar date`);
    return day;
  }
  try {
    return epochDayOfInstant(toEpochMs(value, what));
  } catch (error) {
    if (error instanceof CsPolicyError) {
      throw new CsPolicyError('INVALID_DATE', `${what} ${describe(value)} is not a date: use "YYYY-MM-DD", a date-time, a Date or epoch milliseconds`);
    }
    throw error;
  }
}

/** Throws `INVALID_NUMBER` unless `n` is a safe integer. */
export function toCount(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new CsPolicyError('INVALID_NUMBER', `${what} must be a whole number, not ${describe(n)}`);
  }
  return n;
}

