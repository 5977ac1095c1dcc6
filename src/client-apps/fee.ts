// `6.fee`: the fee reason, a catalogue template shared by chapter 6 and any rule that states what a
// customer-specific client application costs (chapter 7 may spread it into its own catalogue).
import type { Policy } from '../policy/schema.js';
import type { ReasonTemplate } from '../policy/rule-context.js';

/**
 * @internal The `6.fee` reasons as catalogue templates: `PAID_SERVICE` (対応には費用が必要です) or, under a
 * policy that makes the service free (`clientApps.paid: false`), `FREE_SERVICE`. Spread them into a
 * catalogue and pick the code with {@link feeCode}.
 *
 * @example
 * ```ts
 * const myReasons = reasonCatalogue({ ...feeReasons, OTHER: { clause: '7.scope', message: () => ({ ja: '…', en: '…' }) } });
 * rule.reason(feeCode(rule.policy)); // PAID_SERVICE under 2024-10-07
 * ```
 */
export const feeReasons = Object.freeze({
  PAID_SERVICE: {
    clause: '6.fee',
    message: () => ({
      ja: '個別クライアントアプリケーションの提供は有償です。',
      en: 'Providing a customer-specific client application is a paid service.',
    }),
  },
  FREE_SERVICE: {
    clause: '6.fee',
    message: () => ({
      ja: '個別クライアントアプリケーションの提供に費用はかかりません。',
      en: 'Providing a customer-specific client application is free of charge.',
    }),
  },
} as const satisfies Record<string, ReasonTemplate>);

/**
 * @internal The code of the `6.fee` reason under a policy: `PAID_SERVICE` when `clientApps.paid`, else `FREE_SERVICE`.
 *
 * @example
 * ```ts
 * feeCode(policy20241007); // 'PAID_SERVICE'
 * ```
 */
export function feeCode(policy: Policy): keyof typeof feeReasons {
  return policy.clientApps.paid ? 'PAID_SERVICE' : 'FREE_SERVICE';
}
