import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import type { ClauseId } from '../policy/clauses.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Bilingual, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';
import { dateInputSchema, endOfSupportFrom, migrateReason, text } from './internal.js';

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
 * GA", the latest date that is still before GA.
 *
 * Bad input fails with `CsPolicyError` `INVALID_INPUT`, naming each field.
 *
 * @example
 * ```ts
 * const d = gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' });
 * d.value.noticeBy; // '2026-03-31'
 * d.value.previousReleaseLastSupportedDate; // '2026-09-28'
 * d.value.items.map((i) => i.id);
 * // ['verification-release', 'version-up-notice', 'end-of-support-notice', 'general-availability', 'previous-release-last-supported-day']
 * ```
 */
export function gaNoticeObligations(
  input: GaNoticeInput,
  options?: RuleOptions,
): Decision<'notify', GaNoticeObligations> {
  const policy = policyOf(options);
  const parsed = parseWith(inputSchema, input, 'INVALID_INPUT', 'GA notice input');
  const gaDay = toEpochDay(parsed.ga, 'ga');
  const ga = formatEpochDay(gaDay);
  const noticeBy = formatEpochDay(gaDay - 1);
  const known = policy.products.find((p) => p.id === parsed.product);
  const name: Bilingual = known ? known.name : { ja: parsed.product, en: parsed.product };
  const subject = { ja: `${name.ja} ${parsed.release}`, en: `${name.en} ${parsed.release}` };
  const previous = parsed.previousRelease ?? null;
  const eos = previous === null ? null : endOfSupportFrom(gaDay, policy);

  const items: GaNoticeItem[] = [
    {
      id: 'verification-release',
      clause: '3.2.notice',
      timing: 'before-ga',
      date: null,
      channels: [],
      description: {
        ja: `${subject.ja} の正式リリースの前に、検証版をリリースする場合があります。`,
        en: `A verification (pre-release) version of ${subject.en} may be released before GA.`,
      },
    },
    {
      id: 'version-up-notice',
      clause: '3.2.notice',
      timing: 'by',
      date: noticeBy,
      channels: ['email', 'website'],
      description: {
        ja: `${subject.ja} へのバージョンアップを、GA (${ga}) の前日 ${noticeBy} までに、メールまたはカスタマーサービス・ウェブサイトで事前にお知らせします。`,
        en: `Announce the version-up to ${subject.en} in advance, by e-mail or on the customer-service website, by ${noticeBy}, the day before GA (${ga}).`,
      },
    },
  ];
  if (previous !== null && eos !== null) {
    items.push({
      id: 'end-of-support-notice',
      clause: '3.3.eos',
      timing: 'by',
      date: noticeBy,
      channels: ['email'],
      description: {
        ja: `旧リリース ${previous} のサポート・サービス終了 (${eos.lastSupportedDate} まで) を、バージョンアップの通知とともに ${noticeBy} までにメールでお知らせします。`,
        en: `Announce the end of support of the old release ${previous} (supported until ${eos.lastSupportedDate}) by e-mail, together with the version-up notice, by ${noticeBy}.`,
      },
    });
  }
  items.push({
    id: 'general-availability',
    clause: '3.3.eos',
    timing: 'on',
    date: ga,
    channels: [],
    description: { ja: `${subject.ja} の正式出荷開始 (GA) です。`, en: `General availability (GA) of ${subject.en}.` },
  });
  if (previous !== null && eos !== null) {
    items.push({
      id: 'previous-release-last-supported-day',
      clause: '3.3.eos',
      timing: 'on',
      date: eos.lastSupportedDate,
      channels: [],
      description: {
        ja: `旧リリース ${previous} のサポート・サービス最終日です (GA の${eos.days}日後)。同日 24:00 (日本時間) に終了します。`,
        en: `Last supported day of the old release ${previous} (${eos.days} days after GA); support ends at 24:00 JST that day.`,
      },
    });
  }

  const reasons: Reason[] = [
    reason(
      'VERSION_UP_NOTICE_IN_ADVANCE',
      '3.2.notice',
      `バージョンアップの際は、事前にメールまたはカスタマーサービス・ウェブサイトでお知らせします。事前の期限を、GA (${ga}) の前日 ${noticeBy} と読みます。`,
      `A version-up is announced in advance by e-mail or on the customer-service website; "in advance" is read as by ${noticeBy}, the day before GA (${ga}).`,
    ),
    reason(
      'VERIFICATION_RELEASE_MAY_PRECEDE_GA',
      '3.2.notice',
      '製品版の正式リリースの前には、検証版をリリースする場合があります。',
      'A verification (pre-release) version may be released before the product’s GA.',
    ),
    reason(
      'VERIFY_IN_CUSTOMER_ENVIRONMENT',
      '3.2.verification',
      'お客様環境にて、ご利用の機能を検証する必要がある場合は、カスタマー・サービスにお問い合わせください。',
      'Customers who need to verify the features they use in their own environment should contact customer service.',
    ),
  ];
  if (previous !== null && eos !== null) {
    reasons.push(
      reason(
        'END_OF_SUPPORT_NOTICE_WITH_VERSION_UP',
        '3.3.eos',
        `旧リリース ${previous} のサポート・サービスは GA の${eos.days}日後の ${eos.lastSupportedDate} 24:00 (日本時間) に終了します。この終了は、バージョンアップの通知とともにメールでお知らせします。`,
        `Support of the old release ${previous} ends at 24:00 JST on ${eos.lastSupportedDate}, ${eos.days} days after GA; this end is announced by e-mail together with the version-up notice.`,
      ),
      migrateReason(eos.lastSupportedDate),
    );
  }

  return decide(
    'gaNoticeObligations',
    policy,
    'notify',
    {
      product: parsed.product,
      release: parsed.release,
      ga,
      previousRelease: previous,
      noticeBy,
      previousReleaseLastSupportedDate: eos?.lastSupportedDate ?? null,
      previousReleaseSupportEndsAt: eos?.supportEndsAt ?? null,
      items,
    },
    reasons,
  );
}
