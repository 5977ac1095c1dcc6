import { decideCall, parseRuleCall, type RuleCall } from '../calls/call.js';
import { CsPolicyError, isCsPolicyError } from '../errors.js';
import { checkPolicy } from '../policy/context.js';
import { policyDigest } from '../identity/digest.js';
import type { Decision } from '../policy/decision.js';
import type { Policy } from '../policy/schema.js';
import { deepEqual, differingPaths, type Mismatch } from '../scenarios/match.js';

/**
 * One example of a kind of change: the call (by line number and `id`), and under each version
 * its outcome, or error code, and the value paths that differ.
 *
 * @example
 * ```ts
 * const e: ImpactExample = report.transitions['ends → ends, date moved']!.examples[0]!;
 * e.changes; // [{ path: 'lastSupportedDate', old: '2026-09-28', new: '2027-03-31' }, …]
 * ```
 */
export interface ImpactExample {
  readonly line: number;
  readonly id?: string | number;
  readonly call: RuleCall;
  readonly old: string;
  readonly new: string;
  readonly changes: readonly { readonly path: string; readonly old: unknown; readonly new: unknown }[];
}

/**
 * What a new policy version does to a corpus of rule calls, decided under both versions
 * (`4.2.policy-change`). A decision has *changed* when its outcome or its value differs; calls
 * that fail under either version are counted as errors, by code.
 *
 * - `transitions`: by kind (`ends → ends, date moved`, `due → due, date moved`, `supported → ended`,
 *   `ok → INVALID_DATE`, …), with a count and a few examples;
 * - `byRule` and `byClause`: how many calls each touched, and how many of them changed (a
 *   decision's clauses under either version).
 *
 * @example
 * ```ts
 * const report: ImpactReport = await policyImpact(calls, policy20241007, draft);
 * report.totals; // { total: 1000, changed: 312, unchanged: 680, errors: 8 }
 * ```
 */
export interface ImpactReport {
  readonly oldVersion: string;
  readonly newVersion: string;
  readonly oldDigest: string;
  readonly newDigest: string;
  readonly totals: {
    readonly total: number;
    readonly changed: number;
    readonly unchanged: number;
    readonly errors: number;
  };
  readonly errorsByCode: { readonly [code: string]: number };
  readonly byRule: { readonly [rule: string]: { readonly total: number; readonly changed: number } };
  readonly byClause: { readonly [clause: string]: { readonly total: number; readonly changed: number } };
  readonly transitions: {
    readonly [kind: string]: { readonly count: number; readonly examples: readonly ImpactExample[] };
  };
}

type Answer = { decision: Decision } | { code: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** `ends → ends, date moved`: the outcomes and, for the same outcome, whether a date moved (else the value changed otherwise). */
function transitionOf(old: Decision, next: Decision, changes: readonly Mismatch[]): string {
  const head = `${old.outcome} → ${next.outcome}`;
  if (old.outcome !== next.outcome) return head;
  const dates = changes.some(
    (c) =>
      typeof c.expected === 'string' &&
      typeof c.actual === 'string' &&
      ISO_DATE.test(c.expected) &&
      ISO_DATE.test(c.actual),
  );
  return `${head}, ${dates ? 'date moved' : 'value changed'}`;
}

/**
 * An impact report built call by call, for corpora read as a stream: `add` each call (an object
 * or a JSON line), then `report()`. Memory stays small whatever the corpus size: counts, and
 * `examples` examples per kind of change.
 *
 * @example
 * ```ts
 * const impact = createImpactReport(policy20241007, draft);
 * for await (const line of lines) impact.add(line);
 * console.log(impact.report().totals);
 * ```
 */
export function createImpactReport(
  oldPolicy: Policy,
  newPolicy: Policy,
  options: { readonly examples?: number } = {},
): { add: (call: unknown) => void; report: () => ImpactReport } {
  // Both versions validated first: a report never compares a policy with junk.
  oldPolicy = checkPolicy(oldPolicy, 'old policy');
  newPolicy = checkPolicy(newPolicy, 'new policy');
  if (typeof options !== 'object' || options === null)
    throw new CsPolicyError('INVALID_INPUT', 'impact options must be an object { examples? }');
  if (options.examples !== undefined && !(Number.isInteger(options.examples) && options.examples >= 0))
    throw new CsPolicyError('INVALID_INPUT', 'impact options.examples must be a whole number ≥ 0');
  const maxExamples = options.examples ?? 3;
  let line = 0;
  let total = 0;
  let changed = 0;
  let errors = 0;
  const errorsByCode: Record<string, number> = {};
  const byRule: Record<string, { total: number; changed: number }> = {};
  const byClause: Record<string, { total: number; changed: number }> = {};
  const transitions: Record<string, { count: number; examples: ImpactExample[] }> = {};

  const answer = (call: unknown, policy: Policy): Answer => {
    try {
      return { decision: decideCall(call, policy) };
    } catch (error) {
      if (isCsPolicyError(error)) return { code: error.code };
      throw error;
    }
  };
  const counter = (table: Record<string, { total: number; changed: number }>, key: string) => {
    if (!table[key]) table[key] = { total: 0, changed: 0 };
    return table[key];
  };
  const note = (kind: string, example: () => ImpactExample) => {
    if (!transitions[kind]) transitions[kind] = { count: 0, examples: [] };
    const t = transitions[kind];
    t.count++;
    if (t.examples.length < maxExamples) t.examples.push(example());
  };

  const add = (input: unknown): void => {
    line++;
    let call: unknown = input;
    if (typeof input === 'string') {
      if (input.trim() === '') return; // blank lines are not calls
      try {
        call = JSON.parse(input);
      } catch {
        call = undefined; // counted below as an INVALID_INPUT under both versions
      }
    }
    total++;
    const id = typeof call === 'object' && call !== null ? (call as { id?: unknown }).id : undefined;
    const a = call === undefined ? { code: 'INVALID_INPUT' } : answer(call, oldPolicy);
    const b = call === undefined ? { code: 'INVALID_INPUT' } : answer(call, newPolicy);
    let rule = 'invalid call';
    try {
      rule = parseRuleCall(call).rule;
    } catch {
      // an invalid call is counted under "invalid call"
    }
    const r = counter(byRule, rule);
    r.total++;
    const base = (): Omit<ImpactExample, 'old' | 'new' | 'changes'> => ({
      line,
      ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
      call: call as RuleCall,
    });
    if ('code' in a || 'code' in b) {
      errors++;
      const code =
        'code' in a && 'code' in b
          ? a.code
          : 'code' in a
            ? `${a.code} (old only)`
            : `${(b as { code: string }).code} (new only)`;
      errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
      const oldText = 'code' in a ? a.code : a.decision.outcome;
      const newText = 'code' in b ? b.code : b.decision.outcome;
      if (oldText !== newText)
        note(`${oldText} → ${newText}`, () => ({ ...base(), old: oldText, new: newText, changes: [] }));
      return;
    }
    const old = a.decision;
    const next = b.decision;
    const isChanged = old.outcome !== next.outcome || !deepEqual(old.value, next.value);
    if (isChanged) {
      changed++;
      r.changed++;
      const diffs = differingPaths(old.value, next.value, '');
      note(transitionOf(old, next, diffs), () => ({
        ...base(),
        old: old.outcome,
        new: next.outcome,
        changes: diffs.slice(0, 5).map((d) => ({ path: d.path || '(value)', old: d.expected, new: d.actual })),
      }));
    }
    for (const clause of new Set([...old.clauses, ...next.clauses])) {
      const c = counter(byClause, clause);
      c.total++;
      if (isChanged) c.changed++;
    }
  };

  const report = (): ImpactReport => ({
    oldVersion: oldPolicy.version,
    newVersion: newPolicy.version,
    oldDigest: policyDigest(oldPolicy),
    newDigest: policyDigest(newPolicy),
    totals: { total, changed, unchanged: total - changed - errors, errors },
    errorsByCode,
    byRule,
    byClause,
    transitions,
  });
  return { add, report };
}

/**
 * The impact of a new policy version on a corpus of rule calls (objects, or JSON Lines text
 * lines), read one by one from any iterable or async iterable — a file stream of a million calls
 * is never held whole. See {@link ImpactReport}.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { createInterface } from 'node:readline';
 * const lines = createInterface({ input: createReadStream('cases.jsonl') });
 * const report = await policyImpact(lines, policy20241007, draft);
 * report.transitions['ends → ends, date moved']?.count;
 * ```
 */
export async function policyImpact(
  calls: Iterable<unknown> | AsyncIterable<unknown>,
  oldPolicy: Policy,
  newPolicy: Policy,
  options: { readonly examples?: number } = {},
): Promise<ImpactReport> {
  const impact = createImpactReport(oldPolicy, newPolicy, options);
  const iterable = calls as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (
    typeof iterable !== 'object' ||
    iterable === null ||
    (typeof iterable[Symbol.iterator] !== 'function' && typeof iterable[Symbol.asyncIterator] !== 'function')
  )
    throw new CsPolicyError('INVALID_INPUT', 'policyImpact takes the calls as a list or a stream of rule calls');
  for await (const call of calls) impact.add(call);
  return impact.report();
}
