import { CsPolicyError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { policyDigest } from '../identity/digest.js';
import { isLang, type Bilingual, type Lang } from '../words/bilingual.js';
import type { ClauseId } from './clauses.js';
import type { Policy } from './schema.js';

export type { Bilingual, Lang } from '../words/bilingual.js';

/**
 * Why a decision came out as it did: a stable `code` to branch on, the clause it
 * rests on, and a message for people in Japanese and English.
 *
 * @example
 * ```ts
 * const why: Reason = receptionStart('2027-01-01T12:00+09:00').reasons[0]!;
 * why.code; // 'CLOSED_DAY'
 * why.clause; // '1.1.hours'
 * why.message.ja; // a sentence support staff can send as it is (2027年1月1日(金) is a closed day…)
 * why.note; // undefined: nothing for staff to add
 * ```
 */
export interface Reason<Code extends string = string> {
  readonly code: Code;
  readonly clause: ClauseId;
  /** What a customer may read, as support staff would send it (interpretation 13). */
  readonly message: Bilingual;
  /**
   * For staff only: how the library reads the policy text to reach this reason (e.g. 事前 read as
   * "by the day before GA"). Never part of `message`; absent when there is nothing to add.
   */
  readonly note?: Bilingual;
}
/**
 * What every rule returns: plain, serialisable data, discriminated by `outcome`.
 *
 * - `rule`: the function that decided (`'releaseEndOfSupport'`, …);
 * - `outcome`: a small string union per rule;
 * - `value`: the computed value where there is one (a date, an instant, a list), else `null`;
 * - `clauses`: the clause ids that decided it;
 * - `reasons`: each with a stable code and a message in Japanese and English;
 * - `policyVersion`: the policy version that produced it;
 * - `policyDigest`: the SHA-256 of that version's content (`policyDigest`), so the answer can be tied
 *   to the exact content that produced it.
 *
 * @example
 * ```ts
 * const decision = releaseEndOfSupport('2026-04-01');
 * if (decision.outcome === 'ends') sendMail(decision.value.lastSupportedDate);
 * console.log(renderDecision(decision, 'en'));
 * ```
 */
export interface Decision<Outcome extends string = string, Value = unknown, Code extends string = string> {
  readonly rule: string;
  readonly outcome: Outcome;
  readonly value: Value;
  readonly clauses: readonly ClauseId[];
  readonly reasons: readonly Reason<Code>[];
  readonly policyVersion: string;
  readonly policyDigest: string;
}

/**
 * Builds a decision; its clauses are those of its reasons plus any given, in first-seen order.
 * Every rule returns through it, so each answer says which clauses and which policy version
 * produced it (interpretation 10).
 *
 * @example
 * ```ts
 * // Rules build reasons through ruleContext (rule.reason); the kernel calls decide.
 * const d = decide('myRule', policy20241007, 'ok', null, [rule.reason('OLD_RELEASE_SUPPORT_ENDS', eos)], ['3.3.migrate']);
 * d.clauses; // ['3.3.eos', '3.3.migrate']
 * d.policyVersion; // '2024-10-07'
 * d.policyDigest; // policyDigest(policy20241007)
 * ```
 */
export function decide<Outcome extends string, Value, Code extends string = string>(
  rule: string,
  policy: Policy,
  outcome: Outcome,
  value: Value,
  reasons: readonly Reason<Code>[],
  extraClauses: readonly ClauseId[] = [],
): Decision<Outcome, Value, Code> {
  const clauses = [...new Set<ClauseId>([...reasons.map((r) => r.clause), ...extraClauses])];
  // Deeply frozen: nothing a caller does to an answer (or its shared reasons) can change a later one. The
  // decision's own shape is frozen part by part (a hot path: a generic walk cost more than the rule);
  // the value, whose shape is the rule's, is walked.
  for (const r of reasons) {
    Object.freeze(r.message);
    if (r.note) Object.freeze(r.note);
    Object.freeze(r);
  }
  return Object.freeze({
    rule,
    outcome,
    value: deepFreeze(value),
    clauses: Object.freeze(clauses),
    reasons: Object.freeze(reasons),
    policyVersion: policy.version,
    policyDigest: policyDigest(policy),
  });
}

/**
 * A decision as text for people, in Japanese or English: the outcome first, then each
 * reason with its clause, then the policy version.
 *
 * @example
 * ```ts
 * renderDecision(discretionaryEndNoticeDeadline('2027-06-30'), 'ja');
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a language other than `'ja'` / `'en'`, or a value that is not a decision.
 */
export function renderDecision(decision: Decision, lang: Lang = 'ja'): string {
  // A typed error, not "undefined" lines or a TypeError (issue 9).
  if (!isLang(lang)) throw new CsPolicyError('INVALID_INPUT', "lang must be 'ja' or 'en'");
  if (!isDecisionLike(decision)) {
    throw new CsPolicyError('INVALID_INPUT', 'renderDecision needs a decision as the rules return it');
  }
  const lines = decision.reasons.map((r) => `- ${r.message[lang]} [${r.clause}]`);
  const version = lang === 'ja' ? `ポリシー ${decision.policyVersion}` : `policy ${decision.policyVersion}`;
  return [`${decision.outcome}`, ...lines, `(${version}; ${decision.clauses.join(', ')})`].join('\n');
}

/** @internal A value with the fields every decision has (for functions that take a decision back). */
export function isDecisionLike(value: unknown): value is Decision {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.outcome === 'string' &&
    typeof d.policyVersion === 'string' &&
    Array.isArray(d.clauses) &&
    Array.isArray(d.reasons) &&
    d.reasons.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as Reason).clause === 'string' &&
        typeof (r as Reason).message === 'object' &&
        (r as Reason).message !== null &&
        typeof (r as Reason).message.ja === 'string' &&
        typeof (r as Reason).message.en === 'string',
    )
  );
}
