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

/** Raw ids of stages and events that must never appear inside a sentence (interpretation 13). */
const RAW_NAMES =
  /\b(?:submitted|final-answer|sender-refused|start-investigation|receive-data|provide-interim-code|request-enhancement|send-survey|close-as-duplicate|refuse-sender|production-other)\b/;

/**
 * Words a customer may read (interpretation 13): no ISO dates or timestamps, no clause ids, no
 * interpretation remarks, no raw state or event ids, 様 with no space before it, no spaces around
 * numbers inside Japanese, no programmer words; English says something too.
 */
export function expectCustomerWords(messages: readonly Bilingual[]): void {
  for (const m of messages) {
    const both = `${m.ja}\n${m.en}`;
    expect(both).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(both).not.toMatch(/T\d{2}:/);
    expect(both).not.toMatch(/(?:^|[^0-9A-Za-z])(?:intro|[1-7])\.(?:[0-9]|[a-z])/);
    expect(both).not.toMatch(/解釈|interpretation/i);
    expect(both).not.toMatch(RAW_NAMES);
    expect(m.ja).not.toMatch(/\s様/);
    expect(m.ja).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff] \d|\d [\u3040-\u30ff\u4e00-\u9fff]/);
    expect(m.ja).not.toMatch(/オブジェクト|配列|undefined|null/);
    expectBilingualMessage(m);
  }
}
