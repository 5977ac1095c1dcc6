import * as z from 'zod/mini';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';
import { daysEn } from './internal.js';

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

const maintenanceInputSchema = lazySchema(() =>
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
 * The decision of {@link classifyMaintenance}.
 *
 * @example
 * ```ts
 * const d: MaintenanceDecision = classifyMaintenance(input);
 * ```
 */
export type MaintenanceDecision = Decision<MaintenanceKind, MaintenanceValue>;

const RULE = 'classifyMaintenance';

const SCHEDULED_WORK_REASON: Record<Exclude<MaintenanceWork, 'minor-fix'>, Reason> = {
  'security-update': reason(
    'SECURITY_UPDATE',
    '5.scheduled',
    'OSやミドルウェアのセキュリティ更新プログラムの適用は、定期メンテナンスの内容です。',
    'Applying OS or middleware security updates is scheduled maintenance.',
  ),
  'product-program': reason(
    'PRODUCT_PROGRAM',
    '5.scheduled',
    'ユーザーインターフェースや機能の変更を伴わない弊社製品プログラムの適用は、定期メンテナンスの内容です。',
    'Applying product programs that change neither the user interface nor features is scheduled maintenance.',
  ),
  'other-stability': reason(
    'STABLE_OPERATION_WORK',
    '5.scheduled',
    'システムを安定的に使用するために必要な作業は、定期メンテナンスの内容です。',
    'Other work needed for stable operation of the system is scheduled maintenance.',
  ),
};

/**
 * Classifies a piece of cloud work under chapter 5 and says how affected customers are told.
 *
 * - `anomaly-detected` → `emergency` (`5.emergency`). The policy says nothing about notice of
 *   emergency maintenance; the library answers `notice: 'as-possible'` and says so in a reason
 *   (`EMERGENCY_NOTICE_NOT_SET`): no advance period can apply to work an anomaly forces.
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
  const policy = policyOf(options);
  const work = parseWith(maintenanceInputSchema, input, 'INVALID_INPUT', 'maintenance');
  const days = policy.cloud.featureChangeNoticeDays;

  if (work.trigger === 'anomaly-detected') {
    const reasons: Reason[] = [
      reason(
        'ANOMALY_DETECTED',
        '5.emergency',
        'システムで異常を検知したため、緊急メンテナンスとして実施します。',
        'An anomaly was detected in the system, so this is emergency maintenance.',
      ),
      reason(
        'EMERGENCY_NOTICE_NOT_SET',
        '5.emergency',
        'ポリシーは緊急メンテナンスの通知について定めていません。事前通知の期間は適用されず、該当のお客様へは可能な範囲でお知らせします。',
        'The policy sets no notice for emergency maintenance: no advance period applies; affected customers are informed as far as circumstances allow.',
      ),
    ];
    if (work.changesFeaturesOrUi) {
      reasons.push(
        reason(
          'EMERGENCY_CHANGES_FEATURES',
          '5.feature-change',
          `この作業は機能やユーザーインターフェースを変更します。機能の追加・変更は該当のお客様へメールで通知します (通常は${days}日前が目処ですが、緊急時は守れません)。`,
          `This work changes features or the user interface: affected customers are mailed about the change (the target is ${daysEn(days)} before, which an emergency cannot keep).`,
        ),
      );
    }
    return decide(
      RULE,
      policy.version,
      'emergency',
      { notice: 'as-possible', noticeDaysBefore: null, stopsService: work.stopsService },
      reasons,
    );
  }

  if (work.changesFeaturesOrUi) {
    const reasons: Reason[] = [
      reason(
        'CHANGES_FEATURES_OR_UI',
        '5.feature-change',
        `機能やユーザーインターフェースの変更を伴うため、メンテナンスではなく機能の追加・変更です。該当のお客様へ${days}日前を目処にメールで通知します。`,
        `It changes features or the user interface, so it is not maintenance but a feature change: affected customers are mailed about ${daysEn(days)} before.`,
      ),
    ];
    if (work.stopsService) {
      reasons.push(
        reason(
          'FEATURE_CHANGE_STOPS_SERVICE',
          '5.scheduled',
          'サービスの停止を伴うため、停止についても該当のお客様へ事前にメールで通知します。',
          'It stops the service, so affected customers are also mailed about the stop in advance.',
        ),
      );
    }
    // 5.scheduled and 5.preventive both exclude feature changes: they decided that it is neither.
    return decide(
      RULE,
      policy.version,
      'feature-change',
      { notice: 'advance-email', noticeDaysBefore: days, stopsService: work.stopsService },
      reasons,
      ['5.scheduled', '5.preventive'],
    );
  }

  if (work.work === 'minor-fix' && !work.stopsService) {
    return decide(RULE, policy.version, 'preventive', { notice: 'none', noticeDaysBefore: null, stopsService: false }, [
      reason(
        'MINOR_FIX_WITHOUT_STOP',
        '5.preventive',
        '軽微な障害修正や改善で、サービスの停止や機能の変更を伴わないため、予防的メンテナンスとして随時実施します。',
        'A minor fix or improvement with no service stop and no feature change is preventive maintenance, done at any time.',
      ),
      reason(
        'NO_NOTICE_EACH_TIME',
        '5.preventive',
        '予防的メンテナンスの実施内容や時期は、都度の通知はいたしません。',
        'Customers are not notified of each preventive maintenance, its contents or its timing.',
      ),
    ]);
  }

  const reasons: Reason[] = [];
  if (work.work === 'minor-fix') {
    reasons.push(
      reason(
        'MINOR_FIX_STOPS_SERVICE',
        '5.scheduled',
        '軽微な修正でもサービスの停止を伴うため、予防的メンテナンスにはあたらず、定期メンテナンスとして実施します。',
        'Even a minor fix that stops the service is not preventive maintenance; it is done as scheduled maintenance.',
      ),
    );
  } else if (work.work === undefined) {
    reasons.push(
      reason(
        'WORK_UNSPECIFIED',
        '5.scheduled',
        '作業の種類が指定されていないため、事前通知のある定期メンテナンスとして扱います。',
        'The kind of work is not given, so it is treated as scheduled maintenance, which keeps the advance notice.',
      ),
    );
  } else {
    reasons.push(SCHEDULED_WORK_REASON[work.work]);
  }
  if (work.stopsService) {
    reasons.push(
      reason(
        'SERVICE_STOP',
        '5.scheduled',
        '定期メンテナンスはサービスの停止を伴う場合があります。',
        'Scheduled maintenance may stop the service.',
      ),
    );
  }
  reasons.push(
    reason(
      'ADVANCE_EMAIL',
      '5.scheduled',
      '定期メンテナンスを実施する場合は、該当のお客様に事前にメールで通知します。',
      'Affected customers are notified by e-mail before scheduled maintenance.',
    ),
  );
  return decide(
    RULE,
    policy.version,
    'scheduled',
    { notice: 'advance-email', noticeDaysBefore: null, stopsService: work.stopsService },
    reasons,
  );
}
