import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { closedDayDeadline } from '../policy/closed-day-deadline.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { featureChangeTargetDay } from './internal.js';
import { cloudReasons } from './reasons.js';

/**
 * The reason codes {@link featureChangeNoticeDate} can give.
 *
 * @example
 * ```ts
 * const code: FeatureChangeNoticeDateCode = 'TARGET_ON_CLOSED_DAY';
 * ```
 */
export type FeatureChangeNoticeDateCode = 'TARGET_NOTICE_DATE' | 'TARGET_NOT_DEADLINE' | 'TARGET_ON_CLOSED_DAY';

/**
 * The value of a {@link featureChangeNoticeDate} decision.
 *
 * @example
 * ```ts
 * featureChangeNoticeDate('2027-05-06').value;
 * // { changeDate: '2027-05-06', targetNoticeDate: '2027-04-22', days: 14, lastBusinessDayBefore: null }
 * ```
 */
export interface FeatureChangeNoticeDateValue {
  /** The JST date the features change. */
  readonly changeDate: IsoDate;
  /** The target (目処) date of the mail: `changeDate` − `days` calendar days. */
  readonly targetNoticeDate: IsoDate;
  /** `policy.cloud.featureChangeNoticeDays` (14 in 2024-10-07). */
  readonly days: number;
  /**
   * When the target falls on a closed day, the last business day before it, as advice (the target
   * stays: interpretation 11); `null` when the target is a business day.
   */
  readonly lastBusinessDayBefore: IsoDate | null;
}

/**
 * The decision of {@link featureChangeNoticeDate}.
 *
 * @example
 * ```ts
 * const d: FeatureChangeNoticeDateDecision = featureChangeNoticeDate('2027-05-06');
 * ```
 */
export type FeatureChangeNoticeDateDecision = Decision<
  'notice-by',
  FeatureChangeNoticeDateValue,
  FeatureChangeNoticeDateCode
>;

/**
 * When to mail affected customers about an addition or change to a cloud web application's
 * features (`5.feature-change`: 2週間前を目処にメールにて通知). Interpretation 7: the target
 * notice date is the change date minus `policy.cloud.featureChangeNoticeDays` (14) calendar days.
 * It is a target, not a deadline: {@link checkFeatureChangeNotice} reports a later mail with the
 * days it is late, never as forbidden. Calendar days, not business days: a mail can go out any
 * day, and the policy counts "two weeks", not working days. A target on a closed day stays where
 * it is (interpretation 11); the decision adds `TARGET_ON_CLOSED_DAY` and the last business day
 * before it (`lastBusinessDayBefore`), as advice.
 *
 * Throws `INVALID_DATE` for anything that is not a date.
 *
 * @example
 * ```ts
 * // 2027-05-06 is a Thursday; 14 days before is Thursday 2027-04-22.
 * featureChangeNoticeDate('2027-05-06').value.targetNoticeDate; // '2027-04-22'
 * // 2027-05-18 − 14 = Tue 2027-05-04 (みどりの日): the target stays; the business day before is Fri 04-30.
 * featureChangeNoticeDate('2027-05-18').value.lastBusinessDayBefore; // '2027-04-30'
 * ```
 */
export function featureChangeNoticeDate(changeDate: DateInput, options?: RuleOptions): FeatureChangeNoticeDateDecision {
  const rule = ruleContext('featureChangeNoticeDate', options, cloudReasons);
  const change = toEpochDay(changeDate, 'changeDate');
  const target = formatEpochDay(featureChangeTargetDay(change, rule.policy));
  const closed = closedDayDeadline(rule.calendar, target);
  const value: FeatureChangeNoticeDateValue = {
    changeDate: formatEpochDay(change),
    targetNoticeDate: target,
    days: rule.policy.cloud.featureChangeNoticeDays,
    lastBusinessDayBefore: closed?.lastBusinessDayBefore ?? null,
  };
  return rule.decide('notice-by', value, [
    rule.reason('TARGET_NOTICE_DATE', value),
    rule.reason('TARGET_NOT_DEADLINE'),
    ...(closed === undefined ? [] : [rule.reason('TARGET_ON_CLOSED_DAY', closed)]),
  ]);
}
