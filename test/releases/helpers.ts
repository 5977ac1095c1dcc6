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
