import { parseIsoDate } from '../calendar/civil.js';
import * as z from 'zod/mini';
import { calendarOptionsSchema } from '../calendar/options.js';
import { lazySchema, nonBlankText } from '../validate.js';

// Built on first use, like policySchema's fields (see there).
const text = nonBlankText;
const bilingual = lazySchema(() => z.strictObject({ ja: text(), en: text() }));
const positiveDays = lazySchema(() => z.int().check(z.positive()));
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/**
 * Urgency levels of a case (`1.2.form`, interpretation 9: 高・中・低), most urgent first; only
 * `'high'` may also use the phone (`1.1.channels`).
 *
 * @example
 * ```ts
 * URGENCY_LEVELS; // ['high', 'medium', 'low']
 * const isUrgency = (s: string): s is Urgency => (URGENCY_LEVELS as readonly string[]).includes(s);
 * ```
 */
export const URGENCY_LEVELS = Object.freeze(['high', 'medium', 'low'] as const);
/**
 * The urgency of a case, お客様緊急度 (`1.2.form`, interpretation 9): it decides whether the
 * phone is open as well as the form (`1.1.channels`).
 *
 * @example
 * ```ts
 * const u: Urgency = 'high';
 * allowedChannels({ urgency: u }).outcome; // 'web-form-and-phone'
 * ```
 */
export type Urgency = (typeof URGENCY_LEVELS)[number];

/**
 * Kinds of customer the policy serves (`intro.eligibility`: 保守契約をお持ちのお客様、提供サービスを
 * ご契約中のお客様および販売パートナー企業).
 *
 * @example
 * ```ts
 * CUSTOMER_KINDS; // ['maintenance-contract', 'service-subscription', 'sales-partner']
 * ```
 */
export const CUSTOMER_KINDS = Object.freeze(['maintenance-contract', 'service-subscription', 'sales-partner'] as const);
/**
 * A kind of customer the policy serves (`intro.eligibility`); {@link checkEligibility} also takes `'none'`.
 *
 * @example
 * ```ts
 * const kind: CustomerKind = 'sales-partner';
 * checkEligibility({ customer: { kind }, date: '2027-01-04' }).outcome; // 'eligible'
 * ```
 */
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/**
 * Contact channels for a new inquiry (`1.1.channels`): the web form, and the phone in emergencies only.
 *
 * @example
 * ```ts
 * CHANNELS; // ['web-form', 'phone']
 * ```
 */
export const CHANNELS = Object.freeze(['web-form', 'phone'] as const);
/**
 * A contact channel for a new inquiry (`1.1.channels`), as {@link allowedChannels} lists them.
 *
 * @example
 * ```ts
 * const channels: Channel[] = allowedChannels({ urgency: 'medium' }).value.map((c) => c.channel); // ['web-form']
 * ```
 */
export type Channel = (typeof CHANNELS)[number];

/**
 * The schema of a policy version: every parameter a rule reads, each tagged in its
 * description with the clause it comes from. `definePolicy` and `--policy FILE`
 * validate against it.
 *
 * @example
 * ```ts
 * policySchema.safeParse(JSON.parse(JSON.stringify(policy20241007))).success; // true
 * policySchema.safeParse({ version: '2027-04-01' }).success; // false (every other field is missing)
 * ```
 */
export const policySchema = z.strictObject({
  // Each field is a getter, so its schema is built on first use rather than at import (building
  // them all is a few milliseconds of every import); zod resolves the getters once, on first parse.
  /** The version id, the policy's date: `'2024-10-07'`. */
  get version() {
    // The date the version takes effect: a real date (not '9999-99-99'), as policyInForce compares them.
    return z.string().check(
      z.regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'must be a version date "YYYY-MM-DD"'),
      z.refine((text) => parseIsoDate(text) !== undefined, 'must be a real date "YYYY-MM-DD"'),
    );
  },
  get title() {
    return bilingual();
  },
  /** Business days and hours (`1.1.hours`, interpretations 1–2). */
  get calendar() {
    return calendarOptionsSchema;
  },
  /** Who is served (`intro.eligibility`). */
  get eligibility() {
    return z.strictObject({
      customerKinds: nonEmpty(z.enum(CUSTOMER_KINDS)),
    });
  },
  /** What customer service contains (`intro.contents`). */
  get contents() {
    return nonEmpty(z.strictObject({ id: text(), name: bilingual(), includes: z.array(bilingual()) }));
  },
  /** Covered products and services (`1.1.products`). */
  get products() {
    return nonEmpty(
      z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'must be a lower-case id')), name: bilingual() }),
    );
  },
  /** Contact details (`1.1.contacts`). */
  get contacts() {
    return z.strictObject({
      webFormUrl: z.url(),
      emergencyPhone: z.string().check(z.regex(/^[0-9-]+$/, 'must be a phone number of digits and hyphens')),
    });
  },
  /** Channels for a new inquiry (`1.1.channels`, interpretation 9). */
  get channels() {
    return z.strictObject({
      webForm: z.strictObject({ loginRequired: z.boolean(), urgencies: nonEmpty(z.enum(URGENCY_LEVELS)) }),
      phone: z.strictObject({ urgencies: z.array(z.enum(URGENCY_LEVELS)), withinBusinessHoursOnly: z.boolean() }),
    });
  },
  /** Case urgency levels (`1.2.form`). */
  get urgencyLevels() {
    return nonEmpty(z.enum(URGENCY_LEVELS));
  },
  /** Representatives (`1.2.representative`, interpretation 8). */
  get representatives() {
    return z.strictObject({
      perCompany: z.int().check(z.minimum(1)),
      acceptIndividualEndUsers: z.boolean(),
    });
  },
  /** Releases (`3.*`). */
  get releases() {
    return z.strictObject({
      /** Old release supported until successor GA + this many calendar days (`3.3.eos`, interpretation 4). */
      endOfSupportDays: positiveDays(),
    });
  },
  /** OS and third-party products (`4.3.*`). */
  get thirdParty() {
    return z.strictObject({
      /** Notice at least this many days before a discretionary end (`4.3.discretionary-end`, interpretation 5). */
      discretionaryEndNoticeDays: positiveDays(),
      /** Default reading of "N days before": `inclusive` (end − N) or `clear-days` (end − N − 1). */
      noticeReading: z.enum(['inclusive', 'clear-days']),
    });
  },
  /** Scope and charges (`4.3.onsite`, `4.3.customization`). */
  get scope() {
    return z.strictObject({
      onsite: z.enum(['paid-option', 'included', 'unavailable']),
      customization: z.enum(['paid', 'included', 'unavailable']),
    });
  },
  /** Policy changes (`4.2.policy-change`). */
  get policyChange() {
    return z.strictObject({
      importantChangeChannel: z.enum(['email', 'website']),
      otherChangeChannel: z.enum(['email', 'website']),
    });
  },
  /** Cloud services (`5.*`). */
  get cloud() {
    return z.strictObject({
      /** Target: feature-change mail this many calendar days before the change (`5.feature-change`, interpretation 7). */
      featureChangeNoticeDays: positiveDays(),
    });
  },
  /** Customer-specific client apps (`6.*`). */
  get clientApps() {
    return z.strictObject({
      /** Delivery this many business days after receipt of the build materials (`6.lead-time`, interpretation 6). */
      leadTimeBusinessDays: positiveDays(),
      paid: z.boolean(),
      stores: nonEmpty(text()),
    });
  },
  /**
   * Case-clock targets (`1.2.case`), optional: the 2024-10-07 text sets none, so its version has
   * no such section and the case clock then reports time only. A later version may set, per
   * urgency, business minutes for the first response and the resolution, and the percentage of a
   * target at which the clock warns.
   */
  get caseClock() {
    const minutes = z.optional(z.int().check(z.positive()));
    const perUrgency = z.optional(z.strictObject({ firstResponse: minutes, resolution: minutes }));
    return z.optional(
      z.strictObject({
        targets: z.strictObject({ high: perUrgency, medium: perUrgency, low: perUrgency }),
        warningPercent: z.optional(z.int().check(z.positive(), z.lt(100))),
      }),
    );
  },
});

/**
 * A validated, frozen policy version: every parameter the rules read. A later policy is a new
 * version object (interpretation 10, `4.2.policy-change`), passed to any rule as `options.policy`.
 *
 * @example
 * ```ts
 * const policy: Policy = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
 * releaseEndOfSupport('2027-04-01', { policy }).policyVersion; // '2027-04-01'
 * ```
 */
export type Policy = z.output<typeof policySchema>;
/**
 * A policy as written in JSON, before validation fills defaults (those of the calendar): the
 * input of {@link parsePolicy}, e.g. a policy file.
 *
 * @example
 * ```ts
 * const input: PolicyInput = { ...policy20241007, version: '2027-04-01', calendar: {} };
 * parsePolicy(input).calendar.hours; // { open: '09:30', close: '18:30' } (the default)
 * ```
 */
export type PolicyInput = z.input<typeof policySchema>;
