import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';
import { dateField as dateInputField } from '../calendar/fields.js';
import { daysEn, featureChangeTargetDay } from './internal.js';

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
export type FeatureChangeNoticeCheck = Decision<FeatureChangeNoticeOutcome, FeatureChangeNoticeValue>;

/**
 * Checks a feature-change mail against the target of `5.feature-change` (interpretation 7:
 * change date − `policy.cloud.featureChangeNoticeDays` calendar days). Because the target is
 * a 目処, a later mail is reported as late by N days (`late`), never as forbidden. A mail sent
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
  const policy = policyOf(options);
  const parsed = parseWith(featureChangeNoticeInputSchema, input, 'INVALID_INPUT', 'feature-change notice');
  const change = toEpochDay(parsed.changeDate, 'changeDate');
  const sent = toEpochDay(parsed.noticeSentOn, 'noticeSentOn');
  const days = policy.cloud.featureChangeNoticeDays;
  const target = featureChangeTargetDay(change, policy);
  const value: FeatureChangeNoticeValue = {
    changeDate: formatEpochDay(change),
    noticeSentOn: formatEpochDay(sent),
    targetNoticeDate: formatEpochDay(target),
    daysBeforeChange: change - sent,
    daysLate: Math.max(0, sent - target),
  };
  const targetReason = reason(
    'TARGET_NOTICE_DATE',
    '5.feature-change',
    `変更日 ${value.changeDate} の通知の目処は${days}日前の ${value.targetNoticeDate} です。`,
    `The target for the change of ${value.changeDate} is ${value.targetNoticeDate}, ${daysEn(days)} before.`,
  );
  let outcome: FeatureChangeNoticeOutcome;
  let verdict: Reason;
  if (sent <= target) {
    outcome = 'on-target';
    verdict = reason(
      'NOTICE_ON_TARGET',
      '5.feature-change',
      `${value.noticeSentOn} の通知は変更日の${value.daysBeforeChange}日前で、目処どおりです。`,
      `The notice of ${value.noticeSentOn}, ${daysEn(value.daysBeforeChange)} before the change, meets the target.`,
    );
  } else if (sent < change) {
    outcome = 'late';
    verdict = reason(
      'NOTICE_LATE',
      '5.feature-change',
      `${value.noticeSentOn} の通知は目処より${value.daysLate}日遅れています (変更日の${value.daysBeforeChange}日前)。目処のため、禁止ではなく遅れとして扱います。`,
      `The notice of ${value.noticeSentOn} is ${daysEn(value.daysLate)} late (${daysEn(value.daysBeforeChange)} before the change); the date is a target, so this is a delay, not a breach.`,
    );
  } else {
    outcome = 'after-change';
    verdict = reason(
      'NOTICE_AFTER_CHANGE',
      '5.feature-change',
      `${value.noticeSentOn} の通知は変更日 ${value.changeDate} の当日以降で、事前の通知になっていません (目処より${value.daysLate}日遅れ)。`,
      `The notice of ${value.noticeSentOn} was sent on or after the change of ${value.changeDate}, so it did not come in advance (${daysEn(value.daysLate)} after the target).`,
    );
  }
  return decide('checkFeatureChangeNotice', policy, outcome, value, [targetReason, verdict]);
}
