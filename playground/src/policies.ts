// The policy in force: the chosen one (built-in or loaded) plus the company closures entered in
// the page, as a policy made by parsePolicy with calendar.closures (`1.1.hours` 弊社の休業日), and the
// Cabinet Office's holiday file as calendar.holidays, so every rule and the calendar count them. And
// reading a policy file, with its problems in words.
import {
  definePolicy,
  diffPolicies,
  isCsPolicyError,
  parsePolicy,
  policy20241007,
  type CompanyClosure,
  type NationalHoliday,
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

// One derived policy per (policy, holidays, closures): its calendar index is built once (calendarOf caches by
// object). Keyed by the objects themselves, so a list no longer loaded goes with its derived policies.
const derived = new WeakMap<Policy, WeakMap<object, Map<string, Policy>>>();
const NO_HOLIDAYS = {};

/**
 * `policy` with the page's calendar data: its closures added to the policy's own, and a holiday list (the
 * Cabinet Office's file, interpretation 14) instead of the policy's — the same object when there is neither.
 * Same version id: closure days and the official holiday list are the company's calendar data, not a new
 * policy version (the library's ownVersion allows exactly these; the CLI's --closure/--holidays do the same).
 */
export function withCalendar(
  policy: Policy,
  closures: readonly PageClosure[],
  holidays: readonly NationalHoliday[] | undefined,
): Policy {
  if (closures.length === 0 && holidays === undefined) return policy;
  let byList = derived.get(policy);
  if (!byList) {
    byList = new WeakMap();
    derived.set(policy, byList);
  }
  let byClosures = byList.get(holidays ?? NO_HOLIDAYS);
  if (!byClosures) {
    byClosures = new Map();
    byList.set(holidays ?? NO_HOLIDAYS, byClosures);
  }
  const key = JSON.stringify(closures);
  let result = byClosures.get(key);
  if (!result) {
    result = parsePolicy(
      {
        ...policy,
        calendar: {
          ...policy.calendar,
          closures: [...policy.calendar.closures, ...closures.map(toCompanyClosure)],
          ...(holidays === undefined ? {} : { holidays }),
        },
      },
      `policy ${policy.version}`,
    );
    byClosures.set(key, result);
  }
  return result;
}

/** The policy every panel computes with. */
export const policyInForce = (): Policy => withCalendar(basePolicy(), state.closures, state.holidays?.list);

/** 'ポリシー 2024-10-07', 'ポリシー 2024-10-07 + 弊社休業日 1 件', '… + 内閣府の祝日ファイル'. */
export function policyName(policy: Policy, t: Texts): string {
  const name =
    state.closures.length === 0
      ? t.policyName(policy.version)
      : t.policyNameWithClosures(policy.version, state.closures.length);
  return state.holidays ? `${name}${t.withHolidayFile}` : name;
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
