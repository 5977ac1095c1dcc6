import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { CsPolicyError } from '../errors.js';
import { checkPolicy } from '../policy/context.js';
import type { Policy } from '../policy/schema.js';

/**
 * The policy version in force on a date (`4.2.policy-change`, interpretation 10): a version's id
 * is the date it takes effect, so the version in force is the one with the latest id on or
 * before `date` (a version takes effect at the start of its day, JST). Before the first version
 * there is none: `INVALID_INPUT`. Two versions with the same id are refused (`INVALID_POLICY`):
 * which one is in force would be a guess. A bad date fails with `INVALID_DATE`.
 *
 * @example
 * ```ts
 * const v2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
 * policyInForce('2027-03-31', [policy20241007, v2027]).version; // '2024-10-07'
 * policyInForce('2027-04-01', [policy20241007, v2027]).version; // '2027-04-01' (takes effect that day)
 * policyInForce('2024-10-06', [policy20241007, v2027]); // throws CsPolicyError INVALID_INPUT
 * ```
 */
export function policyInForce(date: DateInput, policies: readonly Policy[]): Policy {
  const day = formatEpochDay(toEpochDay(date, 'date'));
  if (!Array.isArray(policies) || policies.length === 0)
    throw new CsPolicyError('INVALID_INPUT', 'policyInForce needs at least one policy version');
  let best: Policy | undefined;
  const seen = new Set<string>();
  for (const [i, value] of policies.entries()) {
    const policy = checkPolicy(value, `policies[${i}]`);
    if (seen.has(policy.version))
      throw new CsPolicyError('INVALID_POLICY', `two policy versions have the same id ${policy.version}`);
    seen.add(policy.version);
    if (policy.version <= day && (best === undefined || policy.version > best.version)) best = policy;
  }
  if (best === undefined) {
    const first = [...seen].sort()[0] as IsoDate;
    throw new CsPolicyError(
      'INVALID_INPUT',
      `no policy version is in force on ${day}: the first one takes effect on ${first}`,
    );
  }
  return best;
}
