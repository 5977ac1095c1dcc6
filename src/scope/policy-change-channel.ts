import * as z from 'zod/mini';
import type { RuleOptions } from '../policy/context.js';
import type { Decision } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { scopeReasons } from './reasons.js';

/**
 * A change to the customer-service policy: whether it is important.
 *
 * @example
 * ```ts
 * const change: PolicyChangeInput = { important: true };
 * ```
 */
export interface PolicyChangeInput {
  readonly important: boolean;
}

/**
 * How customers are told of a policy change: by e-mail, or on the customer-service website.
 *
 * @example
 * ```ts
 * const channel: PolicyChangeNoticeChannel = policyChangeChannel({ important: false }).outcome; // 'website'
 * ```
 */
export type PolicyChangeNoticeChannel = 'email' | 'website';

export const inputSchema = lazySchema(() => z.strictObject({ important: z.boolean() }));

/**
 * The reason codes {@link policyChangeChannel} can give.
 *
 * @example
 * ```ts
 * const code: PolicyChangeCode = policyChangeChannel({ important: true }).reasons[1]!.code; // 'IMPORTANT_CHANGE'
 * ```
 */
export type PolicyChangeCode = 'POLICY_MAY_CHANGE' | 'IMPORTANT_CHANGE' | 'OTHER_CHANGE' | 'CHECK_WEBSITE_REGULARLY';

/**
 * How a change to the customer-service policy is announced (`4.2.policy-change`): the policy may
 * be changed, corrected or updated at the company's own discretion; **important** changes are
 * notified by e-mail (重要な変更がある場合は、メールにて通知), other changes are announced on the
 * customer-service website, which customers are asked to check regularly.
 *
 * The channels come from `policy.policyChange`. The outcome is the channel; there is no other
 * computed value. Bad input fails with `CsPolicyError` `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * policyChangeChannel({ important: true }).outcome; // 'email'
 * policyChangeChannel({ important: false }).outcome; // 'website'
 * ```
 */
export function policyChangeChannel(
  input: PolicyChangeInput,
  options?: RuleOptions,
): Decision<PolicyChangeNoticeChannel, null, PolicyChangeCode> {
  const rule = ruleContext('policyChangeChannel', options, scopeReasons);
  const { important } = parseWith(inputSchema, input, 'INVALID_INPUT', 'policy change');
  const { importantChangeChannel, otherChangeChannel } = rule.policy.policyChange;
  const channel = important ? importantChangeChannel : otherChangeChannel;
  return rule.decide(channel, null, [
    rule.reason('POLICY_MAY_CHANGE'),
    rule.reason(important ? 'IMPORTANT_CHANGE' : 'OTHER_CHANGE', { channel }),
    rule.reason('CHECK_WEBSITE_REGULARLY'),
  ]);
}
