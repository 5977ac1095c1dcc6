import type { ClosureReason } from '../calendar/business-calendar.js';
import { closureText } from '../calendar/closure-text.js';
import { epochDayOfInstant, formatEpochDay } from '../calendar/civil.js';
import { toJstIsoString } from '../calendar/format.js';
import { toEpochMs, type InstantInput } from '../calendar/input.js';
import { intervalAt } from '../calendar/options.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { reasonFrom, ruleContext } from '../policy/rule-context.js';
import { joinBilingual, type Bilingual } from '../words/bilingual.js';
import { receptionReasons } from './reasons.js';

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
export type ReceptionDecision = Decision<'immediate' | 'next-opening', string, ReceptionCode>;

/**
 * The reason codes {@link receptionStart} can give.
 *
 * @example
 * ```ts
 * const code: ReceptionCode = 'AFTER_CLOSING';
 * ```
 */
export type ReceptionCode = keyof typeof receptionReasons;

/** The closures of a day or a span in words, each kind once, in first-seen order: 祝日「元日」・年末年始休業. */
function closuresText(closures: readonly ClosureReason[]): Bilingual {
  const kinds = new Map<string, Bilingual>();
  for (const c of closures) {
    const text = closureText(c);
    kinds.set(text.en, text);
  }
  return joinBilingual([...kinds.values()], { ja: '・', en: ', ' });
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
export function caseNumberMailReason(email?: string): Reason<'CASE_NUMBER_MAIL'> {
  return reasonFrom('CASE_NUMBER_MAIL', receptionReasons.CASE_NUMBER_MAIL, email === undefined ? {} : { email });
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
  const rule = ruleContext('receptionStart', options, receptionReasons);
  const { calendar } = rule;
  const ms = toEpochMs(receivedAt, 'receivedAt');
  // The day's own hours (issue 12: hours per weekday, a lunch break, a working day's hours).
  const dayHours = calendar.hoursOn(ms);

  if (calendar.isWithinBusinessHours(ms)) {
    const { open, close } = intervalAt(dayHours, ms) ?? dayHours[0]!;
    return rule.decide('immediate', toJstIsoString(ms), [
      rule.reason('WITHIN_HOURS', { received: ms, open, close }),
      caseNumberMailReason(),
    ]);
  }

  const opening = calendar.nextBusinessOpening(ms).getTime();
  const day = epochDayOfInstant(ms);
  const openingDay = epochDayOfInstant(opening);
  const description = calendar.describeDay(formatEpochDay(day));
  const reasons: Reason<ReceptionCode>[] = [];
  if (!description.businessDay) {
    reasons.push(rule.reason('CLOSED_DAY', { day, closures: closuresText(description.closures) }));
  } else if (openingDay === day) {
    // The next opening is later the same day, so the inquiry came in before opening time.
    reasons.push(rule.reason('BEFORE_OPENING', { received: ms, open: toJstIsoString(opening).slice(11, 16) }));
  } else {
    reasons.push(rule.reason('AFTER_CLOSING', { received: ms, close: dayHours[dayHours.length - 1]!.close }));
  }
  // Closed days between the receipt day and the opening day, both excluded: the customer sees why the wait is long.
  if (openingDay - day > 1) {
    const closed = calendar.closedDaysBetween(formatEpochDay(day + 1), formatEpochDay(openingDay - 1));
    reasons.push(
      rule.reason('CLOSED_UNTIL_OPENING', {
        first: day + 1,
        last: openingDay - 1,
        count: closed.length,
        closures: closuresText(closed.flatMap((d) => d.closures)),
      }),
    );
  }
  reasons.push(rule.reason('NEXT_OPENING', { next: opening }), caseNumberMailReason());
  return rule.decide('next-opening', toJstIsoString(opening), reasons);
}
