import { describe, expect, it } from 'vitest';
import { parsePolicy, policy20241007, policyDigest, releaseEndOfSupport } from '../../src/index.js';
import { codeOf } from '../helpers.js';

// Issue 8: a changed policy cannot call itself by a built-in version, and a version id is a real date.
describe('a policy version names its own content (interpretation 10)', () => {
  const changed = { ...policy20241007, releases: { ...policy20241007.releases, endOfSupportDays: 365 } };

  it('a changed policy under "2024-10-07" is refused by parsePolicy and as options.policy', () => {
    // Accepted before, every decision then said "2024-10-07" over a 365-day answer.
    expect(codeOf(() => parsePolicy(changed))).toBe('INVALID_POLICY');
    expect(codeOf(() => releaseEndOfSupport('2026-04-01', { policy: changed }))).toBe('INVALID_POLICY');
  });

  it('the built-in content under its own version is accepted (a copy of the built-in policy, e.g. from a file)', () => {
    const copy = parsePolicy(JSON.parse(JSON.stringify(policy20241007)));
    expect(copy.version).toBe('2024-10-07');
    // 2026-04-01 + 180 days = 2026-09-28 (test/releases).
    expect(releaseEndOfSupport('2026-04-01', { policy: copy }).value.lastSupportedDate).toBe('2026-09-28');
  });

  it.each([['9999-99-99'], ['2027-02-29'], ['2027-13-01']])('version %s is not a date → INVALID_POLICY', (v) => {
    // 2027 is not a leap year; there is no 13th month and no 99th day.
    expect(codeOf(() => parsePolicy({ ...changed, version: v }))).toBe('INVALID_POLICY');
  });

  it('company closures (and the official holiday list) may be added under the same version; the digest tells them apart', () => {
    // Interpretation 1: company closure days are configurable; adding them writes no new policy text.
    const withClosure = parsePolicy({
      ...policy20241007,
      calendar: { ...policy20241007.calendar, closures: [{ date: '2027-01-12', label: '棚卸' }] },
    });
    expect(withClosure.version).toBe('2024-10-07');
    expect(policyDigest(withClosure)).not.toBe(policyDigest(policy20241007));
  });

  it('a changed policy with its own real date is accepted', () => {
    expect(parsePolicy({ ...changed, version: '2027-04-01' }).releases.endOfSupportDays).toBe(365);
  });
});
