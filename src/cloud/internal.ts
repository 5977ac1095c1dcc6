/**
 * Helpers shared by the rules of chapter 5 (not exported from the package).
 * @internal
 */
import type { Policy } from '../policy/schema.js';

/**
 * The target (目処) day of a feature-change mail (`5.feature-change`, interpretation 7): the change
 * day minus `policy.cloud.featureChangeNoticeDays` calendar days. One place, so that
 * `featureChangeNoticeDate` and `checkFeatureChangeNotice` can never disagree on the target.
 */
export function featureChangeTargetDay(changeDay: number, policy: Policy): number {
  return changeDay - policy.cloud.featureChangeNoticeDays;
}
