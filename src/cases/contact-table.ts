import { type Weekday, WEEKDAYS } from '../calendar/business-calendar.js';
import {
  MONDAY_FIRST,
  summaryOf,
  WEEKDAY_KEYS,
  weeklyIntervals,
  type BusinessHours,
  type CompanyClosure,
  type WeeklyHours,
  type YearEndClosure,
} from '../calendar/options.js';
import { calendarOf, policyOf, type RuleOptions } from '../policy/context.js';
import type { Bilingual } from '../policy/decision.js';
import type { ClauseId } from '../policy/clauses.js';
import type { Urgency } from '../policy/schema.js';
import { weekHoursText } from '../words/hours.js';

/**
 * The policy's サポート・サービス表 (support-service table) as typed data: covered products,
 * the inquiry form, the emergency phone and the reception hours (`1.1.products`,
 * `1.1.contacts`, `1.1.channels`, `1.1.hours`).
 *
 * @example
 * ```ts
 * const table: ContactTable = contactTable();
 * table.products.map((p) => p.name.ja); // ['KAITOシリーズ', 'セカイカート']
 * table.emergencyPhone; // { number: '03-5776-2167', urgencies: ['high'], withinBusinessHoursOnly: true }
 * ```
 */
export interface ContactTable {
  /** Covered products and services (`1.1.products`). */
  readonly products: readonly { readonly id: string; readonly name: Bilingual }[];
  /** The inquiry form (`1.1.contacts`, `1.1.channels`: ログインは不要). */
  readonly webForm: { readonly url: string; readonly loginRequired: boolean; readonly urgencies: readonly Urgency[] };
  /** The phone number for emergencies only (`1.1.contacts`, `1.1.channels`, interpretation 9). */
  readonly emergencyPhone: {
    readonly number: string;
    readonly urgencies: readonly Urgency[];
    readonly withinBusinessHoursOnly: boolean;
  };
  /**
   * Reception hours (`1.1.hours`), each interval the half-open [open, close) JST, minus the closed days.
   * `days`, `open` and `close` are the table as the 2024-10-07 policy has it (Monday–Friday, 09:30–18:30): under
   * hours per weekday (issue 12) `days` are the weekdays with hours and `open` / `close` the earliest opening and
   * latest close of the week, a bound that hides a lunch break. `weekly` is every weekday's intervals (`[]`:
   * closed) and `text` the hours in words (`hoursText`), whichever form the policy uses: read those.
   */
  readonly hours: {
    readonly days: readonly Weekday[];
    readonly open: string;
    readonly close: string;
    /** Every weekday's intervals, Monday first, `[]` on a day without hours (the plain form: Monday–Friday). */
    readonly weekly: { readonly [K in keyof WeeklyHours]: readonly BusinessHours[] };
    /** The hours in words: `{ ja: '月曜日から金曜日の09:30〜18:30', en: 'Monday to Friday, 09:30–18:30 (JST)' }`. */
    readonly text: Bilingual;
    readonly timeZone: 'Asia/Tokyo';
    readonly closedOn: {
      readonly nationalHolidays: true;
      readonly yearEnd: YearEndClosure | null;
      readonly companyClosures: readonly CompanyClosure[];
    };
  };
  readonly clauses: readonly ClauseId[];
  readonly policyVersion: string;
}

/**
 * The support-service table of a policy version (default 2024-10-07): where and when to
 * make an inquiry (`1.1.products`, `1.1.contacts`, `1.1.channels`, `1.1.hours`). Plain data,
 * safe to render on a page or serialise.
 *
 * @example
 * ```ts
 * const table = contactTable();
 * table.webForm.url; // 'https://www.jmas.co.jp/customerservice/'
 * table.emergencyPhone.number; // '03-5776-2167' (urgency 'high' only, in business hours)
 * table.hours;
 * // { days: ['monday', …, 'friday'], open: '09:30', close: '18:30',
 * //   weekly: { mon: [{ open: '09:30', close: '18:30' }], …, sat: [], sun: [] },
 * //   text: { ja: '月曜日から金曜日の09:30〜18:30', en: 'Monday to Friday, 09:30–18:30 (JST)' }, timeZone: 'Asia/Tokyo', closedOn: { … } }
 * ```
 * @throws CsPolicyError `INVALID_POLICY` when `options.policy` is not a policy object.
 */
export function contactTable(options?: RuleOptions): ContactTable {
  const policy = policyOf(options);
  const calendar = calendarOf(policy).options;
  // Fresh copies in every table: a caller who changes its table must not change the next one.
  const intervals = weeklyIntervals(calendar.hours);
  const weekly = {} as Record<(typeof WEEKDAY_KEYS)[number], BusinessHours[]>;
  for (const [i, k] of WEEKDAY_KEYS.entries())
    weekly[k] = intervals[MONDAY_FIRST[i]!]!.map((h) => ({ open: h.open, close: h.close }));
  return {
    products: policy.products.map((p) => ({ id: p.id, name: { ja: p.name.ja, en: p.name.en } })),
    webForm: {
      url: policy.contacts.webFormUrl,
      loginRequired: policy.channels.webForm.loginRequired,
      urgencies: [...policy.channels.webForm.urgencies],
    },
    emergencyPhone: {
      number: policy.contacts.emergencyPhone,
      urgencies: [...policy.channels.phone.urgencies],
      withinBusinessHoursOnly: policy.channels.phone.withinBusinessHoursOnly,
    },
    hours: {
      // Monday first; the plain form opens Monday to Friday.
      days: MONDAY_FIRST.filter((w) => intervals[w]!.length > 0).map((w) => WEEKDAYS[w]!),
      ...summaryOf(calendar.hours),
      weekly,
      text: weekHoursText(calendar.hours),
      timeZone: 'Asia/Tokyo',
      closedOn: {
        nationalHolidays: true,
        yearEnd: calendar.yearEndClosure ? { ...calendar.yearEndClosure } : null,
        companyClosures: calendar.closures.map((c) => ({ ...c })),
      },
    },
    clauses: ['1.1.products', '1.1.contacts', '1.1.channels', '1.1.hours'],
    policyVersion: policy.version,
  };
}
