import * as z from 'zod/mini';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { customizedReasons } from './reasons.js';

/**
 * What a customer asks of a customized version (chapter 7):
 *
 * - `inquiry`, `defect-in-customized-function`: questions about and defects in the customized
 *   functions (`7.maintenance`);
 * - `os-version-up-support`: keeping up with an OS version the product supports (`7.maintenance`);
 * - `os-caused-problem`: a problem an OS version-up caused (`7.os-upgrade`);
 * - `customer-specific-verification`: verification run for this customer alone (`7.os-upgrade`);
 * - `rebase-on-latest`: rebuilding the customization on the latest product version because an OS
 *   problem makes equal function on the old app hard (`7.rebase`);
 * - `import-product-features`: bringing features of later product versions in (`7.import`).
 *
 * @example
 * ```ts
 * CUSTOMIZATION_REQUESTS.length; // 7
 * ```
 */
export const CUSTOMIZATION_REQUESTS = Object.freeze([
  'inquiry',
  'defect-in-customized-function',
  'os-version-up-support',
  'os-caused-problem',
  'customer-specific-verification',
  'rebase-on-latest',
  'import-product-features',
] as const);

/**
 * One of {@link CUSTOMIZATION_REQUESTS}.
 *
 * @example
 * ```ts
 * const request: CustomizationRequest = 'import-product-features';
 * ```
 */
export type CustomizationRequest = (typeof CUSTOMIZATION_REQUESTS)[number];

export const customizationChargeSchema = lazySchema(() =>
  z
    .strictObject({
      request: z.enum(CUSTOMIZATION_REQUESTS),
      features: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
    })
    .check(
      z.refine((input) => input.features === undefined || input.request === 'import-product-features', {
        message: 'applies only to request "import-product-features"',
        path: ['features'],
      }),
    ),
);

/**
 * A request about a customized version; `features` names product features the customer wants
 * imported (only with `import-product-features`).
 *
 * @example
 * ```ts
 * const input: CustomizationChargeInput = { request: 'import-product-features', features: ['offline-mode'] };
 * ```
 */
export type CustomizationChargeInput = z.input<ReturnType<typeof customizationChargeSchema>>;

/**
 * How a request is paid for: `included` in the maintenance fee, `charged-separately`, or
 * `quoted` (paid, cost agreed separately: 別途ご相談).
 *
 * @example
 * ```ts
 * const outcome: CustomizationChargeOutcome = customizationCharge({ request: 'inquiry' }).outcome; // 'included'
 * ```
 */
export type CustomizationChargeOutcome = 'included' | 'charged-separately' | 'quoted';

/**
 * The value of a {@link customizationCharge} decision.
 *
 * @example
 * ```ts
 * customizationCharge({ request: 'rebase-on-latest' }).value;
 * // { request: 'rebase-on-latest', onLatestProductVersion: true }
 * ```
 */
export interface CustomizationChargeValue {
  readonly request: CustomizationRequest;
  /** Whether the work rebuilds the customization on the latest product version (`7.rebase`, `7.import`). */
  readonly onLatestProductVersion: boolean;
}

/**
 * The decision of {@link customizationCharge}.
 *
 * @example
 * ```ts
 * const d: CustomizationChargeDecision = customizationCharge({ request: 'os-caused-problem' });
 * ```
 */
export type CustomizationChargeDecision = Decision<
  CustomizationChargeOutcome,
  CustomizationChargeValue,
  CustomizationChargeCode
>;

/**
 * The reason codes {@link customizationCharge} can give.
 *
 * @example
 * ```ts
 * const code: CustomizationChargeCode = 'FEATURES_NOT_SELECTABLE';
 * ```
 */
export type CustomizationChargeCode = keyof typeof customizedReasons;

// What each request is answered with (chapter 7), after the 7.scope reason every answer starts with.
// A table of codes, not of reasons: every call builds fresh reasons from the catalogue.
const ANSWERS: {
  readonly [R in CustomizationRequest]: {
    readonly outcome: CustomizationChargeOutcome;
    readonly codes: readonly Exclude<CustomizationChargeCode, 'FEATURES_NOT_SELECTABLE'>[];
    readonly onLatestProductVersion: boolean;
  };
} = {
  inquiry: { outcome: 'included', codes: ['INQUIRY_INCLUDED'], onLatestProductVersion: false },
  'defect-in-customized-function': { outcome: 'included', codes: ['DEFECT_INCLUDED'], onLatestProductVersion: false },
  'os-version-up-support': { outcome: 'included', codes: ['OS_VERSION_UP_INCLUDED'], onLatestProductVersion: false },
  'os-caused-problem': {
    outcome: 'included',
    codes: ['OS_PROBLEM_WITHIN_FEE', 'CUSTOMER_VERIFICATION_CHARGED', 'REBASE_MAY_BE_NEEDED'],
    onLatestProductVersion: false,
  },
  'customer-specific-verification': {
    outcome: 'charged-separately',
    codes: ['CUSTOMER_VERIFICATION_CHARGED'],
    onLatestProductVersion: false,
  },
  'rebase-on-latest': { outcome: 'quoted', codes: ['REBASE_ON_LATEST'], onLatestProductVersion: true },
  'import-product-features': {
    outcome: 'quoted',
    codes: ['IMPORT_PAID', 'IMPORT_ON_LATEST'],
    onLatestProductVersion: true,
  },
};

/**
 * How a request about a customized version is charged (chapter 7; 4.3.customization sends
 * customized versions here). Every decision carries the `7.scope` reason: the support scope
 * follows the product version the customization is built on.
 *
 * - `included` (in the maintenance fee): inquiries and defects of customized functions, and
 *   keeping up with OS versions the product supports (`7.maintenance`); problems caused by an OS
 *   version-up, which the policy handles "basically" (基本的には) within the fee (`7.os-upgrade`);
 * - `charged-separately`: verification for this customer alone (`7.os-upgrade`);
 * - `quoted`: rebuilding on the latest product version when an OS problem makes equal function
 *   hard (`7.rebase`), and importing product features (`7.import`) — paid, cost agreed separately,
 *   done on the latest product version, so all its features come in: a `features` list gets the
 *   `FEATURES_NOT_SELECTABLE` reason.
 *
 * Throws `INVALID_INPUT` for an unknown request, an empty `features` list, or `features` with a
 * request other than `import-product-features`.
 *
 * @example
 * ```ts
 * customizationCharge({ request: 'customer-specific-verification' }).outcome; // 'charged-separately'
 * customizationCharge({ request: 'import-product-features', features: ['offline-mode'] }).reasons.map((r) => r.code);
 * // ['SCOPE_FOLLOWS_PRODUCT', 'IMPORT_PAID', 'IMPORT_ON_LATEST', 'FEATURES_NOT_SELECTABLE']
 * ```
 */
export function customizationCharge(
  input: CustomizationChargeInput,
  options?: RuleOptions,
): CustomizationChargeDecision {
  const rule = ruleContext('customizationCharge', options, customizedReasons);
  const { request, features } = parseWith(customizationChargeSchema, input, 'INVALID_INPUT', 'customization request');
  const answer = ANSWERS[request];
  const reasons: Reason<CustomizationChargeCode>[] = [
    rule.reason('SCOPE_FOLLOWS_PRODUCT'),
    ...answer.codes.map((code) => rule.reason(code)),
  ];
  // 7.import: a list of features is a wish to pick them, which the policy rules out.
  if (features) reasons.push(rule.reason('FEATURES_NOT_SELECTABLE', { features }));
  return rule.decide(answer.outcome, { request, onLatestProductVersion: answer.onLatestProductVersion }, reasons);
}
