import { intervalAt } from '../calendar/options.js';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { closureName, isWeeklyClosure } from '../calendar/closure-text.js';
import { toJstIsoString } from '../calendar/format.js';
import { toEpochDay, toEpochMs, type InstantInput } from '../calendar/input.js';
import { CsPolicyError, type InputIssue } from '../errors.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { formatIssues } from '../validate.js';
import { type Bilingual, joinBilingual } from '../words/bilingual.js';
import { feeCode } from './fee.js';
import { clientAppReasons, type CrossedDay } from './reasons.js';

/**
 * Options of {@link clientAppDeliveryDate}: the policy, and whether the app involves
 * customization (then no date can be computed: `6.lead-time` カスタマイズが発生する場合は別途、ご相談).
 *
 * @example
 * ```ts
 * clientAppDeliveryDate('2026-12-25T10:00+09:00', { customization: true }).outcome; // 'agree-separately'
 * ```
 */
export interface ClientAppDeliveryOptions extends RuleOptions {
  readonly customization?: boolean;
}

/**
 * The value of a `due` answer of {@link clientAppDeliveryDate}.
 *
 * @example
 * ```ts
 * clientAppDeliveryDate('2026-12-25T19:00+09:00').value;
 * // { receivedAt: '2026-12-25T19:00:00+09:00', effectiveReceivedAt: '2026-12-28T09:30:00+09:00',
 * //   effectiveReceiptDate: '2026-12-28', dueDate: '2027-01-18', businessDays: 10, paid: true }
 * ```
 */
export interface ClientAppDeliveryValue {
  /** When the build materials arrived, as a JST ISO string. */
  readonly receivedAt: string;
  /** When they count as received: `receivedAt` inside business hours, else the next business opening. */
  readonly effectiveReceivedAt: string;
  /** The JST date of `effectiveReceivedAt`: the receipt day, which is not counted. */
  readonly effectiveReceiptDate: IsoDate;
  /** The `businessDays`-th business day after the receipt day. */
  readonly dueDate: IsoDate;
  /** `policy.clientApps.leadTimeBusinessDays` (10 in 2024-10-07). */
  readonly businessDays: number;
  /** `policy.clientApps.paid` (`6.fee`). */
  readonly paid: boolean;
}

/**
 * The value of an `agree-separately` answer: no date, only the receipt and the fee.
 *
 * @example
 * ```ts
 * clientAppDeliveryDate('2026-12-25T10:00+09:00', { customization: true }).value;
 * // { receivedAt: '2026-12-25T10:00:00+09:00', paid: true }
 * ```
 */
export interface ClientAppAgreeSeparatelyValue {
  readonly receivedAt: string;
  readonly paid: boolean;
}

/**
 * The reason codes {@link clientAppDeliveryDate} can give: how the receipt counts, the lead time,
 * the weekday closures skipped and the fee; or, with customization, "agree separately" and the fee.
 *
 * @example
 * ```ts
 * const code: ClientAppDeliveryCode = 'CLOSED_DAYS_CROSSED';
 * ```
 */
export type ClientAppDeliveryCode =
  | 'RECEIVED_WITHIN_HOURS'
  | 'RECEIVED_OUTSIDE_HOURS'
  | 'RECEIVED_ON_CLOSED_DAY'
  | 'LEAD_TIME'
  | 'CLOSED_DAYS_CROSSED'
  | 'CUSTOMIZATION_AGREE_SEPARATELY'
  | 'PAID_SERVICE'
  | 'FREE_SERVICE';

/**
 * The decision of {@link clientAppDeliveryDate}; narrow on `outcome` to read the value.
 *
 * @example
 * ```ts
 * const d: ClientAppDeliveryDecision = clientAppDeliveryDate(receivedAt);
 * if (d.outcome === 'due') console.log(d.value.dueDate);
 * ```
 */
export type ClientAppDeliveryDecision =
  | Decision<'due', ClientAppDeliveryValue, ClientAppDeliveryCode>
  | Decision<'agree-separately', ClientAppAgreeSeparatelyValue, ClientAppDeliveryCode>;

/**
 * When a customer-specific client app is due (`6.lead-time`: ビルド資材を受領してから10営業日),
 * counted from the receipt of the build materials (`6.build-materials`), under interpretation 6:
 *
 * - materials received inside business hours (`1.1.hours`, [09:30, 18:30) JST on a business
 *   day) are received that day; received outside hours or on a closed day, they count as
 *   received at the next business opening;
 * - the receipt day is not counted (Civil Code Art. 140); the app is due on the
 *   `policy.clientApps.leadTimeBusinessDays`-th (10th) business day after it;
 * - with `customization: true` there is no computable date: `agree-separately`.
 *
 * Every answer carries the `6.fee` reason (the service is paid). `receivedAt` must be an
 * instant, because reception hours decide the receipt day: a date-only string such as
 * `'2026-12-25'` is rejected with `INVALID_INSTANT` rather than guessed at. Also throws
 * `INVALID_OPTIONS` for a non-boolean `customization` and `OUT_OF_COVERAGE` beyond the
 * holiday data.
 *
 * @example
 * ```ts
 * // Fri 2026-12-25 10:00 is inside hours; 10 business days after 12-25, across the year-end
 * // closure and 成人の日 (Mon 2027-01-11), is Fri 2027-01-15.
 * clientAppDeliveryDate('2026-12-25T10:00+09:00').value.dueDate; // '2027-01-15'
 * ```
 */
export function clientAppDeliveryDate(
  receivedAt: InstantInput,
  options?: ClientAppDeliveryOptions,
): ClientAppDeliveryDecision {
  const rule = ruleContext('clientAppDeliveryDate', options, clientAppReasons);
  const customization = options?.customization;
  if (customization !== undefined && typeof customization !== 'boolean') {
    // One source for the message and the field list.
    const issues: InputIssue[] = [
      { path: ['customization'], message: `must be true or false, not ${JSON.stringify(customization)}` },
    ];
    throw new CsPolicyError('INVALID_OPTIONS', `invalid client-app delivery options: ${formatIssues(issues)}`, issues);
  }
  const ms = toEpochMs(receivedAt, 'receivedAt');
  const received = toJstIsoString(ms);
  const paid = rule.policy.clientApps.paid;
  const fee = rule.reason(feeCode(rule.policy));

  if (customization) {
    // Interpretation 6: with customization there is no computable date.
    return rule.decide(
      'agree-separately',
      { receivedAt: received, paid },
      [rule.reason('CUSTOMIZATION_AGREE_SEPARATELY'), fee],
      ['6.build-materials'],
    );
  }

  const calendar = rule.calendar;
  const n = rule.policy.clientApps.leadTimeBusinessDays;
  const opening = calendar.nextBusinessOpening(ms).getTime();
  const receiptDay = toEpochDay(opening);
  const receiptDate = formatEpochDay(receiptDay);
  const dueDate = calendar.addBusinessDays(receiptDate, n);
  const reasons: Reason<ClientAppDeliveryCode>[] = [];

  // Interpretation 6: inside hours the receipt counts that day; otherwise at the next opening.
  // The words name the receipt day's own hours (issue 12): the interval the receipt fell in, or the day's intervals.
  const dayHours = calendar.hoursOn(ms);
  if (opening === ms) {
    const hours = intervalAt(dayHours, ms) ?? dayHours[0]!;
    reasons.push(rule.reason('RECEIVED_WITHIN_HOURS', { receivedAt: ms, hours }));
  } else if (!calendar.isBusinessDay(ms)) {
    const { closures } = calendar.describeDay(formatEpochDay(toEpochDay(ms)));
    reasons.push(rule.reason('RECEIVED_ON_CLOSED_DAY', { receivedAt: ms, opening, closures }));
  } else {
    reasons.push(rule.reason('RECEIVED_OUTSIDE_HOURS', { receivedAt: ms, opening, hours: dayHours }));
  }
  reasons.push(rule.reason('LEAD_TIME', { businessDays: n, receiptDate, dueDate }));
  // Name the weekday closures crossed (holidays, year-end, company closures): they are why the date moved. Days
  // closed every week (weekends, a weekly closing day under hours per weekday) are not named (isWeeklyClosure).
  const crossed: CrossedDay[] = [];
  for (const day of calendar.closedDaysBetween(formatEpochDay(receiptDay + 1), dueDate)) {
    if (day.closures.some(isWeeklyClosure)) continue;
    const names = day.closures.map(closureName).filter((l): l is Bilingual => l !== undefined);
    crossed.push({ date: day.date, names: joinBilingual(names, { ja: '・', en: ', ' }) });
  }
  if (crossed.length > 0) reasons.push(rule.reason('CLOSED_DAYS_CROSSED', { days: crossed }));
  reasons.push(fee);
  return rule.decide(
    'due',
    {
      receivedAt: received,
      effectiveReceivedAt: toJstIsoString(opening),
      effectiveReceiptDate: receiptDate,
      dueDate,
      businessDays: n,
      paid,
    },
    reasons,
    ['6.build-materials', '1.1.hours'],
  );
}
