import * as z from 'zod/mini';
import { formatEpochDay } from '../calendar/civil.js';
import { toEpochDay, toEpochMs, type DateInput } from '../calendar/input.js';
import { CsPolicyError } from '../errors.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';
import { dateField as dateInputField } from '../calendar/fields.js';

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
export const CUSTOMER_DATA_PURPOSES = ['investigation', 'defect-fix', 'other'] as const;

/**
 * One of {@link CUSTOMER_DATA_PURPOSES}.
 *
 * @example
 * ```ts
 * const purpose: CustomerDataPurpose = 'investigation';
 * ```
 */
export type CustomerDataPurpose = (typeof CUSTOMER_DATA_PURPOSES)[number];

const customerDataAccessSchema = lazySchema(() =>
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
 * The decision of {@link checkCustomerDataAccess}: `allowed` or `not-allowed`; no computed value.
 *
 * @example
 * ```ts
 * const d: CustomerDataAccessDecision = checkCustomerDataAccess(input);
 * ```
 */
export type CustomerDataAccessDecision = Decision<'allowed' | 'not-allowed', null>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A moment as the caller gave it: always its JST day, and its instant when the input carries a time. */
interface Moment {
  readonly day: number;
  readonly ms: number | null;
}

function momentOf(value: DateInput, what: string): Moment {
  const day = toEpochDay(value, what);
  return { day, ms: typeof value === 'string' && DATE_ONLY.test(value) ? null : toEpochMs(value, what) };
}

/** a ≤ b: as instants when both carry a time, else as JST dates (a date-only value has no time to compare). */
function notAfter(a: Moment, b: Moment): boolean {
  return a.ms !== null && b.ms !== null ? a.ms <= b.ms : a.day <= b.day;
}

const PURPOSE_JA: Record<CustomerDataPurpose, string> = { investigation: '調査', 'defect-fix': '不具合対応', other: 'その他の作業' };
const PURPOSE_EN: Record<CustomerDataPurpose, string> = { investigation: 'investigation', 'defect-fix': 'a defect fix', other: 'other work' };

/**
 * Whether support may access customer-specific information (e.g. image data) at `at`
 * (`5.customer-data`: 事前にお客様の同意を得た上で). Allowed only with prior consent: given on
 * or before `at` and not withdrawn on or before `at`.
 *
 * Precision: when both values of a comparison carry a time (a date-time string, a `Date`, epoch
 * ms), they compare as instants; when either is a date only (`'YYYY-MM-DD'`), as JST dates — so
 * consent dated the day of the access counts as prior, and a withdrawal dated that day counts as
 * already in force (the cautious reading both ways).
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
export function checkCustomerDataAccess(input: CustomerDataAccessInput, options?: RuleOptions): CustomerDataAccessDecision {
  const policy = policyOf(options);
  const parsed = parseWith(customerDataAccessSchema, input, 'INVALID_INPUT', 'customer-data access');
  const at = momentOf(parsed.at, 'at');
  const atText = formatEpochDay(at.day);
  const given = parsed.consent ? momentOf(parsed.consent.givenOn, 'consent.givenOn') : undefined;
  const withdrawn =
    parsed.consent?.withdrawnOn !== undefined && parsed.consent.withdrawnOn !== null
      ? momentOf(parsed.consent.withdrawnOn, 'consent.withdrawnOn')
      : undefined;
  if (given && withdrawn && !notAfter(given, withdrawn)) {
    throw new CsPolicyError('INVALID_INPUT', 'invalid customer-data access: consent.withdrawnOn: a consent cannot be withdrawn before it was given', [
      { path: ['consent', 'withdrawnOn'], message: 'must not be before consent.givenOn' },
    ]);
  }
  const rule = 'checkCustomerDataAccess';
  const purposeJa = PURPOSE_JA[parsed.purpose];
  const purposeEn = PURPOSE_EN[parsed.purpose];
  const notAllowed = (code: string, ja: string, en: string): CustomerDataAccessDecision =>
    decide(rule, policy.version, 'not-allowed', null, [
      reason(code, '5.customer-data', ja, en),
      reason(
        'PRIOR_CONSENT_REQUIRED',
        '5.customer-data',
        'お客様固有の情報へのアクセスは、事前にお客様の同意を得た上で実施します。',
        "Customer-specific information is accessed only with the customer's prior consent.",
      ),
    ]);

  if (!given) {
    return notAllowed(
      'NO_CONSENT',
      `${purposeJa}のためのお客様固有情報へのアクセスについて、お客様の同意がありません。`,
      `There is no customer consent to access customer-specific information for ${purposeEn}.`,
    );
  }
  const givenText = formatEpochDay(given.day);
  if (!notAfter(given, at)) {
    return notAllowed(
      'CONSENT_GIVEN_LATER',
      `同意 (${givenText}) はアクセス (${atText}) より後のため、事前の同意になりません。`,
      `The consent (${givenText}) comes after the access (${atText}), so it is not prior consent.`,
    );
  }
  if (withdrawn && notAfter(withdrawn, at)) {
    const withdrawnText = formatEpochDay(withdrawn.day);
    return notAllowed(
      'CONSENT_WITHDRAWN',
      `同意は ${withdrawnText} に撤回されており、アクセス (${atText}) の時点で有効ではありません。`,
      `The consent was withdrawn on ${withdrawnText} and is not in force at the access (${atText}).`,
    );
  }
  return decide(rule, policy.version, 'allowed', null, [
    reason(
      'PRIOR_CONSENT',
      '5.customer-data',
      `${givenText} にお客様の同意を得ているため、${purposeJa}のためにお客様固有の情報へアクセスできます。`,
      `The customer consented on ${givenText}, so customer-specific information may be accessed for ${purposeEn}.`,
    ),
  ]);
}
