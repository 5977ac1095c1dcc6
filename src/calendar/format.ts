import { formatInstantJst } from './civil.js';
import { toEpochMs, type InstantInput } from './input.js';

/**
 * An instant as an ISO 8601 string in Japan time, the form to put in a customer e-mail
 * or a log: `'2027-01-04T09:30:00+09:00'`. Independent of the process time zone.
 *
 * @example
 * ```ts
 * toJstIsoString(new Date('2027-01-04T00:30:00Z')); // '2027-01-04T09:30:00+09:00'
 * ```
 */
export function toJstIsoString(instant: InstantInput): string {
  return formatInstantJst(toEpochMs(instant));
}
