import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { dateField } from '../calendar/fields.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { text } from '../releases/internal.js';
import { releaseReasons, releaseText } from '../releases/reasons.js';
import { lazySchema, parseWith } from '../validate.js';
import { ENDED_COMPONENTS_SUBJECT, scopeReasons } from './reasons.js';

/**
 * What a customer asks for: an inquiry, a defect report, on-site support, or a customization.
 *
 * @example
 * ```ts
 * const kind: SupportRequestKind = 'defect';
 * ```
 */
export type SupportRequestKind = 'inquiry' | 'defect' | 'onsite' | 'customization';

/**
 * What the problem was found to be caused by, as far as is known: the product, the OS, a
 * third-party product, or not (yet) known.
 *
 * @example
 * ```ts
 * const cause: SupportRequestCause = 'third-party';
 * ```
 */
export type SupportRequestCause = 'product' | 'os' | 'third-party' | 'unknown';

/**
 * An OS or prerequisite third-party product in the customer's environment, with the last day of
 * its maker's support and the last day of the company's own support if it ends support early
 * (`4.3.os-eol`, `4.3.discretionary-end`). Each date is the last supported day: support ends at
 * 24:00 JST of it, as for releases (interpretation 4). Like every date field, each accepts
 * `'YYYY-MM-DD'`, an ISO date-time, a `Date`, epoch ms or a Luxon DateTime (its JST date counts).
 *
 * @example
 * ```ts
 * const os: SupportEnvironmentComponent = { name: 'iOS 17', vendorSupportEndsOn: '2026-09-30' };
 * ```
 */
export interface SupportEnvironmentComponent {
  readonly name: string;
  readonly vendorSupportEndsOn?: DateInput;
  readonly discretionaryEndOn?: DateInput;
}

/**
 * A support request, as given to {@link assessSupportRequest}. `environment.thirdParty` lists the
 * third-party products the product needs to run (its prerequisites); `environment.release` is
 * the product release in use, with its last supported day when a successor has reached GA
 * (see `releaseEndOfSupport`).
 *
 * @example
 * ```ts
 * const request: SupportRequestInput = {
 *   kind: 'defect',
 *   cause: 'os',
 *   environment: { os: { name: 'Android 12', vendorSupportEndsOn: '2026-03-31' }, release: { name: '2.4', lastSupportedDate: '2026-09-28' } },
 *   on: '2026-05-11',
 * };
 * ```
 */
export interface SupportRequestInput {
  readonly kind: SupportRequestKind;
  readonly cause?: SupportRequestCause;
  readonly environment?: {
    readonly os?: SupportEnvironmentComponent;
    readonly thirdParty?: readonly SupportEnvironmentComponent[];
    readonly release?: { readonly name: string; readonly lastSupportedDate?: DateInput };
  };
  readonly on: DateInput;
}

/**
 * The answer to a support request, from the least to the most restrictive:
 *
 * - `'supported'`: within customer service;
 * - `'limited'`: caused by the OS or a third-party product: investigation, fixes and verification
 *   may be limited; the customer contacts that vendor, with our help (`4.3.third-party`);
 * - `'paid'`: customization, done for a fee (`4.3.customization`);
 * - `'paid-option'`: on-site support, not included, available for a fee (`4.3.onsite`);
 * - `'information-only'`: the release's support has ended: information about similar past
 *   problems only, without guarantee (`3.3.after-eos`);
 * - `'not-supported'`: the OS or a prerequisite product is past its maker's end of support
 *   (`4.3.os-eol`) or past the company's discretionary end (`4.3.discretionary-end`).
 *
 * @example
 * ```ts
 * const outcome: SupportRequestOutcome = assessSupportRequest({ kind: 'onsite', on: '2026-05-11' }).outcome; // 'paid-option'
 * ```
 */
export type SupportRequestOutcome =
  | 'supported'
  | 'limited'
  | 'paid'
  | 'paid-option'
  | 'information-only'
  | 'not-supported';

/**
 * Every {@link SupportRequestOutcome}, the most restrictive first: when several apply,
 * {@link assessSupportRequest} answers with the first of them in this order.
 *
 * @example
 * ```ts
 * SUPPORT_REQUEST_OUTCOMES[0]; // 'not-supported'
 * ```
 */
export const SUPPORT_REQUEST_OUTCOMES = Object.freeze([
  'not-supported',
  'information-only',
  'paid-option',
  'paid',
  'limited',
  'supported',
] as const satisfies readonly SupportRequestOutcome[]);

/**
 * An end of support in the request's environment, reached (`ended`) or still ahead on the day.
 *
 * @example
 * ```ts
 * const end: EnvironmentSupportEnd = { component: 'os', name: 'Android 12', basis: 'vendor', lastSupportedDate: '2026-03-31', ended: true };
 * ```
 */
export interface EnvironmentSupportEnd {
  readonly component: 'os' | 'third-party' | 'release';
  readonly name: string;
  /** Whose end: the maker's (`4.3.os-eol`), the company's discretionary one, or a release's (`3.3.eos`). */
  readonly basis: 'vendor' | 'discretionary' | 'release';
  readonly lastSupportedDate: IsoDate;
  readonly ended: boolean;
}

/**
 * The value of {@link assessSupportRequest}: every outcome that applies (most restrictive
 * first; the decision's outcome is the first) and every end of support it looked at.
 *
 * @example
 * ```ts
 * assessSupportRequest({ kind: 'defect', cause: 'os', on: '2026-05-11' }).value.applicable; // ['limited']
 * ```
 */
export interface SupportRequestAssessment {
  readonly on: IsoDate;
  readonly kind: SupportRequestKind;
  readonly cause: SupportRequestCause;
  readonly applicable: readonly SupportRequestOutcome[];
  readonly ends: readonly EnvironmentSupportEnd[];
}

/**
 * The reason codes {@link assessSupportRequest} can give: chapter 4's, and chapter 3's for the
 * release in use.
 *
 * @example
 * ```ts
 * const code: SupportRequestCode = 'OS_VENDOR_SUPPORT_ENDED';
 * ```
 */
export type SupportRequestCode =
  | 'WITHIN_CUSTOMER_SERVICE'
  | 'ONSITE_OUT_OF_SCOPE'
  | 'ONSITE_PAID_OPTION'
  | 'ONSITE_INCLUDED'
  | 'ONSITE_UNAVAILABLE'
  | 'CUSTOMIZATION_OUT_OF_SCOPE'
  | 'CUSTOMIZATION_PAID'
  | 'CUSTOMIZED_VERSION_SUPPORT'
  | 'CUSTOMIZATION_INCLUDED'
  | 'CUSTOMIZATION_UNAVAILABLE'
  | 'OS_THIRD_PARTY_OUT_OF_SCOPE'
  | 'CAUSED_BY_OS'
  | 'CAUSED_BY_THIRD_PARTY'
  | 'OS_VENDOR_SUPPORT_ENDED'
  | 'THIRD_PARTY_VENDOR_SUPPORT_ENDED'
  | 'OS_VENDOR_SUPPORT_ENDS'
  | 'THIRD_PARTY_VENDOR_SUPPORT_ENDS'
  | 'DISCRETIONARY_END_PASSED'
  | 'DISCRETIONARY_END_SCHEDULED'
  | 'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY'
  | 'PLAN_UPGRADES'
  | 'RELEASE_SUPPORT_ENDED'
  | 'NO_NEW_PROBLEM_RESPONSE_OR_FIXES'
  | 'USE_LATEST_VERSION'
  | 'RELEASE_SUPPORTED_UNTIL';

const componentSchema = lazySchema(() =>
  z.strictObject({
    name: text(),
    vendorSupportEndsOn: z.optional(dateField),
    discretionaryEndOn: z.optional(dateField),
  }),
);

export const inputSchema = lazySchema(() =>
  z.strictObject({
    kind: z.enum(['inquiry', 'defect', 'onsite', 'customization']),
    cause: z._default(z.enum(['product', 'os', 'third-party', 'unknown']), 'unknown'),
    environment: z.optional(
      z.strictObject({
        os: z.optional(componentSchema()),
        thirdParty: z.optional(z.array(componentSchema())),
        release: z.optional(z.strictObject({ name: text(), lastSupportedDate: z.optional(dateField) })),
      }),
    ),
    on: dateField,
  }),
);

// Reasons that only inform (ends still ahead, planning upgrades) come after every finding.
const INFO_RANK = SUPPORT_REQUEST_OUTCOMES.length;
const rankOf = (outcome: SupportRequestOutcome): number => SUPPORT_REQUEST_OUTCOMES.indexOf(outcome);

/**
 * Whether and how a support request is served (`4.3.scope` and the clauses under it, `3.3.after-eos`):
 *
 * - on-site support is outside customer service; it is a paid option — consult sales or customer
 *   service (`4.3.onsite`; the answer follows `policy.scope.onsite`);
 * - customization is paid, and customized versions are supported under chapter 7
 *   (`4.3.customization`, `policy.scope.customization`);
 * - a problem caused by the OS or a third-party product gets `'limited'` support: investigation,
 *   fixes and verification may be limited, the customer contacts that software's or service's
 *   vendor, and customer service helps as far as it can (`4.3.third-party`);
 * - on an OS, or with a prerequisite third-party product, whose maker's support has ended,
 *   problems are `'not-supported'` (`4.3.os-eol`); likewise after the company's own
 *   discretionary end (`4.3.discretionary-end`); afterwards only information about similar past
 *   problems is given, without guarantee (`4.3.after-eos`);
 * - on a release past its end of support, `'information-only'`: no response to new problems, no
 *   fixes, information about similar past problems without guarantee (`3.3.after-eos`).
 *
 * A date given as an end of support is the last supported day: `on` after it means ended. When
 * several findings apply, the outcome is the most restrictive (see
 * {@link SUPPORT_REQUEST_OUTCOMES}) and the reasons list them all, most restrictive first. Ends
 * still ahead are reported too, with a request to plan OS and third-party upgrades
 * (`4.3.customer-upgrade`).
 *
 * Malformed input fails with `CsPolicyError` `INVALID_INPUT`, naming each field; a date field
 * (`on`, `environment.os.vendorSupportEndsOn`, `environment.thirdParty[i].discretionaryEndOn`,
 * `environment.release.lastSupportedDate`, …) that holds a string which is not a date fails with
 * `INVALID_DATE`, naming the field. Every date field accepts `'YYYY-MM-DD'`, an ISO date-time, a
 * `Date`, epoch ms or a Luxon DateTime; its JST date counts.
 *
 * @example
 * ```ts
 * assessSupportRequest({ kind: 'inquiry', on: '2026-05-11' }).outcome; // 'supported'
 * assessSupportRequest({ kind: 'customization', on: '2026-05-11' }).outcome; // 'paid'
 * assessSupportRequest({
 *   kind: 'defect',
 *   cause: 'third-party',
 *   environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14' } },
 *   on: '2026-05-11',
 * }).value.applicable; // ['not-supported', 'limited']
 * ```
 */
export function assessSupportRequest(
  input: SupportRequestInput,
  options?: RuleOptions,
): Decision<SupportRequestOutcome, SupportRequestAssessment, SupportRequestCode> {
  const rule = ruleContext('assessSupportRequest', options, scopeReasons);
  // The release in use is chapter 3's: its reasons come from chapter 3's catalogue.
  const releaseRule = ruleContext(rule.rule, options, releaseReasons);
  const { scope } = rule.policy;
  const req = parseWith(inputSchema, input, 'INVALID_INPUT', 'support request');
  const onDay = toEpochDay(req.on, 'on');
  const on = formatEpochDay(onDay);
  const env = req.environment ?? {};
  // Every date is read (and a bad one rejected, naming its field) before anything is decided.
  const dayOf = (value: DateInput | undefined, what: string): number | undefined =>
    value === undefined ? undefined : toEpochDay(value, what);
  const components = [
    ...(env.os ? [{ component: 'os' as const, item: env.os, path: 'environment.os' }] : []),
    ...(env.thirdParty ?? []).map((item, i) => ({
      component: 'third-party' as const,
      item,
      path: `environment.thirdParty[${i}]`,
    })),
  ].map(({ component, item, path }) => ({
    component,
    name: item.name,
    vendorEndDay: dayOf(item.vendorSupportEndsOn, `${path}.vendorSupportEndsOn`),
    discretionaryEndDay: dayOf(item.discretionaryEndOn, `${path}.discretionaryEndOn`),
  }));
  const releaseLastDay = dayOf(env.release?.lastSupportedDate, 'environment.release.lastSupportedDate');

  const found = new Set<SupportRequestOutcome>();
  const entries: { rank: number; reason: Reason<SupportRequestCode> }[] = [];
  const add = (outcome: SupportRequestOutcome | 'info', ...reasons: Reason<SupportRequestCode>[]): void => {
    if (outcome !== 'info') found.add(outcome);
    for (const r of reasons) entries.push({ rank: outcome === 'info' ? INFO_RANK : rankOf(outcome), reason: r });
  };
  const ends: EnvironmentSupportEnd[] = [];

  // 4.3.onsite, as policy.scope.onsite says.
  if (req.kind === 'onsite') {
    if (scope.onsite === 'paid-option') {
      add('paid-option', rule.reason('ONSITE_OUT_OF_SCOPE'), rule.reason('ONSITE_PAID_OPTION'));
    } else if (scope.onsite === 'included') add('supported', rule.reason('ONSITE_INCLUDED'));
    else add('not-supported', rule.reason('ONSITE_UNAVAILABLE'));
  }

  // 4.3.customization (customized versions: 7.scope), as policy.scope.customization says.
  if (req.kind === 'customization') {
    if (scope.customization === 'paid') {
      add(
        'paid',
        rule.reason('CUSTOMIZATION_OUT_OF_SCOPE'),
        rule.reason('CUSTOMIZATION_PAID'),
        rule.reason('CUSTOMIZED_VERSION_SUPPORT'),
      );
    } else if (scope.customization === 'included') add('supported', rule.reason('CUSTOMIZATION_INCLUDED'));
    else add('not-supported', rule.reason('CUSTOMIZATION_UNAVAILABLE'));
  }

  // 4.3.third-party
  if (req.cause === 'os' || req.cause === 'third-party') {
    const names = req.cause === 'os' ? (env.os ? [env.os.name] : []) : (env.thirdParty ?? []).map((p) => p.name);
    add(
      'limited',
      rule.reason('OS_THIRD_PARTY_OUT_OF_SCOPE'),
      rule.reason(req.cause === 'os' ? 'CAUSED_BY_OS' : 'CAUSED_BY_THIRD_PARTY', { names }),
    );
  }

  // 4.3.os-eol, 4.3.discretionary-end, 4.3.after-eos, 4.3.customer-upgrade. A date is the last
  // supported day: only the day after it is past the end.
  let endedComponents = 0;
  for (const { component, name, vendorEndDay, discretionaryEndDay } of components) {
    if (vendorEndDay !== undefined) {
      const lastSupportedDate = formatEpochDay(vendorEndDay);
      const ended = onDay > vendorEndDay;
      ends.push({ component, name, basis: 'vendor', lastSupportedDate, ended });
      if (ended) endedComponents++;
      const os = component === 'os';
      const code = ended
        ? os
          ? 'OS_VENDOR_SUPPORT_ENDED'
          : 'THIRD_PARTY_VENDOR_SUPPORT_ENDED'
        : os
          ? 'OS_VENDOR_SUPPORT_ENDS'
          : 'THIRD_PARTY_VENDOR_SUPPORT_ENDS';
      add(ended ? 'not-supported' : 'info', rule.reason(code, { component, name, lastSupportedDate }));
    }
    if (discretionaryEndDay !== undefined) {
      const lastSupportedDate = formatEpochDay(discretionaryEndDay);
      const ended = onDay > discretionaryEndDay;
      ends.push({ component, name, basis: 'discretionary', lastSupportedDate, ended });
      if (ended) endedComponents++;
      const code = ended ? 'DISCRETIONARY_END_PASSED' : 'DISCRETIONARY_END_SCHEDULED';
      add(ended ? 'not-supported' : 'info', rule.reason(code, { component, name, lastSupportedDate }));
    }
  }
  if (endedComponents > 0) {
    const subject = ENDED_COMPONENTS_SUBJECT;
    add('not-supported', rule.reason('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', { subject }));
  }
  if (ends.length > 0) add('info', rule.reason('PLAN_UPGRADES'));

  // 3.3.eos / 3.3.after-eos: the release in use.
  const release = env.release;
  if (release !== undefined && releaseLastDay !== undefined) {
    const lastSupportedDate = formatEpochDay(releaseLastDay);
    const ended = onDay > releaseLastDay;
    ends.push({ component: 'release', name: release.name, basis: 'release', lastSupportedDate, ended });
    const facts = { release: release.name, lastSupportedDate };
    if (ended) {
      add(
        'information-only',
        releaseRule.reason('RELEASE_SUPPORT_ENDED', facts),
        releaseRule.reason('NO_NEW_PROBLEM_RESPONSE_OR_FIXES', {
          release: release.name,
          from: formatEpochDay(releaseLastDay + 1),
        }),
        releaseRule.reason('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', { subject: releaseText(release.name) }),
      );
      add('info', releaseRule.reason('USE_LATEST_VERSION'));
    } else add('info', releaseRule.reason('RELEASE_SUPPORTED_UNTIL', facts));
  }

  // intro.contents: what customer service contains (not 4.3.scope, which lists what is outside it).
  if (found.size === 0) add('supported', rule.reason('WITHIN_CUSTOMER_SERVICE', { defect: req.kind === 'defect' }));

  const applicable = SUPPORT_REQUEST_OUTCOMES.filter((o) => found.has(o));
  const outcome = applicable[0] ?? 'supported';
  const reasons = entries
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((e) => e.reason);
  return rule.decide(outcome, { on, kind: req.kind, cause: req.cause, applicable, ends }, reasons);
}
