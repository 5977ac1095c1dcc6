import { expect } from 'vitest';
import { CsPolicyError, type Bilingual, type Decision } from '../../src/index.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A message really is in both languages: Japanese text in `ja`, no Japanese script in `en`. */
export function expectBilingualMessage(message: Bilingual): void {
  expect(message.ja).toMatch(JAPANESE);
  expect(message.en.length).toBeGreaterThan(0);
  expect(message.en).not.toMatch(/[\u3040-\u30ff]/); // no kana in English (product names such as KAITO are Latin)
}

/** Every reason of a decision has a code, a clause listed in the decision, and both languages. */
export function expectWellFormed(decision: Decision): void {
  expect(decision.policyVersion).toBe('2024-10-07');
  expect(decision.reasons.length).toBeGreaterThan(0);
  for (const r of decision.reasons) {
    expect(r.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(decision.clauses).toContain(r.clause);
    expectBilingualMessage(r.message);
  }
  // Decisions are plain data.
  expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
}

/** The codes of a decision's reasons, in order. */
export const codes = (decision: Decision): string[] => decision.reasons.map((r) => r.code);

/** Runs `fn` and returns the CsPolicyError it throws (fails when it throws nothing or something else). */
export function thrown(fn: () => unknown): CsPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CsPolicyError);
    return error as CsPolicyError;
  }
  throw new Error('expected a CsPolicyError, but nothing was thrown');
}
