import { describe, expect, it } from 'vitest';
import {
  CLAUSE_IDS,
  clausesOfParameter,
  type ClauseId,
  definePolicy,
  diffPolicies,
  isCsPolicyError,
  parsePolicy,
  type Policy,
  policy20241007,
} from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { PROBES } from './probes.js';

// 4.2.policy-change / issue 8: diffPolicies must name every clause whose decisions a parameter moves. Rather
// than trusting the table, this test changes each parameter alone, decides a fixed set of calls (PROBES) under
// both versions, and checks that every call whose answer moved has its clauses in the diff.

const base = definePolicy(policy20241007, { version: '2030-01-01' });

/** Another value for every parameter (every leaf of the policy; arrays are one leaf). */
const VARIANTS: Readonly<Record<string, unknown>> = {
  version: '2031-01-01',
  'title.ja': '改訂版ポリシー',
  'title.en': 'Revised policy',
  'calendar.hours.open': '10:00',
  'calendar.hours.close': '18:00',
  'calendar.yearEndClosure.from': '12-28',
  'calendar.yearEndClosure.to': '01-05',
  'calendar.closures': [{ date: '2027-08-13', label: '夏季休業' }],
  'eligibility.customerKinds': ['maintenance-contract'],
  contents: [{ id: 'support', name: { ja: 'サポート', en: 'Support' }, includes: [] }],
  products: [
    { id: 'kaito', name: { ja: 'KAITO', en: 'KAITO' } },
    { id: 'new-product', name: { ja: '新製品', en: 'New product' } },
  ],
  'contacts.webFormUrl': 'https://example.com/form/',
  'contacts.emergencyPhone': '03-0000-0000',
  'channels.webForm.loginRequired': true,
  'channels.webForm.urgencies': ['high', 'medium'],
  'channels.phone.urgencies': ['high', 'medium'],
  'channels.phone.withinBusinessHoursOnly': false,
  urgencyLevels: ['high', 'medium'],
  'representatives.perCompany': 2,
  'representatives.acceptIndividualEndUsers': true,
  'releases.endOfSupportDays': 365,
  'thirdParty.discretionaryEndNoticeDays': 120,
  'thirdParty.noticeReading': 'clear-days',
  'scope.onsite': 'included',
  'scope.customization': 'included',
  'policyChange.importantChangeChannel': 'website',
  'policyChange.otherChangeChannel': 'email',
  'cloud.featureChangeNoticeDays': 30,
  'clientApps.leadTimeBusinessDays': 15,
  'clientApps.paid': false,
  'clientApps.stores': ['App Store'],
};

function leaves(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
}

function withParameter(policy: Policy, path: string, value: unknown): Policy {
  const copy = structuredClone(policy) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return parsePolicy(copy);
}

interface Outcome {
  readonly text: string;
  readonly clauses: readonly ClauseId[];
}

/** What a call answers, as text to compare (the version tag left out: it is the version's own change). */
function outcome(probe: (typeof PROBES)[number], policy: Policy): Outcome {
  try {
    const result = probe.call(policy) as Record<string, unknown>;
    const isDecision = typeof result === 'object' && result !== null && 'policyVersion' in result;
    // The version and the digest name the policy; they move with any change and are not an answer.
    const {
      policyVersion: _v,
      policyDigest: _d,
      ...rest
    } = isDecision ? result : { policyVersion: null, policyDigest: null, result };
    const clauses = isDecision ? (result.clauses as ClauseId[]) : (probe.clauses ?? []);
    return { text: JSON.stringify(rest), clauses };
  } catch (error) {
    if (!isCsPolicyError(error)) throw error;
    return { text: `throws ${error.code}: ${error.message}`, clauses: probe.clauses ?? [] };
  }
}

describe('diffPolicies names every clause a parameter moves (4.2.policy-change)', () => {
  const before = PROBES.map((probe) => outcome(probe, base));

  it('has a variant, and a row of clauses, for every parameter of the policy', () => {
    expect(Object.keys(VARIANTS).sort()).toEqual(leaves(policy20241007).sort());
    for (const path of leaves(policy20241007)) expect(clausesOfParameter(path), path).not.toEqual([]);
  });

  it.each(Object.entries(VARIANTS))('%s', (path, value) => {
    const changed = withParameter(base, path, value);
    const diff = diffPolicies(base, changed);
    expect(diff.map((c) => c.path)).toEqual([path]);
    const named = new Set(diff.flatMap((c) => c.clauses));
    const missing = new Set<string>();
    const moves = new Set<ClauseId>();
    let moved = 0;
    PROBES.forEach((probe, i) => {
      const after = outcome(probe, changed);
      if (after.text === before[i]!.text) return;
      moved++;
      for (const clause of [...before[i]!.clauses, ...after.clauses]) {
        moves.add(clause);
        if (!named.has(clause)) missing.add(`${clause} (${probe.name})`);
      }
    });
    // On failure, the row PARAMETER_CLAUSES (src/policy/define.ts) needs at least (catalogue order):
    const row = CLAUSE_IDS.filter((c) => moves.has(c) || named.has(c));
    expect([...missing], `['${path}', ${JSON.stringify(row)}]`).toEqual([]);
    // Every parameter but the title and the version moves at least one probed answer (else the probes miss it).
    if (path !== 'version' && !path.startsWith('title.') && !path.startsWith('policyChange.other')) {
      expect(moved).toBeGreaterThan(0);
    }
  });
});

describe('diffPolicies refuses what is not a policy (issue 9)', () => {
  it.each([null, undefined, 42, 'policy', [], { version: '2027-01-01' }])('%s → INVALID_POLICY', (value) => {
    expect(codeOf(() => diffPolicies(value as never, policy20241007))).toBe('INVALID_POLICY');
    expect(codeOf(() => diffPolicies(policy20241007, value as never))).toBe('INVALID_POLICY');
  });
});
