import * as z from 'zod/mini';
import { isIsoDateShape } from '../calendar/civil.js';
import { dateField as dateInputField } from '../calendar/fields.js';
import { toEpochDay, toEpochMs, type DateInput } from '../calendar/input.js';
import { CsPolicyError, type InputIssue } from '../errors.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { formatIssues, lazySchema, parseWith } from '../validate.js';
import { cloudReasons, PURPOSE_WORDS } from './reasons.js';

/**
 * Why support would access customer-specific information such as image data (`5.customer-data`:
 * 調査等). The purpose never changes the answer — every purpose needs prior consent — but it is
 * recorded in the decision's reasons.
 *
 * @example
 * ```ts
 * CUSTOMER_DATA_PURPOSES; // ['investigation', 'defect-fix', 'other']
 * ```
 */
export const CUSTOMER_DATA_PURPOSES = Object.freeze(['investigation', 'defect-fix', 'other'] as const);

/**
 * One of {@link CUSTOMER_DATA_PURPOSES}.
 *
 * @example
 * ```ts
 * const purpose: CustomerDataPurpose = 'investigation';
 * ```
 */
export type CustomerDataPurpose = (typeof CUSTOMER_DATA_PURPOSES)[number];

export const customerDataAccessSchema = lazySchema(() =>
  z.strictObject({
    purpose: z.enum(CUSTOMER_DATA_PURPOSES),
    consent: z.optional(
      z.strictObject({
        givenOn: dateInputField,
        withdrawnOn: z.optional(z.nullable(dateInputField)),
      }),
    ),
    at: dateInputField,
  }),
);

/**
 * A planned access to customer-specific data: why, the customer's consent (if any), and when
 * the access happens.
 *
 * @example
 * ```ts
 * const input: CustomerDataAccessInput = { purpose: 'investigation', consent: { givenOn: '2027-03-01' }, at: '2027-03-02T10:00' };
 * ```
 */
export type CustomerDataAccessInput = z.input<ReturnType<typeof customerDataAccessSchema>>;

/**
 * The reason codes {@link checkCustomerDataAccess} can give: `PRIOR_CONSENT` when allowed; else
 * why not, followed by `PRIOR_CONSENT_REQUIRED`.
 *
 * @example
 * ```ts
 * const code: CustomerDataAccessCode = 'CONSENT_WITHDRAWN';
 * ```
 */
export type CustomerDataAccessCode =
  | 'PRIOR_CONSENT'
  | 'NO_CONSENT'
  | 'CONSENT_GIVEN_LATER'
  | 'CONSENT_WITHDRAWN'
  | 'PRIOR_CONSENT_REQUIRED';

/**
 * The decision of {@link checkCustomerDataAccess}: `allowed` or `not-allowed`; no computed value.
 *
 * @example
 * ```ts
 * const d: CustomerDataAccessDecision = checkCustomerDataAccess(input);
 * ```
 */
export type CustomerDataAccessDecision = Decision<'allowed' | 'not-allowed', null, CustomerDataAccessCode>;

/** A moment as the caller gave it: always its JST day, and its instant when the input carries a time. */
interface Moment {
  readonly day: number;
  readonly ms: number | null;
}

function momentOf(value: DateInput, what: string): Moment {
  const day = toEpochDay(value, what);
  return { day, ms: typeof value === 'string' && isIsoDateShape(value) ? null : toEpochMs(value, what) };
}

/**
 * a ≤ b, reading a date-only value as covering its whole JST day: as instants when both carry a
 * time, else as JST dates. Used for "withdrawn on or before the access" (a withdrawal dated the
 * access day counts as already in force) and for "withdrawn no earlier than given".
 */
function notAfter(a: Moment, b: Moment): boolean {
  return a.ms !== null && b.ms !== null ? a.ms <= b.ms : a.day <= b.day;
}

/**
 * a strictly before b, the cautious way: as instants when both carry a time; when either is a
 * date only, a must fall on an earlier JST day — a date-only value could be any time of its day,
 * so the same day cannot prove that one came first.
 */
function strictlyBefore(a: Moment, b: Moment): boolean {
  return a.ms !== null && b.ms !== null ? a.ms < b.ms : a.day < b.day;
}

/**
 * Whether support may access customer-specific information (e.g. image data) at `at`
 * (`5.customer-data`: 事前にお客様の同意を得た上で). Allowed only with prior consent: given
 * strictly before `at` and not withdrawn on or before `at`.
 *
 * Precision, read cautiously both ways: when both values of a comparison carry a time (a
 * date-time string, a `Date`, epoch ms, a Luxon DateTime) they compare as instants, and consent
 * at the very instant of the access is not prior. When either is a date only (`'YYYY-MM-DD'`)
 * the comparison is by JST date, and a date-only value may be any time of its day: consent must
 * then fall on an **earlier** JST day than the access (consent dated the access day, or given at
 * 23:00 of the day of a date-only access, is not proven prior), while a withdrawal dated the
 * access day counts as already in force.
 *
 * Throws `INVALID_INPUT` for a malformed object or a withdrawal before the consent, and
 * `INVALID_DATE` for a field that is not a date.
 *
 * @example
 * ```ts
 * checkCustomerDataAccess({ purpose: 'investigation', at: '2027-03-02' }).outcome; // 'not-allowed' (NO_CONSENT)
 * checkCustomerDataAccess({ purpose: 'investigation', consent: { givenOn: '2027-03-01' }, at: '2027-03-02' }).outcome; // 'allowed'
 * ```
 */
export function checkCustomerDataAccess(
  input: CustomerDataAccessInput,
  options?: RuleOptions,
): CustomerDataAccessDecision {
  const rule = ruleContext('checkCustomerDataAccess', options, cloudReasons);
  const parsed = parseWith(customerDataAccessSchema, input, 'INVALID_INPUT', 'customer-data access');
  const at = momentOf(parsed.at, 'at');
  const given = parsed.consent ? momentOf(parsed.consent.givenOn, 'consent.givenOn') : undefined;
  const withdrawn =
    parsed.consent?.withdrawnOn !== undefined && parsed.consent.withdrawnOn !== null
      ? momentOf(parsed.consent.withdrawnOn, 'consent.withdrawnOn')
      : undefined;
  if (given && withdrawn && !notAfter(given, withdrawn)) {
    // One source for the message and the field list, as parseWith makes them.
    const issues: InputIssue[] = [
      {
        path: ['consent', 'withdrawnOn'],
        message: 'must not be before consent.givenOn (a consent cannot be withdrawn before it was given)',
      },
    ];
    throw new CsPolicyError('INVALID_INPUT', `invalid customer-data access: ${formatIssues(issues)}`, issues);
  }
  const purpose = PURPOSE_WORDS[parsed.purpose];
  const notAllowed = (why: Reason<CustomerDataAccessCode>): CustomerDataAccessDecision =>
    rule.decide('not-allowed', null, [why, rule.reason('PRIOR_CONSENT_REQUIRED')]);

  if (!given) return notAllowed(rule.reason('NO_CONSENT', { purpose }));
  if (!strictlyBefore(given, at)) {
    // Same reason code whether the consent is plainly later or only not shown to be earlier
    // (same JST day with a date-only side, or the same instant): either way it is not prior.
    const order = strictlyBefore(at, given) ? 'later' : 'not-shown-earlier';
    return notAllowed(rule.reason('CONSENT_GIVEN_LATER', { given, at, order }));
  }
  if (withdrawn && notAfter(withdrawn, at)) return notAllowed(rule.reason('CONSENT_WITHDRAWN', { withdrawn, at }));
  return rule.decide('allowed', null, [rule.reason('PRIOR_CONSENT', { given, purpose })]);
}
