import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, nextBusinessOpening, toJstIsoString } from '../../src/index.js';

describe('process time zone', () => {
  it('is the one scripts/test.mjs set, so the suite really runs under several zones', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (process.env.TZ) expect(zone).toBe(process.env.TZ === 'UTC' ? zone : process.env.TZ);
    expect(typeof zone).toBe('string');
  });

  it('does not change any answer: a local-midnight Date is read by its instant, not by local fields', () => {
    // 2026-12-28T15:00:00Z is 2026-12-29 00:00 in Tokyo whatever TZ the process has.
    expect(isBusinessDay(new Date(Date.UTC(2026, 11, 28, 15)))).toBe(false);
    expect(addBusinessDays(new Date(Date.UTC(2026, 11, 28, 14, 59)), 1)).toBe('2027-01-04');
    expect(toJstIsoString(nextBusinessOpening(new Date(Date.UTC(2026, 11, 28, 9, 45))))).toBe(
      '2027-01-04T09:30:00+09:00',
    );
  });
});
