import type { IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision } from '../policy/decision.js';
import { endOfSupportFrom, informationOnlyReason, migrateReason } from './internal.js';

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
 * (`3.2.notice`), that customers should move to a supported release before it (`3.3.migrate`),
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
): Decision<'ends', ReleaseEndOfSupport> {
  const policy = policyOf(options);
  const eos = endOfSupportFrom(toEpochDay(successorGa, 'successor GA date'), policy);
  const value: ReleaseEndOfSupport = {
    successorGa: eos.successorGa,
    lastSupportedDate: eos.lastSupportedDate,
    supportEndsAt: eos.supportEndsAt,
    days: eos.days,
  };
  return decide('releaseEndOfSupport', policy, 'ends', value, [
    reason(
      'OLD_RELEASE_SUPPORT_ENDS',
      '3.3.eos',
      `新リリースが正式出荷開始 (GA) となった ${eos.successorGa} から${eos.days}日後の ${eos.lastSupportedDate} まで旧リリースのサポート・サービスを提供し、同日 24:00 (日本時間) に終了します。GA 当日は日数に算入しません (民法第140条・第141条)。`,
      `The old release is supported up to and including ${eos.lastSupportedDate}, ${eos.days} days after the new release's general availability (GA) on ${eos.successorGa}; support ends at 24:00 JST that day (${eos.supportEndsAt}). The GA day itself is not counted (Civil Code Arts. 140–141).`,
    ),
    reason(
      'END_ANNOUNCED_WITH_VERSION_UP_NOTICE',
      '3.2.notice',
      'このサポート・サービスの終了は、バージョンアップの通知とともにメールでお客様にお知らせします。',
      'Customers are told of this end of support by e-mail, together with the version-up notice.',
    ),
    migrateReason(eos.lastSupportedDate),
    informationOnlyReason('3.3.after-eos', { ja: '旧リリース', en: 'the old release' }),
  ]);
}
