import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';
import { dateField as dateInputSchema } from '../calendar/fields.js';
import { noticeDeadlineOf, noticeDeadlineReasons, noticeReadingSchema, type DiscretionaryEndNoticeReading } from './discretionary-end-notice-deadline.js';

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
export const DISCRETIONARY_END_NOTICE_CHANNELS = ['email', 'website', 'phone', 'postal-mail', 'other'] as const satisfies readonly DiscretionaryEndNoticeChannel[];

const CHANNEL_NAMES: Record<DiscretionaryEndNoticeChannel, { ja: string; en: string }> = {
  email: { ja: 'メール', en: 'e-mail' },
  website: { ja: 'ウェブサイト', en: 'the website' },
  phone: { ja: '電話', en: 'phone' },
  'postal-mail': { ja: '郵便', en: 'postal mail' },
  other: { ja: 'メール以外の手段', en: 'a channel other than e-mail' },
};

/**
 * A notice of a discretionary end of support, as sent: the support end date it announced, the
 * day it was sent, its channel (default `'email'`) and, to override the policy's default, the
 * reading of "90 days before".
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
  readonly reading: DiscretionaryEndNoticeReading;
  readonly days: number;
  readonly channel: DiscretionaryEndNoticeChannel;
  readonly daysBeforeEnd: number;
  readonly daysLate: number;
}

/**
 * The outcome of {@link checkNoticeCompliance}: `'wrong-channel'` comes before `'late'`, because a
 * notice that was not e-mailed is no notice under the clause, however early it was.
 *
 * @example
 * ```ts
 * const outcome: NoticeComplianceOutcome = checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-03-01' }).outcome; // 'compliant'
 * ```
 */
export type NoticeComplianceOutcome = 'compliant' | 'late' | 'wrong-channel';

const inputSchema = lazySchema(() =>
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
 * - `'late'`: e-mailed after it; `value.daysLate` says by how many days (a later notice violates
 *   the policy);
 * - `'wrong-channel'`: not sent by e-mail (it must be); if it was also late, the reasons say so
 *   and `daysLate` is set.
 *
 * An absent `channel` is taken as e-mail, for checking the date alone. Bad input fails with
 * `CsPolicyError` `INVALID_INPUT`, naming each field.
 *
 * @example
 * ```ts
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-04-01' }).outcome; // 'compliant' (the last day)
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-04-02' }).value.daysLate; // 1
 * checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: '2027-03-01', channel: 'website' }).outcome; // 'wrong-channel'
 * ```
 */
export function checkNoticeCompliance(input: NoticeComplianceInput, options?: RuleOptions): Decision<NoticeComplianceOutcome, NoticeCompliance> {
  const policy = policyOf(options);
  const parsed = parseWith(inputSchema, input, 'INVALID_INPUT', 'notice');
  const endDay = toEpochDay(parsed.endDate, 'endDate');
  const sentDay = toEpochDay(parsed.noticeSentOn, 'noticeSentOn');
  const reading = parsed.reading ?? policy.thirdParty.noticeReading;
  const { latestDay, value: deadline } = noticeDeadlineOf(endDay, reading, policy);
  const daysLate = Math.max(0, sentDay - latestDay);
  const sentOn = formatEpochDay(sentDay);
  const value: NoticeCompliance = { ...deadline, noticeSentOn: sentOn, channel: parsed.channel, daysBeforeEnd: endDay - sentDay, daysLate };

  const reasons: Reason[] = [];
  if (parsed.channel !== 'email') {
    reasons.push(
      reason(
        'NOTICE_NOT_BY_EMAIL',
        '4.3.discretionary-end',
        `サポート・サービス終了の通知はメールで行う必要がありますが、この通知は${CHANNEL_NAMES[parsed.channel].ja}で行われています。`,
        `The notice of the end of support must be sent by e-mail, but this one went by ${CHANNEL_NAMES[parsed.channel].en}.`,
      ),
    );
  }
  if (daysLate > 0) {
    reasons.push(
      reason(
        'NOTICE_LATE',
        '4.3.discretionary-end',
        `通知日 ${sentOn} は通知の最終日 ${deadline.latestNoticeDate} より${daysLate}日遅く、ポリシーに反します。`,
        `The notice, sent on ${sentOn}, is ${daysLate} day${daysLate === 1 ? '' : 's'} after the latest notice day ${deadline.latestNoticeDate}, which violates the policy.`,
      ),
    );
  } else {
    reasons.push(
      reason(
        'NOTICE_IN_TIME',
        '4.3.discretionary-end',
        `通知日 ${sentOn} は通知の最終日 ${deadline.latestNoticeDate} 以前です (終了日の${value.daysBeforeEnd}日前)。`,
        `The notice, sent on ${sentOn}, is on or before the latest notice day ${deadline.latestNoticeDate} (${value.daysBeforeEnd} days before the end date).`,
      ),
    );
  }
  reasons.push(...noticeDeadlineReasons(deadline));
  const outcome: NoticeComplianceOutcome = parsed.channel !== 'email' ? 'wrong-channel' : daysLate > 0 ? 'late' : 'compliant';
  return decide('checkNoticeCompliance', policy.version, outcome, value, reasons);
}
