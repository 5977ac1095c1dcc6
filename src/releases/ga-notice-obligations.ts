import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import type { ClauseId } from '../policy/clauses.js';
import { closedDayDeadline } from '../policy/closed-day-deadline.js';
import type { RuleOptions } from '../policy/context.js';
import type { Bilingual, Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { lazySchema, parseWith } from '../validate.js';
import { dateInputSchema, endOfSupportFrom, text } from './internal.js';
import { gaNoticeItemWords, releaseReasons, releaseSubject } from './reasons.js';

/**
 * The reason codes {@link gaNoticeObligations} can give.
 *
 * @example
 * ```ts
 * const code: GaNoticeObligationsCode = 'VERSION_UP_NOTICE_IN_ADVANCE';
 * ```
 */
export type GaNoticeObligationsCode =
  | 'VERSION_UP_NOTICE_IN_ADVANCE'
  | 'DEADLINE_ON_CLOSED_DAY'
  | 'VERIFICATION_RELEASE_MAY_PRECEDE_GA'
  | 'VERIFY_IN_CUSTOMER_ENVIRONMENT'
  | 'END_OF_SUPPORT_NOTICE_WITH_VERSION_UP'
  | 'MIGRATE_BEFORE_END_OF_SUPPORT';

/**
 * A new release's GA, as given to {@link gaNoticeObligations}. `product` is a product id of the
 * policy (`'kaito'`, `'sekai-cart'`) or any product name; `previousRelease` is the release whose
 * support the GA ends (omit it for a product's first release).
 *
 * @example
 * ```ts
 * const ga: GaNoticeInput = { product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' };
 * ```
 */
export interface GaNoticeInput {
  readonly product: string;
  readonly release: string;
  readonly ga: DateInput;
  readonly previousRelease?: string;
}

/**
 * Where a release notice is published: e-mail to customers, or the customer-service website.
 *
 * @example
 * ```ts
 * const channel: ReleaseNoticeChannel = 'email';
 * ```
 */
export type ReleaseNoticeChannel = 'email' | 'website';

/**
 * One item of the GA timeline.
 *
 * - `timing: 'by'`: an obligation to be met on or before `date`;
 * - `timing: 'on'`: something that happens on `date`;
 * - `timing: 'before-ga'`: something that may happen before GA, with no fixed date (`date` is `null`).
 *
 * @example
 * ```ts
 * const item: GaNoticeItem = gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01' }).value.items[1]!;
 * // { id: 'version-up-notice', clause: '3.2.notice', timing: 'by', date: '2026-03-31', channels: ['email', 'website'], … }
 * ```
 */
export interface GaNoticeItem {
  readonly id:
    | 'verification-release'
    | 'version-up-notice'
    | 'end-of-support-notice'
    | 'general-availability'
    | 'previous-release-last-supported-day';
  readonly clause: ClauseId;
  readonly timing: 'by' | 'on' | 'before-ga';
  readonly date: IsoDate | null;
  /** The channels the item may use; empty when it is not a notice. */
  readonly channels: readonly ReleaseNoticeChannel[];
  readonly description: Bilingual;
}

/**
 * The value of {@link gaNoticeObligations}: the GA, the day by which the notices are due, the old
 * release's end of support (when there is an old release) and the dated items in order.
 *
 * @example
 * ```ts
 * gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' }).value.noticeBy; // '2026-03-31'
 * ```
 */
export interface GaNoticeObligations {
  readonly product: string;
  readonly release: string;
  readonly ga: IsoDate;
  readonly previousRelease: string | null;
  /** The last day for the advance notices: the day before GA. */
  readonly noticeBy: IsoDate;
  /**
   * When `noticeBy` is a closed day (a weekend, holiday or closure): the last business day before it,
   * as advice; `noticeBy` stays the date (interpretation 11). `null` when `noticeBy` is a business day.
   */
  readonly lastBusinessDayBefore: IsoDate | null;
  readonly previousReleaseLastSupportedDate: IsoDate | null;
  readonly previousReleaseSupportEndsAt: string | null;
  /** The timeline, in date order (undated "before GA" items first). */
  readonly items: readonly GaNoticeItem[];
}

export const inputSchema = lazySchema(() =>
  z.strictObject({
    product: text(),
    release: text(),
    ga: dateInputSchema,
    previousRelease: z.optional(text()),
  }),
);

/**
 * What a new release's GA obliges the company to do, with dates (`3.2.notice`, `3.3.eos`):
 *
 * 1. a verification (pre-release) version may be released before GA (`3.2.notice`); customers who
 *    need to verify the features they use in their own environment contact customer service
 *    (`3.2.verification`);
 * 2. the version-up is announced **in advance** by e-mail or on the customer-service website
 *    (`3.2.notice`) — due by the day before GA;
 * 3. with an old release: its end of support is announced **by e-mail together with the
 *    version-up notice** (`3.3.eos`) — so by the same day;
 * 4. GA;
 * 5. with an old release: its last supported day, GA + 180 days (`3.3.eos`, interpretation 4).
 *
 * "In advance" (事前に) sets no lead time; the library reads it as "no later than the day before
 * GA", the latest date that is still before GA (a staff note on the reason says so). It is a
 * calendar day: when it is a closed day it stays the date, and the decision adds the last business
 * day before it (`DEADLINE_ON_CLOSED_DAY`, `value.lastBusinessDayBefore`; interpretation 11).
 *
 * Bad input fails with `CsPolicyError` `INVALID_INPUT`, naming each field.
 *
 * @example
 * ```ts
 * const d = gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' });
 * d.value.noticeBy; // '2026-03-31'
 * d.value.lastBusinessDayBefore; // null (2026-03-31 is a Tuesday, a business day)
 * d.value.previousReleaseLastSupportedDate; // '2026-09-28'
 * d.value.items.map((i) => i.id);
 * // ['verification-release', 'version-up-notice', 'end-of-support-notice', 'general-availability', 'previous-release-last-supported-day']
 * ```
 */
export function gaNoticeObligations(
  input: GaNoticeInput,
  options?: RuleOptions,
): Decision<'notify', GaNoticeObligations, GaNoticeObligationsCode> {
  const rule = ruleContext('gaNoticeObligations', options, releaseReasons);
  const parsed = parseWith(inputSchema, input, 'INVALID_INPUT', 'GA notice input');
  const gaDay = toEpochDay(parsed.ga, 'ga');
  const ga = formatEpochDay(gaDay);
  // 3.2.notice: 事前に, read as "by the day before GA" (a calendar day, even a closed one).
  const noticeBy = formatEpochDay(gaDay - 1);
  const closed = closedDayDeadline(rule.calendar, noticeBy);
  const known = rule.policy.products.find((p) => p.id === parsed.product);
  const name: Bilingual = known ? known.name : { ja: parsed.product, en: parsed.product };
  const subject = releaseSubject(name, parsed.release);
  const previous = parsed.previousRelease ?? null;
  const eos = previous === null ? null : endOfSupportFrom(gaDay, rule.policy);
  const words = gaNoticeItemWords;

  const items: GaNoticeItem[] = [
    {
      id: 'verification-release',
      clause: '3.2.notice',
      timing: 'before-ga',
      date: null,
      channels: [],
      description: words.verificationRelease(subject),
    },
    {
      id: 'version-up-notice',
      clause: '3.2.notice',
      timing: 'by',
      date: noticeBy,
      channels: ['email', 'website'],
      description: words.versionUpNotice(subject, ga, noticeBy),
    },
  ];
  const reasons: Reason<GaNoticeObligationsCode>[] = [rule.reason('VERSION_UP_NOTICE_IN_ADVANCE', { ga, noticeBy })];
  if (closed) reasons.push(rule.reason('DEADLINE_ON_CLOSED_DAY', closed));
  reasons.push(rule.reason('VERIFICATION_RELEASE_MAY_PRECEDE_GA'), rule.reason('VERIFY_IN_CUSTOMER_ENVIRONMENT'));

  if (previous !== null && eos !== null) {
    items.push({
      id: 'end-of-support-notice',
      clause: '3.3.eos',
      timing: 'by',
      date: noticeBy,
      channels: ['email'],
      description: words.endOfSupportNotice(previous, eos.lastSupportedDate, noticeBy),
    });
  }
  items.push({
    id: 'general-availability',
    clause: '3.3.eos',
    timing: 'on',
    date: ga,
    channels: [],
    description: words.generalAvailability(subject),
  });
  if (previous !== null && eos !== null) {
    items.push({
      id: 'previous-release-last-supported-day',
      clause: '3.3.eos',
      timing: 'on',
      date: eos.lastSupportedDate,
      channels: [],
      description: words.previousReleaseLastDay(previous, eos.days),
    });
    reasons.push(
      rule.reason('END_OF_SUPPORT_NOTICE_WITH_VERSION_UP', { ...eos, previousRelease: previous }),
      rule.reason('MIGRATE_BEFORE_END_OF_SUPPORT', eos),
    );
  }

  return rule.decide(
    'notify',
    {
      product: parsed.product,
      release: parsed.release,
      ga,
      previousRelease: previous,
      noticeBy,
      lastBusinessDayBefore: closed?.lastBusinessDayBefore ?? null,
      previousReleaseLastSupportedDate: eos?.lastSupportedDate ?? null,
      previousReleaseSupportEndsAt: eos?.supportEndsAt ?? null,
      items,
    },
    reasons,
  );
}
