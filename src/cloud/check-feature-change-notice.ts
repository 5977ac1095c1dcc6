import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { dateField as dateInputField } from '../calendar/fields.js';
import { toEpochDay } from '../calendar/input.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { featureChangeTargetDay } from './internal.js';
import { cloudReasons } from './reasons.js';

export const featureChangeNoticeInputSchema = lazySchema(() =>
  z.strictObject({
    changeDate: dateInputField,
    noticeSentOn: dateInputField,
  }),
);

/**
 * A feature-change mail to check: the date the features change and the date the mail went out
 * (each a `DateInput`: `'YYYY-MM-DD'`, a date-time, a `Date`, epoch ms; its JST date counts).
 *
 * @example
 * ```ts
 * const input: FeatureChangeNoticeInput = { changeDate: '2027-05-06', noticeSentOn: '2027-04-26' };
 * ```
 */
export type FeatureChangeNoticeInput = z.input<ReturnType<typeof featureChangeNoticeInputSchema>>;

/**
 * How a feature-change mail relates to its target (`5.feature-change`, interpretation 7):
 * `on-target` (on or before the target date), `late` (after the target, still before the
 * change) or `after-change` (on or after the change date: the mail did not precede the change).
 *
 * @example
 * ```ts
 * const outcome: FeatureChangeNoticeOutcome = checkFeatureChangeNotice(input).outcome;
 * ```
 */
export type FeatureChangeNoticeOutcome = 'on-target' | 'late' | 'after-change';

/**
 * The reason codes {@link checkFeatureChangeNotice} can give: the target, then one verdict.
 *
 * @example
 * ```ts
 * const code: FeatureChangeNoticeCheckCode = 'NOTICE_LATE';
 * ```
 */
export type FeatureChangeNoticeCheckCode =
  | 'TARGET_NOTICE_DATE'
  | 'NOTICE_ON_TARGET'
  | 'NOTICE_LATE'
  | 'NOTICE_AFTER_CHANGE';

/**
 * The value of a {@link checkFeatureChangeNotice} decision, the same shape for every outcome.
 *
 * @example
 * ```ts
 * checkFeatureChangeNotice({ changeDate: '2027-05-06', noticeSentOn: '2027-04-26' }).value;
 * // { changeDate: '2027-05-06', noticeSentOn: '2027-04-26', targetNoticeDate: '2027-04-22', daysBeforeChange: 10, daysLate: 4 }
 * ```
 */
export interface FeatureChangeNoticeValue {
  readonly changeDate: IsoDate;
  readonly noticeSentOn: IsoDate;
  readonly targetNoticeDate: IsoDate;
  /** Calendar days from the mail to the change (0 or negative when sent on or after the change). */
  readonly daysBeforeChange: number;
  /** Calendar days after the target date the mail went out; 0 when on target. */
  readonly daysLate: number;
}

/**
 * The decision of {@link checkFeatureChangeNotice}.
 *
 * @example
 * ```ts
 * const d: FeatureChangeNoticeCheck = checkFeatureChangeNotice(input);
 * if (d.outcome !== 'on-target') console.warn(`late by ${d.value.daysLate} day(s)`);
 * ```
 */
export type FeatureChangeNoticeCheck = Decision<
  FeatureChangeNoticeOutcome,
  FeatureChangeNoticeValue,
  FeatureChangeNoticeCheckCode
>;

/**
 * Checks a feature-change mail against the target of `5.feature-change` (interpretation 7:
 * change date − `policy.cloud.featureChangeNoticeDays` calendar days). Because the target is
 * a 目処, a later mail is reported with the days it is late (`late`), never as forbidden. A mail sent
 * on or after the change date is reported apart, as `after-change`: it did not notify the
 * change in advance at all, which a caller will usually want to flag more loudly than a few
 * days' delay. Dates are compared as JST dates.
 *
 * Throws `INVALID_INPUT` for a malformed object and `INVALID_DATE` for a field that is not a date.
 *
 * @example
 * ```ts
 * // Target for a change on Thu 2027-05-06: Thu 2027-04-22. A mail on Mon 04-26 is 4 days late.
 * checkFeatureChangeNotice({ changeDate: '2027-05-06', noticeSentOn: '2027-04-26' }).outcome; // 'late'
 * ```
 */
export function checkFeatureChangeNotice(
  input: FeatureChangeNoticeInput,
  options?: RuleOptions,
): FeatureChangeNoticeCheck {
  const rule = ruleContext('checkFeatureChangeNotice', options, cloudReasons);
  const parsed = parseWith(featureChangeNoticeInputSchema, input, 'INVALID_INPUT', 'feature-change notice');
  const change = toEpochDay(parsed.changeDate, 'changeDate');
  const sent = toEpochDay(parsed.noticeSentOn, 'noticeSentOn');
  const target = featureChangeTargetDay(change, rule.policy);
  const value: FeatureChangeNoticeValue = {
    changeDate: formatEpochDay(change),
    noticeSentOn: formatEpochDay(sent),
    targetNoticeDate: formatEpochDay(target),
    daysBeforeChange: change - sent,
    daysLate: Math.max(0, sent - target),
  };
  const targetReason = rule.reason('TARGET_NOTICE_DATE', { ...value, days: rule.policy.cloud.featureChangeNoticeDays });
  if (sent <= target) return rule.decide('on-target', value, [targetReason, rule.reason('NOTICE_ON_TARGET', value)]);
  // A 目処 (interpretation 7): a later mail is late by the days counted, not forbidden; one on or
  // after the change did not precede it at all and is reported apart.
  if (sent < change) return rule.decide('late', value, [targetReason, rule.reason('NOTICE_LATE', value)]);
  return rule.decide('after-change', value, [targetReason, rule.reason('NOTICE_AFTER_CHANGE', value)]);
}
