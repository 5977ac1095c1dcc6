import type { RuleOptions } from '../policy/context.js';
import type { Bilingual, Decision } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { feeCode } from './fee.js';
import { clientAppReasons } from './reasons.js';

/**
 * Something the customer may be asked to supply to build their app (`6.build-materials`:
 * ビルド資材の提供をお願いする場合があります). The policy gives one example; others may be asked for.
 *
 * @example
 * ```ts
 * const m: BuildMaterial = clientAppRequirements().value.buildMaterials[0]!;
 * m.name.ja; // 'iOSアプリケーションビルド用証明書'
 * ```
 */
export interface BuildMaterial {
  readonly id: string;
  readonly name: Bilingual;
  /** The platform it is for, when specific to one. */
  readonly platform: 'ios' | 'android' | null;
  /** Always `'on-request'`: the policy says the customer *may* be asked for build materials. */
  readonly required: 'on-request';
}

/**
 * The value of {@link clientAppRequirements}.
 *
 * @example
 * ```ts
 * clientAppRequirements().value.stores; // ['App Store', 'Google Play']
 * ```
 */
export interface ClientAppRequirementsValue {
  /** Where the standard client apps ship (`policy.clientApps.stores`, `6.distribution`). */
  readonly stores: readonly string[];
  /** A customer-specific app build can be provided (`6.distribution`). */
  readonly customerSpecificApp: true;
  /** Build materials the customer may be asked for; the policy's examples (`6.build-materials`). */
  readonly buildMaterials: readonly BuildMaterial[];
  /** Business days from receipt of the materials to delivery, without customization (`6.lead-time`). */
  readonly leadTimeBusinessDays: number;
  /** Whether the service is paid (`6.fee`). */
  readonly paid: boolean;
}

/**
 * The reason codes {@link clientAppRequirements} gives: one per clause of chapter 6.
 *
 * @example
 * ```ts
 * const code: ClientAppRequirementsCode = 'BUILD_MATERIALS';
 * ```
 */
export type ClientAppRequirementsCode =
  | 'DISTRIBUTION'
  | 'BUILD_MATERIALS'
  | 'LEAD_TIME'
  | 'PAID_SERVICE'
  | 'FREE_SERVICE';

/**
 * The decision of {@link clientAppRequirements}: one outcome, `customer-specific-app-available`.
 *
 * @example
 * ```ts
 * const d: ClientAppRequirementsDecision = clientAppRequirements();
 * ```
 */
export type ClientAppRequirementsDecision = Decision<
  'customer-specific-app-available',
  ClientAppRequirementsValue,
  ClientAppRequirementsCode
>;

const IOS_BUILD_CERTIFICATE: BuildMaterial = Object.freeze({
  id: 'ios-build-certificate',
  name: Object.freeze({ ja: 'iOSアプリケーションビルド用証明書', en: 'iOS app build certificate' }),
  platform: 'ios',
  required: 'on-request',
});

/**
 * What a customer-specific client app involves (chapter 6): the stores the standard apps ship
 * through and that a customer-specific build is possible (`6.distribution`); the build
 * materials the customer may have to supply, e.g. an iOS build certificate
 * (`6.build-materials`); the lead time (`6.lead-time`, see {@link clientAppDeliveryDate}); and
 * the fee (`6.fee`). Values come from `policy.clientApps`.
 *
 * @example
 * ```ts
 * const { value } = clientAppRequirements();
 * value.buildMaterials.map((m) => m.id); // ['ios-build-certificate']
 * value.leadTimeBusinessDays; // 10
 * ```
 */
export function clientAppRequirements(options?: RuleOptions): ClientAppRequirementsDecision {
  const rule = ruleContext('clientAppRequirements', options, clientAppReasons);
  const { stores, leadTimeBusinessDays, paid } = rule.policy.clientApps;
  const buildMaterials = [IOS_BUILD_CERTIFICATE];
  const value: ClientAppRequirementsValue = {
    stores: [...stores],
    customerSpecificApp: true,
    buildMaterials,
    leadTimeBusinessDays,
    paid,
  };
  return rule.decide('customer-specific-app-available', value, [
    rule.reason('DISTRIBUTION', { stores }),
    rule.reason('BUILD_MATERIALS', { examples: buildMaterials.map((m) => m.name) }),
    rule.reason('LEAD_TIME', { businessDays: leadTimeBusinessDays }),
    rule.reason(feeCode(rule.policy)),
  ]);
}
