import { isPlainObject } from '../values.js';
import { CsPolicyError } from '../errors.js';
import { checkPolicy, ownVersion, trustPolicy } from './context.js';
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
  base = checkPolicy(base, 'base policy');
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
  const merged = merge(base, overrides);
  // `calendar.hours` has two forms (issue 12): hours in the other form than the base's replace them, not merge.
  const hours = (overrides.calendar as { hours?: unknown } | undefined)?.hours;
  const baseHours = (base.calendar as { hours?: unknown } | undefined)?.hours;
  if (isPlainObject(hours) && isPlainObject(baseHours) && 'open' in hours !== 'open' in baseHours)
    (merged as { calendar: Record<string, unknown> }).calendar.hours = hours;
  return parsePolicy(merged, `policy ${String(overrides.version)}`);
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
  // The subject names the input in messages (definePolicy passes "policy <version>"); anything else is ignored.
  if (typeof subject !== 'string') subject = 'policy';
  return trustPolicy(ownVersion(deepFreeze(parseWith(policySchema, input, 'INVALID_POLICY', subject)), subject));
}

/**
 * Which clauses each parameter's decisions cite (`4.2.policy-change`, issue 8): every clause of every answer a
 * change of the parameter can move. Not written from memory: test/policy/diff-clauses.test.ts changes each
 * parameter alone, decides a fixed set of calls over every rule under both versions, and fails (printing the
 * row to write here) when a moved answer cites a clause missing from its row. The longest matching path wins;
 * the top-level rows catch parameters a later schema adds.
 */
const PARAMETER_CLAUSES: readonly (readonly [string, readonly ClauseId[]])[] = deepFreeze([
  // The version id: the exported intake JSON Schema names it.
  ['version', ['4.2.policy-change', '1.2.form']],
  ['title', ['4.2.policy-change']],
  // Business days and hours feed every deadline counted in business days or minutes, the phone's hours,
  // and the closed-day advice beside a calendar-day deadline (interpretation 11: 3.2.notice with the GA
  // notices it comes with, 4.3.discretionary-end, 5.feature-change).
  [
    'calendar',
    [
      '1.1.channels',
      '1.1.products',
      '1.1.contacts',
      '1.1.hours',
      '1.2.form.confirmation',
      '3.2.notice',
      '3.2.verification',
      '3.3.eos',
      '3.3.migrate',
      '4.3.discretionary-end',
      '5.feature-change',
      '6.build-materials',
      '6.lead-time',
      '6.fee',
    ],
  ],
  ['eligibility', ['intro.eligibility', 'intro.contents', '1.1.products']],
  ['contents', ['intro.eligibility', 'intro.contents', '1.1.products']],
  // A product id is checked by the intake form, the case, eligibility, the contact table and the release notices.
  [
    'products',
    [
      'intro.eligibility',
      'intro.contents',
      '1.1.channels',
      '1.1.products',
      '1.1.contacts',
      '1.1.hours',
      '1.2.case',
      '1.2.pre.access',
      '1.2.pre.checklist',
      '1.2.form',
      '1.2.form.confirmation',
      '1.2.impact',
      '2.1.data',
      '3.2.notice',
      '3.2.verification',
      '3.3.eos',
      '3.3.migrate',
    ],
  ],
  ['contacts', ['1.1.channels', '1.1.products', '1.1.contacts', '1.1.hours']],
  ['channels', ['1.1.channels', '1.1.products', '1.1.contacts', '1.1.hours']],
  [
    'urgencyLevels',
    [
      '1.1.channels',
      '1.1.products',
      '1.1.contacts',
      '1.2.case',
      '1.2.pre.checklist',
      '1.2.form',
      '1.2.form.confirmation',
      '1.2.impact',
      '2.1.data',
    ],
  ],
  ['representatives', ['1.2.representative']],
  ['releases', ['3.recommend-latest', '3.2.notice', '3.2.verification', '3.3.eos', '3.3.after-eos', '3.3.migrate']],
  // The notice days also word the vendor-end obligations of a component (4.3.os-eol).
  ['thirdParty', ['4.3.os-eol', '4.3.discretionary-end', '4.3.after-eos', '4.3.customer-upgrade']],
  [
    'scope',
    ['4.3.scope', '4.3.onsite', '4.3.customization', '4.3.os-eol', '4.3.after-eos', '4.3.customer-upgrade', '7.scope'],
  ],
  ['scope.onsite', ['4.3.scope', '4.3.onsite', '4.3.os-eol', '4.3.after-eos', '4.3.customer-upgrade']],
  [
    'scope.customization',
    ['4.3.scope', '4.3.customization', '4.3.os-eol', '4.3.after-eos', '4.3.customer-upgrade', '7.scope'],
  ],
  ['policyChange', ['4.2.policy-change']],
  ['cloud', ['5.scheduled', '5.preventive', '5.feature-change']],
  ['clientApps', ['1.1.hours', '6.distribution', '6.build-materials', '6.lead-time', '6.fee']],
  ['clientApps.stores', ['6.distribution', '6.build-materials', '6.lead-time', '6.fee']],
  ['caseClock', ['1.2.case']],
] as const);

/**
 * The clauses a parameter path (e.g. `'releases.endOfSupportDays'`) feeds: which decisions a
 * change of that parameter can move (`4.2.policy-change`). The longest matching path wins.
 *
 * @example
 * ```ts
 * clausesOfParameter('releases.endOfSupportDays'); // ['3.recommend-latest', '3.2.notice', …, '3.3.eos', '3.3.after-eos', '3.3.migrate']
 * clausesOfParameter('clientApps.stores'); // ['6.distribution', '6.build-materials', '6.lead-time', '6.fee']
 * clausesOfParameter('unknown'); // []
 * ```
 */
export function clausesOfParameter(path: string): readonly ClauseId[] {
  if (typeof path !== 'string') throw new CsPolicyError('INVALID_INPUT', 'the parameter path must be a string');
  let best: readonly [string, readonly ClauseId[]] | undefined;
  for (const entry of PARAMETER_CLAUSES) {
    const [prefix] = entry;
    if ((path === prefix || path.startsWith(`${prefix}.`)) && (!best || prefix.length > best[0].length)) best = entry;
  }
  // A fresh array: a caller's change to one answer must not reach the next (issue 9).
  return best ? [...best[1]] : [];
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
 * //  { path: 'releases.endOfSupportDays', from: 180, to: 365, clauses: ['3.recommend-latest', …, '3.3.migrate'] }]
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
 * @throws CsPolicyError `INVALID_POLICY` when either is not a valid policy.
 *
 * @example
 * ```ts
 * diffPolicies(policy20241007, policy2027);
 * // [{ path: 'version', … }, { path: 'releases.endOfSupportDays', from: 180, to: 365, clauses: ['3.recommend-latest', …, '3.3.migrate'] }]
 * ```
 */
export function diffPolicies(a: Policy, b: Policy): PolicyChange[] {
  // Both are checked like any rule's policy: a value that is not one is INVALID_POLICY, not a diff of junk.
  const from = checkPolicy(a, 'first policy');
  const to = checkPolicy(b, 'second policy');
  const changes: PolicyChange[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (isPlainObject(x) && isPlainObject(y)) {
      for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])])
        walk(x[key], y[key], path ? `${path}.${key}` : key);
    } else if (!sameValue(x, y)) {
      changes.push({ path, from: x, to: y, clauses: clausesOfParameter(path) });
    }
  };
  walk(from, to, '');
  // Frozen: its values are the (frozen) policies' own, and its clause lists fresh ones.
  return deepFreeze(changes);
}
