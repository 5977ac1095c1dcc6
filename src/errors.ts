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

// One brand for every copy of the library: Symbol.for is shared across modules and realms.
const BRAND = Symbol.for('@jmas/cs-policy/CsPolicyError');

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
  /**
   * `instanceof` by brand, not by prototype: an error from another copy of the library (its ESM and CJS builds
   * loaded side by side, or two installed versions) is still recognised (issue 9).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
  override readonly name = 'CsPolicyError';
  readonly code: CsPolicyErrorCode;
  /** Field-level problems, for structured input validated with zod. */
  readonly issues: readonly InputIssue[];

  constructor(code: CsPolicyErrorCode, message: string, issues: readonly InputIssue[] = []) {
    // Every message passes here, so this is where an echoed input is cut to a short prefix (issue 9): a
    // 1 MB string must not come back as a 1 MB message, wherever the message was written.
    super(shortenMessage(message));
    Object.defineProperty(this, BRAND, { value: true });
    this.code = code;
    this.issues = issues.map((issue) => ({ path: issue.path, message: shortenMessage(issue.message) }));
  }
}

/** How many characters of an offending input a message quotes, at most. */
const QUOTE_LIMIT = 40;
/** A message never exceeds this, however many issues it lists. */
const MESSAGE_LIMIT = 2000;

/**
 * `text` quoted for a message, cut to its first {@link QUOTE_LIMIT} characters: `"2026-02-30"`,
 * `"xxxxxxxx…" (1000000 characters)`. Any value: strings are JSON-quoted, other values named by type.
 *
 * @example
 * ```ts
 * quote('2026-02-30'); // '"2026-02-30"'
 * quote('x'.repeat(1e6)); // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (1000000 characters)'
 * quote(10n); // 'a value of type bigint'
 * ```
 */
export function quote(value: unknown): string {
  if (typeof value !== 'string') return `a value of type ${value === null ? 'null' : typeof value}`;
  if (value.length <= QUOTE_LIMIT) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTE_LIMIT)).slice(0, -1)}…" (${value.length} characters)`;
}

/**
 * `message` with every double-quoted run (as JSON.stringify writes an echoed input) longer than
 * {@link QUOTE_LIMIT} cut to its first characters, and the whole capped at {@link MESSAGE_LIMIT}. Quotes are
 * paired from the left, escapes skipped, in one pass.
 */
function shortenMessage(message: string): string {
  const text = typeof message === 'string' ? message : String(message);
  let out = '';
  let from = 0;
  for (let open = text.indexOf('"'); open !== -1; open = text.indexOf('"', from)) {
    let close = open + 1;
    while (close < text.length && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
    if (close >= text.length) break;
    const inner = text.slice(open + 1, close);
    out += `${text.slice(from, open + 1)}${inner.length > QUOTE_LIMIT ? `${cutQuoted(inner)}…` : inner}"`;
    from = close + 1;
  }
  out += text.slice(from);
  return out.length <= MESSAGE_LIMIT ? out : `${out.slice(0, MESSAGE_LIMIT)}… (message cut)`;
}

/** The first QUOTE_LIMIT characters of a JSON string's inside, never ending in half an escape. */
function cutQuoted(inner: string): string {
  let end = 0;
  while (end < QUOTE_LIMIT && end < inner.length) end += inner[end] === '\\' ? 2 : 1;
  return inner.slice(0, end);
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
