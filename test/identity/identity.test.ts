import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  definePolicy,
  parsePolicy,
  policy20241007,
  policyDigest,
  policyInForce,
  releaseEndOfSupport,
} from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';

// An independent canonical form (RFC 8785 for this data: only strings, integers, booleans,
// arrays and objects), hashed with node:crypto — not the packages the library uses.
function independentCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(independentCanonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort(); // UTF-16 code-unit order, as RFC 8785 §3.2.3 asks
    return `{${keys.map((k) => `${JSON.stringify(k)}:${independentCanonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('policyDigest (4.2.policy-change: the identity of a version’s content)', () => {
  it('is the SHA-256 of the RFC 8785 canonical JSON, as computed independently', () => {
    expect(policyDigest(policy20241007)).toBe(sha256(independentCanonical(policy20241007)));
    expect(policyDigest(policy20241007)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for equal content in two objects, whatever the key order', () => {
    const copy = JSON.parse(JSON.stringify(policy20241007)) as Record<string, unknown>;
    const reordered = parsePolicy(Object.fromEntries(Object.entries(copy).reverse()));
    expect(reordered).not.toBe(policy20241007);
    expect(policyDigest(reordered)).toBe(policyDigest(policy20241007));
  });

  it('changes with any change, even one that moves no decision', () => {
    const base = policyDigest(policy20241007);
    const days = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 181 } });
    const sameButVersion = definePolicy(policy20241007, { version: '2027-04-01' });
    const title = definePolicy(policy20241007, { version: '2024-10-08', title: { ja: 'x', en: 'x' } });
    const digests = [base, policyDigest(days), policyDigest(sameButVersion), policyDigest(title)];
    expect(new Set(digests).size).toBe(4);
  });

  it('is carried by every decision', () => {
    const d = releaseEndOfSupport('2026-04-01');
    expect(d.policyDigest).toBe(policyDigest(policy20241007));
    const v = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    expect(releaseEndOfSupport('2026-04-01', { policy: v }).policyDigest).toBe(policyDigest(v));
  });

  it('canonicalJson sorts keys and drops white space', () => {
    expect(canonicalJson({ b: 1, a: [true, 'x', { d: null, c: 2 }] })).toBe('{"a":[true,"x",{"c":2,"d":null}],"b":1}');
    expect(codeOf(() => canonicalJson(10n))).toBe('INVALID_INPUT');
  });
});

describe('policyInForce (interpretation 10: a version id is the date it takes effect)', () => {
  const v2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
  const v2028 = definePolicy(policy20241007, { version: '2028-01-01', releases: { endOfSupportDays: 200 } });
  const all = [v2028, policy20241007, v2027]; // any order

  it('is the latest version whose id is on or before the date', () => {
    expect(policyInForce('2024-10-07', all)).toBe(policy20241007); // its first day
    expect(policyInForce('2027-03-31', all)).toBe(policy20241007);
    expect(policyInForce('2027-04-01', all)).toBe(v2027);
    expect(policyInForce('2027-12-31', all)).toBe(v2027);
    expect(policyInForce('2040-01-01', all)).toBe(v2028);
    // 2027-03-31T15:00Z is 2027-04-01 00:00 JST: the new version is in force.
    expect(policyInForce('2027-03-31T15:00:00Z', all)).toBe(v2027);
  });

  it('fails before the first version, and on duplicates or bad dates', () => {
    const e = errorOf(() => policyInForce('2024-10-06', all));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('no policy version is in force on 2024-10-06: the first one takes effect on 2024-10-07');
    expect(codeOf(() => policyInForce('2027-05-01', [v2027, v2027]))).toBe('INVALID_POLICY');
    expect(codeOf(() => policyInForce('2027-02-30', all))).toBe('INVALID_DATE');
    expect(codeOf(() => policyInForce('2027-05-01', []))).toBe('INVALID_INPUT');
  });
});
