import type { z } from 'zod';
import { CsPolicyError, type CsPolicyErrorCode } from './errors.js';

/**
 * Parses `input` with a zod schema at the library's boundary. On failure throws
 * one {@link CsPolicyError} whose message names each field and its problem, and
 * whose `issues` carry the paths.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: Exclude<CsPolicyErrorCode, 'OUT_OF_COVERAGE'>,
  subject: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
  const text = issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
  throw new CsPolicyError(code, `invalid ${subject}: ${text}`, issues);
}
