import type { Bilingual } from '../policy/decision.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision } from '../policy/decision.js';
import { feeReason } from './fee.js';

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
 * The decision of {@link clientAppRequirements}: one outcome, `customer-specific-app-available`.
 *
 * @example
 * ```ts
 * const d: ClientAppRequirementsDecision = clientAppRequirements();
 * ```
 */
export type ClientAppRequirementsDecision = Decision<'customer-specific-app-available', ClientAppRequirementsValue>;

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
  const policy = policyOf(options);
  const { stores, leadTimeBusinessDays: n, paid } = policy.clientApps;
  const value: ClientAppRequirementsValue = {
    stores: [...stores],
    customerSpecificApp: true,
    buildMaterials: [IOS_BUILD_CERTIFICATE],
    leadTimeBusinessDays: n,
    paid,
  };
  return decide('clientAppRequirements', policy, 'customer-specific-app-available', value, [
    reason(
      'DISTRIBUTION',
      '6.distribution',
      `クライアントアプリケーションは ${stores.map((s) => `「${s}」`).join('')}などで配信していますが、お客様固有のアプリケーションとして提供することも可能です。`,
      `Client applications ship through ${stores.join(', ')} and similar stores; they can also be provided as a customer-specific application.`,
    ),
    reason(
      'BUILD_MATERIALS',
      '6.build-materials',
      'アプリケーションを作成する際、ビルド資材 (例: iOSアプリケーションビルド用証明書) の提供をお願いする場合があります。',
      'To build the application, the customer may be asked to supply build materials (e.g. an iOS app build certificate).',
    ),
    reason(
      'LEAD_TIME',
      '6.lead-time',
      `ビルド資材を受領してから${n}営業日で提供します。カスタマイズが発生する場合は別途ご相談となります。`,
      `Delivery takes ${n} business days from receipt of the build materials; with customization, the schedule is agreed separately.`,
    ),
    feeReason(policy),
  ]);
}
