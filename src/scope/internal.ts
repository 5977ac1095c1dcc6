/**
 * Reasons of chapter 4 for rules outside it that have no catalogue of their own yet (not exported
 * from the package).
 * @internal
 */
import type { Reason } from '../policy/decision.js';
import { reasonFrom } from '../policy/rule-context.js';
import { scopeReasons } from './reasons.js';

/**
 * `4.3.customer-upgrade` (added): customers plan their OS and third-party version-ups. Built from
 * the catalogue, so the words are those of chapter 4's own rules; a rule with a catalogue uses the
 * template (`scopeReasons.PLAN_UPGRADES`) itself.
 */
export function planUpgradesReason(): Reason<'PLAN_UPGRADES'> {
  return reasonFrom('PLAN_UPGRADES', scopeReasons.PLAN_UPGRADES, undefined);
}
