// The policy in force: the chosen one (built-in or loaded) plus the company closures entered in
// the page, as a policy made by parsePolicy with calendar.closures (`1.1.hours` 弊社の休業日), so
// every rule and the calendar count them. And reading a policy file, with its problems in words.
import {
  definePolicy,
  diffPolicies,
  isCsPolicyError,
  parsePolicy,
  policy20241007,
  type CompanyClosure,
  type Policy,
  type PolicyOverrides,
} from '@jmas/cs-policy';
import type { Texts } from './i18n.js';
import { basePolicy, state, type PageClosure, type Problem } from './state.js';
import { unknownKeys } from './suggest.js';

export const EXAMPLE_POLICY = {
  extends: policy20241007.version,
  version: '2027-04-01',
  releases: { endOfSupportDays: 365 },
  calendar: { closures: [{ from: '2027-08-12', to: '2027-08-16', label: '夏季休業' }] },
  // Handling-time targets in business minutes (1.2.case): the 2024-10-07 text sets none; an example only.
  caseClock: {
    targets: { high: { firstResponse: 60, resolution: 480 }, medium: { firstResponse: 240, resolution: 1440 } },
    warningPercent: 75,
  },
};

export function toCompanyClosure(c: PageClosure): CompanyClosure {
  return c.from === c.to ? { date: c.from, label: c.label } : { from: c.from, to: c.to, label: c.label };
}

// One derived policy per (policy, closures): its calendar index is built once (calendarOf caches by object).
const derived = new WeakMap<Policy, Map<string, Policy>>();

/** `policy` with the page's closures added to its own; the same object when there are none. */
export function withClosures(policy: Policy, closures: readonly PageClosure[]): Policy {
  if (closures.length === 0) return policy;
  const key = JSON.stringify(closures);
  let byKey = derived.get(policy);
  if (!byKey) {
    byKey = new Map();
    derived.set(policy, byKey);
  }
  let result = byKey.get(key);
  if (!result) {
    // Same version id: the page adds closure days, it does not make a new policy version.
    result = parsePolicy(
      {
        ...policy,
        calendar: { ...policy.calendar, closures: [...policy.calendar.closures, ...closures.map(toCompanyClosure)] },
      },
      `policy ${policy.version}`,
    );
    byKey.set(key, result);
  }
  return result;
}

/** The policy every panel computes with. */
export const policyInForce = (): Policy => withClosures(basePolicy(), state.closures);

/** 'ポリシー 2024-10-07' or 'ポリシー 2024-10-07 + 弊社休業日 1 件'. */
export function policyName(policy: Policy, t: Texts): string {
  return state.closures.length === 0
    ? t.policyName(policy.version)
    : t.policyNameWithClosures(policy.version, state.closures.length);
}

export class PolicyFileError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super('policy file rejected');
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A policy from a file's text: a whole policy, or `{ "extends": "2024-10-07", "version": …, …overrides }`
 * on the built-in one. Fails with PolicyFileError listing every problem (misspelt keys with a suggestion).
 */
export function readPolicyFile(text: string): { policy: Policy; changes: number } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new PolicyFileError([{ text: (t) => t.notJson(message) }]);
  }
  try {
    let policy: Policy;
    if (isPlainObject(json) && 'extends' in json) {
      const { extends: base, ...overrides } = json;
      if (base !== policy20241007.version) {
        throw new PolicyFileError([{ text: (t) => t.unknownBase(String(base), policy20241007.version) }]);
      }
      policy = definePolicy(policy20241007, overrides as PolicyOverrides);
    } else {
      policy = parsePolicy(json, 'policy');
    }
    return { policy, changes: diffPolicies(policy20241007, policy).length };
  } catch (error) {
    if (error instanceof PolicyFileError || !isCsPolicyError(error)) throw error;
    const body = isPlainObject(json) && 'extends' in json ? { ...json, extends: undefined } : json;
    const misspelt = unknownKeys(body, policy20241007).filter((k) => k.key !== 'extends');
    const problems: Problem[] = misspelt.map((k) => ({
      text: (t: Texts) => t.unknownKey(k.key, k.path, k.suggestion),
    }));
    // The library's own findings, field by field (their wording is English), minus the unknown keys said above.
    const issues = error.issues.filter((issue) => !(misspelt.length > 0 && /unknown field/i.test(issue.message)));
    for (const issue of issues) {
      const path = issue.path.join('.') || '(root)';
      problems.push({ text: (t) => t.fieldProblem(path), detail: issue.message });
    }
    if (problems.length === 0) problems.push({ text: () => '', detail: error.message });
    throw new PolicyFileError(problems);
  }
}
