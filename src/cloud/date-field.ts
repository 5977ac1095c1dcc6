import * as z from 'zod/mini';
import type { DateInput } from '../calendar/input.js';

/**
 * A date field inside an object input: zod checks only that a value of a date-like type is
 * there; the caller then reads it with `toEpochDay` / `toEpochMs`, which throw `INVALID_DATE`
 * / `INVALID_INSTANT` naming the field (the convention of the whole library).
 * Internal to chapter 5; not exported from the package.
 */
export const dateInputField = z.custom<DateInput>(
  (v) => typeof v === 'string' || typeof v === 'number' || v instanceof Date || (typeof v === 'object' && v !== null && 'toMillis' in v),
  {
    error: (issue) =>
      issue.input === undefined
        ? 'is required (a date "YYYY-MM-DD", an ISO date-time, a Date or epoch milliseconds)'
        : 'must be a date "YYYY-MM-DD", an ISO date-time, a Date, epoch milliseconds or a Luxon DateTime',
  },
);
