import { createBusinessCalendar, type BusinessCalendar } from '../calendar/business-calendar.js';
import { CsPolicyError } from '../errors.js';
import { policy20241007 } from './policy-2024-10-07.js';
import { policySchema, type Policy } from './schema.js';
import { parseWith } from '../validate.js';

/**
 * The options every rule function takes: the policy version to decide under (default
 * 2024-10-07), so that a later policy (interpretation 10) needs no other API.
 *
 * @example
 * ```ts
 * const options: RuleOptions = { policy: definePolicy(policy20241007, { version: '2027-04-01', cloud: { featureChangeNoticeDays: 30 } }) };
 * featureChangeNoticeDate('2027-06-01', options).value.targetNoticeDate; // '2027-05-02' (5.feature-change)
 * ```
 */
export interface RuleOptions {
  readonly policy?: Policy;
}

// A policy is frozen, so its calendar can be built once and shared; a WeakMap lets both go together.
const calendars = new WeakMap<Policy, BusinessCalendar>();

/**
 * The business calendar of a policy version (`1.1.hours`), built once per policy and shared:
 * for calendar questions under a policy other than the default.
 *
 * @example
 * ```ts
 * const calendar = calendarOf(policy20241007);
 * calendar.isWithinBusinessHours('2027-01-04T18:30+09:00'); // false (18:30 is closing time)
 * calendar.nextBusinessOpening('2026-12-28T18:45+09:00').toISOString(); // '2027-01-04T00:30:00.000Z' (09:30 JST)
 * ```
 */
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
  if (policy === policy20241007 || checked.has(policy)) return policy;
  // A policy object not seen yet (e.g. hand-made, or made by another copy of this module) is
  // validated once: a frozen object with a wrong shape must not reach a rule and give a wrong date.
  if (typeof policy !== 'object' || policy === null || !Object.isFrozen(policy)) {
    throw new CsPolicyError(
      'INVALID_POLICY',
      'options.policy must be a policy made by definePolicy or parsePolicy (policy20241007 by default)',
    );
  }
  parseWith(policySchema, policy, 'INVALID_POLICY', 'options.policy');
  checked.add(policy);
  return policy;
}

// Policies already validated by policyOf (definePolicy and parsePolicy return validated ones too).
const checked = new WeakSet<Policy>();
