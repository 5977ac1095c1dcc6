import { describe, expect, it } from 'vitest';
import { definePolicy, policy20241007, releaseEndOfSupport, toEndOfLifeDate } from '../../src/index.js';
import { codeOf, errorOf } from './helpers.js';

// Three release cycles of one product, given out of order.
// eol(2.3) = GA(2.4) + 180 = 2025-10-01 + 180: 30 left in October, +30 Nov = 60, +31 Dec = 91,
//   +31 Jan = 122, +28 Feb = 150, +30 → 2026-03-30 (`date -d '2025-10-01 +180 days'`).
// eol(2.4) = GA(3.0) + 180 = 2026-04-01 + 180 = 2026-09-28 (29 + 31 + 30 + 31 + 31 = 152, + 28).
// eol(3.0) = false: no successor.
const releases = [
  { releaseCycle: '2.4', releaseDate: '2025-10-01', latest: '2.4.3', latestReleaseDate: '2026-02-10' },
  { releaseCycle: '3.0', releaseDate: '2026-04-01' },
  { releaseCycle: '2.3', releaseDate: '2025-04-01', latest: '2.3.7' },
];

describe('3.3.eos: export to endoflife.date release fields', () => {
  it('computes eol from the next release GA, newest first', () => {
    expect(toEndOfLifeDate({ releases })).toEqual([
      { releaseCycle: '3.0', releaseDate: '2026-04-01', eol: false, latest: '3.0', latestReleaseDate: '2026-04-01' },
      {
        releaseCycle: '2.4',
        releaseDate: '2025-10-01',
        eol: '2026-09-28',
        latest: '2.4.3',
        latestReleaseDate: '2026-02-10',
      },
      { releaseCycle: '2.3', releaseDate: '2025-04-01', eol: '2026-03-30', latest: '2.3.7' },
    ]);
  });

  it('eol is the same date releaseEndOfSupport gives for the successor GA', () => {
    const rows = toEndOfLifeDate({ releases }, { order: 'oldest-first' });
    expect(rows.map((r) => r.releaseCycle)).toEqual(['2.3', '2.4', '3.0']);
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      expect(row.eol).toBe(next ? releaseEndOfSupport(next.releaseDate).value.lastSupportedDate : false);
    });
  });

  it('uses only endoflife.date field names, and survives JSON', () => {
    const allowed = [
      'releaseCycle',
      'releaseDate',
      'eol',
      'latest',
      'latestReleaseDate',
      'lts',
      'support',
      'discontinued',
      'link',
    ];
    for (const row of toEndOfLifeDate({ releases })) {
      expect(Object.keys(row).every((k) => allowed.includes(k))).toBe(true);
      expect(JSON.parse(JSON.stringify(row))).toEqual(row);
    }
  });

  it('a single release has no end of life', () => {
    expect(toEndOfLifeDate({ releases: [{ releaseCycle: '1.0', releaseDate: '2026-04-01' }] })).toEqual([
      { releaseCycle: '1.0', releaseDate: '2026-04-01', eol: false, latest: '1.0', latestReleaseDate: '2026-04-01' },
    ]);
  });

  it('follows the policy version (definePolicy: 365 days)', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    // GA(3.0) 2026-04-01 + 365 days: no Feb 29 in between (2027 is not a leap year) → 2027-04-01.
    const rows = toEndOfLifeDate({ releases }, { policy });
    expect(rows.find((r) => r.releaseCycle === '2.4')?.eol).toBe('2027-04-01');
  });

  it('rejects duplicate cycles, a shared GA date and a latest release before GA → INVALID_INPUT', () => {
    const dup = errorOf(() =>
      toEndOfLifeDate({
        releases: [
          { releaseCycle: '2.4', releaseDate: '2025-10-01' },
          { releaseCycle: '2.4', releaseDate: '2026-04-01' },
          { releaseCycle: '3.0', releaseDate: '2026-04-01' },
          { releaseCycle: '3.1', releaseDate: '2026-10-01', latest: '3.1.1', latestReleaseDate: '2026-09-30' },
        ],
      }),
    );
    expect(dup.code).toBe('INVALID_INPUT');
    expect(dup.issues.map((i) => i.path.join('.'))).toEqual([
      'releases.1.releaseCycle',
      'releases.2.releaseDate',
      'releases.3.latestReleaseDate',
    ]);
    expect(dup.message).toContain('duplicate release cycle "2.4"');
  });

  it.each([
    [{ releases: [] }],
    [{ releases: [{ releaseCycle: '1.0', releaseDate: '2026-02-30' }] }],
    [{ releases: [{ releaseCycle: '1.0', releaseDate: '2026/04/01' }] }],
    [{ releases: [{ releaseCycle: '1.0', releaseDate: new Date('2026-04-01') }] }],
    [{ releases: [{ releaseCycle: '', releaseDate: '2026-04-01' }] }],
    [{ releases: [{ releaseCycle: '1.0', releaseDate: '2026-04-01', latestReleaseDate: 'soon' }] }],
    [{ releases: [{ releaseCycle: '1.0', releaseDate: '2026-04-01', eol: '2027-01-01' }] }],
    [[]],
    [null],
  ])('bad input %j → INVALID_INPUT', (input) => {
    expect(codeOf(() => toEndOfLifeDate(input as never))).toBe('INVALID_INPUT');
  });

  it('bad order option → INVALID_OPTIONS', () => {
    expect(codeOf(() => toEndOfLifeDate({ releases }, { order: 'by-name' as never }))).toBe('INVALID_OPTIONS');
  });
});
