import { describe, expect, it } from 'vitest';
import { calendarOf, definePolicy, parsePolicy, policy20241007, releaseEndOfSupport } from '../../src/index.js';
import { codeOf } from '../helpers.js';

// Issue 9, "a policy validated once, then trusted": only a policy the library validated and froze all the way
// down itself (policy20241007, definePolicy, parsePolicy) skips validation; any other object is validated on use.

describe('a policy is validated on every use unless the library made it (3.3.eos)', () => {
  it('a policy frozen only at the top, mutated after a first use, is refused', () => {
    const releases = { endOfSupportDays: 180 };
    const policy = Object.freeze({ ...policy20241007, version: '2027-01-01', releases });
    // 2026-04-01 + 180 days = 2026-09-28 (April 29 days left + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 28).
    expect(releaseEndOfSupport('2026-04-01', { policy }).value.lastSupportedDate).toBe('2026-09-28');
    // The nested object was never frozen: an end of support 400 days *before* the GA must not come out.
    releases.endOfSupportDays = -400;
    expect(codeOf(() => releaseEndOfSupport('2026-04-01', { policy }))).toBe('INVALID_POLICY');
  });

  it('a plain object that validates is used as it is at the time of the call', () => {
    const policy = structuredClone({ ...policy20241007, version: '2027-01-01' });
    expect(releaseEndOfSupport('2026-04-01', { policy }).value.lastSupportedDate).toBe('2026-09-28');
    policy.releases.endOfSupportDays = 1;
    // 2026-04-01 + 1 day.
    expect(releaseEndOfSupport('2026-04-01', { policy }).value.lastSupportedDate).toBe('2026-04-02');
  });

  it('what definePolicy and parsePolicy return is deeply frozen', () => {
    const defined = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    const parsed = parsePolicy(structuredClone({ ...policy20241007, version: '2027-05-01' }));
    for (const policy of [defined, parsed]) {
      expect(Object.isFrozen(policy.releases)).toBe(true);
      expect(Object.isFrozen(policy.calendar.closures)).toBe(true);
      expect(Object.isFrozen(policy.products[0]!.name)).toBe(true);
    }
  });
});

describe('calendarOf and definePolicy refuse what is not a policy (1.1.hours)', () => {
  it.each([null, undefined, 42, 'policy', [], {}, { version: '2027-01-01' }])('%s → INVALID_POLICY', (value) => {
    expect(codeOf(() => calendarOf(value as never))).toBe('INVALID_POLICY');
    expect(codeOf(() => definePolicy(value as never, { version: '2027-01-01' }))).toBe('INVALID_POLICY');
  });

  it('a rule given policy: null says so instead of quietly using 2024-10-07', () => {
    expect(codeOf(() => releaseEndOfSupport('2026-04-01', { policy: null as never }))).toBe('INVALID_POLICY');
  });
});
