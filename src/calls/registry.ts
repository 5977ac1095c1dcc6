// The registry of rules: every exported function that returns a Decision, by name, with the
// schemas of its arguments and options, its outcomes, the date that picks the policy version in
// force for a call, and where its input holds personal data. Scenario files, impact corpora,
// `cs-policy batch` and the HTTP service all name a rule by these keys.
import * as z from 'zod/mini';
import { caseEventSchema, caseStateSchema } from '../cases/case-state.js';
import { allowedChannels, allowedChannelsInputSchema } from '../cases/channels.js';
import { checkEligibility, eligibilityInputSchema } from '../cases/eligibility.js';
import { caseIntakeSchema } from '../cases/intake-schema.js';
import { validateCaseIntake } from '../cases/intake.js';
import { receptionStart } from '../cases/reception.js';
import { checkInquirySender, inquirySenderInputSchema } from '../cases/representative.js';
import { transitionCase } from '../cases/case-transition.js';
import { checkFeatureChangeNotice, featureChangeNoticeInputSchema } from '../cloud/check-feature-change-notice.js';
import { checkCustomerDataAccess, customerDataAccessSchema } from '../cloud/customer-data-access.js';
import { featureChangeNoticeDate } from '../cloud/feature-change-notice-date.js';
import { classifyMaintenance, maintenanceInputSchema } from '../cloud/maintenance.js';
import { clientAppDeliveryDate } from '../client-apps/delivery-date.js';
import { caseClock } from '../clock/case-clock.js';
import { clockEventsJsonSchema } from '../clock/events.js';
import { clientAppRequirements } from '../client-apps/requirements.js';
import { customizationCharge, customizationChargeSchema } from '../customized/charge.js';
import type { Decision } from '../policy/decision.js';
import { URGENCY_LEVELS } from '../policy/schema.js';
import { classifyVersionUp } from '../releases/classify-version-up.js';
import { gaNoticeObligations, inputSchema as gaNoticeInputSchema } from '../releases/ga-notice-obligations.js';
import { releaseEndOfSupport } from '../releases/release-end-of-support.js';
import {
  releaseSupportStatus,
  inputSchema as releaseSupportStatusInputSchema,
} from '../releases/release-support-status.js';
import { assessSupportRequest, inputSchema as supportRequestInputSchema } from '../scope/assess-support-request.js';
import { checkNoticeCompliance, inputSchema as noticeComplianceInputSchema } from '../scope/check-notice-compliance.js';
import { discretionaryEndNoticeDeadline, noticeReadingSchema } from '../scope/discretionary-end-notice-deadline.js';
import { policyChangeChannel, inputSchema as policyChangeInputSchema } from '../scope/policy-change-channel.js';
import { eventSchema as policyEventSchema, obligationsFor } from '../timeline/obligations-for.js';
import { deepFreeze } from '../freeze.js';
import { lazySchema } from '../validate.js';

// biome-ignore lint/suspicious/noExplicitAny: a rule's parameters differ per rule; each entry is typed by its function.
type AnyRule = (...args: any[]) => Decision;
type OutcomeOf<F extends AnyRule> = ReturnType<F>['outcome'];
type Schema = z.ZodMiniType;

/**
 * One positional argument of a rule: its name (as the function's parameter), what it is, and
 * the schema of its JSON form (dates and instants as strings).
 *
 * @example
 * ```ts
 * RULES.releaseEndOfSupport.args[0]!.name; // 'successorGa'
 * ```
 */
export interface RuleArgument {
  readonly name: string;
  readonly description: string;
  readonly schema: () => Schema;
}

/**
 * What the registry knows of one rule.
 *
 * - `fn`: the library function; `args`: its positional arguments, in order; `options`: the schema
 *   of each option other than `policy`;
 * - `outcomes`: every outcome it can return, each with a line saying what it means;
 * - `inForceDate`: from a call's arguments, the date whose policy version in force decides the
 *   call (`undefined`: none, the caller's today), and `inForceDateNote` saying which date that is;
 * - `personal`: paths into `args` that may hold personal data (names, e-mail addresses, phone
 *   numbers); decision records keep only their digests.
 *
 * @example
 * ```ts
 * const entry: RuleEntry = RULES.clientAppDeliveryDate;
 * entry.inForceDateNote; // 'receivedAt: the receipt of the build materials (6.lead-time)'
 * Object.keys(entry.outcomes); // ['due', 'agree-separately']
 * ```
 */
export interface RuleEntry<F extends AnyRule = AnyRule> {
  readonly fn: F;
  readonly summary: string;
  readonly args: readonly RuleArgument[];
  readonly options: { readonly [name: string]: () => Schema };
  readonly outcomes: { readonly [K in OutcomeOf<F>]: string };
  readonly inForceDate: (args: readonly unknown[]) => unknown;
  readonly inForceDateNote: string;
  readonly personal: readonly (readonly (string | number)[])[];
}

const dateArg = lazySchema(() => z.string().check(z.describe('a JST date "YYYY-MM-DD" or an ISO 8601 date-time')));
const instantArg = lazySchema(() =>
  z.string().check(z.describe('an ISO 8601 date-time with an offset, e.g. "2027-01-04T10:00+09:00"')),
);
const versionArg = lazySchema(() => z.string().check(z.describe('a version number such as "2.3.1"')));
const caseIntakeArg = lazySchema(() => caseIntakeSchema);
const noOptions = {} as const;
const readingOption = { reading: noticeReadingSchema };
const none = (): undefined => undefined;
const field =
  (key: string) =>
  (args: readonly unknown[]): unknown =>
    typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, unknown>)[key] : undefined;

function entry<F extends AnyRule>(e: RuleEntry<F>): RuleEntry<F> {
  return e;
}

/**
 * Every rule of the library by its function's name: the registry a rule call (`{ rule, args,
 * options }`) is decided through. A test fails if an exported function that returns a Decision
 * is missing here.
 *
 * @example
 * ```ts
 * Object.keys(RULES).length; // 23
 * RULES.releaseEndOfSupport.fn('2026-04-01').value.lastSupportedDate; // '2026-09-28'
 * RULES.releaseEndOfSupport.inForceDate(['2026-04-01']); // '2026-04-01' (the successor's GA)
 * ```
 */
export const RULES = deepFreeze({
  checkEligibility: entry({
    fn: checkEligibility,
    summary: 'whether a customer is served on a date (intro.eligibility)',
    args: [{ name: 'input', description: '{ customer, product?, date }', schema: eligibilityInputSchema }],
    options: noOptions,
    outcomes: { eligible: 'the customer is served', 'not-eligible': 'the customer is not served' },
    inForceDate: field('date'),
    inForceDateNote: 'input.date: the day the customer asks',
    personal: [],
  }),
  allowedChannels: entry({
    fn: allowedChannels,
    summary: 'the channels open for a new inquiry of an urgency (1.1.channels)',
    args: [{ name: 'input', description: '{ urgency, at? }', schema: allowedChannelsInputSchema }],
    options: noOptions,
    outcomes: {
      'web-form-and-phone': 'the web form and the phone are open',
      'web-form-only': 'only the web form is open',
      'phone-only': 'only the phone is open (a policy without the form for this urgency)',
      none: 'no channel is open for this urgency',
    },
    inForceDate: field('at'),
    inForceDateNote: 'input.at: the moment of the inquiry (today when absent)',
    personal: [],
  }),
  receptionStart: entry({
    fn: receptionStart,
    summary: 'when a case received at an instant starts being handled (1.1.hours, 1.2.form.confirmation)',
    args: [{ name: 'receivedAt', description: 'when the case was received', schema: instantArg }],
    options: noOptions,
    outcomes: {
      immediate: 'received within business hours: handled at once',
      'next-opening': 'received outside business hours: handled from the next opening',
    },
    inForceDate: (args) => args[0],
    inForceDateNote: 'receivedAt: the receipt of the case',
    personal: [],
  }),
  checkInquirySender: entry({
    fn: checkInquirySender,
    summary: 'whether support accepts an inquiry from a sender (1.2.representative)',
    args: [{ name: 'input', description: '{ sender, company }', schema: inquirySenderInputSchema }],
    options: noOptions,
    outcomes: {
      allowed: 'the sender is a registered representative',
      refused: 'the inquiry is not accepted: the sender is not a registered representative (or is an end user)',
    },
    inForceDate: none,
    inForceDateNote: 'none: the input has no date (today)',
    personal: [
      [0, 'sender', 'email'],
      [0, 'company', 'name'],
      [0, 'company', 'registeredContacts'],
    ],
  }),
  validateCaseIntake: entry({
    fn: validateCaseIntake,
    summary: 'whether a case-registration form is complete, and its case drafts (1.2.form)',
    args: [{ name: 'form', description: 'the case-registration form', schema: caseIntakeArg }],
    options: noOptions,
    outcomes: { valid: 'the form is complete: one draft per question', invalid: 'the form has errors' },
    inForceDate: none,
    inForceDateNote: 'none: the form has no date of receipt (today)',
    personal: [
      [0, 'companyName'],
      [0, 'personName'],
      [0, 'email'],
      [0, 'phone'],
    ],
  }),
  transitionCase: entry({
    fn: transitionCase,
    summary: 'a case state after an event of its lifecycle (1.2.case, 2.*, 4.1.survey)',
    args: [
      { name: 'state', description: 'the case state', schema: caseStateSchema },
      { name: 'event', description: 'the event', schema: caseEventSchema },
    ],
    options: noOptions,
    outcomes: {
      applied: 'the event applies: the new state',
      split: 'the case is split into one case per question',
      refused: 'the event does not apply in this state',
    },
    inForceDate: none,
    inForceDateNote: 'none: a case event has no date (today)',
    personal: [],
  }),
  classifyVersionUp: entry({
    fn: classifyVersionUp,
    summary: 'the kind of a version-up: major, minor or fix (3.1.kinds)',
    args: [
      { name: 'from', description: 'the current version', schema: versionArg },
      { name: 'to', description: 'the target version', schema: versionArg },
    ],
    options: noOptions,
    outcomes: {
      major: 'a major version-up',
      minor: 'a minor version-up',
      fix: 'a fix version-up',
      'not-an-upgrade': 'the target is not higher',
    },
    inForceDate: none,
    inForceDateNote: 'none: version numbers have no date (today)',
    personal: [],
  }),
  releaseEndOfSupport: entry({
    fn: releaseEndOfSupport,
    summary: "an old release's last supported day, from its successor's GA (3.3.eos)",
    args: [{ name: 'successorGa', description: "the new release's GA date", schema: dateArg }],
    options: noOptions,
    outcomes: { ends: 'support ends on the computed day' },
    inForceDate: (args) => args[0],
    inForceDateNote: "successorGa: the successor's GA, which starts the period",
    personal: [],
  }),
  releaseSupportStatus: entry({
    fn: releaseSupportStatus,
    summary: 'whether a release is supported on a day (3.3.eos, 3.3.after-eos)',
    args: [{ name: 'input', description: '{ release, successorGa?, on }', schema: releaseSupportStatusInputSchema }],
    options: noOptions,
    outcomes: {
      supported: 'no successor has reached GA',
      'support-ending': 'supported until the last supported day',
      ended: 'past the last supported day: information only',
    },
    inForceDate: (args) => field('successorGa')(args) ?? field('on')(args),
    inForceDateNote: "input.successorGa (the successor's GA starts the period), else input.on",
    personal: [],
  }),
  gaNoticeObligations: entry({
    fn: gaNoticeObligations,
    summary: "what a new release's GA obliges, with dates (3.2.notice, 3.3.eos)",
    args: [{ name: 'input', description: '{ product, release, ga, previousRelease? }', schema: gaNoticeInputSchema }],
    options: noOptions,
    outcomes: { notify: 'the notices and dates due' },
    inForceDate: field('ga'),
    inForceDateNote: 'input.ga: the GA date',
    personal: [],
  }),
  assessSupportRequest: entry({
    fn: assessSupportRequest,
    summary: 'whether and how a support request is served (4.3.*, 3.3.after-eos)',
    args: [{ name: 'input', description: '{ kind, cause?, environment?, on }', schema: supportRequestInputSchema }],
    options: noOptions,
    outcomes: {
      supported: 'served by customer service',
      limited: 'served, with limits (OS or third-party cause)',
      'information-only': 'past an end of support: information only',
      'not-supported': 'not supported (vendor or discretionary end)',
      paid: 'a paid service (customization)',
      'paid-option': 'a paid option (on-site)',
    },
    inForceDate: field('on'),
    inForceDateNote: 'input.on: the day of the request',
    personal: [],
  }),
  discretionaryEndNoticeDeadline: entry({
    fn: discretionaryEndNoticeDeadline,
    summary: 'the latest day to notify a discretionary end of support (4.3.discretionary-end)',
    args: [{ name: 'endDate', description: 'the end-of-support date', schema: dateArg }],
    options: readingOption,
    outcomes: { 'notice-by': 'the latest notice day' },
    inForceDate: (args) => args[0],
    inForceDateNote: 'endDate: the end of support the notice announces',
    personal: [],
  }),
  checkNoticeCompliance: entry({
    fn: checkNoticeCompliance,
    summary: 'whether a discretionary-end notice met its deadline and channel (4.3.discretionary-end)',
    args: [
      {
        name: 'input',
        description: '{ endDate, noticeSentOn, channel?, reading? }',
        schema: noticeComplianceInputSchema,
      },
    ],
    options: readingOption,
    outcomes: {
      compliant: 'sent by e-mail in time',
      late: 'sent after the latest notice day',
      'after-end': 'sent on or after the end date',
      'wrong-channel': 'not sent by e-mail',
    },
    inForceDate: field('endDate'),
    inForceDateNote: 'input.endDate: the end of support the notice announces (as for the deadline)',
    personal: [],
  }),
  policyChangeChannel: entry({
    fn: policyChangeChannel,
    summary: 'how a change of this policy is announced (4.2.policy-change)',
    args: [{ name: 'input', description: '{ important }', schema: policyChangeInputSchema }],
    options: noOptions,
    outcomes: {
      email: 'an important change: announced by e-mail',
      website: 'announced on the website',
    },
    inForceDate: none,
    inForceDateNote: 'none: the input has no date (today)',
    personal: [],
  }),
  classifyMaintenance: entry({
    fn: classifyMaintenance,
    summary: 'what a piece of cloud work is under chapter 5, and its notice (5.*)',
    args: [
      {
        name: 'input',
        description: '{ trigger, stopsService, changesFeaturesOrUi, work? }',
        schema: maintenanceInputSchema,
      },
    ],
    options: noOptions,
    outcomes: {
      scheduled: 'scheduled maintenance',
      preventive: 'preventive maintenance',
      emergency: 'emergency maintenance',
      'feature-change': 'a change of features: the feature-change notice',
    },
    inForceDate: none,
    inForceDateNote: 'none: the input has no date (today)',
    personal: [],
  }),
  featureChangeNoticeDate: entry({
    fn: featureChangeNoticeDate,
    summary: 'the target day of a feature-change notice (5.feature-change)',
    args: [{ name: 'changeDate', description: 'the day the features change', schema: dateArg }],
    options: noOptions,
    outcomes: { 'notice-by': 'the target notice day' },
    inForceDate: (args) => args[0],
    inForceDateNote: 'changeDate: the day the features change',
    personal: [],
  }),
  checkFeatureChangeNotice: entry({
    fn: checkFeatureChangeNotice,
    summary: 'how a feature-change mail relates to its target (5.feature-change)',
    args: [{ name: 'input', description: '{ changeDate, noticeSentOn }', schema: featureChangeNoticeInputSchema }],
    options: noOptions,
    outcomes: {
      'on-target': 'sent on or before the target day',
      late: 'sent after the target day, before the change',
      'after-change': 'sent on or after the change',
    },
    inForceDate: field('changeDate'),
    inForceDateNote: 'input.changeDate: the day the features change',
    personal: [],
  }),
  checkCustomerDataAccess: entry({
    fn: checkCustomerDataAccess,
    summary: 'whether customer-specific data may be accessed (5.customer-data)',
    args: [{ name: 'input', description: '{ purpose, consent?, at }', schema: customerDataAccessSchema }],
    options: noOptions,
    outcomes: { allowed: 'the access is allowed', 'not-allowed': 'the access is not allowed' },
    inForceDate: field('at'),
    inForceDateNote: 'input.at: the moment of the access',
    personal: [],
  }),
  clientAppDeliveryDate: entry({
    fn: clientAppDeliveryDate,
    summary: 'when a customer-specific client app is due (6.lead-time)',
    args: [{ name: 'receivedAt', description: 'when the build materials arrived', schema: instantArg }],
    options: { customization: lazySchema(() => z.boolean()) },
    outcomes: { due: 'the due date', 'agree-separately': 'customization: the schedule is agreed separately' },
    inForceDate: (args) => args[0],
    inForceDateNote: 'receivedAt: the receipt of the build materials (6.lead-time)',
    personal: [],
  }),
  clientAppRequirements: entry({
    fn: clientAppRequirements,
    summary: 'what a customer-specific client app needs from the customer (6.*)',
    args: [],
    options: noOptions,
    outcomes: { 'customer-specific-app-available': 'the app is offered, on these terms' },
    inForceDate: none,
    inForceDateNote: 'none: no argument (today)',
    personal: [],
  }),
  customizationCharge: entry({
    fn: customizationCharge,
    summary: 'who pays for a request about a customized version (7.*)',
    args: [{ name: 'input', description: '{ request, features? }', schema: customizationChargeSchema }],
    options: noOptions,
    outcomes: {
      included: 'included in the maintenance fee',
      'charged-separately': 'charged separately',
      quoted: 'paid, the cost agreed separately',
    },
    inForceDate: none,
    inForceDateNote: 'none: the input has no date (today)',
    personal: [],
  }),
  obligationsFor: entry({
    fn: obligationsFor,
    summary: 'what an event obliges, and by when, across chapters (timeline)',
    args: [{ name: 'event', description: 'a policy event, by kind', schema: policyEventSchema }],
    options: noOptions,
    outcomes: { obligations: 'the dated obligations' },
    inForceDate: (args) =>
      field('ga')(args) ?? field('endsOn')(args) ?? field('changeOn')(args) ?? field('receivedAt')(args),
    inForceDateNote: "the event's date: ga, endsOn, changeOn or receivedAt",
    personal: [],
  }),
  caseClock: entry({
    fn: caseClock,
    summary: 'business time a case was handled and waited, against its target (1.2.case, 1.1.hours, 2.1.data)',
    args: [
      {
        name: 'events',
        description: '[{ at, clock: run | pause | stop }], in time order',
        schema: clockEventsJsonSchema,
      },
    ],
    options: {
      now: instantArg,
      urgency: lazySchema(() => z.enum(URGENCY_LEVELS)),
      measure: lazySchema(() => z.enum(['first-response', 'resolution'])),
    },
    outcomes: {
      running: 'the case is being handled',
      paused: 'the case waits for the customer',
      stopped: 'the case has ended (final answer)',
    },
    inForceDate: (args) => (Array.isArray(args[0]) ? (args[0][0] as { at?: unknown } | undefined)?.at : undefined),
    inForceDateNote: "events[0].at: the case's first event (its registration)",
    personal: [],
  }),
} as const);

/**
 * The name of a rule in {@link RULES}.
 *
 * @example
 * ```ts
 * const rule: RuleName = 'releaseEndOfSupport';
 * ```
 */
export type RuleName = keyof typeof RULES;

/**
 * The decision a rule returns, by its name.
 *
 * @example
 * ```ts
 * const d: RuleDecision<'releaseEndOfSupport'> = releaseEndOfSupport('2026-04-01');
 * ```
 */
export type RuleDecision<R extends RuleName> = ReturnType<(typeof RULES)[R]['fn']>;

/**
 * True when `name` names a rule of {@link RULES}.
 *
 * @example
 * ```ts
 * isRuleName('releaseEndOfSupport'); // true
 * isRuleName('toString'); // false
 * ```
 */
export function isRuleName(name: unknown): name is RuleName {
  return typeof name === 'string' && Object.hasOwn(RULES, name);
}
