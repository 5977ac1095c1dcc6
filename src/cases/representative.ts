import * as z from 'zod/mini';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { companyText, representativeReasons } from './reasons.js';

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
 * checkInquirySender(input).outcome; // 'refused' (not a registered representative, even with a place left)
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
  /** Places left under the allowance (0 when full or over); for staff, not an offer to register (interpretation 8). */
  readonly remaining: number;
}

/**
 * Whether support accepts an inquiry from the sender (`1.2.representative`, interpretation 8):
 * - `'allowed'`: a registered representative;
 * - `'refused'`: an individual end user, or anyone who is not a registered representative.
 *
 * @example
 * ```ts
 * const outcome: InquirySenderOutcome = checkInquirySender({
 *   sender: { email: 'taro@example.co.jp', kind: 'individual-end-user' },
 *   company: { registeredContacts: ['taro@example.co.jp'] },
 * }).outcome; // 'refused' (INDIVIDUAL_END_USER)
 * ```
 */
export type InquirySenderOutcome = 'allowed' | 'refused';

/**
 * The reason codes {@link checkInquirySender} can give.
 *
 * @example
 * ```ts
 * const code: InquirySenderCode = 'NOT_REGISTERED_REPRESENTATIVE';
 * ```
 */
export type InquirySenderCode = keyof typeof representativeReasons;

/**
 * The answer of {@link checkInquirySender} (`1.2.representative`): the outcome, where the company
 * stands, and the reasons.
 *
 * @example
 * ```ts
 * const d: InquirySenderDecision = checkInquirySender({ sender: { email: 'hanako@example.co.jp' }, company: { registeredContacts: ['taro@example.co.jp'] } });
 * d.outcome; // 'refused'
 * d.reasons[0]?.code; // 'NOT_REGISTERED_REPRESENTATIVE'
 * ```
 */
export type InquirySenderDecision = Decision<InquirySenderOutcome, InquirySenderValue, InquirySenderCode>;

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
 * more (`company.allowance`, stated as the contract's after the principle). Direct inquiries from
 * individual end users of the product are not accepted (利用者個人の方からの直接のお問い合わせはお受け
 * しておりません) — even from an address the company registered, because the person is then not
 * speaking for the company. Anyone else who is not a registered representative is refused, with the
 * reason: the policy has no registration procedure, so the library offers none. E-mail addresses are
 * compared case-insensitively. A company with more registered contacts than its allowance is
 * flagged (`OVER_ALLOWANCE`) whatever the outcome.
 *
 * @example
 * ```ts
 * checkInquirySender({ sender: { email: 'Taro@Example.co.jp' }, company: { registeredContacts: ['taro@example.co.jp'] } }).outcome; // 'allowed'
 * checkInquirySender({ sender: { email: 'hanako@example.co.jp' }, company: { registeredContacts: [] } }).outcome; // 'refused'
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a malformed input (bad e-mail, allowance below 1, unknown field).
 */
export function checkInquirySender(input: InquirySenderInput, options?: RuleOptions): InquirySenderDecision {
  const rule = ruleContext('checkInquirySender', options, representativeReasons);
  const { policy } = rule;
  const parsed = parseWith(inquirySenderInputSchema, input, 'INVALID_INPUT', 'inquiry sender');
  const email = parsed.sender.email;
  const registered = new Set(parsed.company.registeredContacts.map((e) => e.toLowerCase()));
  const perCompany = policy.representatives.perCompany;
  const allowance = parsed.company.allowance ?? perCompany;
  const isRegistered = registered.has(email.toLowerCase());
  const value: InquirySenderValue = {
    registered: isRegistered,
    allowance,
    registeredCount: registered.size,
    remaining: Math.max(0, allowance - registered.size),
  };
  const company = companyText(parsed.company.name);
  const reasons: Reason<InquirySenderCode>[] = [];
  let outcome: InquirySenderOutcome;

  if (parsed.sender.kind === 'individual-end-user') {
    // A later policy may accept individual end users; they then write for themselves, not for the company.
    const accepted = policy.representatives.acceptIndividualEndUsers;
    outcome = accepted ? 'allowed' : 'refused';
    reasons.push(rule.reason(accepted ? 'INDIVIDUAL_END_USER_ACCEPTED' : 'INDIVIDUAL_END_USER'));
  } else if (isRegistered) {
    outcome = 'allowed';
    reasons.push(rule.reason('REGISTERED_REPRESENTATIVE', { email, company }));
  } else {
    // Interpretation 8: refused with the reason, whether or not the company has a place left.
    outcome = 'refused';
    reasons.push(rule.reason('NOT_REGISTERED_REPRESENTATIVE', { email, company, perCompany, allowance }));
  }
  if (registered.size > allowance) {
    reasons.push(rule.reason('OVER_ALLOWANCE', { company, count: registered.size, perCompany, allowance }));
  }
  return rule.decide(outcome, value, reasons);
}
