// The case clock's input: events that run, pause or stop it, in time order. Validated here, at the
// boundary, so the count itself (case-clock.ts) works on plain epoch milliseconds.
import * as z from 'zod/mini';
import { instantField } from '../calendar/fields.js';
import { formatInstantJst } from '../calendar/civil.js';
import { type InstantInput, toEpochMs } from '../calendar/input.js';
import { CsPolicyError, type InputIssue } from '../errors.js';
import { formatIssues, lazySchema, parseWith } from '../validate.js';

/**
 * What an event does to the case clock (`1.2.case`): `run` counts business time as handling
 * time, `pause` counts it as time spent waiting for the customer (e.g. for diagnostic data,
 * `2.1.data`), `stop` ends the count (the final answer).
 *
 * @example
 * ```ts
 * CLOCK_SIGNALS; // ['run', 'pause', 'stop']
 * ```
 */
export const CLOCK_SIGNALS = Object.freeze(['run', 'pause', 'stop'] as const);

/**
 * One of {@link CLOCK_SIGNALS}.
 *
 * @example
 * ```ts
 * const signal: ClockSignal = 'pause'; // waiting for the customer's logs (2.1.data)
 * ```
 */
export type ClockSignal = (typeof CLOCK_SIGNALS)[number];

/**
 * An event of the case clock: at `at`, the clock runs, pauses or stops. A list of them, in time
 * order, is the input of {@link caseClock}; {@link clockEventsFromHistory} derives it from a case
 * history.
 *
 * @example
 * ```ts
 * const events: ClockEvent[] = [
 *   { at: '2027-01-04T10:00+09:00', clock: 'run' }, // registered (1.2.case)
 *   { at: '2027-01-04T11:00+09:00', clock: 'pause' }, // logs requested (2.1.data)
 *   { at: '2027-01-05T10:00+09:00', clock: 'run' }, // logs received
 * ];
 * ```
 */
export interface ClockEvent {
  readonly at: InstantInput;
  readonly clock: ClockSignal;
}

/** @internal The JSON form of a list of clock events (instants as strings), for the rule registry. */
export const clockEventsJsonSchema = lazySchema(() =>
  z
    .array(
      z.strictObject({
        at: z.string().check(z.describe('an ISO 8601 date-time with an offset, e.g. "2027-01-04T10:00+09:00"')),
        clock: z.enum(CLOCK_SIGNALS),
      }),
    )
    .check(z.minLength(1)),
);

const eventsSchema = lazySchema(() =>
  z.array(z.strictObject({ at: instantField, clock: z.enum(CLOCK_SIGNALS) })).check(z.minLength(1)),
);

/** @internal Clock events as epoch milliseconds and signals, validated. */
export interface ParsedClockEvents {
  readonly at: readonly number[];
  readonly clock: readonly ClockSignal[];
}

/** @internal An `INVALID_INPUT` error for one item of a list, in the library's `path: problem` form. */
export function listError(subject: string, index: number, field: string, message: string): CsPolicyError {
  const issues: InputIssue[] = [{ path: [index, field], message }];
  return new CsPolicyError('INVALID_INPUT', `invalid ${subject}: ${formatIssues(issues)}`, issues);
}

/** An item's `at` as epoch ms; a bad one is `INVALID_INSTANT` with the issue's path, like every field error. */
function instantOfItem(at: InstantInput, index: number, subject: string): number {
  try {
    return toEpochMs(at, `${subject}[${index}].at`);
  } catch (error) {
    if (!(error instanceof CsPolicyError) || error.issues.length > 0) throw error;
    throw new CsPolicyError(error.code, error.message, [{ path: [index, 'at'], message: error.message }]);
  }
}

/**
 * @internal The instants of a list's `at` fields, in time order (equal instants allowed): a bad
 * instant is `INVALID_INSTANT` naming its index, one earlier than the item before it is
 * `INVALID_INPUT` naming its index.
 */
export function instantsInOrder(items: readonly { readonly at: InstantInput }[], subject: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const ms = instantOfItem(items[i]!.at, i, subject);
    if (i > 0 && ms < at[i - 1]!) {
      throw listError(
        subject,
        i,
        'at',
        `${formatInstantJst(ms)} is earlier than item ${i - 1} (${formatInstantJst(at[i - 1]!)}): give them in time order`,
      );
    }
    at.push(ms);
  }
  return at;
}

/**
 * @internal Validates clock events: a non-empty list of `{ at, clock }` (`INVALID_INPUT` naming the
 * field), instants in time order (see {@link instantsInOrder}), nothing after a `stop` and nothing
 * after `now` (`INVALID_INPUT` naming the index).
 */
export function parseClockEvents(events: unknown, nowMs: number): ParsedClockEvents {
  const parsed = parseWith(eventsSchema, events, 'INVALID_INPUT', 'events');
  const at = instantsInOrder(parsed, 'events');
  const clock = parsed.map((e) => e.clock);
  const stop = clock.indexOf('stop');
  // A stopped clock stays stopped (the final answer ends the count, 1.2.case).
  if (stop !== -1 && stop < clock.length - 1) {
    throw listError('events', stop + 1, 'clock', `comes after the stop at item ${stop}: nothing may follow a stop`);
  }
  const last = at.length - 1;
  if (at[last]! > nowMs) {
    throw listError('events', last, 'at', `${formatInstantJst(at[last]!)} is after now (${formatInstantJst(nowMs)})`);
  }
  return { at, clock };
}
