import { CsPolicyError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { parseWith } from '../validate.js';
import type { ClauseId } from './clauses.js';
import { policySchema, type Policy } from './schema.js';

/**
 * Partial overrides of a policy for {@link definePolicy}: objects merge key by key, arrays and
 * values replace. A new version needs its own `version` id (interpretation 10), so decisions
 * always say which version decided.
 *
 * @example
 * ```ts
 * const overrides: PolicyOverrides = { version: '2027-04-01', thirdParty: { discretionaryEndNoticeDays: 120 } };
 * definePolicy(policy20241007, overrides).thirdParty; // { discretionaryEndNoticeDays: 120, noticeReading: 'inclusive' }
 * ```
 */
export type PolicyOverrides = { readonly version: string } & DeepPartial<Omit<Policy, 'version'>>;
type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = merge(base[key], value);
  return result;
}

/**
 * A new policy version: `base` with `overrides` applied, validated and frozen. The new
 * version must carry its own version id. Bad overrides fail with `INVALID_POLICY`,
 * naming each field.
 *
 * @example
 * ```ts
 * const policy2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
 * releaseEndOfSupport('2027-04-01', { policy: policy2027 }).value.lastSupportedDate; // '2028-03-31'
 * ```
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Policy {
  if (!isPlainObject(overrides))
    throw new CsPolicyError('INVALID_POLICY', 'policy overrides must be an object with at least a "version"');
  if (typeof overrides.version !== 'string') {
    // Without it the changed policy would still call itself by the base's version (interpretation 10).
    throw new CsPolicyError(
      'INVALID_POLICY',
      'invalid policy overrides: version: a new policy needs its own version id "YYYY-MM-DD"',
      [{ path: ['version'], message: 'is required' }],
    );
  }
  if (overrides.version === base.version) {
    throw new CsPolicyError(
      'INVALID_POLICY',
      `invalid policy overrides: version: a new policy needs its own version id, not ${base.version}`,
      [{ path: ['version'], message: 'must differ from the base version' }],
    );
  }
  return parsePolicy(merge(base, overrides), `policy ${String(overrides.version)}`);
}

/**
 * Validates a whole policy (e.g. read from a JSON file) and freezes it, so that rules can trust
 * it: a changed policy (`4.2.policy-change`) is loaded as a new version. Bad input fails with
 * `INVALID_POLICY`, naming each field.
 *
 * @example
 * ```ts
 * const policy = parsePolicy(JSON.parse(readFileSync('policy-2027-04-01.json', 'utf8')));
 * releaseEndOfSupport('2027-04-01', { policy });
 * parsePolicy({ version: '2027-04-01' }); // throws CsPolicyError INVALID_POLICY (title, calendar, … are required)
 * ```
 */
export function parsePolicy(input: unknown, subject = 'policy'): Policy {
  return deepFreeze(parseWith(policySchema, input, 'INVALID_POLICY', subject));
}

/** Which clauses each top-level parameter (or a more specific path) feeds. The longest matching path wins. */
const PARAMETER_CLAUSES: readonly (readonly [string, readonly ClauseId[]])[] = [
  ['version', ['4.2.policy-change']],
  ['title', ['4.2.policy-change']],
  ['calendar', ['1.1.hours', '1.2.form.confirmation', '6.lead-time']],
  ['eligibility', ['intro.eligibility']],
  ['contents', ['intro.contents']],
  ['products', ['1.1.products', 'intro.eligibility']],
  ['contacts', ['1.1.contacts']],
  ['channels', ['1.1.channels']],
  ['urgencyLevels', ['1.2.form', '1.1.channels']],
  ['representatives', ['1.2.representative']],
  ['releases', ['3.3.eos', '3.3.after-eos']],
  ['thirdParty', ['4.3.discretionary-end']],
  ['scope.onsite', ['4.3.onsite']],
  ['scope.customization', ['4.3.customization', '7.scope']],
  ['policyChange', ['4.2.policy-change']],
  ['cloud', ['5.feature-change']],
  ['clientApps.leadTimeBusinessDays', ['6.lead-time']],
  ['clientApps.paid', ['6.fee']],
  ['clientApps.stores', ['6.distribution']],
  ['caseClock', ['1.2.case']],
];

/**
 * The clauses a parameter path (e.g. `'releases.endOfSupportDays'`) feeds: which decisions a
 * change of that parameter can move (`4.2.policy-change`). The longest matching path wins.
 *
 * @example
 * ```ts
 * clausesOfParameter('releases.endOfSupportDays'); // ['3.3.eos', '3.3.after-eos']
 * clausesOfParameter('clientApps.stores'); // ['6.distribution']
 * clausesOfParameter('unknown'); // []
 * ```
 */
export function clausesOfParameter(path: string): readonly ClauseId[] {
  let best: readonly [string, readonly ClauseId[]] | undefined;
  for (const entry of PARAMETER_CLAUSES) {
    const [prefix] = entry;
    if ((path === prefix || path.startsWith(`${prefix}.`)) && (!best || prefix.length > best[0].length)) best = entry;
  }
  return best ? best[1] : [];
}

/**
 * One parameter that differs between two policy versions, with the clauses whose decisions it
 * can move: what a reviewer checks when the policy changes (`4.2.policy-change`).
 *
 * @example
 * ```ts
 * const policy2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
 * const changes: PolicyChange[] = diffPolicies(policy20241007, policy2027);
 * // [{ path: 'version', from: '2024-10-07', to: '2027-04-01', clauses: ['4.2.policy-change'] },
 * //  { path: 'releases.endOfSupportDays', from: 180, to: 365, clauses: ['3.3.eos', '3.3.after-eos'] }]
 * ```
 */
export interface PolicyChange {
  /** Dotted path of the parameter, e.g. `'releases.endOfSupportDays'`. Arrays compare as a whole. */
  readonly path: string;
  readonly from: unknown;
  readonly to: unknown;
  /** The clauses whose decisions this change can move. */
  readonly clauses: readonly ClauseId[];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changed from policy `a` to policy `b`, parameter by parameter, with the clauses each
 * change touches. The version id itself is reported too.
 *
 * @example
 * ```ts
 * diffPolicies(policy20241007, policy2027);
 * // [{ path: 'version', … }, { path: 'releases.endOfSupportDays', from: 180, to: 365, clauses: ['3.3.eos', '3.3.after-eos'] }]
 * ```
 */
export function diffPolicies(a: Policy, b: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (isPlainObject(x) && isPlainObject(y)) {
      for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])])
        walk(x[key], y[key], path ? `${path}.${key}` : key);
    } else if (!sameValue(x, y)) {
      changes.push({ path, from: x, to: y, clauses: clausesOfParameter(path) });
    }
  };
  walk(a, b, '');
  return changes;
}
