// Helpers shared by the rules of chapters intro–2 (internal: not exported from the barrel).
import { CsPolicyError, type InputIssue } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import type { Policy, Urgency } from '../policy/schema.js';
import { formatIssues } from '../validate.js';
import type { Bilingual } from '../words/bilingual.js';
import { joinBilingual } from '../words/bilingual.js';

/** 高・中・低 (interpretation 9), the labels people see for the urgency levels. */
export const URGENCY_LABELS: Readonly<Record<Urgency, Bilingual>> = deepFreeze({
  high: { ja: '高', en: 'high' },
  medium: { ja: '中', en: 'medium' },
  low: { ja: '低', en: 'low' },
});

/** The covered products of a policy as text, e.g. `KAITOシリーズ、セカイカート` / `KAITO series, Sekai Cart` (`1.1.products`). */
export function productList(policy: Policy): Bilingual {
  return joinBilingual(policy.products.map((p) => p.name));
}

/**
 * The one builder of a `CsPolicyError` for bad input in this chapter: the message is made from
 * the issues it carries, so the sentence and the field list cannot say different things.
 *
 * @example
 * ```ts
 * invalidInput('channel request', [{ path: ['urgency'], message: 'must be one of "high", "low"' }]);
 * // CsPolicyError INVALID_INPUT: 'invalid channel request: urgency: must be one of "high", "low"'
 * ```
 */
export function invalidInput(subject: string, issues: readonly InputIssue[]): CsPolicyError {
  return new CsPolicyError('INVALID_INPUT', `invalid ${subject}: ${formatIssues(issues)}`, issues);
}

/** An input issue for a value outside a list: `must be one of "a", "b"`. */
export function notOneOf(path: readonly (string | number)[], allowed: readonly string[]): InputIssue {
  return { path, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` };
}
