import * as z from 'zod/mini';
import { toJstIsoString } from '../calendar/format.js';
import { toEpochMs, type InstantInput } from '../calendar/input.js';
import { CsPolicyError } from '../errors.js';
import { calendarOf, policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { URGENCY_LEVELS, type Urgency } from '../policy/schema.js';
import { lazySchema, parseWith } from '../validate.js';
import { URGENCY_LABELS } from './shared.js';

/**
 * Input of {@link allowedChannels}: the urgency of the inquiry and, optionally, when the customer
 * wants to get in touch (`1.1.channels`, `1.1.hours`).
 *
 * @example
 * ```ts
 * const input: AllowedChannelsInput = { urgency: 'high', at: '2027-01-04T10:00+09:00' };
 * allowedChannels(input).outcome; // 'web-form-and-phone' (an emergency, in business hours)
 * ```
 */
export interface AllowedChannelsInput {
  /** The customer's urgency (`1.2.form`, interpretation 9: 高・中・低). */
  readonly urgency: Urgency;
  /** When the customer wants to get in touch; omit for a general answer ("phone during business hours"). */
  readonly at?: InstantInput;
}

/**
 * A channel open to the customer (`1.1.channels`, `1.1.contacts`):
 * - `when: 'any-time'`: usable at any hour (the web form; a phone line without hours);
 * - `when: 'now'`: usable at the instant asked about (`at` lies in business hours);
 * - `when: 'business-hours'`: usable during business hours (no `at` was given).
 *
 * @example
 * ```ts
 * const phone: InquiryChannel = { channel: 'phone', contact: '03-5776-2167', when: 'business-hours' };
 * allowedChannels({ urgency: 'high' }).value;
 * // [{ channel: 'web-form', contact: 'https://www.jmas.co.jp/customerservice/', loginRequired: false, when: 'any-time' }, phone]
 * ```
 */
export type InquiryChannel =
  | {
      readonly channel: 'web-form';
      readonly contact: string;
      readonly loginRequired: boolean;
      readonly when: 'any-time';
    }
  | { readonly channel: 'phone'; readonly contact: string; readonly when: 'now' | 'business-hours' | 'any-time' };

/**
 * Which channels are open (`1.1.channels`); `'phone-only'` and `'none'` only arise under a policy
 * whose form excludes an urgency.
 *
 * @example
 * ```ts
 * const outcome: AllowedChannelsOutcome = allowedChannels({ urgency: 'high', at: '2027-01-01T10:00+09:00' }).outcome;
 * // 'web-form-only' (元日: the phone is closed, the form is always open)
 * ```
 */
export type AllowedChannelsOutcome = 'web-form-and-phone' | 'web-form-only' | 'phone-only' | 'none';

/**
 * The answer of {@link allowedChannels}: the open channels, web form first, with the reasons
 * (`1.1.channels`, `1.1.contacts`, `1.1.hours`).
 *
 * @example
 * ```ts
 * const d: AllowedChannelsDecision = allowedChannels({ urgency: 'high', at: '2026-12-28T18:45+09:00' });
 * d.outcome; // 'web-form-only'
 * d.reasons.map((r) => r.code); // ['WEB_FORM_OPEN', 'PHONE_OUTSIDE_HOURS']
 * ```
 */
export type AllowedChannelsDecision = Decision<AllowedChannelsOutcome, readonly InquiryChannel[]>;

export const allowedChannelsInputSchema = lazySchema(() =>
  z.strictObject({
    urgency: z.enum(URGENCY_LEVELS),
    at: z.optional(z.unknown()),
  }),
);

/**
 * The channels through which a new inquiry may be made (`1.1.channels`, `1.1.contacts`,
 * `1.1.hours`, interpretation 9).
 *
 * The web form is always open and needs no login (ログインは不要). The phone is accepted only
 * in emergencies (緊急の場合は、お電話での受け付けも): urgency `high` under the 2024-10-07 policy,
 * and only within reception hours (Monday–Friday 9:30–18:30 JST, closed days excluded), because
 * the phone is answered by the same desk. Without `at` the phone, when the urgency allows it,
 * is listed with `when: 'business-hours'`; with `at` outside hours it is left out and a reason
 * gives the next opening.
 *
 * @example
 * ```ts
 * allowedChannels({ urgency: 'high', at: '2027-01-04T10:00+09:00' }).outcome; // 'web-form-and-phone'
 * allowedChannels({ urgency: 'high', at: '2027-01-01T10:00+09:00' }).outcome; // 'web-form-only' (元日, year-end closure)
 * allowedChannels({ urgency: 'medium' }).value;
 * // [{ channel: 'web-form', contact: 'https://www.jmas.co.jp/customerservice/', loginRequired: false, when: 'any-time' }]
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for an unknown urgency, `INVALID_INSTANT` for a bad `at`.
 */
export function allowedChannels(input: AllowedChannelsInput, options?: RuleOptions): AllowedChannelsDecision {
  const policy = policyOf(options);
  const parsed = parseWith(allowedChannelsInputSchema, input, 'INVALID_INPUT', 'channel request');
  const urgency = parsed.urgency;
  if (!policy.urgencyLevels.includes(urgency)) {
    // A later policy may drop a level; asking about one it does not have is a caller error.
    throw new CsPolicyError(
      'INVALID_INPUT',
      `invalid channel request: urgency: must be one of ${policy.urgencyLevels.map((u) => JSON.stringify(u)).join(', ')}`,
      [
        {
          path: ['urgency'],
          message: `must be one of ${policy.urgencyLevels.map((u) => JSON.stringify(u)).join(', ')}`,
        },
      ],
    );
  }
  const atMs = parsed.at === undefined ? undefined : toEpochMs(parsed.at as InstantInput, 'at');
  const calendar = calendarOf(policy);
  const { open, close } = calendar.options.hours;
  const label = URGENCY_LABELS[urgency];
  const channels: InquiryChannel[] = [];
  const reasons: Reason[] = [];

  if (policy.channels.webForm.urgencies.includes(urgency)) {
    channels.push({
      channel: 'web-form',
      contact: policy.contacts.webFormUrl,
      loginRequired: policy.channels.webForm.loginRequired,
      when: 'any-time',
    });
    reasons.push(
      reason(
        'WEB_FORM_OPEN',
        '1.1.channels',
        `お問い合わせフォーム (${policy.contacts.webFormUrl}) はいつでもご利用いただけます${policy.channels.webForm.loginRequired ? '' : ' (ログインは不要です)'}。`,
        `The inquiry form (${policy.contacts.webFormUrl}) is open at any time${policy.channels.webForm.loginRequired ? '' : ' (no login needed)'}.`,
      ),
    );
  } else {
    reasons.push(
      reason(
        'WEB_FORM_NOT_FOR_URGENCY',
        '1.1.channels',
        `緊急度「${label.ja}」のお問い合わせはフォームでは受け付けていません。`,
        `The inquiry form does not take inquiries of urgency ${label.en}.`,
      ),
    );
  }

  const phone = policy.contacts.emergencyPhone;
  if (!policy.channels.phone.urgencies.includes(urgency)) {
    const levels = policy.channels.phone.urgencies;
    reasons.push(
      reason(
        'PHONE_EMERGENCY_ONLY',
        '1.1.channels',
        levels.length > 0
          ? `お電話 (${phone}) は緊急の場合 (緊急度「${levels.map((u) => URGENCY_LABELS[u].ja).join('・')}」) のみ受け付けています。緊急度「${label.ja}」はフォームをご利用ください。`
          : `お電話でのお問い合わせは受け付けていません。フォームをご利用ください。`,
        levels.length > 0
          ? `The phone (${phone}) takes emergencies only (urgency ${levels.map((u) => URGENCY_LABELS[u].en).join(', ')}); use the form for urgency ${label.en}.`
          : 'Inquiries by phone are not taken; use the form.',
      ),
    );
  } else if (!policy.channels.phone.withinBusinessHoursOnly) {
    channels.push({ channel: 'phone', contact: phone, when: 'any-time' });
    reasons.push(
      reason(
        'PHONE_ANY_TIME',
        '1.1.channels',
        `緊急の場合はお電話 (${phone}) でも受け付けています。`,
        `In an emergency you may also call ${phone}.`,
      ),
    );
  } else if (atMs === undefined) {
    channels.push({ channel: 'phone', contact: phone, when: 'business-hours' });
    reasons.push(
      reason(
        'PHONE_DURING_BUSINESS_HOURS',
        '1.1.hours',
        `緊急の場合はお電話 (${phone}) でも受け付けています。受付時間は月曜日から金曜日 (祝祭日・年末年始その他の弊社の休業日を除く) の ${open}~${close} です。`,
        `In an emergency you may also call ${phone}, Monday to Friday ${open}–${close} JST, except national holidays, the year-end closure and other company closure days.`,
      ),
    );
  } else if (calendar.isWithinBusinessHours(atMs)) {
    channels.push({ channel: 'phone', contact: phone, when: 'now' });
    reasons.push(
      reason(
        'PHONE_WITHIN_HOURS',
        '1.1.hours',
        `${toJstIsoString(atMs)} は受付時間内のため、お電話 (${phone}) でも受け付けています。`,
        `${toJstIsoString(atMs)} is within reception hours, so you may also call ${phone}.`,
      ),
    );
  } else {
    const next = toJstIsoString(calendar.nextBusinessOpening(atMs));
    reasons.push(
      reason(
        'PHONE_OUTSIDE_HOURS',
        '1.1.hours',
        `${toJstIsoString(atMs)} は受付時間外のため、お電話では受け付けていません。フォームをご利用いただくか、受付開始 (${next}) 以降にお電話ください。`,
        `${toJstIsoString(atMs)} is outside reception hours, so the phone is not answered; use the form, or call from ${next}.`,
      ),
    );
  }

  const hasForm = channels.some((c) => c.channel === 'web-form');
  const hasPhone = channels.some((c) => c.channel === 'phone');
  const outcome: AllowedChannelsOutcome = hasForm
    ? hasPhone
      ? 'web-form-and-phone'
      : 'web-form-only'
    : hasPhone
      ? 'phone-only'
      : 'none';
  return decide('allowedChannels', policy, outcome, channels, reasons, ['1.1.contacts']);
}
