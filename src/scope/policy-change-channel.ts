import * as z from 'zod/mini';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';

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

const CHANNEL = {
  email: { ja: 'メールにて通知します', en: 'are notified by e-mail' },
  website: {
    ja: 'カスタマーサービス・ウェブサイトにてお知らせします',
    en: 'are announced on the customer-service website',
  },
} as const;

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
): Decision<PolicyChangeNoticeChannel, null> {
  const policy = policyOf(options);
  const { important } = parseWith(inputSchema, input, 'INVALID_INPUT', 'policy change');
  const channel = important ? policy.policyChange.importantChangeChannel : policy.policyChange.otherChangeChannel;
  return decide('policyChangeChannel', policy, channel, null, [
    reason(
      'POLICY_MAY_CHANGE',
      '4.2.policy-change',
      'カスタマー・サービスのポリシーは、弊社独自の判断により、変更、修正、更新される場合があります。',
      'The customer-service policy may be changed, corrected or updated at the company’s own discretion.',
    ),
    important
      ? reason(
          'IMPORTANT_CHANGE',
          '4.2.policy-change',
          `重要な変更は${CHANNEL[channel].ja}。`,
          `Important changes ${CHANNEL[channel].en}.`,
        )
      : reason(
          'OTHER_CHANGE',
          '4.2.policy-change',
          `重要な変更以外の変更は${CHANNEL[channel].ja}。`,
          `Changes that are not important ${CHANNEL[channel].en}.`,
        ),
    reason(
      'CHECK_WEBSITE_REGULARLY',
      '4.2.policy-change',
      'カスタマーサービス・ウェブサイトを定期的にご確認ください。',
      'Customers are asked to check the customer-service website regularly.',
    ),
  ]);
}
