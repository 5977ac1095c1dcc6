import * as z from 'zod/mini';
import { formatEpochDay, isIsoDateShape } from '../calendar/civil.js';
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

const PURPOSE_JA: Record<CustomerDataPurpose, string> = {
  investigation: '調査',
  'defect-fix': '不具合対応',
  other: 'その他の作業',
};
const PURPOSE_EN: Record<CustomerDataPurpose, string> = {
  investigation: 'investigation',
  'defect-fix': 'a defect fix',
  other: 'other work',
};

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
    throw new CsPolicyError(
      'INVALID_INPUT',
      'invalid customer-data access: consent.withdrawnOn: a consent cannot be withdrawn before it was given',
      [{ path: ['consent', 'withdrawnOn'], message: 'must not be before consent.givenOn' }],
    );
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
  if (!strictlyBefore(given, at)) {
    // Same reason code whether the consent is plainly later or only not shown to be earlier
    // (same JST day with a date-only side, or the same instant): either way it is not prior.
    return strictlyBefore(at, given)
      ? notAllowed(
          'CONSENT_GIVEN_LATER',
          `同意 (${givenText}) はアクセス (${atText}) より後のため、事前の同意になりません。`,
          `The consent (${givenText}) comes after the access (${atText}), so it is not prior consent.`,
        )
      : notAllowed(
          'CONSENT_GIVEN_LATER',
          `同意 (${givenText}) がアクセス (${atText}) より前であることを確認できないため (同じ日または同じ時刻)、事前の同意になりません。`,
          `The consent (${givenText}) is not shown to come before the access (${atText}) — same day or same instant — so it is not prior consent.`,
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
