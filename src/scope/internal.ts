/**
 * Reasons shared by the rules of chapter 4 (not exported from the package).
 * @internal
 */
import { reason, type Reason } from '../policy/decision.js';

/** `4.3.customer-upgrade` (added): customers plan their OS and third-party version-ups. */
export function planUpgradesReason(): Reason {
  return reason(
    'PLAN_UPGRADES',
    '4.3.customer-upgrade',
    'OS およびサードパーティ製品につきましては、計画的なバージョンアップをお願いします。',
    'Customers are asked to plan the version-ups of their OS and third-party products.',
  );
}
