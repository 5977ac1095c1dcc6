import * as z from 'zod/mini';
import { calendarOptionsSchema } from '../calendar/options.js';

const text = z.string().check(z.minLength(1));
const bilingual = z.strictObject({ ja: text, en: text });
const positiveDays = z.int().check(z.positive());
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/** Urgency levels of a case (`1.2.form`, interpretation 9: 高・中・低). */
export const URGENCY_LEVELS = ['high', 'medium', 'low'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

/** Kinds of customer the policy serves (`intro.eligibility`). */
export const CUSTOMER_KINDS = ['maintenance-contract', 'service-subscription', 'sales-partner'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** Contact channels for a new inquiry (`1.1.channels`). */
export const CHANNELS = ['web-form', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The schema of a policy version: every parameter a rule reads, each tagged in its
 * description with the clause it comes from. `definePolicy` and `--policy FILE`
 * validate against it.
 */
export const policySchema = z.strictObject({
  /** The version id, the policy's date: `'2024-10-07'`. */
  version: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a version date "YYYY-MM-DD"')),
  title: bilingual,
  /** Business days and hours (`1.1.hours`, interpretations 1–2). */
  calendar: calendarOptionsSchema,
  /** Who is served (`intro.eligibility`). */
  eligibility: z.strictObject({
    customerKinds: nonEmpty(z.enum(CUSTOMER_KINDS)),
  }),
  /** What customer service contains (`intro.contents`). */
  contents: nonEmpty(z.strictObject({ id: text, name: bilingual, includes: z.array(bilingual) })),
  /** Covered products and services (`1.1.products`). */
  products: nonEmpty(z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'must be a lower-case id')), name: bilingual })),
  /** Contact details (`1.1.contacts`). */
  contacts: z.strictObject({
    webFormUrl: z.url(),
    emergencyPhone: z.string().check(z.regex(/^[0-9-]+$/, 'must be a phone number of digits and hyphens')),
  }),
  /** Channels for a new inquiry (`1.1.channels`, interpretation 9). */
  channels: z.strictObject({
    webForm: z.strictObject({ loginRequired: z.boolean(), urgencies: nonEmpty(z.enum(URGENCY_LEVELS)) }),
    phone: z.strictObject({ urgencies: z.array(z.enum(URGENCY_LEVELS)), withinBusinessHoursOnly: z.boolean() }),
  }),
  /** Case urgency levels (`1.2.form`). */
  urgencyLevels: nonEmpty(z.enum(URGENCY_LEVELS)),
  /** Representatives (`1.2.representative`, interpretation 8). */
  representatives: z.strictObject({
    perCompany: z.int().check(z.minimum(1)),
    acceptIndividualEndUsers: z.boolean(),
  }),
  /** Releases (`3.*`). */
  releases: z.strictObject({
    /** Old release supported until successor GA + this many calendar days (`3.3.eos`, interpretation 4). */
    endOfSupportDays: positiveDays,
  }),
  /** OS and third-party products (`4.3.*`). */
  thirdParty: z.strictObject({
    /** Notice at least this many days before a discretionary end (`4.3.discretionary-end`, interpretation 5). */
    discretionaryEndNoticeDays: positiveDays,
    /** Default reading of "N days before": `inclusive` (end − N) or `clear-days` (end − N − 1). */
    noticeReading: z.enum(['inclusive', 'clear-days']),
  }),
  /** Scope and charges (`4.3.onsite`, `4.3.customization`). */
  scope: z.strictObject({
    onsite: z.enum(['paid-option', 'included', 'unavailable']),
    customization: z.enum(['paid', 'included', 'unavailable']),
  }),
  /** Policy changes (`4.2.policy-change`). */
  policyChange: z.strictObject({
    importantChangeChannel: z.enum(['email', 'website']),
    otherChangeChannel: z.enum(['email', 'website']),
  }),
  /** Cloud services (`5.*`). */
  cloud: z.strictObject({
    /** Target: feature-change mail this many calendar days before the change (`5.feature-change`, interpretation 7). */
    featureChangeNoticeDays: positiveDays,
  }),
  /** Customer-specific client apps (`6.*`). */
  clientApps: z.strictObject({
    /** Delivery this many business days after receipt of the build materials (`6.lead-time`, interpretation 6). */
    leadTimeBusinessDays: positiveDays,
    paid: z.boolean(),
    stores: nonEmpty(text),
  }),
});

/** A validated, frozen policy version. */
export type Policy = z.output<typeof policySchema>;
/** A policy as written in JSON, before validation fills defaults. */
export type PolicyInput = z.input<typeof policySchema>;
