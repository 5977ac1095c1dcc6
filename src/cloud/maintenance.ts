import * as z from 'zod/mini';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { cloudReasons } from './reasons.js';

/**
 * What starts a piece of cloud maintenance: planned work, or an anomaly the system detected
 * (`5.emergency`: システムで異常を検知した場合).
 *
 * @example
 * ```ts
 * MAINTENANCE_TRIGGERS; // ['planned', 'anomaly-detected']
 * ```
 */
export const MAINTENANCE_TRIGGERS = Object.freeze(['planned', 'anomaly-detected'] as const);
/**
 * One of {@link MAINTENANCE_TRIGGERS}.
 *
 * @example
 * ```ts
 * const trigger: MaintenanceTrigger = 'anomaly-detected';
 * ```
 */
export type MaintenanceTrigger = (typeof MAINTENANCE_TRIGGERS)[number];

/**
 * The kinds of work chapter 5 names: the three contents of scheduled maintenance (`5.scheduled`:
 * OS/middleware security updates, product programs without UI or feature change, other work for
 * stable operation) and the minor fixes and improvements of preventive maintenance (`5.preventive`).
 *
 * @example
 * ```ts
 * MAINTENANCE_WORK.includes('minor-fix'); // true
 * ```
 */
export const MAINTENANCE_WORK = Object.freeze([
  'security-update',
  'product-program',
  'other-stability',
  'minor-fix',
] as const);
/**
 * One of {@link MAINTENANCE_WORK}.
 *
 * @example
 * ```ts
 * const work: MaintenanceWork = 'security-update';
 * ```
 */
export type MaintenanceWork = (typeof MAINTENANCE_WORK)[number];

export const maintenanceInputSchema = lazySchema(() =>
  z.strictObject({
    trigger: z.enum(MAINTENANCE_TRIGGERS),
    stopsService: z.boolean(),
    changesFeaturesOrUi: z.boolean(),
    work: z.optional(z.enum(MAINTENANCE_WORK)),
  }),
);

/**
 * A piece of cloud work to classify (`5.*`).
 *
 * @example
 * ```ts
 * const input: MaintenanceInput = { trigger: 'planned', stopsService: true, changesFeaturesOrUi: false, work: 'security-update' };
 * ```
 */
export type MaintenanceInput = z.input<ReturnType<typeof maintenanceInputSchema>>;

/**
 * What the work is under chapter 5: `scheduled` (`5.scheduled`), `preventive` (`5.preventive`),
 * `emergency` (`5.emergency`) or `feature-change` — not maintenance at all, but a change of
 * features that needs the `5.feature-change` notice.
 *
 * @example
 * ```ts
 * const kind: MaintenanceKind = classifyMaintenance(input).outcome;
 * ```
 */
export type MaintenanceKind = 'scheduled' | 'preventive' | 'emergency' | 'feature-change';

/**
 * How affected customers hear of the work: `advance-email` (mailed before, `5.scheduled`,
 * `5.feature-change`), `none` (no notice each time, `5.preventive`), `as-possible` (emergency:
 * the policy sets no notice; inform as far as circumstances allow).
 *
 * @example
 * ```ts
 * if (decision.value.notice === 'advance-email') planMail();
 * ```
 */
export type MaintenanceNotice = 'advance-email' | 'none' | 'as-possible';

/**
 * The value of a {@link classifyMaintenance} decision.
 *
 * @example
 * ```ts
 * classifyMaintenance(input).value; // { notice: 'advance-email', noticeDaysBefore: null, stopsService: true }
 * ```
 */
export interface MaintenanceValue {
  readonly notice: MaintenanceNotice;
  /**
   * How many calendar days before the work the notice is targeted, where the policy sets a
   * number: a feature change, `policy.cloud.featureChangeNoticeDays` (14). `null` where the
   * policy says only "in advance" (scheduled) or sets no notice (preventive, emergency).
   */
  readonly noticeDaysBefore: number | null;
  /** Whether the work stops the service (always false for preventive maintenance, which by definition does not). */
  readonly stopsService: boolean;
}

/**
 * The reason codes {@link classifyMaintenance} can give.
 *
 * @example
 * ```ts
 * const code: MaintenanceCode = 'EMERGENCY_NOTICE_NOT_SET';
 * ```
 */
export type MaintenanceCode =
  | 'SECURITY_UPDATE'
  | 'PRODUCT_PROGRAM'
  | 'STABLE_OPERATION_WORK'
  | 'MINOR_FIX_STOPS_SERVICE'
  | 'WORK_UNSPECIFIED'
  | 'SERVICE_STOP'
  | 'ADVANCE_EMAIL'
  | 'FEATURE_CHANGE_STOPS_SERVICE'
  | 'MINOR_FIX_WITHOUT_STOP'
  | 'NO_NOTICE_EACH_TIME'
  | 'ANOMALY_DETECTED'
  | 'EMERGENCY_NOTICE_NOT_SET'
  | 'EMERGENCY_CHANGES_FEATURES'
  | 'CHANGES_FEATURES_OR_UI';

/**
 * The decision of {@link classifyMaintenance}.
 *
 * @example
 * ```ts
 * const d: MaintenanceDecision = classifyMaintenance(input);
 * ```
 */
export type MaintenanceDecision = Decision<MaintenanceKind, MaintenanceValue, MaintenanceCode>;

// The content of scheduled maintenance each kind of work is (5.scheduled): a code, not a reason
// object, so every decision gets fresh reasons a caller cannot change for the next one.
const SCHEDULED_WORK_CODE = {
  'security-update': 'SECURITY_UPDATE',
  'product-program': 'PRODUCT_PROGRAM',
  'other-stability': 'STABLE_OPERATION_WORK',
} as const satisfies Record<Exclude<MaintenanceWork, 'minor-fix'>, MaintenanceCode>;

/**
 * Classifies a piece of cloud work under chapter 5 and says how affected customers are told.
 *
 * - `anomaly-detected` → `emergency` (`5.emergency`). The policy says nothing about notice of
 *   emergency maintenance; the library answers `notice: 'as-possible'`, and the reason
 *   `EMERGENCY_NOTICE_NOT_SET` tells the customer so, with the reading in its staff note.
 *   If the emergency work also changes features, a further reason points to `5.feature-change`.
 * - planned and `changesFeaturesOrUi` → `feature-change`: neither scheduled maintenance (whose
 *   product programs change no UI or feature) nor preventive maintenance (no feature change);
 *   affected customers are mailed about `policy.cloud.featureChangeNoticeDays` days before.
 * - planned `minor-fix` that stops no service → `preventive` (`5.preventive`): any time, no notice.
 * - any other planned work → `scheduled` (`5.scheduled`): advance e-mail to affected customers.
 *   A minor fix that stops the service cannot be preventive (which never stops it), and planned
 *   work whose kind is not given is treated as scheduled: the reading that keeps the advance mail.
 *
 * Throws `INVALID_INPUT` (each bad field named) for malformed input.
 *
 * @example
 * ```ts
 * classifyMaintenance({ trigger: 'planned', stopsService: false, changesFeaturesOrUi: false, work: 'minor-fix' }).outcome;
 * // 'preventive' (value.notice: 'none')
 * classifyMaintenance({ trigger: 'anomaly-detected', stopsService: true, changesFeaturesOrUi: false }).value.notice;
 * // 'as-possible'
 * ```
 */
export function classifyMaintenance(input: MaintenanceInput, options?: RuleOptions): MaintenanceDecision {
  const rule = ruleContext('classifyMaintenance', options, cloudReasons);
  const work = parseWith(maintenanceInputSchema, input, 'INVALID_INPUT', 'maintenance');
  const days = rule.policy.cloud.featureChangeNoticeDays;
  const { stopsService } = work;

  if (work.trigger === 'anomaly-detected') {
    const reasons: Reason<MaintenanceCode>[] = [
      rule.reason('ANOMALY_DETECTED'),
      rule.reason('EMERGENCY_NOTICE_NOT_SET'),
    ];
    if (work.changesFeaturesOrUi) reasons.push(rule.reason('EMERGENCY_CHANGES_FEATURES', { days }));
    return rule.decide('emergency', { notice: 'as-possible', noticeDaysBefore: null, stopsService }, reasons);
  }

  if (work.changesFeaturesOrUi) {
    const reasons: Reason<MaintenanceCode>[] = [rule.reason('CHANGES_FEATURES_OR_UI', { days })];
    if (stopsService) reasons.push(rule.reason('FEATURE_CHANGE_STOPS_SERVICE'));
    // 5.scheduled and 5.preventive both exclude feature changes: they decided that it is neither.
    return rule.decide('feature-change', { notice: 'advance-email', noticeDaysBefore: days, stopsService }, reasons, [
      '5.scheduled',
      '5.preventive',
    ]);
  }

  if (work.work === 'minor-fix' && !stopsService) {
    return rule.decide('preventive', { notice: 'none', noticeDaysBefore: null, stopsService: false }, [
      rule.reason('MINOR_FIX_WITHOUT_STOP'),
      rule.reason('NO_NOTICE_EACH_TIME'),
    ]);
  }

  // Preventive maintenance never stops the service, so a minor fix that does is scheduled; work of
  // no stated kind is scheduled too (the reading that keeps the advance mail).
  const content: MaintenanceCode =
    work.work === 'minor-fix'
      ? 'MINOR_FIX_STOPS_SERVICE'
      : work.work === undefined
        ? 'WORK_UNSPECIFIED'
        : SCHEDULED_WORK_CODE[work.work];
  const reasons: Reason<MaintenanceCode>[] = [rule.reason(content)];
  if (stopsService) reasons.push(rule.reason('SERVICE_STOP'));
  reasons.push(rule.reason('ADVANCE_EMAIL'));
  return rule.decide('scheduled', { notice: 'advance-email', noticeDaysBefore: null, stopsService }, reasons);
}
