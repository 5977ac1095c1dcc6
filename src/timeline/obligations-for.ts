import { formatEpochDay } from '../calendar/civil.js';
import { toJstIsoString } from '../calendar/format.js';
import * as z from 'zod/mini';
import { dateField, instantField } from '../calendar/fields.js';
import { toEpochDay, toEpochMs } from '../calendar/input.js';
import { clientAppDeliveryDate } from '../client-apps/delivery-date.js';
import { featureChangeNoticeDate } from '../cloud/feature-change-notice-date.js';
import { CsPolicyError } from '../errors.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { URGENCY_LEVELS } from '../policy/schema.js';
import { gaNoticeObligations } from '../releases/ga-notice-obligations.js';
import { informationOnlyReason } from '../releases/internal.js';
import { discretionaryEndNoticeDeadline } from '../scope/discretionary-end-notice-deadline.js';
import { planUpgradesReason } from '../scope/internal.js';
import { caseNumberMailReason, receptionStart } from '../cases/reception.js';
import { lazySchema, nonBlankText, parseWith } from '../validate.js';
import type { PolicyEvent, PolicyEventKind } from './event.js';
import type { Obligation } from './obligation.js';

const EVENT_KINDS: readonly PolicyEventKind[] = [
  'release-ga',
  'vendor-end-of-support',
  'discretionary-end',
  'feature-change',
  'build-materials-received',
  'inquiry-received',
];

/**
 * The event, field by field: one strict object per kind, so an unknown field, a wrong type or
 * an empty name fails as `INVALID_INPUT` naming the field. Date fields are only checked to be
 * date-like here; each builder reads them with the field's name, so a bad date fails as
 * `INVALID_DATE` / `INVALID_INSTANT` naming the field. Urgency is one of the library's levels
 * here, then one of the policy's ({@link checkUrgency}).
 */
export const eventSchema = lazySchema(() => {
  const text = nonBlankText();
  return z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('release-ga'),
      product: text,
      release: text,
      ga: dateField,
      previousRelease: z.optional(text),
    }),
    z.strictObject({ kind: z.literal('vendor-end-of-support'), name: text, endsOn: dateField }),
    z.strictObject({
      kind: z.literal('discretionary-end'),
      name: text,
      endsOn: dateField,
      reading: z.optional(z.enum(['inclusive', 'clear-days'])),
    }),
    z.strictObject({ kind: z.literal('feature-change'), changeOn: dateField, description: z.optional(text) }),
    z.strictObject({
      kind: z.literal('build-materials-received'),
      receivedAt: instantField,
      customization: z.optional(z.boolean()),
    }),
    z.strictObject({
      kind: z.literal('inquiry-received'),
      receivedAt: instantField,
      urgency: z.optional(z.enum(URGENCY_LEVELS)),
    }),
  ]);
});

/**
 * The decision of {@link obligationsFor}: the dated obligations, earliest first, each with its
 * clause, and every reason.
 *
 * @example
 * ```ts
 * const d: ObligationsDecision = obligationsFor({ kind: 'build-materials-received', receivedAt: '2027-01-04T10:00+09:00' });
 * d.value.map((o) => [o.id, o.due]);
 * // [['client-app.effective-receipt', { kind: 'instant', at: '2027-01-04T10:00:00+09:00' }],
 * //  ['client-app.delivery', { kind: 'date', date: '2027-01-19' }]] (6.lead-time: 10 business days, 成人の日 01-11 skipped)
 * ```
 */
export type ObligationsDecision = Decision<'obligations', readonly Obligation[]>;

type Built = { readonly obligations: Obligation[]; readonly reasons: readonly Reason[] };

/**
 * Turns an event into the dated list of what must happen and by when — notices, end dates,
 * deliveries — each with its clause and reasons. This is what most callers want:
 *
 * | event `kind` | obligations |
 * |---|---|
 * | `release-ga` | version-up notice and old release's end-of-support mail (by the day before GA), GA, the old release's last supported day (GA + 180), the customer's migration (3.2.notice, 3.3.eos, 3.3.migrate) |
 * | `vendor-end-of-support` | problems on it unsupported from the day after; information only after that; the customer upgrades before (4.3.os-eol, 4.3.after-eos, 4.3.customer-upgrade) |
 * | `discretionary-end` | the e-mail notice by end − 90 days, the end itself, information only after (4.3.discretionary-end, 4.3.after-eos) |
 * | `feature-change` | the mail to affected customers by change − 14 days (a target), the change (5.feature-change) |
 * | `build-materials-received` | the delivery on the 10th business day after the effective receipt, or "agree separately" with customization (6.lead-time, 6.fee) |
 * | `inquiry-received` | the case-number mail, and when reception processing starts (1.2.form.confirmation) |
 *
 * @example
 * ```ts
 * const { value } = obligationsFor({ kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2026-04-01', previousRelease: '3.2' });
 * value.map((o) => [o.due, o.what.en, o.clause]);
 * // [[{ kind: 'date', date: '2026-03-31' }, 'Announce the version-up …', '3.2.notice'], …,
 * //  [{ kind: 'date', date: '2026-09-28' }, 'Last supported day of the old release 3.2 …', '3.3.eos'], …]
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for an unknown kind, a missing, unknown or mistyped field
 * (an empty name, a `customization` that is not a boolean, a `reading` other than `'inclusive'` /
 * `'clear-days'`, an urgency the policy does not have); `INVALID_DATE` / `INVALID_INSTANT` naming
 * the field for a date that is not one; `OUT_OF_COVERAGE` outside the holiday data.
 */
export function obligationsFor(event: PolicyEvent, options?: RuleOptions): ObligationsDecision {
  const policy = policyOf(options);
  if (typeof event !== 'object' || event === null || !EVENT_KINDS.includes((event as { kind: PolicyEventKind }).kind)) {
    throw new CsPolicyError(
      'INVALID_INPUT',
      `invalid event: kind: must be one of ${EVENT_KINDS.map((k) => `"${k}"`).join(', ')}`,
      [{ path: ['kind'], message: `must be one of ${EVENT_KINDS.join(', ')}` }],
    );
  }
  const parsed: PolicyEvent = parseWith(eventSchema, event, 'INVALID_INPUT', 'event');
  if (parsed.kind === 'inquiry-received') checkUrgency(parsed.urgency, policy.urgencyLevels);
  const built = BUILDERS[parsed.kind](parsed as never, { policy });
  const obligations = [...built.obligations].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return decide('obligationsFor', policy, 'obligations', obligations, dedupe(built.reasons));
}

const BUILDERS: {
  readonly [K in PolicyEventKind]: (event: Extract<PolicyEvent, { kind: K }>, options: RuleOptions) => Built;
} = {
  'release-ga': (event, options) => {
    const decision = gaNoticeObligations(
      {
        product: event.product,
        release: event.release,
        ga: event.ga,
        ...(event.previousRelease === undefined ? {} : { previousRelease: event.previousRelease }),
      },
      options,
    );
    const obligations: Obligation[] = [];
    for (const item of decision.value.items) {
      if (item.date === null) continue; // "may precede GA": no date, not an obligation.
      obligations.push({
        id: `release.${item.id}`,
        what: item.description,
        due: { kind: 'date', date: item.date },
        deadline: item.timing === 'by' ? 'by' : 'on',
        party: 'company',
        clause: item.clause,
        reasons: decision.reasons.filter((r) => r.clause === item.clause),
      });
    }
    const last = decision.value.previousReleaseLastSupportedDate;
    if (last !== null) {
      obligations.push({
        id: 'release.customer-migration',
        what: {
          ja: `お客様は ${last} までにサポート対象のリリースへ移行してください`,
          en: `The customer moves to a supported release by ${last}`,
        },
        due: { kind: 'date', date: last },
        deadline: 'by',
        party: 'customer',
        clause: '3.3.migrate',
        reasons: decision.reasons.filter((r) => r.clause === '3.3.migrate'),
      });
    }
    return { obligations, reasons: decision.reasons };
  },

  'vendor-end-of-support': (event) => {
    const endDay = toEpochDay(event.endsOn, 'endsOn');
    const name = event.name;
    const end = formatEpochDay(endDay);
    const after = formatEpochDay(endDay + 1);
    const reasons = [
      reason(
        'VENDOR_END_NOT_SUPPORTED',
        '4.3.os-eol',
        `メーカーによるサポートが ${end} に終了するため、${after} 以降 ${name} 上の問題はサポート対象外です。`,
        `The vendor's support of ${name} ends on ${end}, so problems on it are not supported from ${after}.`,
      ),
      informationOnlyReason('4.3.after-eos', { ja: name, en: name }),
      planUpgradesReason(),
      reason(
        'NO_NOTICE_PERIOD_FOR_VENDOR_END',
        '4.3.os-eol',
        '90日前の通知は弊社判断による終了 (4.3.discretionary-end) の定めで、メーカーによる終了には期間の定めがありません。',
        'The 90-day notice is set for discretionary ends (4.3.discretionary-end); the policy sets no notice period for a vendor end.',
      ),
    ];
    return {
      obligations: [
        {
          id: 'vendor-end.customer-upgrade',
          what: { ja: `${name} の計画的なバージョンアップ (お客様)`, en: `Customer upgrades ${name}` },
          due: { kind: 'date', date: end },
          deadline: 'by',
          party: 'customer',
          clause: '4.3.customer-upgrade',
          reasons: [reasons[2]!],
        },
        {
          id: 'vendor-end.not-supported',
          what: { ja: `${name} 上の問題はサポート対象外`, en: `Problems on ${name} no longer supported` },
          due: { kind: 'date', date: after },
          deadline: 'from',
          party: 'company',
          clause: '4.3.os-eol',
          reasons: [reasons[0]!],
        },
        {
          id: 'vendor-end.information-only',
          what: { ja: '過去の同様の問題に関する情報提供のみ', en: 'Information on similar past problems only' },
          due: { kind: 'date', date: after },
          deadline: 'from',
          party: 'company',
          clause: '4.3.after-eos',
          reasons: [reasons[1]!],
        },
      ],
      reasons,
    };
  },

  'discretionary-end': (event, options) => {
    const name = event.name;
    const endDay = toEpochDay(event.endsOn, 'endsOn');
    const decision = discretionaryEndNoticeDeadline(formatEpochDay(endDay), {
      ...options,
      ...(event.reading === undefined ? {} : { reading: event.reading }),
    });
    const { endDate, latestNoticeDate } = decision.value;
    const after = formatEpochDay(endDay + 1);
    const infoReason = informationOnlyReason('4.3.after-eos', { ja: name, en: name });
    return {
      obligations: [
        {
          id: 'discretionary-end.notice',
          what: { ja: `${name} のサポート終了をメールで通知`, en: `E-mail the end of support of ${name}` },
          due: { kind: 'date', date: latestNoticeDate },
          deadline: 'by',
          party: 'company',
          clause: '4.3.discretionary-end',
          reasons: decision.reasons,
        },
        {
          id: 'discretionary-end.end',
          what: { ja: `${name} のサポート・サービス終了日`, en: `Support of ${name} ends` },
          due: { kind: 'date', date: endDate },
          deadline: 'on',
          party: 'company',
          clause: '4.3.discretionary-end',
          reasons: [],
        },
        {
          id: 'discretionary-end.information-only',
          what: { ja: '過去の同様の問題に関する情報提供のみ', en: 'Information on similar past problems only' },
          due: { kind: 'date', date: after },
          deadline: 'from',
          party: 'company',
          clause: '4.3.after-eos',
          reasons: [infoReason],
        },
      ],
      reasons: [...decision.reasons, infoReason],
    };
  },

  'feature-change': (event, options) => {
    const decision = featureChangeNoticeDate(formatEpochDay(toEpochDay(event.changeOn, 'changeOn')), options);
    const { changeDate, targetNoticeDate } = decision.value;
    const what = event.description === undefined ? '' : ` (${event.description})`;
    return {
      obligations: [
        {
          id: 'feature-change.notice',
          what: {
            ja: `機能の追加・変更${what}を対象のお客様へメールで通知 (目処)`,
            en: `E-mail affected customers about the feature change${what} (target)`,
          },
          due: { kind: 'date', date: targetNoticeDate },
          deadline: 'target',
          party: 'company',
          clause: '5.feature-change',
          reasons: decision.reasons,
        },
        {
          id: 'feature-change.change',
          what: { ja: `機能の追加・変更${what}`, en: `Feature change${what}` },
          due: { kind: 'date', date: changeDate },
          deadline: 'on',
          party: 'company',
          clause: '5.feature-change',
          reasons: [],
        },
      ],
      reasons: decision.reasons,
    };
  },

  'build-materials-received': (event, options) => {
    const decision = clientAppDeliveryDate(event.receivedAt, {
      ...options,
      customization: event.customization === true,
    });
    const lead = decision.reasons.filter((r) => r.clause === '6.lead-time' || r.clause === '6.fee');
    if (decision.outcome === 'agree-separately') {
      return {
        obligations: [
          {
            id: 'client-app.delivery',
            what: {
              ja: 'カスタマイズを含むため納期は別途ご相談',
              en: 'With customization, the schedule is agreed separately',
            },
            due: { kind: 'agree-separately' },
            deadline: 'by',
            party: 'company',
            clause: '6.lead-time',
            reasons: lead,
          },
        ],
        reasons: decision.reasons,
      };
    }
    const { dueDate, businessDays, effectiveReceivedAt } = decision.value;
    return {
      obligations: [
        {
          id: 'client-app.effective-receipt',
          what: { ja: 'ビルド資材の受領 (起算)', en: 'Build materials count as received' },
          due: { kind: 'instant', at: effectiveReceivedAt },
          deadline: 'on',
          party: 'company',
          clause: '6.lead-time',
          reasons: decision.reasons.filter((r) => r.clause === '6.lead-time'),
        },
        {
          id: 'client-app.delivery',
          what: {
            ja: `アプリの納品 (受領から${businessDays}営業日)`,
            en: `Deliver the app (${businessDays} business days after receipt)`,
          },
          due: { kind: 'date', date: dueDate },
          deadline: 'by',
          party: 'company',
          clause: '6.lead-time',
          reasons: lead,
        },
      ],
      reasons: decision.reasons,
    };
  },

  'inquiry-received': (event, options) => {
    const receivedAt = toEpochMs(event.receivedAt, 'receivedAt');
    const decision = receptionStart(receivedAt, options);
    const mail = caseNumberMailReason();
    return {
      obligations: [
        {
          id: 'inquiry.case-number-mail',
          what: { ja: 'ケース番号の発行とメール通知', en: 'Issue and mail the case number' },
          due: { kind: 'instant', at: toJstIsoString(receivedAt) },
          deadline: 'on',
          party: 'company',
          clause: '1.2.form.confirmation',
          reasons: [mail],
        },
        {
          id: 'inquiry.reception',
          what: {
            ja: '受付処理の開始 (営業時間内に順次)',
            en: 'Reception processing starts (in order, within business hours)',
          },
          due: { kind: 'instant', at: decision.value },
          deadline: 'on',
          party: 'company',
          clause: '1.2.form.confirmation',
          reasons: decision.reasons.filter((r) => r.code !== mail.code),
        },
      ],
      reasons: [mail, ...decision.reasons],
    };
  },
};

/** `urgency` must be one of the policy's levels (`1.2.form`): a later policy may use fewer. */
function checkUrgency(urgency: string | undefined, levels: readonly string[]): void {
  if (urgency === undefined || levels.includes(urgency)) return;
  const message = `must be one of ${levels.map((l) => JSON.stringify(l)).join(', ')}`;
  throw new CsPolicyError('INVALID_INPUT', `invalid event: urgency: ${message}`, [{ path: ['urgency'], message }]);
}

function sortKey(o: Obligation): string {
  // Dates sort as the start of their day; "agree separately" comes last.
  return o.due.kind === 'date' ? `${o.due.date}T00` : o.due.kind === 'instant' ? o.due.at : '~';
}

function dedupe(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.clause}|${r.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
