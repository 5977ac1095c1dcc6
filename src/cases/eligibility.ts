import * as z from 'zod/mini';
import { formatEpochDay, parseIsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { isoDateSchema } from '../calendar/options.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { CUSTOMER_KINDS, type CustomerKind } from '../policy/schema.js';
import { lazySchema, parseWith } from '../validate.js';
import { joinBilingual } from '../words/bilingual.js';
import { eligibilityReasons } from './reasons.js';
import { productList } from './shared.js';

/**
 * The kind of customer asking (`intro.eligibility`); `'none'` is someone with no contract and no
 * partnership, whom the policy does not serve.
 *
 * @example
 * ```ts
 * const kind: EligibilityCustomerKind = 'none';
 * checkEligibility({ customer: { kind }, date: '2027-01-04' }).outcome; // 'not-eligible'
 * ```
 */
export type EligibilityCustomerKind = CustomerKind | 'none';

/**
 * Input of {@link checkEligibility}: who asks, under which contract dates, about which product
 * and on which JST date (`intro.eligibility`, `1.1.products`).
 *
 * @example
 * ```ts
 * const input: EligibilityInput = {
 *   customer: { kind: 'service-subscription', contractStart: '2026-04-01', contractEnd: '2027-03-31' },
 *   product: 'sekai-cart',
 *   date: '2027-04-01',
 * };
 * checkEligibility(input).reasons[0]?.code; // 'CONTRACT_ENDED' (no longer ご契約中)
 * ```
 */
export interface EligibilityInput {
  readonly customer: {
    readonly kind: EligibilityCustomerKind;
    /** First day of the contract, `'YYYY-MM-DD'` (JST). Optional: when omitted the contract is taken to have begun. */
    readonly contractStart?: string;
    /** Last day of the contract, inclusive, `'YYYY-MM-DD'` (JST). Optional: when omitted the contract is taken to be open-ended. */
    readonly contractEnd?: string;
  };
  /** A product id of `policy.products` (`'kaito'`, `'sekai-cart'`); omit to ask about the customer only. */
  readonly product?: string;
  /** The JST date the question is about. */
  readonly date: DateInput;
}

/**
 * What an eligible customer receives: the ids of `policy.contents` (`intro.contents`): `support`,
 * `upgrade`, `other`.
 *
 * @example
 * ```ts
 * const d = checkEligibility({ customer: { kind: 'maintenance-contract' }, product: 'kaito', date: '2027-01-04' });
 * if (d.outcome === 'eligible') {
 *   const value: EligibilityValue = d.value; // { services: ['support', 'upgrade', 'other'] }
 * }
 * ```
 */
export interface EligibilityValue {
  readonly services: readonly string[];
}

/**
 * The answer of {@link checkEligibility} (`intro.eligibility`): `value` is set exactly when the
 * outcome is `'eligible'`, so callers narrow on `outcome`.
 *
 * @example
 * ```ts
 * const d: EligibilityDecision = checkEligibility({ customer: { kind: 'none' }, date: '2027-01-04' });
 * if (d.outcome === 'not-eligible') d.reasons.map((r) => r.code); // ['CUSTOMER_NOT_SERVED']
 * ```
 */
export type EligibilityDecision =
  | Decision<'eligible', EligibilityValue, EligibilityCode>
  | Decision<'not-eligible', null, EligibilityCode>;

/**
 * The reason codes {@link checkEligibility} can give.
 *
 * @example
 * ```ts
 * const code: EligibilityCode = 'CONTRACT_ENDED';
 * ```
 */
export type EligibilityCode = keyof typeof eligibilityReasons;

export const eligibilityInputSchema = lazySchema(() =>
  z.strictObject({
    customer: z
      .strictObject({
        kind: z.enum([...CUSTOMER_KINDS, 'none']),
        contractStart: z.optional(isoDateSchema),
        contractEnd: z.optional(isoDateSchema),
      })
      .check(
        z.refine(
          (c) => c.contractStart === undefined || c.contractEnd === undefined || c.contractStart <= c.contractEnd,
          {
            message: 'contractEnd must not be before contractStart',
            path: ['contractEnd'],
          },
        ),
      ),
    product: z.optional(z.string().check(z.minLength(1))),
    date: z.unknown(),
  }),
);

// The kinds of customer as the preamble names them (intro.eligibility).
const KIND_NAMES: Readonly<Record<EligibilityCustomerKind, { readonly ja: string; readonly en: string }>> = {
  'maintenance-contract': {
    ja: '製品の保守契約をお持ちのお客様',
    en: 'a holder of a maintenance contract for a licensed product',
  },
  'service-subscription': {
    ja: '提供サービスをご契約中のお客様',
    en: 'a customer with a contract for a provided service',
  },
  'sales-partner': { ja: '販売パートナー企業', en: 'a sales-partner company' },
  none: {
    ja: '保守契約・サービス契約・販売パートナー契約のいずれもお持ちでない方',
    en: 'someone with no maintenance contract, service contract or sales partnership',
  },
};

/**
 * Whether customer service is provided to a customer on a JST date, and for a product
 * (`intro.eligibility`, `intro.contents`, `1.1.products`).
 *
 * Served are holders of a maintenance contract, customers with a current contract for a
 * provided service, and sales-partner companies (保守契約をお持ちのお客様、提供サービスをご契約中の
 * お客様および販売パートナー企業). Contract dates are optional for every kind; when given they are
 * checked against the date (both ends inclusive), so "ご契約中" (under contract) is tested
 * whenever the caller knows the dates. A product, when given, must be one of `policy.products`.
 * Every failing condition is reported, not only the first.
 *
 * @example
 * ```ts
 * checkEligibility({ customer: { kind: 'maintenance-contract', contractEnd: '2027-03-31' }, product: 'kaito', date: '2027-01-04' });
 * // { outcome: 'eligible', value: { services: ['support', 'upgrade', 'other'] }, … }
 * checkEligibility({ customer: { kind: 'none' }, date: '2027-01-04' }).outcome; // 'not-eligible' (CUSTOMER_NOT_SERVED)
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a malformed input, `INVALID_DATE` for a bad `date`.
 */
export function checkEligibility(input: EligibilityInput, options?: RuleOptions): EligibilityDecision {
  const rule = ruleContext('checkEligibility', options, eligibilityReasons);
  const { policy } = rule;
  const parsed = parseWith(eligibilityInputSchema, input, 'INVALID_INPUT', 'eligibility input');
  const day = toEpochDay(parsed.date as DateInput, 'date');
  const date = formatEpochDay(day);
  const { kind, contractStart, contractEnd } = parsed.customer;
  const failures: Reason<EligibilityCode>[] = [];
  const passes: Reason<EligibilityCode>[] = [];

  const served = kind !== 'none' && (policy.eligibility.customerKinds as readonly string[]).includes(kind);
  (served ? passes : failures).push(
    rule.reason(served ? 'CUSTOMER_SERVED' : 'CUSTOMER_NOT_SERVED', { kind: KIND_NAMES[kind] }),
  );

  if (kind !== 'none') {
    if (contractStart !== undefined && day < parseIsoDate(contractStart)!) {
      failures.push(rule.reason('CONTRACT_NOT_STARTED', { contractStart, date }));
    } else if (contractEnd !== undefined && day > parseIsoDate(contractEnd)!) {
      failures.push(rule.reason('CONTRACT_ENDED', { contractEnd, date }));
    } else if (contractStart !== undefined || contractEnd !== undefined) {
      passes.push(rule.reason('CONTRACT_CURRENT', { date }));
    }
  }

  if (parsed.product !== undefined) {
    const product = policy.products.find((p) => p.id === parsed.product);
    if (product === undefined) {
      failures.push(
        rule.reason('PRODUCT_NOT_COVERED', { given: parsed.product.slice(0, 60), covered: productList(policy) }),
      );
    } else {
      passes.push(rule.reason('PRODUCT_COVERED', { product: product.name }));
    }
  }

  if (failures.length > 0) return rule.decide('not-eligible', null, failures, ['intro.eligibility']);
  const services = policy.contents.map((c) => c.id);
  passes.push(rule.reason('SERVICES_INCLUDED', { contents: joinBilingual(policy.contents.map((c) => c.name)) }));
  return rule.decide('eligible', { services }, passes);
}
