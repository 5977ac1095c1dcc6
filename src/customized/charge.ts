import * as z from 'zod/mini';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';

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

const customizationChargeSchema = lazySchema(() =>
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
export type CustomizationChargeDecision = Decision<CustomizationChargeOutcome, CustomizationChargeValue>;

const SCOPE = reason(
  'SCOPE_FOLLOWS_PRODUCT',
  '7.scope',
  'カスタマイズ版のサポート範囲は、ベースとなる製品版に準拠します。',
  'The support scope of a customized version follows the product version it is built on.',
);

const VERIFICATION_CHARGED = reason(
  'CUSTOMER_VERIFICATION_CHARGED',
  '7.os-upgrade',
  'お客様個別に検証を実施する場合の費用は、別途頂戴します。',
  'Verification carried out for the customer individually is charged separately.',
);

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
  const policy = policyOf(options);
  const { request, features } = parseWith(customizationChargeSchema, input, 'INVALID_INPUT', 'customization request');
  const answer = (
    outcome: CustomizationChargeOutcome,
    reasons: Reason[],
    onLatestProductVersion = false,
  ): CustomizationChargeDecision =>
    decide('customizationCharge', policy.version, outcome, { request, onLatestProductVersion }, [SCOPE, ...reasons]);

  switch (request) {
    case 'inquiry':
      return answer('included', [
        reason(
          'INQUIRY_INCLUDED',
          '7.maintenance',
          'カスタマイズ機能のお問い合わせは、保守に含まれます。',
          'Inquiries about customized functions are included in maintenance.',
        ),
      ]);
    case 'defect-in-customized-function':
      return answer('included', [
        reason(
          'DEFECT_INCLUDED',
          '7.maintenance',
          'カスタマイズ機能の不具合対応は、保守に含まれます。',
          'Fixing defects in customized functions is included in maintenance.',
        ),
      ]);
    case 'os-version-up-support':
      return answer('included', [
        reason(
          'OS_VERSION_UP_INCLUDED',
          '7.maintenance',
          '製品版が対応したOSへのバージョンアップ対応は、保守に含まれます。製品版が対応していないOSバージョンは対象になりません。',
          'Keeping up with OS versions the product supports is included in maintenance; OS versions the product does not support are not covered.',
        ),
      ]);
    case 'os-caused-problem':
      return answer('included', [
        reason(
          'OS_PROBLEM_WITHIN_FEE',
          '7.os-upgrade',
          'OSのバージョンアップに起因する問題は、基本的には保守費用内で対応します。',
          'Problems caused by an OS version-up are basically handled within the maintenance fee.',
        ),
        VERIFICATION_CHARGED,
        reason(
          'REBASE_MAY_BE_NEEDED',
          '7.rebase',
          'OSの問題により旧アプリケーションと同等の機能対応が困難な場合は、製品版の最新バージョンをベースに再構築し、その費用は別途ご相談となります。',
          'If an OS problem makes equal function on the old app hard, the customization is rebuilt on the latest product version, at a cost agreed separately.',
        ),
      ]);
    case 'customer-specific-verification':
      return answer('charged-separately', [VERIFICATION_CHARGED]);
    case 'rebase-on-latest':
      return answer(
        'quoted',
        [
          reason(
            'REBASE_ON_LATEST',
            '7.rebase',
            'OSの問題により旧アプリケーションと同等の機能対応が困難なため、製品版の最新バージョンをベースにカスタマイズ機能を取り込みます。対応費用は別途ご相談となります。',
            'An OS problem makes equal function on the old app hard, so the customized functions are rebuilt on the latest product version; the cost is agreed separately.',
          ),
        ],
        true,
      );
    case 'import-product-features': {
      const reasons: Reason[] = [
        reason(
          'IMPORT_PAID',
          '7.import',
          '製品版のバージョンアップで追加された機能等をカスタマイズ版へ取り込む対応は有償で、費用は別途ご相談となります。',
          'Bringing features added in product versions into a customized version is paid; the cost is agreed separately.',
        ),
        reason(
          'IMPORT_ON_LATEST',
          '7.import',
          '取り込みは製品版の最新バージョンをベースにカスタマイズ機能を反映する形で行うため、取り込む機能は取捨選択できません。',
          'The import rebuilds the customized functions on the latest product version, so the features brought in cannot be chosen.',
        ),
      ];
      if (features) {
        reasons.push(
          reason(
            'FEATURES_NOT_SELECTABLE',
            '7.import',
            `取り込む機能は取捨選択できないため、ご指定の機能 (${features.join('、')}) だけを取り込むことはできません。製品版の最新バージョンの機能がすべて取り込まれます。`,
            `The listed features (${features.join(', ')}) cannot be imported on their own: every feature of the latest product version comes in.`,
          ),
        );
      }
      return answer('quoted', reasons, true);
    }
  }
}
