import * as z from 'zod/mini';
import { instantField } from '../calendar/fields.js';
import type { InstantInput } from '../calendar/input.js';
import { lazySchema, parseWith } from '../validate.js';
import { type ClockEvent, type ClockSignal, instantsInOrder, listError } from './events.js';

/**
 * What each status of a case does to its clock (`1.2.case`, interpretation 12): a registered or
 * investigated case runs it; waiting for the customer (e.g. for diagnostic data, `2.1.data`)
 * pauses it; the final answer stops it, and so do the statuses after it (`survey`, `closed`,
 * `4.1.survey`) and the other ends of a case (`withdrawn`, `duplicate`, `refused`).
 *
 * @example
 * ```ts
 * CLOCK_OF_STATUS['waiting-for-customer']; // 'pause'
 * CLOCK_OF_STATUS['final-answer']; // 'stop'
 * ```
 */
export const CLOCK_OF_STATUS = Object.freeze({
  registered: 'run',
  investigating: 'run',
  'waiting-for-customer': 'pause',
  'final-answer': 'stop',
  survey: 'stop',
  closed: 'stop',
  withdrawn: 'stop',
  duplicate: 'stop',
  refused: 'stop',
} as const satisfies Record<string, ClockSignal>);

/**
 * A status of a case as the clock reads it: the keys of {@link CLOCK_OF_STATUS}.
 *
 * @example
 * ```ts
 * const status: CaseClockStatus = 'investigating';
 * ```
 */
export type CaseClockStatus = keyof typeof CLOCK_OF_STATUS;

/**
 * One step of a case's history: from `at`, the case has `status`. A history starts at
 * registration, when the case number is issued (`1.2.case`: work starts from that number).
 *
 * @example
 * ```ts
 * const step: CaseStep = { at: '2027-01-04T10:00+09:00', status: 'registered' };
 * ```
 */
export interface CaseStep {
  readonly at: InstantInput;
  readonly status: CaseClockStatus;
}

const STATUSES = Object.keys(CLOCK_OF_STATUS) as [CaseClockStatus, ...CaseClockStatus[]];
const stepsSchema = lazySchema(() => z.array(z.strictObject({ at: instantField, status: z.enum(STATUSES) })));

/**
 * The clock events of a case history (the input of {@link caseClock}): one event each time the
 * clock's signal changes (`registered` → `investigating` is one run), and one stop at the first
 * step that ends the case; later ending steps (the survey after the final answer, the close) add
 * nothing. The events keep the steps' `at` as given.
 *
 * @example
 * ```ts
 * clockEventsFromHistory([
 *   { at: '2027-01-04T10:00+09:00', status: 'registered' },
 *   { at: '2027-01-04T10:30+09:00', status: 'investigating' },
 *   { at: '2027-01-04T11:00+09:00', status: 'waiting-for-customer' }, // logs requested (2.1.data)
 *   { at: '2027-01-05T10:00+09:00', status: 'investigating' },
 *   { at: '2027-01-05T15:00+09:00', status: 'final-answer' },
 *   { at: '2027-01-05T15:00+09:00', status: 'survey' },
 * ]);
 * // [{ at: '2027-01-04T10:00+09:00', clock: 'run' }, { at: '2027-01-04T11:00+09:00', clock: 'pause' },
 * //  { at: '2027-01-05T10:00+09:00', clock: 'run' }, { at: '2027-01-05T15:00+09:00', clock: 'stop' }]
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a malformed step or an unknown status, steps out of time
 * order, or a running or waiting step after the case has ended (each naming the index);
 * `INVALID_INSTANT` naming the field for an instant that is not one.
 */
export function clockEventsFromHistory(steps: readonly CaseStep[]): ClockEvent[] {
  const parsed = parseWith(stepsSchema, steps, 'INVALID_INPUT', 'steps');
  instantsInOrder(parsed, 'steps');
  const events: ClockEvent[] = [];
  let stoppedAt = -1;
  for (let i = 0; i < parsed.length; i++) {
    const { at, status } = parsed[i]!;
    const clock = CLOCK_OF_STATUS[status];
    if (stoppedAt !== -1) {
      if (clock === 'stop') continue;
      throw listError(
        'steps',
        i,
        'status',
        `comes after the case ended at step ${stoppedAt}: only another ending status may follow the end`,
      );
    }
    if (clock === 'stop') stoppedAt = i;
    if (events.length === 0 || events[events.length - 1]!.clock !== clock) events.push({ at, clock });
  }
  return events;
}
