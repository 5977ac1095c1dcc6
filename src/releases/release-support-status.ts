import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { dateInputSchema, endOfSupportFrom, text } from './internal.js';
import { releaseReasons, releaseText } from './reasons.js';

/**
 * What {@link releaseSupportStatus} is asked: a release, its successor's GA date (`null` or
 * absent when there is none yet) and the day to judge on.
 *
 * @example
 * ```ts
 * const input: ReleaseSupportStatusInput = { release: '2.3', successorGa: '2026-04-01', on: '2026-09-01' };
 * ```
 */
export interface ReleaseSupportStatusInput {
  readonly release: string;
  readonly successorGa?: DateInput | null;
  readonly on: DateInput;
}

/**
 * The release is supported: no successor has reached GA on `on`. When a successor's GA is
 * already scheduled, the end of support it will bring is given.
 *
 * @example
 * ```ts
 * releaseSupportStatus({ release: '2.3', on: '2026-04-01' }).value;
 * // { release: '2.3', on: '2026-04-01', successorGa: null, lastSupportedDate: null, supportEndsAt: null }
 * ```
 */
export interface ReleaseSupported {
  readonly release: string;
  readonly on: IsoDate;
  readonly successorGa: IsoDate | null;
  readonly lastSupportedDate: IsoDate | null;
  readonly supportEndsAt: string | null;
}

/**
 * The successor has reached GA: the release is supported until `lastSupportedDate`, and
 * `daysLeft` = `lastSupportedDate − on` calendar days (0 on the last supported day).
 *
 * @example
 * ```ts
 * const d = releaseSupportStatus({ release: '2.3', successorGa: '2026-04-01', on: '2026-09-01' });
 * if (d.outcome === 'support-ending') d.value.daysLeft; // 27
 * ```
 */
export interface ReleaseSupportEnding {
  readonly release: string;
  readonly on: IsoDate;
  readonly successorGa: IsoDate;
  readonly lastSupportedDate: IsoDate;
  readonly supportEndsAt: string;
  readonly daysLeft: number;
}

/**
 * What is still given after a release's end of support (`3.3.after-eos`): information about
 * problems similar to past ones, without a guarantee of resolution; no response to new problems
 * and no fixes.
 *
 * @example
 * ```ts
 * const after: ReleaseAfterEndOfSupport = { informationOnSimilarPastProblems: true, resolutionGuaranteed: false, newProblemResponse: false, fixes: false };
 * ```
 */
export interface ReleaseAfterEndOfSupport {
  readonly informationOnSimilarPastProblems: true;
  readonly resolutionGuaranteed: false;
  readonly newProblemResponse: false;
  readonly fixes: false;
}

/**
 * Support of the release has ended: `on` is after `lastSupportedDate`.
 *
 * @example
 * ```ts
 * const d = releaseSupportStatus({ release: '2.3', successorGa: '2026-04-01', on: '2026-09-29' });
 * if (d.outcome === 'ended') d.value.daysSinceEnd; // 1
 * ```
 */
export interface ReleaseSupportEnded {
  readonly release: string;
  readonly on: IsoDate;
  readonly successorGa: IsoDate;
  readonly lastSupportedDate: IsoDate;
  readonly supportEndsAt: string;
  /** `on − lastSupportedDate` calendar days (1 on the first day without support). */
  readonly daysSinceEnd: number;
  readonly afterEndOfSupport: ReleaseAfterEndOfSupport;
}

/**
 * The answer of {@link releaseSupportStatus}; narrow on `outcome` to read its value.
 *
 * @example
 * ```ts
 * const status: ReleaseSupportStatus = releaseSupportStatus({ release: '2.3', successorGa: '2026-04-01', on: '2026-09-01' });
 * if (status.outcome === 'support-ending') console.log(status.value.daysLeft);
 * ```
 */
export type ReleaseSupportStatus =
  | Decision<'supported', ReleaseSupported, ReleaseSupportStatusCode>
  | Decision<'support-ending', ReleaseSupportEnding, ReleaseSupportStatusCode>
  | Decision<'ended', ReleaseSupportEnded, ReleaseSupportStatusCode>;

/**
 * The reason codes {@link releaseSupportStatus} can give.
 *
 * @example
 * ```ts
 * const code: ReleaseSupportStatusCode = 'SUPPORT_ENDING';
 * ```
 */
export type ReleaseSupportStatusCode =
  | 'NO_SUCCESSOR_GA'
  | 'SUCCESSOR_GA_SCHEDULED'
  | 'SUPPORT_ENDING'
  | 'SUPPORT_ENDED'
  | 'MIGRATE_BEFORE_END_OF_SUPPORT'
  | 'USE_LATEST_VERSION'
  | 'NO_NEW_PROBLEM_RESPONSE_OR_FIXES'
  | 'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY';

export const inputSchema = lazySchema(() =>
  z.strictObject({
    release: text(),
    successorGa: z.optional(z.nullable(dateInputSchema)),
    on: dateInputSchema,
  }),
);

/**
 * Whether a release is supported on a given day (`3.3.eos`, `3.3.after-eos`):
 *
 * - `'supported'`: no successor release has reached GA by `on` (none yet, or its GA is later);
 * - `'support-ending'`: the successor reached GA on or before `on`, and `on` is not after the
 *   last supported day (GA + 180 days, interpretation 4); the value has `daysLeft`;
 * - `'ended'`: `on` is after the last supported day. Only information about problems similar to
 *   past ones is given, without a guarantee; no response to new problems, no fixes
 *   (`3.3.after-eos`).
 *
 * When a newer release has reached GA the reasons also recommend always using the latest version
 * (`3.recommend-latest`) and, before the end, moving to a supported release (`3.3.migrate`).
 *
 * Bad input fails with `CsPolicyError` `INVALID_INPUT`, naming each field.
 *
 * @example
 * ```ts
 * releaseSupportStatus({ release: '2.3', on: '2026-09-01' }).outcome; // 'supported'
 * releaseSupportStatus({ release: '2.3', successorGa: '2026-04-01', on: '2026-09-28' }).outcome; // 'support-ending' (last day)
 * releaseSupportStatus({ release: '2.3', successorGa: '2026-04-01', on: '2026-09-29' }).outcome; // 'ended'
 * ```
 */
export function releaseSupportStatus(input: ReleaseSupportStatusInput, options?: RuleOptions): ReleaseSupportStatus {
  const rule = ruleContext('releaseSupportStatus', options, releaseReasons);
  const parsed = parseWith(inputSchema, input, 'INVALID_INPUT', 'release support status input');
  const release = parsed.release;
  const onDay = toEpochDay(parsed.on, 'on');
  const on = formatEpochDay(onDay);

  if (parsed.successorGa === undefined || parsed.successorGa === null) {
    const value = { release, on, successorGa: null, lastSupportedDate: null, supportEndsAt: null };
    return rule.decide('supported', value, [rule.reason('NO_SUCCESSOR_GA', { release, on })]);
  }

  const eos = endOfSupportFrom(toEpochDay(parsed.successorGa, 'successorGa'), rule.policy);
  const ending = {
    release,
    on,
    successorGa: eos.successorGa,
    lastSupportedDate: eos.lastSupportedDate,
    supportEndsAt: eos.supportEndsAt,
  };
  const facts = { ...ending, days: eos.days };

  if (onDay < eos.gaDay) {
    return rule.decide('supported', ending, [
      rule.reason('SUCCESSOR_GA_SCHEDULED', facts),
      rule.reason('MIGRATE_BEFORE_END_OF_SUPPORT', eos),
    ]);
  }

  if (onDay <= eos.lastDay) {
    const daysLeft = eos.lastDay - onDay;
    return rule.decide('support-ending', { ...ending, daysLeft }, [
      rule.reason('SUPPORT_ENDING', { ...facts, daysLeft }),
      rule.reason('MIGRATE_BEFORE_END_OF_SUPPORT', eos),
      rule.reason('USE_LATEST_VERSION'),
    ]);
  }

  // 3.3.after-eos: a fresh object per answer, so a caller who changes it changes nothing else.
  const afterEndOfSupport: ReleaseAfterEndOfSupport = {
    informationOnSimilarPastProblems: true,
    resolutionGuaranteed: false,
    newProblemResponse: false,
    fixes: false,
  };
  return rule.decide('ended', { ...ending, daysSinceEnd: onDay - eos.lastDay, afterEndOfSupport }, [
    rule.reason('SUPPORT_ENDED', ending),
    rule.reason('NO_NEW_PROBLEM_RESPONSE_OR_FIXES', { release, from: formatEpochDay(eos.lastDay + 1) }),
    rule.reason('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', { subject: releaseText(release) }),
    rule.reason('USE_LATEST_VERSION'),
  ]);
}
