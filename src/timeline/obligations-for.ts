import * as z from 'zod/mini';
import { formatEpochDay } from '../calendar/civil.js';
import { dateField, instantField } from '../calendar/fields.js';
import { toJstIsoString } from '../calendar/format.js';
import { toEpochDay, toEpochMs } from '../calendar/input.js';
import { receptionStart } from '../cases/reception.js';
import { clientAppDeliveryDate } from '../client-apps/delivery-date.js';
import { caseClock } from '../clock/case-clock.js';
import { featureChangeNoticeDate } from '../cloud/feature-change-notice-date.js';
import { CsPolicyError, type InputIssue } from '../errors.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { type RuleContext, ruleContext } from '../policy/rule-context.js';
import { URGENCY_LEVELS, type Urgency } from '../policy/schema.js';
import { gaNoticeObligations } from '../releases/ga-notice-obligations.js';
import { assessSupportRequest } from '../scope/assess-support-request.js';
import { discretionaryEndNoticeDeadline } from '../scope/discretionary-end-notice-deadline.js';
import { formatIssues, lazySchema, nonBlankText, parseWith } from '../validate.js';
import type { PolicyEvent, PolicyEventKind } from './event.js';
import { type Obligation, obligationBuilder } from './obligation.js';
import { timelineObligations, timelineReasons } from './reasons.js';

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

/** The one builder of this rule's obligations: id → clause, party, deadline and words. */
const obligation = obligationBuilder(timelineObligations);

/** The reasons of a composed rule's decision that carry a code (their words are that rule's). */
const withCode = (reasons: readonly Reason[], ...codes: string[]): Reason[] =>
  reasons.filter((r) => codes.includes(r.code));

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
 * | `inquiry-received` | the case-number mail, and when reception processing starts (1.2.form.confirmation); with an `urgency` for which the policy version sets case-clock targets, the first response and the final answer by their targets (1.2.case) |
 *
 * The case clock's targets (`1.2.case`, `docs/clock.md`): for `inquiry-received` with an `urgency`, each target
 * the policy version sets in `caseClock.targets[urgency]` (`firstResponse`, `resolution`, in business minutes)
 * is an obligation `inquiry.first-response-target` / `inquiry.resolution-target` (deadline `'target'`, a goal),
 * due at the instant the clock reaches it if it runs from `receivedAt` without a pause: `caseClock`'s own
 * `breachAt`, receipt + the target in business minutes of the policy's calendar (counted from the next opening
 * when received outside hours). A pause (waiting for the customer) moves it later; ask `caseClock` with the
 * case's events for the date as the case stands. Without an urgency there are no clock obligations (which
 * target applies is not known); the 2024-10-07 text sets no targets, so under it there are none either.
 * The warning threshold (`warningPercent`, `caseClock`'s `warningAt`) is not listed: an obligation is
 * something someone must do by a date, and the warning is no one's act but a point at which the clock's status
 * turns `warning`; listing it would double every target in lists and calendars (`obligationsToIcs` has
 * `reminders` for advance notice).
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
  const rule = ruleContext('obligationsFor', options, timelineReasons);
  if (typeof event !== 'object' || event === null || !EVENT_KINDS.includes((event as { kind: PolicyEventKind }).kind)) {
    // One source for the message and the field list.
    const issues: InputIssue[] = [
      { path: ['kind'], message: `must be one of ${EVENT_KINDS.map((k) => JSON.stringify(k)).join(', ')}` },
    ];
    throw new CsPolicyError('INVALID_INPUT', `invalid event: ${formatIssues(issues)}`, issues);
  }
  const parsed: PolicyEvent = parseWith(eventSchema, event, 'INVALID_INPUT', 'event');
  if (parsed.kind === 'inquiry-received') checkUrgency(parsed.urgency, rule.policy.urgencyLevels);
  const built = BUILDERS[parsed.kind](parsed as never, rule);
  const obligations = [...built.obligations].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return rule.decide('obligations', obligations, dedupe(built.reasons));
}

type Context = RuleContext<typeof timelineReasons>;

const BUILDERS: {
  readonly [K in PolicyEventKind]: (event: Extract<PolicyEvent, { kind: K }>, rule: Context) => Built;
} = {
  'release-ga': (event, rule) => {
    const decision = gaNoticeObligations(
      {
        product: event.product,
        release: event.release,
        ga: event.ga,
        ...(event.previousRelease === undefined ? {} : { previousRelease: event.previousRelease }),
      },
      { policy: rule.policy },
    );
    const obligations: Obligation[] = [];
    for (const item of decision.value.items) {
      // "may precede GA": no date, not an obligation.
      if (item.id === 'verification-release' || item.date === null) continue;
      const reasons = decision.reasons.filter((r) => r.clause === item.clause);
      obligations.push(
        obligation(`release.${item.id}`, { kind: 'date', date: item.date }, { description: item.description }, reasons),
      );
    }
    const last = decision.value.previousReleaseLastSupportedDate;
    if (last !== null) {
      const migrate = decision.reasons.filter((r) => r.clause === '3.3.migrate');
      obligations.push(
        obligation('release.customer-migration', { kind: 'date', date: last }, { lastSupportedDate: last }, migrate),
      );
    }
    return { obligations, reasons: decision.reasons };
  },

  'vendor-end-of-support': (event, rule) => {
    const endDay = toEpochDay(event.endsOn, 'endsOn');
    const { name } = event;
    const end = formatEpochDay(endDay);
    const after = formatEpochDay(endDay + 1);
    // 4.3.customer-upgrade in chapter 4's words: its rule, asked about this end on its last day.
    const scope = assessSupportRequest(
      { kind: 'inquiry', environment: { os: { name, vendorSupportEndsOn: end } }, on: end },
      { policy: rule.policy },
    );
    const notSupported = rule.reason('VENDOR_END_NOT_SUPPORTED', { name, endsOn: end, from: after });
    const info = rule.reason('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', { subject: { ja: `「${name}」`, en: name } });
    const plan = withCode(scope.reasons, 'PLAN_UPGRADES');
    // The notice period is 4.3.discretionary-end's, from the policy in force.
    const noNotice = rule.reason('NO_NOTICE_PERIOD_FOR_VENDOR_END', {
      days: rule.policy.thirdParty.discretionaryEndNoticeDays,
    });
    return {
      obligations: [
        obligation('vendor-end.customer-upgrade', { kind: 'date', date: end }, { name }, plan),
        obligation('vendor-end.not-supported', { kind: 'date', date: after }, { name }, [notSupported]),
        obligation('vendor-end.information-only', { kind: 'date', date: after }, undefined, [info]),
      ],
      reasons: [notSupported, info, ...plan, noNotice],
    };
  },

  'discretionary-end': (event, rule) => {
    const { name } = event;
    const endDay = toEpochDay(event.endsOn, 'endsOn');
    const decision = discretionaryEndNoticeDeadline(formatEpochDay(endDay), {
      policy: rule.policy,
      ...(event.reading === undefined ? {} : { reading: event.reading }),
    });
    const { endDate, latestNoticeDate } = decision.value;
    const after = formatEpochDay(endDay + 1);
    const info = rule.reason('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', { subject: { ja: `「${name}」`, en: name } });
    return {
      obligations: [
        obligation('discretionary-end.notice', { kind: 'date', date: latestNoticeDate }, { name }, decision.reasons),
        obligation('discretionary-end.end', { kind: 'date', date: endDate }, { name }, []),
        obligation('discretionary-end.information-only', { kind: 'date', date: after }, undefined, [info]),
      ],
      reasons: [...decision.reasons, info],
    };
  },

  'feature-change': (event, rule) => {
    const change = formatEpochDay(toEpochDay(event.changeOn, 'changeOn'));
    const decision = featureChangeNoticeDate(change, { policy: rule.policy });
    const { changeDate, targetNoticeDate } = decision.value;
    const words = { ...(event.description === undefined ? {} : { description: event.description }) };
    return {
      obligations: [
        obligation('feature-change.notice', { kind: 'date', date: targetNoticeDate }, words, decision.reasons),
        obligation('feature-change.change', { kind: 'date', date: changeDate }, words, []),
      ],
      reasons: decision.reasons,
    };
  },

  'build-materials-received': (event, rule) => {
    const decision = clientAppDeliveryDate(event.receivedAt, {
      policy: rule.policy,
      customization: event.customization === true,
    });
    const lead = decision.reasons.filter((r) => r.clause === '6.lead-time' || r.clause === '6.fee');
    if (decision.outcome === 'agree-separately') {
      return {
        obligations: [obligation('client-app.delivery', { kind: 'agree-separately' }, { customization: true }, lead)],
        reasons: decision.reasons,
      };
    }
    const { dueDate, businessDays, effectiveReceivedAt } = decision.value;
    const receipt = decision.reasons.filter((r) => r.clause === '6.lead-time');
    return {
      obligations: [
        obligation('client-app.effective-receipt', { kind: 'instant', at: effectiveReceivedAt }, undefined, receipt),
        obligation('client-app.delivery', { kind: 'date', date: dueDate }, { businessDays }, lead),
      ],
      reasons: decision.reasons,
    };
  },

  'inquiry-received': (event, rule) => {
    const receivedAt = toEpochMs(event.receivedAt, 'receivedAt');
    const decision = receptionStart(receivedAt, { policy: rule.policy });
    // The case-number mail in chapter 1's words, as receptionStart gives it.
    const mail = withCode(decision.reasons, 'CASE_NUMBER_MAIL');
    const reception = decision.reasons.filter((r) => r.code !== 'CASE_NUMBER_MAIL');
    const targets = clockTargets(receivedAt, event.urgency, rule);
    return {
      obligations: [
        obligation('inquiry.case-number-mail', { kind: 'instant', at: toJstIsoString(receivedAt) }, undefined, mail),
        obligation('inquiry.reception', { kind: 'instant', at: decision.value }, undefined, reception),
        ...targets.obligations,
      ],
      reasons: [...mail, ...reception, ...targets.reasons],
    };
  },
};

const CLOCK_TARGETS = [
  { measure: 'first-response', id: 'inquiry.first-response-target', code: 'FIRST_RESPONSE_TARGET' },
  { measure: 'resolution', id: 'inquiry.resolution-target', code: 'RESOLUTION_TARGET' },
] as const;

/**
 * The case clock's targets for a new inquiry (`1.2.case`): one obligation per target the policy version sets for
 * the urgency, dated where the clock itself would put it — `caseClock` run from the receipt, asked at the receipt,
 * so its `breachAt` is receipt + the target in business minutes of the policy's calendar (from the next opening
 * when received outside hours), as if handling never pauses. No urgency, or no target for it: none.
 */
function clockTargets(receivedAt: number, urgency: Urgency | undefined, rule: Context): Built {
  const obligations: Obligation[] = [];
  const reasons: Reason[] = [];
  if (urgency === undefined || rule.policy.caseClock === undefined) return { obligations, reasons };
  for (const { measure, id, code } of CLOCK_TARGETS) {
    const clock = caseClock([{ at: receivedAt, clock: 'run' }], {
      now: receivedAt,
      urgency,
      measure,
      policy: rule.policy,
    });
    const { target, breachAt } = clock.value;
    // A running clock with a target always has its breachAt.
    if (target === null || breachAt === null) continue;
    const minutes = target.businessMinutes;
    const reason = rule.reason(code, { urgency, measure, target: minutes, receivedAt, at: breachAt });
    obligations.push(obligation(id, { kind: 'instant', at: breachAt }, { urgency, target: minutes }, [reason]));
    reasons.push(reason);
  }
  return { obligations, reasons };
}

/** `urgency` must be one of the policy's levels (`1.2.form`): a later policy may use fewer. */
function checkUrgency(urgency: string | undefined, levels: readonly string[]): void {
  if (urgency === undefined || levels.includes(urgency)) return;
  const issues: InputIssue[] = [
    { path: ['urgency'], message: `must be one of ${levels.map((l) => JSON.stringify(l)).join(', ')}` },
  ];
  throw new CsPolicyError('INVALID_INPUT', `invalid event: ${formatIssues(issues)}`, issues);
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
