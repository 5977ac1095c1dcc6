import type { IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { endOfSupportFrom } from './internal.js';
import { releaseReasons } from './reasons.js';

/**
 * The reason codes {@link releaseEndOfSupport} can give.
 *
 * @example
 * ```ts
 * const code: ReleaseEndOfSupportCode = 'OLD_RELEASE_SUPPORT_ENDS';
 * ```
 */
export type ReleaseEndOfSupportCode =
  | 'OLD_RELEASE_SUPPORT_ENDS'
  | 'END_ANNOUNCED_WITH_VERSION_UP_NOTICE'
  | 'MIGRATE_BEFORE_END_OF_SUPPORT'
  | 'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY';

/**
 * When an old release's support ends, from its successor's GA (`3.3.eos`, interpretation 4).
 *
 * @example
 * ```ts
 * const eos: ReleaseEndOfSupport = releaseEndOfSupport('2026-04-01').value;
 * // { successorGa: '2026-04-01', lastSupportedDate: '2026-09-28',
 * //   supportEndsAt: '2026-09-29T00:00:00+09:00', days: 180 }
 * ```
 */
export interface ReleaseEndOfSupport {
  /** GA (正式出荷開始) date of the new release. */
  readonly successorGa: IsoDate;
  /** The last day the old release is supported: GA + `days` calendar days. */
  readonly lastSupportedDate: IsoDate;
  /** 24:00 JST of the last supported day, written as the next day's `T00:00:00+09:00`. */
  readonly supportEndsAt: string;
  /** The policy's period, `releases.endOfSupportDays` (180 in 2024-10-07). */
  readonly days: number;
}

/**
 * The end of support of an old release when its successor reaches GA (`3.3.eos`): 新リリースが
 * 正式出荷開始 (GA) となってから180日後に旧リリースに対するサポート・サービスを終了します.
 *
 * Interpretation 4: counted as the Civil Code counts periods (Arts. 140–141), the GA day is not
 * counted, so the old release is supported up to and including GA + 180 calendar days and
 * support ends at 24:00 JST of that day. The 180 comes from `policy.releases.endOfSupportDays`.
 *
 * The reasons also say that this end is announced by e-mail together with the version-up notice
 * (`3.3.eos`), that customers should move to a supported release before it (`3.3.migrate`),
 * and what is still given afterwards (`3.3.after-eos`).
 *
 * A bad date fails with `CsPolicyError` `INVALID_DATE`.
 *
 * @example
 * ```ts
 * // 2026-04-01 + 180 days: 29 (rest of April) + 31 + 30 + 31 + 31 = 152 → Aug 31; + 28 → Sep 28.
 * releaseEndOfSupport('2026-04-01').value.lastSupportedDate; // '2026-09-28'
 * releaseEndOfSupport('2026-04-01').value.supportEndsAt; // '2026-09-29T00:00:00+09:00'
 * ```
 */
export function releaseEndOfSupport(
  successorGa: DateInput,
  options?: RuleOptions,
): Decision<'ends', ReleaseEndOfSupport, ReleaseEndOfSupportCode> {
  const rule = ruleContext('releaseEndOfSupport', options, releaseReasons);
  const eos = endOfSupportFrom(toEpochDay(successorGa, 'successor GA date'), rule.policy);
  const value: ReleaseEndOfSupport = {
    successorGa: eos.successorGa,
    lastSupportedDate: eos.lastSupportedDate,
    supportEndsAt: eos.supportEndsAt,
    days: eos.days,
  };
  return rule.decide('ends', value, [
    rule.reason('OLD_RELEASE_SUPPORT_ENDS', eos),
    rule.reason('END_ANNOUNCED_WITH_VERSION_UP_NOTICE'),
    rule.reason('MIGRATE_BEFORE_END_OF_SUPPORT', eos),
    rule.reason('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', { subject: { ja: '旧リリース', en: 'the old release' } }),
  ]);
}
