import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { closedDayDeadline } from '../policy/closed-day-deadline.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext, type RuleContext } from '../policy/rule-context.js';
import type { Policy } from '../policy/schema.js';
import { lazySchema, parseWith } from '../validate.js';
import { scopeReasons } from './reasons.js';

/**
 * How "at least N days before the end date" (遅くとも…終了日の90日前までに) is counted
 * (`4.3.discretionary-end`, interpretation 5):
 *
 * - `'inclusive'`: the notice may be sent on the end date minus N calendar days (the default of
 *   policy 2024-10-07);
 * - `'clear-days'`: N whole days must lie between the notice day and the end date, so the
 *   latest notice day is end − N − 1.
 *
 * @example
 * ```ts
 * discretionaryEndNoticeDeadline('2027-06-30', { reading: 'clear-days' }).value.latestNoticeDate; // '2027-03-31'
 * ```
 */
export type DiscretionaryEndNoticeReading = 'inclusive' | 'clear-days';

/**
 * The latest day to send the notice of a discretionary end of support.
 *
 * @example
 * ```ts
 * discretionaryEndNoticeDeadline('2027-06-30').value;
 * // { endDate: '2027-06-30', latestNoticeDate: '2027-04-01', reading: 'inclusive', days: 90, lastBusinessDayBefore: null }
 * ```
 */
export interface DiscretionaryEndNoticeDeadline {
  readonly endDate: IsoDate;
  readonly latestNoticeDate: IsoDate;
  readonly reading: DiscretionaryEndNoticeReading;
  /** The policy's N, `thirdParty.discretionaryEndNoticeDays` (90 in 2024-10-07). */
  readonly days: number;
  /**
   * When `latestNoticeDate` is a closed day (weekend, holiday, closure): the last business day before
   * it, as advice; `latestNoticeDate` stays the deadline (interpretation 11). `null` on a business day.
   */
  readonly lastBusinessDayBefore: IsoDate | null;
}

/**
 * The reason codes {@link discretionaryEndNoticeDeadline} can give.
 *
 * @example
 * ```ts
 * const code: DiscretionaryEndNoticeDeadlineCode = 'DEADLINE_ON_CLOSED_DAY';
 * ```
 */
export type DiscretionaryEndNoticeDeadlineCode =
  | 'NOTICE_DEADLINE_INCLUSIVE'
  | 'NOTICE_DEADLINE_CLEAR_DAYS'
  | 'NOTICE_BY_EMAIL'
  | 'DEADLINE_ON_CLOSED_DAY'
  | 'PLAN_UPGRADES';

/**
 * Options of {@link discretionaryEndNoticeDeadline}: the policy and, to override the policy's
 * default, the reading of "N days before".
 *
 * @example
 * ```ts
 * const options: DiscretionaryEndNoticeOptions = { reading: 'clear-days' };
 * ```
 */
export interface DiscretionaryEndNoticeOptions extends RuleOptions {
  readonly reading?: DiscretionaryEndNoticeReading;
}

/** @internal A reading given by a caller, validated (built on first use). */
export const noticeReadingSchema = lazySchema(() => z.enum(['inclusive', 'clear-days']));

/** `options.reading`: absent, or a reading. */
const readingOptionSchema = lazySchema(() => z.optional(noticeReadingSchema()));

/** @internal The deadline arithmetic shared with {@link checkNoticeCompliance}. */
export function noticeDeadlineOf(
  endDay: number,
  reading: DiscretionaryEndNoticeReading,
  policy: Policy,
  calendar: BusinessCalendar,
): { latestDay: number; value: DiscretionaryEndNoticeDeadline } {
  const days = policy.thirdParty.discretionaryEndNoticeDays;
  const latestDay = endDay - days - (reading === 'clear-days' ? 1 : 0);
  const latestNoticeDate = formatEpochDay(latestDay);
  // Interpretation 11: a closed latest day keeps its date; the business day before is advice.
  const closed = closedDayDeadline(calendar, latestNoticeDate);
  return {
    latestDay,
    value: {
      endDate: formatEpochDay(endDay),
      latestNoticeDate,
      reading,
      days,
      lastBusinessDayBefore: closed?.lastBusinessDayBefore ?? null,
    },
  };
}

/** @internal The reasons that explain a deadline (the closed-day advice when there is one). */
export function noticeDeadlineReasons(
  rule: RuleContext<typeof scopeReasons>,
  value: DiscretionaryEndNoticeDeadline,
): Reason<DiscretionaryEndNoticeDeadlineCode>[] {
  const reasons: Reason<DiscretionaryEndNoticeDeadlineCode>[] = [
    rule.reason(value.reading === 'inclusive' ? 'NOTICE_DEADLINE_INCLUSIVE' : 'NOTICE_DEADLINE_CLEAR_DAYS', value),
  ];
  const closed = closedDayDeadline(rule.calendar, value.latestNoticeDate);
  if (closed) reasons.push(rule.reason('DEADLINE_ON_CLOSED_DAY', closed));
  reasons.push(rule.reason('NOTICE_BY_EMAIL'));
  return reasons;
}

/**
 * The latest day to notify customers of a discretionary end of support of an OS or third-party
 * product (`4.3.discretionary-end`): 遅くともサポート・サービス終了日の90日前までにメールにてお知らせ.
 *
 * Interpretation 5: the latest notice date is the end date minus 90 calendar days (reading
 * `'inclusive'`, the policy's default `thirdParty.noticeReading`), or minus 91 under the stricter
 * "90 clear days" reading (`'clear-days'`), which readers of the policy also hold. N is
 * `policy.thirdParty.discretionaryEndNoticeDays`.
 *
 * The date is counted in calendar days and is kept when it falls on a closed day (interpretation
 * 11): the decision then adds `DEADLINE_ON_CLOSED_DAY` and `value.lastBusinessDayBefore`, the last
 * business day before it, as advice. A date outside the calendar's coverage fails with the
 * calendar's error.
 *
 * A bad date fails with `CsPolicyError` `INVALID_DATE`; a bad reading with `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * // 2027-06-30 − 90 days: 30 (back to May 31) + 31 (to Apr 30) + 29 (to Apr 1) = 90 → 2027-04-01.
 * discretionaryEndNoticeDeadline('2027-06-30').value.latestNoticeDate; // '2027-04-01'
 * discretionaryEndNoticeDeadline('2027-06-30', { reading: 'clear-days' }).value.latestNoticeDate; // '2027-03-31'
 * // 2027-08-02 − 90 → 2027-05-04 (みどりの日): kept, with the business day before it, Fri 2027-04-30.
 * discretionaryEndNoticeDeadline('2027-08-02').value.lastBusinessDayBefore; // '2027-04-30'
 * ```
 */
export function discretionaryEndNoticeDeadline(
  endDate: DateInput,
  options?: DiscretionaryEndNoticeOptions,
): Decision<'notice-by', DiscretionaryEndNoticeDeadline, DiscretionaryEndNoticeDeadlineCode> {
  const rule = ruleContext('discretionaryEndNoticeDeadline', options, scopeReasons);
  const reading =
    parseWith(readingOptionSchema, options?.reading, 'INVALID_OPTIONS', 'options.reading') ??
    rule.policy.thirdParty.noticeReading;
  const endDay = toEpochDay(endDate, 'support end date');
  const { value } = noticeDeadlineOf(endDay, reading, rule.policy, rule.calendar);
  return rule.decide('notice-by', value, [...noticeDeadlineReasons(rule, value), rule.reason('PLAN_UPGRADES')]);
}
