import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision } from '../policy/decision.js';
import { daysEn, featureChangeTargetDay } from './internal.js';

/**
 * The value of a {@link featureChangeNoticeDate} decision.
 *
 * @example
 * ```ts
 * featureChangeNoticeDate('2027-05-06').value;
 * // { changeDate: '2027-05-06', targetNoticeDate: '2027-04-22', days: 14 }
 * ```
 */
export interface FeatureChangeNoticeDateValue {
  /** The JST date the features change. */
  readonly changeDate: IsoDate;
  /** The target (目処) date of the mail: `changeDate` − `days` calendar days. */
  readonly targetNoticeDate: IsoDate;
  /** `policy.cloud.featureChangeNoticeDays` (14 in 2024-10-07). */
  readonly days: number;
}

/**
 * The decision of {@link featureChangeNoticeDate}.
 *
 * @example
 * ```ts
 * const d: FeatureChangeNoticeDateDecision = featureChangeNoticeDate('2027-05-06');
 * ```
 */
export type FeatureChangeNoticeDateDecision = Decision<'notice-by', FeatureChangeNoticeDateValue>;

/**
 * When to mail affected customers about an addition or change to a cloud web application's
 * features (`5.feature-change`: 2週間前を目処にメールにて通知). Interpretation 7: the target
 * notice date is the change date minus `policy.cloud.featureChangeNoticeDays` (14) calendar days.
 * It is a target, not a deadline: {@link checkFeatureChangeNotice} reports a later mail as late
 * by N days, never as forbidden. Calendar days, not business days: a mail can go out any day,
 * and the policy counts "two weeks", not working days.
 *
 * Throws `INVALID_DATE` for anything that is not a date.
 *
 * @example
 * ```ts
 * // 2027-05-06 is a Thursday; 14 days before is Thursday 2027-04-22.
 * featureChangeNoticeDate('2027-05-06').value.targetNoticeDate; // '2027-04-22'
 * ```
 */
export function featureChangeNoticeDate(changeDate: DateInput, options?: RuleOptions): FeatureChangeNoticeDateDecision {
  const policy = policyOf(options);
  const change = toEpochDay(changeDate, 'changeDate');
  const days = policy.cloud.featureChangeNoticeDays;
  const value: FeatureChangeNoticeDateValue = {
    changeDate: formatEpochDay(change),
    targetNoticeDate: formatEpochDay(featureChangeTargetDay(change, policy)),
    days,
  };
  return decide('featureChangeNoticeDate', policy, 'notice-by', value, [
    reason(
      'TARGET_NOTICE_DATE',
      '5.feature-change',
      `機能の追加・変更日 ${value.changeDate} の${days}日前、${value.targetNoticeDate} を目処に、該当のお客様へメールで通知します。`,
      `Affected customers are mailed about the feature change of ${value.changeDate} by about ${value.targetNoticeDate}, ${daysEn(days)} before.`,
    ),
    reason(
      'TARGET_NOT_DEADLINE',
      '5.feature-change',
      'この日付は目処であり期限ではありません。これより遅い通知は「N日遅れ」として扱います。',
      'The date is a target, not a deadline: a later notice is reported as late by N days.',
    ),
  ]);
}
