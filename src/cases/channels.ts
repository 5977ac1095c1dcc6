import * as z from 'zod/mini';
import { epochDayOfInstant } from '../calendar/civil.js';
import { COVERAGE_FIRST_DAY, COVERAGE_LAST_DAY, HOLIDAY_COVERAGE } from '../calendar/holidays.js';
import { toEpochMs, type InstantInput } from '../calendar/input.js';
import type { ResolvedCalendarOptions } from '../calendar/options.js';
import { isCsPolicyError } from '../errors.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { URGENCY_LEVELS, type Urgency } from '../policy/schema.js';
import { lazySchema, parseWith } from '../validate.js';
import { channelReasons, type HoursParams } from './reasons.js';
import { invalidInput, notOneOf, URGENCY_LABELS } from './shared.js';
import { receptionHours } from '../words/hours.js';

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
export type AllowedChannelsDecision = Decision<AllowedChannelsOutcome, readonly InquiryChannel[], AllowedChannelsCode>;

/**
 * The reason codes {@link allowedChannels} can give.
 *
 * @example
 * ```ts
 * const code: AllowedChannelsCode = 'PHONE_OUTSIDE_HOURS';
 * ```
 */
export type AllowedChannelsCode = keyof typeof channelReasons;

export const allowedChannelsInputSchema = lazySchema(() =>
  z.strictObject({
    urgency: z.enum(URGENCY_LEVELS),
    at: z.optional(z.unknown()),
  }),
);

/** The phone sentences' parameters: the phone number, and the calendar's hours and closed days (`1.1.hours`). */
function hoursParams(options: ResolvedCalendarOptions, phone: string): HoursParams {
  return { phone, ...receptionHours(options) };
}

/**
 * The channels through which a new inquiry may be made (`1.1.channels`, `1.1.contacts`,
 * `1.1.hours`, interpretation 9).
 *
 * The web form is always open and needs no login (ログインは不要), for any date asked about. The
 * phone is accepted only in emergencies (緊急の場合は、お電話での受け付けも): urgency `high` under the
 * 2024-10-07 policy, and only within reception hours (Monday–Friday 9:30–18:30 JST, closed days
 * excluded), because the phone is answered by the same desk. Without `at` the phone, when the
 * urgency allows it, is listed with `when: 'business-hours'`; with `at` outside hours it is left
 * out and a reason gives the next opening. Only the phone part needs the holiday data: for an `at`
 * beyond it the phone is listed for business hours with `PHONE_HOURS_NOT_KNOWN`.
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
  const rule = ruleContext('allowedChannels', options, channelReasons);
  const { policy } = rule;
  const parsed = parseWith(allowedChannelsInputSchema, input, 'INVALID_INPUT', 'channel request');
  const urgency = parsed.urgency;
  // A later policy may drop a level; asking about one it does not have is a caller error.
  if (!policy.urgencyLevels.includes(urgency))
    throw invalidInput('channel request', [notOneOf(['urgency'], policy.urgencyLevels)]);
  const atMs = parsed.at === undefined ? undefined : toEpochMs(parsed.at as InstantInput, 'at');
  const label = URGENCY_LABELS[urgency];
  const channels: InquiryChannel[] = [];
  const reasons: Reason<AllowedChannelsCode>[] = [];

  const form = policy.channels.webForm;
  if (form.urgencies.includes(urgency)) {
    const url = policy.contacts.webFormUrl;
    channels.push({ channel: 'web-form', contact: url, loginRequired: form.loginRequired, when: 'any-time' });
    reasons.push(rule.reason('WEB_FORM_OPEN', { url, loginRequired: form.loginRequired }));
  } else {
    reasons.push(rule.reason('WEB_FORM_NOT_FOR_URGENCY', { urgency: label }));
  }

  const phone = policy.contacts.emergencyPhone;
  const line = policy.channels.phone;
  if (!line.urgencies.includes(urgency)) {
    const levels = line.urgencies.map((u) => URGENCY_LABELS[u]);
    reasons.push(rule.reason('PHONE_EMERGENCY_ONLY', { phone, levels, urgency: label }));
  } else if (!line.withinBusinessHoursOnly) {
    channels.push({ channel: 'phone', contact: phone, when: 'any-time' });
    reasons.push(rule.reason('PHONE_ANY_TIME', { phone }));
  } else {
    const hours = hoursParams(rule.calendar.options, phone);
    const phoneAt = atMs === undefined ? undefined : phoneAtInstant(rule.calendar, atMs);
    if (phoneAt === undefined || phoneAt === 'not-known') {
      channels.push({ channel: 'phone', contact: phone, when: 'business-hours' });
      reasons.push(
        phoneAt === undefined
          ? rule.reason('PHONE_DURING_BUSINESS_HOURS', hours)
          : rule.reason('PHONE_HOURS_NOT_KNOWN', { ...hours, at: atMs!, coverage: HOLIDAY_COVERAGE }),
      );
    } else if (phoneAt === 'open') {
      channels.push({ channel: 'phone', contact: phone, when: 'now' });
      reasons.push(rule.reason('PHONE_WITHIN_HOURS', { phone, at: atMs! }));
    } else {
      reasons.push(rule.reason('PHONE_OUTSIDE_HOURS', { at: atMs!, next: phoneAt.next }));
    }
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
  return rule.decide(outcome, channels, reasons, ['1.1.contacts']);
}

/**
 * Whether the phone line is open at an instant, or when it next opens; `'not-known'` when the
 * instant, or its next opening, lies beyond the holiday data (the form is answered regardless).
 */
function phoneAtInstant(
  calendar: { isWithinBusinessHours(ms: number): boolean; nextBusinessOpening(ms: number): Date },
  ms: number,
): 'open' | 'not-known' | { readonly next: number } {
  const day = epochDayOfInstant(ms);
  if (day < COVERAGE_FIRST_DAY || day > COVERAGE_LAST_DAY) return 'not-known';
  if (calendar.isWithinBusinessHours(ms)) return 'open';
  try {
    return { next: calendar.nextBusinessOpening(ms).getTime() };
  } catch (error) {
    // The next opening of the last days of the data (e.g. 2050-12-29 in the year-end closure) lies beyond it.
    if (isCsPolicyError(error, 'OUT_OF_COVERAGE')) return 'not-known';
    throw error;
  }
}
