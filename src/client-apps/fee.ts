import type { Policy } from '../policy/schema.js';
import { reason, type Reason } from '../policy/decision.js';

/** The `6.fee` reason every chapter-6 decision carries (internal). */
export function feeReason(policy: Policy): Reason {
  return policy.clientApps.paid
    ? reason(
        'PAID_SERVICE',
        '6.fee',
        '個別クライアントアプリケーションの提供は有償です。',
        'Providing a customer-specific client application is a paid service.',
      )
    : reason(
        'FREE_SERVICE',
        '6.fee',
        `ポリシー ${policy.version} では、個別クライアントアプリケーションの提供に費用はかかりません。`,
        `Under policy ${policy.version}, providing a customer-specific client application is free of charge.`,
      );
}
