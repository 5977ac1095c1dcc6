import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';
import {
  dateInputSchema,
  endOfSupportFrom,
  informationOnlyReason,
  migrateReason,
  noNewProblemResponseReason,
  recommendLatestReason,
  text,
} from './internal.js';

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
  | Decision<'supported', ReleaseSupported>
  | Decision<'support-ending', ReleaseSupportEnding>
  | Decision<'ended', ReleaseSupportEnded>;

export const inputSchema = lazySchema(() =>
  z.strictObject({
    release: text(),
    successorGa: z.optional(z.nullable(dateInputSchema)),
    on: dateInputSchema,
  }),
);

const AFTER_END: ReleaseAfterEndOfSupport = Object.freeze({
  informationOnSimilarPastProblems: true,
  resolutionGuaranteed: false,
  newProblemResponse: false,
  fixes: false,
});

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
  const policy = policyOf(options);
  const parsed = parseWith(inputSchema, input, 'INVALID_INPUT', 'release support status input');
  const release = parsed.release;
  const onDay = toEpochDay(parsed.on, 'on');
  const on = formatEpochDay(onDay);
  const rule = 'releaseSupportStatus';

  if (parsed.successorGa === undefined || parsed.successorGa === null) {
    return decide(
      rule,
      policy,
      'supported',
      { release, on, successorGa: null, lastSupportedDate: null, supportEndsAt: null },
      [
        reason(
          'NO_SUCCESSOR_GA',
          '3.3.eos',
          `リリース ${release} の後継リリースはまだ正式出荷開始 (GA) となっていないため、${on} 時点でサポート・サービスの対象です。`,
          `No successor of release ${release} has reached general availability (GA), so it is supported on ${on}.`,
        ),
      ],
    );
  }

  const eos = endOfSupportFrom(toEpochDay(parsed.successorGa, 'successorGa'), policy);
  const ending = {
    release,
    on,
    successorGa: eos.successorGa,
    lastSupportedDate: eos.lastSupportedDate,
    supportEndsAt: eos.supportEndsAt,
  };

  if (onDay < eos.gaDay) {
    return decide(rule, policy, 'supported', ending, [
      reason(
        'SUCCESSOR_GA_SCHEDULED',
        '3.3.eos',
        `後継リリースの正式出荷開始 (GA) は ${eos.successorGa} の予定で、${on} 時点ではリリース ${release} はサポート・サービスの対象です。GA 後はその${eos.days}日後の ${eos.lastSupportedDate} までサポートし、同日 24:00 (日本時間) に終了します。`,
        `The successor's general availability (GA) is planned for ${eos.successorGa}, so release ${release} is supported on ${on}. After that GA it is supported until ${eos.lastSupportedDate}, ${eos.days} days later, and support ends at 24:00 JST that day.`,
      ),
      migrateReason(eos.lastSupportedDate),
    ]);
  }

  const reasons: Reason[] = [];
  if (onDay <= eos.lastDay) {
    const daysLeft = eos.lastDay - onDay;
    reasons.push(
      reason(
        'SUPPORT_ENDING',
        '3.3.eos',
        `後継リリースが ${eos.successorGa} に正式出荷開始 (GA) となったため、リリース ${release} のサポート・サービスは${eos.days}日後の ${eos.lastSupportedDate} 24:00 (日本時間) に終了します (${on} から残り${daysLeft}日)。`,
        `The successor reached general availability (GA) on ${eos.successorGa}, so support of release ${release} ends at 24:00 JST on ${eos.lastSupportedDate}, ${eos.days} days later (${daysLeft} day${daysLeft === 1 ? '' : 's'} after ${on}).`,
      ),
      migrateReason(eos.lastSupportedDate),
      recommendLatestReason(),
    );
    return decide(rule, policy, 'support-ending', { ...ending, daysLeft }, reasons);
  }

  const firstDayWithout = formatEpochDay(eos.lastDay + 1);
  reasons.push(
    reason(
      'SUPPORT_ENDED',
      '3.3.eos',
      `後継リリースが ${eos.successorGa} に正式出荷開始 (GA) となり、リリース ${release} のサポート・サービスは ${eos.lastSupportedDate} 24:00 (日本時間) に終了しました。`,
      `The successor reached general availability (GA) on ${eos.successorGa}; support of release ${release} ended at 24:00 JST on ${eos.lastSupportedDate}.`,
    ),
    noNewProblemResponseReason(release, firstDayWithout),
    informationOnlyReason('3.3.after-eos', { ja: `リリース ${release}`, en: `release ${release}` }),
    recommendLatestReason(),
  );
  return decide(
    rule,
    policy,
    'ended',
    { ...ending, daysSinceEnd: onDay - eos.lastDay, afterEndOfSupport: AFTER_END },
    reasons,
  );
}
