import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers.js';
import { addCalendarDays, definePolicy, policy20241007, releaseEndOfSupport } from '../../src/index.js';

describe('4.2.policy-change: a policy version always says which version it is', () => {
  it('refuses overrides without a version of their own', () => {
    expect(codeOf(() => definePolicy(policy20241007, { releases: { endOfSupportDays: 365 } } as never))).toBe(
      'INVALID_POLICY',
    );
  });

  it('validates a hand-made policy before a rule uses it (3.3.eos)', () => {
    // A frozen object of the wrong shape would otherwise give a bare TypeError or a date before GA.
    expect(codeOf(() => releaseEndOfSupport('2026-04-01', { policy: Object.freeze({ version: 'x' }) as never }))).toBe(
      'INVALID_POLICY',
    );
    const negative = Object.freeze({
      ...policy20241007,
      version: '2027-01-01',
      releases: Object.freeze({ endOfSupportDays: -5 }),
    });
    expect(codeOf(() => releaseEndOfSupport('2026-04-01', { policy: negative as never }))).toBe('INVALID_POLICY');
    // A well-formed frozen copy is accepted: 2026-04-01 + 180 days = 2026-09-28.
    const copy = Object.freeze({ ...policy20241007, version: '2027-01-01' });
    expect(releaseEndOfSupport('2026-04-01', { policy: copy }).value.lastSupportedDate).toBe('2026-09-28');
  });
});

describe('3.3.eos: dates beyond 9999-12-31 are an error, not a six-digit year', () => {
  it('refuses to write a date outside the years 0000–9999', () => {
    expect(codeOf(() => releaseEndOfSupport('9999-12-31'))).toBe('INVALID_DATE');
    expect(codeOf(() => addCalendarDays('2026-01-01', 1e15))).toBe('INVALID_DATE');
    expect(addCalendarDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addCalendarDays('0000-01-02', -1)).toBe('0000-01-01');
  });
});

describe('3.2.notice: names are never blank', () => {
  it('refuses a blank product or release name instead of writing "version-up to   "', async () => {
    const { gaNoticeObligations } = await import('../../src/index.js');
    expect(codeOf(() => gaNoticeObligations({ product: '   ', release: ' ', ga: '2026-04-01' }))).toBe('INVALID_INPUT');
  });
});
