import * as z from 'zod/mini';
import type { DateInput, InstantInput } from './input.js';

const isDateLike = (v: unknown): boolean =>
  typeof v === 'string' ||
  typeof v === 'number' ||
  v instanceof Date ||
  (typeof v === 'object' && v !== null && 'toMillis' in v);

/**
 * A date or instant field inside an object input. zod checks only that a date-like value is
 * there; the rule then reads it with `toEpochDay` / `toEpochMs` and the field's name, so a bad
 * date fails as `INVALID_DATE` (or `INVALID_INSTANT`) naming the field — the same code a bad
 * date gets as a plain argument.
 */
export const dateField = z.custom<DateInput>(isDateLike, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required (a date "YYYY-MM-DD", an ISO date-time, a Date or epoch milliseconds)'
      : 'must be a date "YYYY-MM-DD", an ISO date-time, a Date, epoch milliseconds or a Luxon DateTime',
});

/** An instant field inside an object input; see {@link dateField}. */
export const instantField = z.custom<InstantInput>(isDateLike, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required (an ISO date-time, a Date or epoch milliseconds)'
      : 'must be an ISO date-time, a Date, epoch milliseconds or a Luxon DateTime',
});
