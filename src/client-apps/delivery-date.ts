import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toJstIsoString } from '../calendar/format.js';
import { toEpochDay, toEpochMs, type InstantInput } from '../calendar/input.js';
import { CsPolicyError } from '../errors.js';
import { calendarOf, policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { closureName } from '../calendar/closure-text.js';
import { feeReason } from './fee.js';

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
 * The decision of {@link clientAppDeliveryDate}; narrow on `outcome` to read the value.
 *
 * @example
 * ```ts
 * const d: ClientAppDeliveryDecision = clientAppDeliveryDate(receivedAt);
 * if (d.outcome === 'due') console.log(d.value.dueDate);
 * ```
 */
export type ClientAppDeliveryDecision =
  | Decision<'due', ClientAppDeliveryValue>
  | Decision<'agree-separately', ClientAppAgreeSeparatelyValue>;

/** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

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
  const policy = policyOf(options);
  const customization = options?.customization;
  if (customization !== undefined && typeof customization !== 'boolean') {
    throw new CsPolicyError(
      'INVALID_OPTIONS',
      `invalid client-app delivery options: customization: must be true or false, not ${JSON.stringify(customization)}`,
      [{ path: ['customization'], message: 'must be of type boolean' }],
    );
  }
  const ms = toEpochMs(receivedAt, 'receivedAt');
  const received = toJstIsoString(ms);
  const paid = policy.clientApps.paid;
  const rule = 'clientAppDeliveryDate';

  if (customization) {
    return decide(
      rule,
      policy,
      'agree-separately',
      { receivedAt: received, paid },
      [
        reason(
          'CUSTOMIZATION_AGREE_SEPARATELY',
          '6.lead-time',
          'カスタマイズが発生するため、提供までの期間は別途ご相談となり、日付は算出できません。',
          'The app involves customization, so the delivery schedule is agreed separately; no date can be computed.',
        ),
        feeReason(policy),
      ],
      ['6.build-materials'],
    );
  }

  const calendar = calendarOf(policy);
  const n = policy.clientApps.leadTimeBusinessDays;
  const opening = calendar.nextBusinessOpening(ms);
  const effectiveReceivedAt = toJstIsoString(opening);
  const receiptDay = toEpochDay(opening);
  const receiptDate = formatEpochDay(receiptDay);
  const dueDate = calendar.addBusinessDays(receiptDate, n);
  const reasons: Reason[] = [];

  if (opening.getTime() === ms) {
    reasons.push(
      reason(
        'RECEIVED_WITHIN_HOURS',
        '6.lead-time',
        `ビルド資材は営業時間内の ${received} に受領したため、受領日は ${receiptDate} です。`,
        `The build materials arrived within business hours at ${received}, so the receipt day is ${receiptDate}.`,
      ),
    );
  } else if (!calendar.isBusinessDay(ms)) {
    reasons.push(
      reason(
        'RECEIVED_ON_CLOSED_DAY',
        '6.lead-time',
        `ビルド資材は休業日の ${received} に受領したため、次の営業開始 ${effectiveReceivedAt} に受領したものとして扱います。`,
        `The build materials arrived on a closed day (${received}), so they count as received at the next business opening, ${effectiveReceivedAt}.`,
      ),
    );
  } else {
    reasons.push(
      reason(
        'RECEIVED_OUTSIDE_HOURS',
        '6.lead-time',
        `ビルド資材は営業時間外の ${received} に受領したため、次の営業開始 ${effectiveReceivedAt} に受領したものとして扱います。`,
        `The build materials arrived outside business hours (${received}), so they count as received at the next business opening, ${effectiveReceivedAt}.`,
      ),
    );
  }
  reasons.push(
    reason(
      'LEAD_TIME',
      '6.lead-time',
      `受領日 ${receiptDate} を含めず、その翌営業日から数えて${n}営業日目の ${dueDate} が提供予定日です。`,
      `Not counting the receipt day ${receiptDate}, the app is due on the ${ordinal(n)} business day after it: ${dueDate}.`,
    ),
  );
  // Name the weekday closures crossed (holidays, year-end, company closures): they are why the date moved.
  const crossed = calendar.closedDaysBetween(formatEpochDay(receiptDay + 1), dueDate).flatMap((day) => {
    if (day.closures.some((c) => c.kind === 'weekend')) return [];
    const labels = day.closures.map(closureName).filter((l): l is { ja: string; en: string } => l !== undefined);
    return [{ date: day.date, ja: labels.map((l) => l.ja).join('・'), en: labels.map((l) => l.en).join(', ') }];
  });
  if (crossed.length > 0) {
    reasons.push(
      reason(
        'CLOSED_DAYS_CROSSED',
        '6.lead-time',
        `期間中の平日の休業日は数えません: ${crossed.map((d) => `${d.date} ${d.ja}`).join('、')}。`,
        `Weekday closures in the period are not counted: ${crossed.map((d) => `${d.date} ${d.en}`).join('; ')}.`,
      ),
    );
  }
  reasons.push(feeReason(policy));
  return decide(
    rule,
    policy,
    'due',
    { receivedAt: received, effectiveReceivedAt, effectiveReceiptDate: receiptDate, dueDate, businessDays: n, paid },
    reasons,
    ['6.build-materials', '1.1.hours'],
  );
}
