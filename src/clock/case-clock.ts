import * as z from 'zod/mini';
import { formatInstantJst } from '../calendar/civil.js';
import { instantField } from '../calendar/fields.js';
import { type InstantInput, toEpochMs } from '../calendar/input.js';
import { CsPolicyError, type InputIssue } from '../errors.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { type Policy, URGENCY_LEVELS, type Urgency } from '../policy/schema.js';
import { formatIssues, lazySchema, parseWith } from '../validate.js';
import { addBusinessMs, businessMsBetween } from './business-time.js';
import { type ClockEvent, parseClockEvents } from './events.js';
import { type ClockMeasure, clockReasons } from './reasons.js';
import { receptionHours } from '../words/hours.js';

/**
 * The options of {@link caseClock}: `now` (required: the clock counts up to it, or up to its stop),
 * the case's `urgency` (which targets apply), what the target `measure`s (default `'resolution'`,
 * the final answer) and the policy version.
 *
 * @example
 * ```ts
 * const options: CaseClockOptions = { now: '2027-01-04T11:00+09:00', urgency: 'high' };
 * ```
 */
export interface CaseClockOptions extends RuleOptions {
  readonly now: InstantInput;
  readonly urgency?: Urgency;
  readonly measure?: ClockMeasure;
}

/**
 * The state of the case clock after its last event: `running` (being handled), `paused`
 * (waiting for the customer) or `stopped` (final answer).
 *
 * @example
 * ```ts
 * const state: ClockState = caseClock([{ at: '2027-01-04T10:00+09:00', clock: 'run' }], { now: '2027-01-04T11:00+09:00' }).outcome; // 'running'
 * ```
 */
export type ClockState = 'running' | 'paused' | 'stopped';

/**
 * Where the clock stands against its target: `on-track`, `warning` (at or past the warning
 * share of the target), `breached` (past the target, clock not stopped), `met` (stopped within
 * it), `missed` (stopped past it). Reaching the target exactly is still within it.
 *
 * @example
 * ```ts
 * const status: TargetStatus = 'warning'; // 90 of 120 minutes at a 75 % threshold
 * ```
 */
export type TargetStatus = 'on-track' | 'warning' | 'breached' | 'met' | 'missed';

/**
 * The target a policy version sets for the case (`policy.caseClock`, `1.2.case`).
 *
 * @example
 * ```ts
 * const target: CaseClockTarget = { measure: 'resolution', urgency: 'high', businessMinutes: 120, warningPercent: 75, status: 'on-track' };
 * ```
 */
export interface CaseClockTarget {
  readonly measure: ClockMeasure;
  readonly urgency: Urgency;
  /** The target, in business minutes. */
  readonly businessMinutes: number;
  /** The warning threshold, a percentage of the target; null when the policy sets none. */
  readonly warningPercent: number | null;
  readonly status: TargetStatus;
}

/**
 * The value of {@link caseClock}: business time counted up to `countedTo` (now, or the stop).
 *
 * - `elapsedBusinessMinutes`: business time while running; `pausedBusinessMinutes`: business
 *   time while paused. Time before the first event counts as neither. Exact to the millisecond
 *   (a fraction of a minute when instants have seconds).
 * - With a target: `remainingBusinessMinutes` = target − elapsed (negative once past it);
 *   `breachAt` / `warningAt`: the instant the elapsed time reaches the target / the warning
 *   threshold — in the past if it already has; in the future (now + the business time left) if the
 *   clock is running; `null` if it has not and the clock is paused or stopped (a paused clock has
 *   no date: it depends on when handling resumes). Without a target all four are `null`.
 *
 * @example
 * ```ts
 * // { state: 'running', elapsedBusinessMinutes: 90, pausedBusinessMinutes: 60, countedTo: '2027-01-04T11:00:00+09:00',
 * //   target: null, remainingBusinessMinutes: null, breachAt: null, warningAt: null }
 * ```
 */
export interface CaseClock {
  readonly state: ClockState;
  readonly elapsedBusinessMinutes: number;
  readonly pausedBusinessMinutes: number;
  /** JST ISO instant the count runs to: `now`, or the stop. */
  readonly countedTo: string;
  readonly target: CaseClockTarget | null;
  readonly remainingBusinessMinutes: number | null;
  readonly breachAt: string | null;
  readonly warningAt: string | null;
}

/**
 * The reason codes {@link caseClock} can give.
 *
 * @example
 * ```ts
 * const code: CaseClockCode = 'TARGET_WARNING';
 * ```
 */
export type CaseClockCode = keyof typeof clockReasons;

const MINUTE_MS = 60_000;
const STATE_OF = { run: 'running', pause: 'paused', stop: 'stopped' } as const;

const optionsSchema = lazySchema(() =>
  z.object({
    now: instantField,
    urgency: z.optional(z.enum(URGENCY_LEVELS)),
    measure: z.optional(z.enum(['first-response', 'resolution'])),
  }),
);

/**
 * The case clock (`1.2.case`): how much business time a case has been handled and how much it
 * has waited for the customer, from events that run, pause and stop it — and, when the policy
 * version sets targets, where it stands against its target.
 *
 * - Only the policy calendar's business time counts (`1.1.hours`): nights, weekends, holidays
 *   and the year-end closure count neither as handling nor as waiting.
 * - A pause is time spent waiting for the customer (e.g. for diagnostic data, `2.1.data`).
 * - Targets come from the policy version (`policy.caseClock.targets[urgency]`, per `measure`); the
 *   2024-10-07 text sets none, so under it the clock reports time only (outcome and times, no target).
 * - Cost O(events): two O(1) calendar look-ups per event, never a loop over minutes or days.
 *
 * @example
 * ```ts
 * // Run 17:30–18:00 on Mon 28 Dec 2026 (30 min), wait over the year-end closure, run again from
 * // 10:00 on Mon 4 Jan 2027: at 11:00, 30 + 60 = 90 minutes handled, 30 + 30 = 60 minutes waited.
 * const d = caseClock(
 *   [
 *     { at: '2026-12-28T17:30+09:00', clock: 'run' },
 *     { at: '2026-12-28T18:00+09:00', clock: 'pause' },
 *     { at: '2027-01-04T10:00+09:00', clock: 'run' },
 *   ],
 *   { now: '2027-01-04T11:00+09:00' },
 * );
 * d.outcome; // 'running'
 * [d.value.elapsedBusinessMinutes, d.value.pausedBusinessMinutes]; // [90, 60]
 * d.value.target; // null (2024-10-07 sets no targets)
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for an empty or malformed list, events out of time order,
 * an event after a stop or after `now` (each naming the index), a missing `now` or an urgency the
 * policy does not have; `INVALID_INSTANT` naming the field for an instant that is not one;
 * `OUT_OF_COVERAGE` outside the calendar's data.
 */
export function caseClock(
  events: readonly ClockEvent[],
  options: CaseClockOptions,
): Decision<ClockState, CaseClock, CaseClockCode> {
  const rule = ruleContext('caseClock', options, clockReasons);
  const opts = parseWith(optionsSchema, options, 'INVALID_INPUT', 'caseClock options');
  const now = toEpochMs(opts.now, 'options.now');
  const urgency = opts.urgency;
  if (urgency !== undefined && !rule.policy.urgencyLevels.includes(urgency)) {
    const levels = rule.policy.urgencyLevels.map((l) => JSON.stringify(l)).join(', ');
    const issues: InputIssue[] = [{ path: ['urgency'], message: `must be one of ${levels}` }];
    throw new CsPolicyError('INVALID_INPUT', `invalid caseClock options: ${formatIssues(issues)}`, issues);
  }
  const measure = opts.measure ?? 'resolution';
  const { at, clock } = parseClockEvents(events, now);
  const calendar = rule.calendar;
  const limits = limitsOf(rule.policy, urgency, measure);

  const last = at.length - 1;
  const state = STATE_OF[clock[last]!];
  const end = state === 'stopped' ? at[last]! : now;
  let elapsed = 0;
  let paused = 0;
  // The instants at which the elapsed time reached the target / warning threshold (NaN: not yet).
  let reachedTarget = Number.NaN;
  let reachedWarning = Number.NaN;
  for (let i = 0; i < at.length; i++) {
    const signal = clock[i]!;
    if (signal === 'stop') break;
    const from = at[i]!;
    const to = i < last ? at[i + 1]! : end;
    const ms = businessMsBetween(calendar, from, to);
    if (signal === 'pause') {
      paused += ms;
      continue;
    }
    if (limits !== undefined) {
      if (elapsed < limits.target && elapsed + ms >= limits.target)
        reachedTarget = addBusinessMs(calendar, from, limits.target - elapsed);
      if (limits.warning !== undefined && elapsed < limits.warning && elapsed + ms >= limits.warning)
        reachedWarning = addBusinessMs(calendar, from, limits.warning - elapsed);
    }
    elapsed += ms;
  }

  const reasons: Reason<CaseClockCode>[] = [];
  const elapsedMinutes = elapsed / MINUTE_MS;
  if (state === 'running') reasons.push(rule.reason('CLOCK_RUNNING', { now, elapsed: elapsedMinutes }));
  else if (state === 'paused')
    reasons.push(rule.reason('CLOCK_PAUSED', { now, since: at[last]!, elapsed: elapsedMinutes }));
  else reasons.push(rule.reason('CLOCK_STOPPED', { stoppedAt: end, elapsed: elapsedMinutes }));
  if (paused > 0) reasons.push(rule.reason('WAITING_TIME_NOT_COUNTED', { paused: paused / MINUTE_MS }));

  let target: CaseClockTarget | null = null;
  let remaining: number | null = null;
  let breachAt: number | null = null;
  let warningAt: number | null = null;
  if (limits === undefined) {
    reasons.push(
      rule.policy.caseClock === undefined
        ? rule.reason('NO_TARGET')
        : rule.reason('NO_TARGET_FOR_URGENCY', { urgency, measure }),
    );
  } else {
    const left = limits.target - elapsed;
    // A running clock reaches what it has not reached yet at now + the business time left.
    if (Number.isNaN(reachedTarget) && state === 'running') reachedTarget = addBusinessMs(calendar, now, left);
    if (limits.warning !== undefined && Number.isNaN(reachedWarning) && state === 'running')
      reachedWarning = addBusinessMs(calendar, now, limits.warning - elapsed);
    breachAt = Number.isNaN(reachedTarget) ? null : reachedTarget;
    warningAt = Number.isNaN(reachedWarning) ? null : reachedWarning;
    remaining = left / MINUTE_MS;
    const status = statusOf(state, elapsed, limits);
    target = {
      measure,
      urgency: urgency!,
      businessMinutes: limits.target / MINUTE_MS,
      warningPercent: limits.percent ?? null,
      status,
    };
    const params = { urgency: urgency!, measure, target: target.businessMinutes };
    const over = -remaining;
    if (status === 'met') reasons.push(rule.reason('TARGET_MET', { ...params, elapsed: elapsedMinutes }));
    else if (status === 'missed')
      reasons.push(rule.reason('TARGET_MISSED', { ...params, elapsed: elapsedMinutes, over }));
    else if (status === 'breached')
      reasons.push(rule.reason('TARGET_BREACHED', { ...params, reachedAt: breachAt!, over }));
    else if (state === 'paused') reasons.push(rule.reason('TARGET_ON_HOLD', { ...params, remaining }));
    else if (status === 'warning')
      reasons.push(
        rule.reason('TARGET_WARNING', { ...params, remaining, breachAt: breachAt!, percent: limits.percent! }),
      );
    else reasons.push(rule.reason('TARGET_ON_TRACK', { ...params, remaining, breachAt: breachAt! }));
  }
  reasons.push(rule.reason('BUSINESS_HOURS_ONLY', receptionHours(rule.calendar.options)));

  const value: CaseClock = {
    state,
    elapsedBusinessMinutes: elapsedMinutes,
    pausedBusinessMinutes: paused / MINUTE_MS,
    countedTo: formatInstantJst(end),
    target,
    remainingBusinessMinutes: remaining,
    breachAt: breachAt === null ? null : formatInstantJst(breachAt),
    warningAt: warningAt === null ? null : formatInstantJst(warningAt),
  };
  return rule.decide(state, value, reasons);
}

interface Limits {
  /** Target and warning threshold, in business ms. */
  readonly target: number;
  readonly warning: number | undefined;
  readonly percent: number | undefined;
}

/** The target the policy version sets for this urgency and measure, if any (`policy.caseClock`). */
function limitsOf(policy: Policy, urgency: Urgency | undefined, measure: ClockMeasure): Limits | undefined {
  if (urgency === undefined) return undefined;
  const set = policy.caseClock?.targets[urgency];
  const minutes = measure === 'first-response' ? set?.firstResponse : set?.resolution;
  if (minutes === undefined) return undefined;
  const percent = policy.caseClock?.warningPercent;
  // minutes × 60 000 × percent / 100: a whole number of ms, so thresholds compare exactly.
  const warning = percent === undefined ? undefined : minutes * 600 * percent;
  return { target: minutes * MINUTE_MS, warning, percent };
}

function statusOf(state: ClockState, elapsed: number, limits: Limits): TargetStatus {
  if (state === 'stopped') return elapsed <= limits.target ? 'met' : 'missed';
  if (elapsed > limits.target) return 'breached';
  if (limits.warning !== undefined && elapsed >= limits.warning) return 'warning';
  return 'on-track';
}
