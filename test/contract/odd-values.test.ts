import { describe, expect, it } from 'vitest';
import {
  classifyVersionUp,
  createBusinessCalendar,
  isBusinessDay,
  obligationsFor,
  parsePolicy,
  releaseEndOfSupport,
  renderDecision,
} from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';

// Issue 9, "impostors and odd values" (the parts outside the calendar's input readers).

describe('error messages quote at most a short prefix of the input', () => {
  const huge = 'x'.repeat(1_000_000);

  it.each([
    ['a date', () => isBusinessDay(huge)],
    ['a release', () => classifyVersionUp(huge, '1.0')],
    ['an unknown option name', () => createBusinessCalendar({ [huge]: 1 } as never)],
    ['a policy version', () => parsePolicy({ version: huge })],
    ['an event kind', () => obligationsFor({ kind: huge } as never)],
  ])('%s of a million characters', (_what, call) => {
    const error = errorOf(call);
    // The message names the problem and quotes 40 characters of the input at most (plus its length).
    expect(error.message.length).toBeLessThan(2100);
    expect(error.message).not.toContain('x'.repeat(41));
    for (const issue of error.issues) expect(issue.message).not.toContain('x'.repeat(41));
  });
});

describe('renderDecision takes a decision and a language it has (ja, en)', () => {
  const decision = releaseEndOfSupport('2026-04-01');

  it("refuses 'fr' instead of writing 'undefined' for every reason", () => {
    const error = errorOf(() => renderDecision(decision, 'fr' as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain("'ja'");
    expect(error.message).toContain("'en'");
  });

  it.each([null, undefined, 42, {}, { outcome: 'x', reasons: [{}] }])('refuses %s as a decision', (value) => {
    expect(codeOf(() => renderDecision(value as never))).toBe('INVALID_INPUT');
  });
});
