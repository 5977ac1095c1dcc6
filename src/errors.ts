/**
 * Stable error codes. Callers branch on `code`, never on the message text.
 *
 * - `INVALID_DATE`: not a valid JST civil date (bad format, impossible day such as 2026-02-30).
 * - `INVALID_INSTANT`: not a valid point in time (Invalid Date, NaN, Infinity, date-only where a time is needed).
 * - `INVALID_NUMBER`: a count that must be a finite integer (e.g. `n = 1.5` business days).
 * - `OUT_OF_COVERAGE`: the question needs national holidays outside the years the holiday data covers.
 * - `INVALID_OPTIONS`: calendar or rule options that do not validate (e.g. a closure range ending before it starts).
 * - `INVALID_POLICY`: a policy version (or override) that does not validate.
 * - `INVALID_INPUT`: any other input that does not validate (forms, events, requests).
 *
 * @example
 * ```ts
 * const code: CsPolicyErrorCode = 'OUT_OF_COVERAGE';
 * try {
 *   isBusinessDay('2051-01-04');
 * } catch (e) {
 *   if (isCsPolicyError(e, code)) console.error(e.message); // the holiday data ends on 2050-12-31
 * }
 * ```
 */
export type CsPolicyErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'INVALID_NUMBER'
  | 'OUT_OF_COVERAGE'
  | 'INVALID_OPTIONS'
  | 'INVALID_POLICY'
  | 'INVALID_INPUT';

/**
 * One problem found in structured input, with the path of the offending field. A
 * {@link CsPolicyError} lists every one in `issues`, so a form or a policy file can show
 * each bad field at once, not only the first.
 *
 * @example
 * ```ts
 * try {
 *   createBusinessCalendar({ hours: { open: '18:30', close: '09:30' } });
 * } catch (e) {
 *   if (isCsPolicyError(e, 'INVALID_OPTIONS')) {
 *     const issues: readonly InputIssue[] = e.issues; // [{ path: ['hours', 'close'], message: 'close must be after open' }]
 *   }
 * }
 * ```
 */
export interface InputIssue {
  /** Path of the field, e.g. `['closures', 0, 'to']`; empty for the input itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
}

/**
 * The one error class the library throws for bad input. It never throws a
 * bare `TypeError` from deep inside, and never returns a half-computed answer.
 *
 * @example
 * ```ts
 * import { addBusinessDays, CsPolicyError } from '@jmas/cs-policy';
 * try {
 *   addBusinessDays('2026-02-30', 1);
 * } catch (e) {
 *   if (e instanceof CsPolicyError && e.code === 'INVALID_DATE') console.error(e.message);
 * }
 * ```
 */
export class CsPolicyError extends Error {
  override readonly name = 'CsPolicyError';
  readonly code: CsPolicyErrorCode;
  /** Field-level problems, for structured input validated with zod. */
  readonly issues: readonly InputIssue[];

  constructor(code: CsPolicyErrorCode, message: string, issues: readonly InputIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/**
 * True when `value` is a {@link CsPolicyError}, optionally with the given code: a type guard
 * for `catch` blocks, which receive `unknown`, so callers can branch on the stable `code`.
 *
 * @example
 * ```ts
 * try {
 *   addBusinessDays('2026-02-30', 1);
 * } catch (e) {
 *   isCsPolicyError(e); // true
 *   isCsPolicyError(e, 'INVALID_DATE'); // true (there is no 30 February)
 *   isCsPolicyError(e, 'INVALID_NUMBER'); // false
 * }
 * ```
 */
export function isCsPolicyError(value: unknown, code?: CsPolicyErrorCode): value is CsPolicyError {
  return value instanceof CsPolicyError && (code === undefined || value.code === code);
}
