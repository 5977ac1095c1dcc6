import { createBusinessCalendar, type BusinessCalendar } from '../calendar/business-calendar.js';
import { CsPolicyError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { jsonDigest } from '../identity/digest.js';
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

// Policies this library validated and froze all the way down itself (the built-in one, and what parsePolicy
// and definePolicy return): only these skip validation. Any other object — even one frozen at the top — may
// still change under us, so it is validated on every use (issue 9).
const trusted = new WeakSet<object>([policy20241007]);

/** Marks a policy the library has just validated and deeply frozen (parsePolicy) as safe to use unchecked. */
export function trustPolicy(policy: Policy): Policy {
  trusted.add(policy);
  return policy;
}

/**
 * `value` as a policy a rule may use: a trusted policy as it is; any other object validated now (its
 * validated, frozen copy is used, so a later change to the object cannot reach a decision); anything else
 * (null, a number, an array) is `INVALID_POLICY`.
 */
export function checkPolicy(value: unknown, subject = 'options.policy'): Policy {
  if (typeof value === 'object' && value !== null && trusted.has(value)) return value as Policy;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CsPolicyError(
      'INVALID_POLICY',
      `${subject} must be a policy made by definePolicy or parsePolicy (policy20241007 by default)`,
    );
  }
  return trustPolicy(ownVersion(deepFreeze(parseWith(policySchema, value, 'INVALID_POLICY', subject)), subject));
}

/**
 * @internal A validated policy that calls itself by the built-in version must be the built-in policy:
 * a changed policy under "2024-10-07" would put that version's name on answers it did not give. Only the
 * company's own calendar data may differ — its closure days and the official holiday list
 * (interpretation 1: configurable) — which is what a support desk adds without writing a new policy; the
 * digest still tells such a policy from the built-in one.
 */
export function ownVersion(policy: Policy, subject: string): Policy {
  if (policy.version !== policy20241007.version) return policy;
  const { closures: _c, holidays: _h, ...calendar } = policy.calendar as Policy['calendar'] & { holidays?: unknown };
  const {
    closures: _bc,
    holidays: _bh,
    ...builtInCalendar
  } = policy20241007.calendar as Policy['calendar'] & {
    holidays?: unknown;
  };
  if (jsonDigest({ ...policy, calendar }) !== jsonDigest({ ...policy20241007, calendar: builtInCalendar })) {
    throw new CsPolicyError(
      'INVALID_POLICY',
      `${subject}: version ${policy.version} is the built-in policy, and this one differs from it; give a changed policy its own version id (the date it takes effect)`,
      [{ path: ['version'], message: 'names the built-in policy, but the content differs' }],
    );
  }
  return policy;
}

// A trusted policy is deeply frozen, so its calendar can be built once and shared; a WeakMap lets both go together.
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
 * @throws CsPolicyError `INVALID_POLICY` when `policy` is not a valid policy (null, a number, a wrong shape).
 */
export function calendarOf(policy: Policy): BusinessCalendar {
  const checked = checkPolicy(policy, 'policy');
  let calendar = calendars.get(checked);
  if (!calendar) {
    calendar = createBusinessCalendar(checked.calendar);
    calendars.set(checked, calendar);
  }
  return calendar;
}

/** The policy a rule decides under: the caller's (checked, see {@link checkPolicy}), or 2024-10-07. */
export function policyOf(options: RuleOptions | undefined): Policy {
  const policy = options?.policy;
  return policy === undefined ? policy20241007 : checkPolicy(policy);
}
