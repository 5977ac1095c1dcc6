import { expect } from 'vitest';
import { CLAUSE_IDS, type Decision } from '../../src/index.js';

export { codeOf, errorOf } from '../helpers.js';

/** Reason codes of a decision, in order. */
export const codes = (d: Decision): string[] => d.reasons.map((r) => r.code);

/** Every message of a decision in both languages is present, and the decision survives JSON. */
export function expectWellFormed(d: Decision): void {
  expect(d.policyVersion).toBe('2024-10-07');
  expect(d.reasons.length).toBeGreaterThan(0);
  for (const r of d.reasons) {
    expect(r.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(r.message.ja.length > 0 && r.message.en.length > 0).toBe(true);
    expect(d.clauses).toContain(r.clause);
    expect(CLAUSE_IDS).toContain(r.clause);
  }
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
}

/**
 * The words of every reason are what support staff can send as they are (interpretation 13): no ISO
 * date or timestamp, no clause id, no interpretation remark, no placeholder, no field or state name,
 * no space before 様 or around numbers inside Japanese; notes, when present, are in both languages.
 */
export function expectCustomerWords(d: Decision): void {
  for (const r of d.reasons) {
    const { ja, en } = r.message;
    for (const text of [ja, en]) {
      expect(text, r.code).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text, r.code).not.toMatch(/T\d{2}:/);
      // A clause id: `3.3.eos`, `4.3.discretionary-end`, `intro.contents`, `7.scope`.
      expect(text, r.code).not.toMatch(/\b\d(?:\.\d)?\.[a-z]|\bintro\.[a-z]/);
      for (const id of CLAUSE_IDS) expect(text, r.code).not.toContain(id);
      expect(text, r.code).not.toMatch(/解釈|interpretation/i);
      expect(text, r.code).not.toMatch(/\bN日|\bN days?\b|\{|\}|undefined|null|NaN/);
      expect(text, r.code).not.toMatch(/registered|investigating|lastSupportedDate|latestNoticeDate|オブジェクト/);
    }
    expect(ja, r.code).not.toMatch(/ 様/);
    // No ASCII space between a number and Japanese text (「180日」, not 「180 日」).
    expect(ja, r.code).not.toMatch(/[\u3000-\u9fff\uff00-\uffef] \d|\d [\u3000-\u9fff\uff00-\uffef]/);
    expect(ja, r.code).toMatch(/[。)]$/);
    if (r.note) expect(r.note.ja.length > 0 && r.note.en.length > 0, r.code).toBe(true);
  }
}
