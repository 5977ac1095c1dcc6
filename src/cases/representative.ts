import * as z from 'zod/mini';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';

/**
 * Input of {@link checkInquirySender}: who writes, and the company's registered representatives
 * and allowance (`1.2.representative`, interpretation 8).
 *
 * @example
 * ```ts
 * const input: InquirySenderInput = {
 *   sender: { email: 'jiro@example.co.jp' },
 *   company: { name: 'サンプル株式会社', registeredContacts: ['taro@example.co.jp'], allowance: 2 },
 * };
 * checkInquirySender(input).outcome; // 'may-register' (one place left)
 * ```
 */
export interface InquirySenderInput {
  readonly sender: {
    readonly email: string;
    /** `'individual-end-user'`: a person using the product for themselves, not on behalf of the customer company. */
    readonly kind?: 'representative' | 'individual-end-user';
  };
  readonly company: {
    readonly name?: string;
    /** E-mail addresses of the company's registered representatives (compared case-insensitively). */
    readonly registeredContacts: readonly string[];
    /** Representatives the contract allows; default `policy.representatives.perCompany` (1). */
    readonly allowance?: number;
  };
}

/**
 * Where the company stands against its allowance (`1.2.representative`, interpretation 8).
 *
 * @example
 * ```ts
 * const value: InquirySenderValue = checkInquirySender({
 *   sender: { email: 'jiro@example.co.jp' },
 *   company: { registeredContacts: ['taro@example.co.jp'], allowance: 2 },
 * }).value;
 * // { registered: false, allowance: 2, registeredCount: 1, remaining: 1 }
 * ```
 */
export interface InquirySenderValue {
  /** Whether the sender's address is among the registered contacts. */
  readonly registered: boolean;
  readonly allowance: number;
  /** Distinct registered addresses. */
  readonly registeredCount: number;
  /** Representatives the company may still register (0 when full or over). */
  readonly remaining: number;
}

/**
 * Whether support accepts an inquiry from the sender (`1.2.representative`, interpretation 8):
 * - `'allowed'`: a registered representative;
 * - `'may-register'`: not registered, but the company has room and may register this person as its representative first;
 * - `'refused'`: an individual end user, or a non-registered person while the company is full.
 *
 * @example
 * ```ts
 * const outcome: InquirySenderOutcome = checkInquirySender({
 *   sender: { email: 'taro@example.co.jp', kind: 'individual-end-user' },
 *   company: { registeredContacts: ['taro@example.co.jp'] },
 * }).outcome; // 'refused' (INDIVIDUAL_END_USER)
 * ```
 */
export type InquirySenderOutcome = 'allowed' | 'may-register' | 'refused';

/**
 * The answer of {@link checkInquirySender} (`1.2.representative`): the outcome, where the company
 * stands, and the reasons.
 *
 * @example
 * ```ts
 * const d: InquirySenderDecision = checkInquirySender({ sender: { email: 'hanako@example.co.jp' }, company: { registeredContacts: ['taro@example.co.jp'] } });
 * d.outcome; // 'refused'
 * d.reasons[0]?.code; // 'NOT_REGISTERED_COMPANY_FULL' (1 per company, already registered)
 * ```
 */
export type InquirySenderDecision = Decision<InquirySenderOutcome, InquirySenderValue>;

const email = lazySchema(() => z.email());

export const inquirySenderInputSchema = lazySchema(() =>
  z.strictObject({
    sender: z.strictObject({
      email: email(),
      kind: z.optional(z.enum(['representative', 'individual-end-user'])),
    }),
    company: z.strictObject({
      name: z.optional(z.string().check(z.minLength(1))),
      registeredContacts: z.array(email()),
      allowance: z.optional(z.int().check(z.minimum(1))),
    }),
  }),
);

/**
 * Whether support accepts an inquiry from this sender (`1.2.representative`, interpretation 8).
 *
 * お問い合わせはお客様の代表者様からご連絡いただくことを基本としております (1企業1名様を原則): inquiries
 * come from the company's registered representative, one per company unless the contract grants
 * more (`company.allowance`). Direct inquiries from individual end users of the product are not
 * accepted (利用者個人の方からの直接のお問い合わせはお受けしておりません) — even from an address the
 * company registered, because the person is then not speaking for the company. E-mail addresses
 * are compared case-insensitively. A non-registered person is told the company may register them
 * while it has room, and refused when it is full. A company with more registered contacts than its
 * allowance is flagged (`OVER_ALLOWANCE`) whatever the outcome.
 *
 * @example
 * ```ts
 * checkInquirySender({ sender: { email: 'Taro@Example.co.jp' }, company: { registeredContacts: ['taro@example.co.jp'] } }).outcome; // 'allowed'
 * checkInquirySender({ sender: { email: 'hanako@example.co.jp' }, company: { registeredContacts: ['taro@example.co.jp'] } }).outcome; // 'refused' (company full)
 * checkInquirySender({ sender: { email: 'hanako@example.co.jp' }, company: { registeredContacts: [] } }).outcome; // 'may-register'
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a malformed input (bad e-mail, allowance below 1, unknown field).
 */
export function checkInquirySender(input: InquirySenderInput, options?: RuleOptions): InquirySenderDecision {
  const policy = policyOf(options);
  const parsed = parseWith(inquirySenderInputSchema, input, 'INVALID_INPUT', 'inquiry sender');
  const senderEmail = parsed.sender.email.toLowerCase();
  const registered = new Set(parsed.company.registeredContacts.map((e) => e.toLowerCase()));
  const allowance = parsed.company.allowance ?? policy.representatives.perCompany;
  const isRegistered = registered.has(senderEmail);
  const value: InquirySenderValue = {
    registered: isRegistered,
    allowance,
    registeredCount: registered.size,
    remaining: Math.max(0, allowance - registered.size),
  };
  const company = parsed.company.name;
  const companyJa = company === undefined ? 'お客様企業' : `${company} 様`;
  const companyEn = company === undefined ? 'the company' : company;
  const reasons: Reason[] = [];
  let outcome: InquirySenderOutcome;

  if (parsed.sender.kind === 'individual-end-user' && !policy.representatives.acceptIndividualEndUsers) {
    outcome = 'refused';
    reasons.push(
      reason(
        'INDIVIDUAL_END_USER',
        '1.2.representative',
        '製品の利用者個人の方からの直接のお問い合わせはお受けしておりません。お客様企業のご担当者様 (代表者様) からご連絡ください。',
        "Direct inquiries from individual end users of the product are not accepted; please ask the company's representative to contact support.",
      ),
    );
  } else if (isRegistered) {
    outcome = 'allowed';
    reasons.push(
      reason(
        'REGISTERED_REPRESENTATIVE',
        '1.2.representative',
        `${parsed.sender.email} は${companyJa}の登録済みのご担当者様です。`,
        `${parsed.sender.email} is a registered representative of ${companyEn}.`,
      ),
    );
  } else if (registered.size < allowance) {
    outcome = 'may-register';
    reasons.push(
      reason(
        'NOT_REGISTERED_ROOM_LEFT',
        '1.2.representative',
        `${parsed.sender.email} はご担当者として登録されていません。${companyJa}はあと ${value.remaining} 名まで代表者様を登録できますので、登録の上でお問い合わせください (原則 1企業 ${allowance} 名)。`,
        `${parsed.sender.email} is not a registered representative; ${companyEn} may register ${value.remaining} more (allowance ${allowance}), and this person may then make inquiries.`,
      ),
    );
  } else {
    outcome = 'refused';
    reasons.push(
      reason(
        'NOT_REGISTERED_COMPANY_FULL',
        '1.2.representative',
        `${parsed.sender.email} はご担当者として登録されておらず、${companyJa}の登録枠 (${allowance} 名) はすでに埋まっています。登録済みのご担当者様からご連絡ください。`,
        `${parsed.sender.email} is not a registered representative and ${companyEn} has used its allowance of ${allowance}; please contact support through the registered representative.`,
      ),
    );
  }
  if (registered.size > allowance) {
    reasons.push(
      reason(
        'OVER_ALLOWANCE',
        '1.2.representative',
        `${companyJa}の登録済みご担当者 (${registered.size} 名) が、ご契約上の人数 (${allowance} 名) を超えています。`,
        `${company === undefined ? 'The company' : company} has ${registered.size} registered representatives, more than its allowance of ${allowance}.`,
      ),
    );
  }
  return decide('checkInquirySender', policy, outcome, value, reasons);
}
