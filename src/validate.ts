import * as z from 'zod/mini';
import { CsPolicyError, type CsPolicyErrorCode, type InputIssue, quote } from './errors.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * A plain-English description of a built-in zod issue. It is passed to every parse as the
 * per-parse error map, which zod ranks above its global configuration: zod/mini ships no locale
 * (its issues would only say "Invalid input"), and an application that loads full zod changes
 * zod's global messages — ours stay the same either way. Messages written in our schemas
 * (regex and refine messages) rank higher still and are kept.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (${issue.expected})`
        : `must be ${issue.expected === 'int' ? 'a whole number' : `of type ${issue.expected}`}`;
    case 'unrecognized_keys':
      // A key is input too: quoted short, and only the first few of a flood of them.
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .slice(0, 5)
        .map(quote)
        .join(', ')}${issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set'
        ? `must have at least ${issue.minimum} ${issue.origin === 'string' ? 'character' : 'item'}${Number(issue.minimum) === 1 ? '' : 's'}`
        : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set'
        ? `must have at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return 'is not valid';
  }
}

/**
 * A schema built on first use, then kept: `const inputSchema = lazySchema(() => z.strictObject({...}))`,
 * read as `inputSchema()` (or passed to {@link parseWith} as it is). Building zod schemas is a
 * large part of what importing the library costs, every rule module has one, and a program
 * calls only a few rules: so a schema used only inside the library is built when its rule
 * first runs. Exported schemas (`policySchema`, `calendarOptionsSchema`, `caseIntakeSchema`)
 * stay real schema objects; their fields are getters that zod resolves on first parse.
 */
export function lazySchema<S extends z.ZodMiniType>(build: () => S): () => S {
  let schema: S | undefined;
  return () => (schema ??= build());
}

/**
 * Parses `input` with a zod schema at the library's boundary. On failure throws
 * one {@link CsPolicyError} whose message names each field and its problem, and
 * whose `issues` carry the paths. `schema` is a schema or a {@link lazySchema}.
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S | (() => S),
  input: unknown,
  code: Exclude<CsPolicyErrorCode, 'OUT_OF_COVERAGE'>,
  subject: string,
): z.output<S> {
  const s = typeof schema === 'function' ? schema() : schema;
  // reportInput lets describeIssue tell a missing field from a wrong one.
  const result = s.safeParse(input, { reportInput: true, error: describeIssue });
  if (result.success) return result.data;
  throw new CsPolicyError(
    code,
    `invalid ${subject}: ${formatIssues(toInputIssues(result.error.issues))}`,
    toInputIssues(result.error.issues),
  );
}

/** zod issues as the library's {@link InputIssue}s. */
export function toInputIssues(issues: readonly ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

/** `path: problem; path: problem`, the form every validation message takes. */
export function formatIssues(issues: readonly InputIssue[]): string {
  const segment = (p: string | number) => (typeof p === 'string' && p.length > 40 ? `${p.slice(0, 40)}…` : p);
  return issues.map((i) => `${i.path.length ? i.path.map(segment).join('.') : '(root)'}: ${i.message}`).join('; ');
}

/**
 * A non-blank string (at least one character that is not white space): names, labels, releases,
 * questions. The one definition every schema uses, so "   " is refused everywhere alike.
 */
export const nonBlankText = lazySchema(() => z.string().check(z.minLength(1), z.regex(/\S/, 'must not be blank')));
