import { createBusinessCalendar, type BusinessCalendar } from '../calendar/business-calendar.js';
import { CsPolicyError } from '../errors.js';
import { policy20241007 } from './policy-2024-10-07.js';
import type { Policy } from './schema.js';

/** The options every rule function takes: the policy version to decide under (default 2024-10-07). */
export interface RuleOptions {
  readonly policy?: Policy;
}

// A policy is frozen, so its calendar can be built once and shared; a WeakMap lets both go together.
const calendars = new WeakMap<Policy, BusinessCalendar>();

/** The business calendar of a policy version (`1.1.hours`). */
export function calendarOf(policy: Policy): BusinessCalendar {
  let calendar = calendars.get(policy);
  if (!calendar) {
    calendar = createBusinessCalendar(policy.calendar);
    calendars.set(policy, calendar);
  }
  return calendar;
}

/** The policy a rule decides under: the caller's, or 2024-10-07. */
export function policyOf(options: RuleOptions | undefined): Policy {
  const policy = options?.policy ?? policy20241007;
  if (typeof policy !== 'object' || policy === null || typeof policy.version !== 'string' || !Object.isFrozen(policy)) {
    throw new CsPolicyError('INVALID_POLICY', 'options.policy must be a policy made by definePolicy or parsePolicy (policy20241007 by default)');
  }
  return policy;
}
