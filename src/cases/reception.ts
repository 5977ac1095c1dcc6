import type { ClosureReason } from '../calendar/business-calendar.js';
import { closureText as describeClosure } from '../calendar/closure-text.js';
import { epochDayOfInstant, formatEpochDay } from '../calendar/civil.js';
import { toJstIsoString } from '../calendar/format.js';
import { toEpochMs, type InstantInput } from '../calendar/input.js';
import { calendarOf, policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Bilingual, type Decision, type Reason } from '../policy/decision.js';

/**
 * The answer of {@link receptionStart}: when support takes up an inquiry, as a JST ISO
 * instant (`'2027-01-04T09:30:00+09:00'`). `'immediate'`: the receipt instant itself;
 * `'next-opening'`: the next business opening (`1.2.form.confirmation`, interpretation 3).
 *
 * @example
 * ```ts
 * const d: ReceptionDecision = receptionStart('2026-12-28T18:45+09:00');
 * d.outcome; // 'next-opening'
 * d.value; // '2027-01-04T09:30:00+09:00' (after the year-end closure)
 * ```
 */
export type ReceptionDecision = Decision<'immediate' | 'next-opening', string>;

function joinClosures(closures: readonly ClosureReason[]): Bilingual {
  const parts = closures.map(describeClosure);
  return { ja: parts.map((p) => p.ja).join('・'), en: parts.map((p) => p.en).join(', ') };
}

/**
 * @internal The one reason for the case-number mail (`1.2.form.confirmation`), shared by
 * {@link receptionStart}, `validateCaseIntake` and `obligationsFor`. 送信ボタンを押下すると、
 * ケースが登録され…ケース番号を発行しメールにてご連絡いたします: the number is issued and mailed on
 * submission; reception processing (受付処理) follows, in order, within business hours.
 * `email`, when known (the form's address), names where the mail goes.
 *
 * @example
 * ```ts
 * caseNumberMailReason('taro@example.co.jp').code; // 'CASE_NUMBER_MAIL'
 * ```
 */
export function caseNumberMailReason(email?: string): Reason {
  const to = email === undefined ? { ja: '', en: '' } : { ja: ` (${email} 宛て)`, en: ` to ${email}` };
  return reason(
    'CASE_NUMBER_MAIL',
    '1.2.form.confirmation',
    `お問い合わせの送信と同時にケースが登録され、ケース番号を発行してメール${to.ja}でお知らせします。受付処理はその後、営業時間内に順次行います。ケース番号の通知メールが届かない場合は、カスタマー・サービスまでご連絡ください。`,
    `On submission the case is registered and its case number is issued and sent by e-mail${to.en}; reception processing follows, in order, within business hours. If no case-number mail arrives, please contact customer service.`,
  );
}

/**
 * When support takes up an inquiry received at an instant (`1.2.form.confirmation`,
 * `1.1.hours`, interpretation 3).
 *
 * すべてのお問い合わせは、受信後、順次、営業時間内…に受付処理を行います: an inquiry received inside
 * business hours ([09:30, 18:30) JST on a business day) is taken up at once; one received outside
 * them is taken up at the next business opening. The reasons say why (before opening, after
 * closing, or a closed day with its closure: weekend, holiday name, year-end closure, company
 * closure) and which closed days lie before the opening. The case number itself is issued and
 * mailed on submission, before that processing ({@link caseNumberMailReason}); a customer who
 * receives no case-number mail should contact support.
 *
 * @example
 * ```ts
 * receptionStart('2027-01-04T10:15+09:00'); // { outcome: 'immediate', value: '2027-01-04T10:15:00+09:00', … }
 * receptionStart('2026-12-28T18:30+09:00'); // { outcome: 'next-opening', value: '2027-01-04T09:30:00+09:00', … } (AFTER_CLOSING)
 * receptionStart('2027-01-01T12:00+09:00').reasons[0].code; // 'CLOSED_DAY' (元日, year-end closure)
 * ```
 * @throws CsPolicyError `INVALID_INSTANT` for a bad instant; `OUT_OF_COVERAGE` outside the holiday data.
 */
export function receptionStart(receivedAt: InstantInput, options?: RuleOptions): ReceptionDecision {
  const policy = policyOf(options);
  const calendar = calendarOf(policy);
  const ms = toEpochMs(receivedAt, 'receivedAt');
  const received = toJstIsoString(ms);
  const mailNote = caseNumberMailReason();
  const { open, close } = calendar.options.hours;

  if (calendar.isWithinBusinessHours(ms)) {
    return decide('receptionStart', policy, 'immediate', received, [
      reason(
        'WITHIN_HOURS',
        '1.1.hours',
        `${received} は営業時間内 (${open}~${close}) のため、順次受付処理を行います。`,
        `${received} is within business hours (${open}–${close} JST), so reception starts at once, in order of arrival.`,
      ),
      mailNote,
    ]);
  }

  const opening = calendar.nextBusinessOpening(ms).getTime();
  const next = toJstIsoString(opening);
  const day = epochDayOfInstant(ms);
  const description = calendar.describeDay(formatEpochDay(day));
  const reasons: Reason[] = [];
  if (!description.businessDay) {
    const closures = joinClosures(description.closures);
    reasons.push(
      reason(
        'CLOSED_DAY',
        '1.1.hours',
        `${description.date} は休業日 (${closures.ja}) です。`,
        `${description.date} is a closed day (${closures.en}).`,
      ),
    );
  } else if (epochDayOfInstant(opening) === day) {
    // The next opening is later the same day, so the inquiry came in before opening time.
    reasons.push(
      reason(
        'BEFORE_OPENING',
        '1.1.hours',
        `${received} は受付開始 (${open}) 前です。`,
        `${received} is before the opening time (${open} JST).`,
      ),
    );
  } else {
    reasons.push(
      reason(
        'AFTER_CLOSING',
        '1.1.hours',
        `${received} は受付終了 (${close}) 後です。`,
        `${received} is at or after the closing time (${close} JST).`,
      ),
    );
  }
  // Closed days between the receipt day and the opening day, both excluded: the customer sees why the wait is long.
  const openingDay = epochDayOfInstant(opening);
  if (openingDay - day > 1) {
    const closed = calendar.closedDaysBetween(formatEpochDay(day + 1), formatEpochDay(openingDay - 1));
    const kinds = new Map<string, Bilingual>();
    for (const d of closed)
      for (const c of d.closures) {
        const text = describeClosure(c);
        kinds.set(text.en, text);
      }
    const names = [...kinds.values()];
    const first = closed[0]!.date;
    const last = closed[closed.length - 1]!.date;
    const span = first === last ? first : `${first}〜${last}`;
    reasons.push(
      reason(
        'CLOSED_UNTIL_OPENING',
        '1.1.hours',
        `${span} の ${closed.length} 日間は休業日です (${names.map((n) => n.ja).join('・')})。`,
        `${closed.length} closed day${closed.length === 1 ? '' : 's'} follow${closed.length === 1 ? 's' : ''} (${first === last ? first : `${first} to ${last}`}: ${names.map((n) => n.en).join(', ')}).`,
      ),
    );
  }
  reasons.push(
    reason(
      'NEXT_OPENING',
      '1.2.form.confirmation',
      `受付処理は次の営業開始時刻 ${next} から順次行います。`,
      `Reception processing starts at the next business opening, ${next}, in order of arrival.`,
    ),
    mailNote,
  );
  return decide('receptionStart', policy, 'next-opening', next, reasons);
}
