import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { dateField as dateInputSchema } from '../calendar/fields.js';
import {
  noticeDeadlineOf,
  noticeDeadlineReasons,
  noticeReadingSchema,
  type DiscretionaryEndNoticeDeadlineCode,
  type DiscretionaryEndNoticeOptions,
  type DiscretionaryEndNoticeReading,
} from './discretionary-end-notice-deadline.js';
import { scopeReasons } from './reasons.js';

/**
 * Channels a notice may have been sent through. Only `'email'` meets `4.3.discretionary-end`.
 *
 * @example
 * ```ts
 * const channel: DiscretionaryEndNoticeChannel = 'website';
 * ```
 */
export type DiscretionaryEndNoticeChannel = 'email' | 'website' | 'phone' | 'postal-mail' | 'other';

/**
 * Every {@link DiscretionaryEndNoticeChannel}.
 *
 * @example
 * ```ts
 * DISCRETIONARY_END_NOTICE_CHANNELS.includes('email'); // true
 * ```
 */
export const DISCRETIONARY_END_NOTICE_CHANNELS = Object.freeze([
  'email',
  'website',
  'phone',
  'postal-mail',
  'other',
] as const satisfies readonly DiscretionaryEndNoticeChannel[]);

/**
 * A notice of a discretionary end of support, as sent: the support end date it announced, the
 * day it was sent and its channel (default `'email'`). The reading of "90 days before" belongs in
 * the options (`{ reading }`, as for `discretionaryEndNoticeDeadline`); `reading` here is kept
 * for compatibility, and `options.reading` wins when both are given.
 *
 * @example
 * ```ts
 * const notice: NoticeComplianceInput = { endDate: '2027-06-30', noticeSentOn: '2027-04-01', channel: 'email' };
 * ```
 */
export interface NoticeComplianceInput {
  readonly endDate: DateInput;
  readonly noticeSentOn: DateInput;
  readonly channel?: DiscretionaryEndNoticeChannel;
  /** @deprecated Pass `{ reading }` in the options; kept for compatibility (the options win). */
  readonly reading?: DiscretionaryEndNoticeReading;
}

/**
 * The facts of a notice check. `daysLate` is `noticeSentOn − latestNoticeDate` when positive,
 * else 0; `daysBeforeEnd` is `endDate − noticeSentOn`.
 *
 * @example
 * ```ts
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-04-03' }).value.daysLate; // 2
 * ```
 */
export interface NoticeCompliance {
  readonly endDate: IsoDate;
  readonly noticeSentOn: IsoDate;
  readonly latestNoticeDate: IsoDate;
  /** The last business day before `latestNoticeDate` when that is a closed day, else `null` (interpretation 11). */
  readonly lastBusinessDayBefore: IsoDate | null;
  readonly reading: DiscretionaryEndNoticeReading;
  readonly days: number;
  readonly channel: DiscretionaryEndNoticeChannel;
  readonly daysBeforeEnd: number;
  readonly daysLate: number;
}

/**
 * The outcome of {@link checkNoticeCompliance}: `'compliant'`, `'late'` (after the latest notice
 * day, before the end date), `'after-end'` (on or after the end date: no advance notice at all,
 * and late too — `daysLate` is set) or `'wrong-channel'`. `'wrong-channel'` comes before the
 * others, because a notice that was not e-mailed is no notice under the clause, however early it
 * was.
 *
 * @example
 * ```ts
 * const outcome: NoticeComplianceOutcome = checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-03-01' }).outcome; // 'compliant'
 * ```
 */
export type NoticeComplianceOutcome = 'compliant' | 'late' | 'after-end' | 'wrong-channel';

/**
 * The reason codes {@link checkNoticeCompliance} can give: the finding first, then the deadline's.
 *
 * @example
 * ```ts
 * const code: NoticeComplianceCode = checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-04-02' }).reasons[0]!.code; // 'NOTICE_LATE'
 * ```
 */
export type NoticeComplianceCode =
  | 'NOTICE_NOT_BY_EMAIL'
  | 'NOTICE_AFTER_END'
  | 'NOTICE_LATE'
  | 'NOTICE_IN_TIME'
  | DiscretionaryEndNoticeDeadlineCode;

/** `options.reading`: absent, or a reading. */
const readingOptionSchema = lazySchema(() => z.optional(noticeReadingSchema()));

export const inputSchema = lazySchema(() =>
  z.strictObject({
    endDate: dateInputSchema,
    noticeSentOn: dateInputSchema,
    channel: z._default(z.enum(DISCRETIONARY_END_NOTICE_CHANNELS), 'email'),
    reading: z.optional(noticeReadingSchema()),
  }),
);

/**
 * Whether a notice of a discretionary end of support of an OS or third-party product met
 * `4.3.discretionary-end` (interpretation 5): sent by **e-mail**, no later than the latest
 * notice date (end − 90 days inclusive by default, end − 91 under `'clear-days'`).
 *
 * - `'compliant'`: e-mailed on or before the latest notice date;
 * - `'late'`: e-mailed after it but before the end date; `value.daysLate` says by how many days
 *   (a later notice violates the policy);
 * - `'after-end'`: e-mailed on or after the end date itself, so it announced nothing in advance
 *   (reported apart, as `checkFeatureChangeNotice` reports `'after-change'`); it is late too, and
 *   `value.daysLate` is set;
 * - `'wrong-channel'`: not sent by e-mail (it must be); this outcome wins over the others; if the
 *   notice was also late or after the end, the reasons say so and `daysLate` is set.
 *
 * The reading of "90 days before" is `options.reading` (as for
 * `discretionaryEndNoticeDeadline`), else `input.reading` (kept for compatibility), else the
 * policy's `thirdParty.noticeReading`. An absent `channel` is taken as e-mail, for checking the
 * date alone. Malformed input fails with `CsPolicyError` `INVALID_INPUT`, naming each field; a
 * date field holding a string that is not a date with `INVALID_DATE`, naming the field; a bad
 * `options.reading` with `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-04-01' }).outcome; // 'compliant' (the last day)
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-04-02' }).value.daysLate; // 1
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-03-01', channel: 'website' }).outcome; // 'wrong-channel'
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-07-01' }).outcome; // 'after-end'
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-04-01' }, { reading: 'clear-days' }).outcome; // 'late'
 * ```
 */
export function checkNoticeCompliance(
  input: NoticeComplianceInput,
  options?: DiscretionaryEndNoticeOptions,
): Decision<NoticeComplianceOutcome, NoticeCompliance, NoticeComplianceCode> {
  const rule = ruleContext('checkNoticeCompliance', options, scopeReasons);
  const optionReading = parseWith(readingOptionSchema, options?.reading, 'INVALID_OPTIONS', 'options.reading');
  const parsed = parseWith(inputSchema, input, 'INVALID_INPUT', 'notice');
  const endDay = toEpochDay(parsed.endDate, 'endDate');
  const sentDay = toEpochDay(parsed.noticeSentOn, 'noticeSentOn');
  const reading = optionReading ?? parsed.reading ?? rule.policy.thirdParty.noticeReading;
  const { latestDay, value: deadline } = noticeDeadlineOf(endDay, reading, rule.policy, rule.calendar);
  const daysLate = Math.max(0, sentDay - latestDay);
  const sentOn = formatEpochDay(sentDay);
  const value: NoticeCompliance = {
    ...deadline,
    noticeSentOn: sentOn,
    channel: parsed.channel,
    daysBeforeEnd: endDay - sentDay,
    daysLate,
  };
  const facts = { ...value, sentOn };

  const reasons: Reason<NoticeComplianceCode>[] = [];
  const byEmail = parsed.channel === 'email';
  if (!byEmail) reasons.push(rule.reason('NOTICE_NOT_BY_EMAIL', { channel: parsed.channel }));
  // On or after the end date the notice announced nothing in advance (reported apart from late).
  const afterEnd = sentDay >= endDay;
  if (afterEnd) reasons.push(rule.reason('NOTICE_AFTER_END', facts));
  else if (daysLate > 0) reasons.push(rule.reason('NOTICE_LATE', facts));
  else reasons.push(rule.reason('NOTICE_IN_TIME', facts));
  reasons.push(...noticeDeadlineReasons(rule, deadline), rule.reason('PLAN_UPGRADES'));
  // A notice not e-mailed is no notice under the clause, however early: that outcome comes first.
  const outcome: NoticeComplianceOutcome = !byEmail
    ? 'wrong-channel'
    : afterEnd
      ? 'after-end'
      : daysLate > 0
        ? 'late'
        : 'compliant';
  return rule.decide(outcome, value, reasons);
}
