import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import type { Policy } from '../policy/schema.js';
import { lazySchema, parseWith } from '../validate.js';
import { planUpgradesReason } from './internal.js';

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
 * // { endDate: '2027-06-30', latestNoticeDate: '2027-04-01', reading: 'inclusive', days: 90 }
 * ```
 */
export interface DiscretionaryEndNoticeDeadline {
  readonly endDate: IsoDate;
  readonly latestNoticeDate: IsoDate;
  readonly reading: DiscretionaryEndNoticeReading;
  /** The policy's N, `thirdParty.discretionaryEndNoticeDays` (90 in 2024-10-07). */
  readonly days: number;
}

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
): { latestDay: number; value: DiscretionaryEndNoticeDeadline } {
  const days = policy.thirdParty.discretionaryEndNoticeDays;
  const latestDay = endDay - days - (reading === 'clear-days' ? 1 : 0);
  return {
    latestDay,
    value: { endDate: formatEpochDay(endDay), latestNoticeDate: formatEpochDay(latestDay), reading, days },
  };
}

/** @internal The reasons that explain a deadline. */
export function noticeDeadlineReasons(value: DiscretionaryEndNoticeDeadline): Reason[] {
  const { endDate, latestNoticeDate, days, reading } = value;
  return [
    reading === 'inclusive'
      ? reason(
          'NOTICE_DEADLINE_INCLUSIVE',
          '4.3.discretionary-end',
          `弊社の判断で OS・サードパーティ製品のサポート・サービスを終了する場合は、遅くともサポート・サービス終了日 (${endDate}) の${days}日前までにお知らせします。終了日から${days}日を引いた ${latestNoticeDate} が通知の最終日です。`,
          `When the company ends support of an OS or third-party product at its own discretion, it gives notice at least ${days} days before the end date (${endDate}): the latest notice day is ${latestNoticeDate}, the end date minus ${days} days.`,
        )
      : reason(
          'NOTICE_DEADLINE_CLEAR_DAYS',
          '4.3.discretionary-end',
          `弊社の判断で OS・サードパーティ製品のサポート・サービスを終了する場合は、遅くともサポート・サービス終了日 (${endDate}) の${days}日前までにお知らせします。通知日と終了日の間に丸${days}日を置く読み方により、${latestNoticeDate} (終了日の${days + 1}日前) が通知の最終日です。`,
          `When the company ends support of an OS or third-party product at its own discretion, it gives notice at least ${days} days before the end date (${endDate}). Read as ${days} clear days between the notice day and the end date, the latest notice day is ${latestNoticeDate} (the end date minus ${days + 1} days).`,
        ),
    reason(
      'NOTICE_BY_EMAIL',
      '4.3.discretionary-end',
      'この通知はメールで行います。',
      'The notice is given by e-mail.',
    ),
  ];
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
 * A bad date fails with `CsPolicyError` `INVALID_DATE`; a bad reading with `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * // 2027-06-30 − 90 days: 30 (back to May 31) + 31 (to Apr 30) + 29 (to Apr 1) = 90 → 2027-04-01.
 * discretionaryEndNoticeDeadline('2027-06-30').value.latestNoticeDate; // '2027-04-01'
 * discretionaryEndNoticeDeadline('2027-06-30', { reading: 'clear-days' }).value.latestNoticeDate; // '2027-03-31'
 * ```
 */
export function discretionaryEndNoticeDeadline(
  endDate: DateInput,
  options?: DiscretionaryEndNoticeOptions,
): Decision<'notice-by', DiscretionaryEndNoticeDeadline> {
  const policy = policyOf(options);
  const reading =
    parseWith(readingOptionSchema, options?.reading, 'INVALID_OPTIONS', 'options.reading') ??
    policy.thirdParty.noticeReading;
  const { value } = noticeDeadlineOf(toEpochDay(endDate, 'support end date'), reading, policy);
  return decide('discretionaryEndNoticeDeadline', policy, 'notice-by', value, [
    ...noticeDeadlineReasons(value),
    planUpgradesReason(),
  ]);
}
