import { decideCall } from '../calls/call.js';
import { CsPolicyError, isCsPolicyError } from '../errors.js';
import { CLAUSE_IDS, type ClauseId } from '../policy/clauses.js';
import type { Decision } from '../policy/decision.js';
import { policy20241007 } from '../policy/policy-2024-10-07.js';
import type { Policy } from '../policy/schema.js';
import { parseScenarioDocument, parseScenarioFile, type Scenario, type ScenarioFile } from './file.js';
import { subsetMismatches, type Mismatch } from './match.js';

/**
 * Where scenarios come from: a path (read with `options.readFile`), a file's text (YAML or JSON),
 * a parsed document, or an already validated {@link ScenarioFile}.
 *
 * @example
 * ```ts
 * const sources: ScenarioSource[] = ['scenarios/releases.yaml', { path: 'inline.yaml', text: 'scenarios: …' }];
 * ```
 */
export type ScenarioSource =
  | string
  | { readonly path: string; readonly text: string }
  | { readonly path?: string; readonly document: unknown }
  | ScenarioFile;

/**
 * Options of {@link runScenarios}.
 *
 * - `policy`: decide every file under this version, whatever the files name (a draft version:
 *   the failures are then exactly the decisions it changes);
 * - `readFile`: reads a path (scenario files given by path);
 * - `loadPolicy`: loads a file's `policy:` reference (not `builtin`), relative to the scenario file.
 *
 * @example
 * ```ts
 * const options: RunScenariosOptions = { policy: draft, readFile: (p) => readFileSync(p, 'utf8') };
 * ```
 */
export interface RunScenariosOptions {
  readonly policy?: Policy;
  readonly readFile?: (path: string) => string;
  readonly loadPolicy?: (reference: string, scenarioFile: string) => Policy;
}

/**
 * The result of one scenario: passed, or failed with each difference (expected vs actual).
 *
 * @example
 * ```ts
 * const r: ScenarioResult = report.results[0]!;
 * if (!r.passed) console.log(r.file, r.name, r.mismatches);
 * ```
 */
export interface ScenarioResult {
  readonly file: string;
  readonly name: string;
  readonly rule: string;
  readonly policyVersion: string;
  readonly passed: boolean;
  readonly mismatches: readonly Mismatch[];
  /** The clause ids of the decision (none when the call threw). */
  readonly clauses: readonly ClauseId[];
}

/**
 * What a scenario run found: every result, the counts, and the clause ids that no scenario's
 * decision touched.
 *
 * @example
 * ```ts
 * const report: ScenarioReport = await runScenarios(files, { readFile });
 * console.log(`${report.passed} passed, ${report.failed} failed`);
 * ```
 */
export interface ScenarioReport {
  readonly results: readonly ScenarioResult[];
  readonly passed: number;
  readonly failed: number;
  readonly uncoveredClauses: readonly ClauseId[];
}

async function toFile(source: ScenarioSource, options: RunScenariosOptions): Promise<ScenarioFile> {
  if (typeof source === 'string') {
    if (!options.readFile) throw new CsPolicyError('INVALID_INPUT', `cannot read ${source}: no readFile option given`);
    let text: string;
    try {
      text = options.readFile(source);
    } catch (error) {
      throw new CsPolicyError('INVALID_INPUT', `cannot read scenario file ${source}: ${(error as Error).message}`);
    }
    return parseScenarioFile(text, source);
  }
  if ('text' in source) return parseScenarioFile(source.text, source.path);
  if ('document' in source) return parseScenarioDocument(source.document, source.path ?? '(document)');
  return parseScenarioDocument(
    { ...(source.policy ? { policy: source.policy } : {}), scenarios: source.scenarios },
    source.path,
  );
}

function policyOfFile(file: ScenarioFile, options: RunScenariosOptions): Policy {
  if (options.policy) return options.policy;
  const ref = file.policy;
  if (ref === undefined || ref === 'builtin' || ref === policy20241007.version) return policy20241007;
  if (!options.loadPolicy)
    throw new CsPolicyError('INVALID_INPUT', `${file.path}: policy: cannot load "${ref}": no loadPolicy option given`);
  return options.loadPolicy(ref, file.path);
}

function check(scenario: Scenario, decide: () => Decision): { mismatches: Mismatch[]; clauses: readonly ClauseId[] } {
  const expect = scenario.expect;
  let decision: Decision;
  try {
    decision = decide();
  } catch (error) {
    if (!isCsPolicyError(error)) throw error;
    if (expect.error === error.code) return { mismatches: [], clauses: [] };
    return {
      mismatches: [{ path: 'error', expected: expect.error ?? 'no error', actual: `${error.code}: ${error.message}` }],
      clauses: [],
    };
  }
  if (expect.error !== undefined) {
    return {
      mismatches: [{ path: 'error', expected: expect.error, actual: `no error (outcome ${decision.outcome})` }],
      clauses: decision.clauses,
    };
  }
  const mismatches: Mismatch[] = [];
  if (expect.outcome !== undefined && expect.outcome !== decision.outcome)
    mismatches.push({ path: 'outcome', expected: expect.outcome, actual: decision.outcome });
  if (expect.value !== undefined) mismatches.push(...subsetMismatches(expect.value, decision.value, 'value'));
  const missingClauses = (expect.clauses ?? []).filter((id) => !decision.clauses.includes(id));
  if (missingClauses.length > 0)
    mismatches.push({ path: 'clauses', expected: missingClauses, actual: decision.clauses });
  const codes = decision.reasons.map((r) => r.code);
  const missingReasons = (expect.reasons ?? []).filter((code) => !codes.includes(code));
  if (missingReasons.length > 0) mismatches.push({ path: 'reasons', expected: missingReasons, actual: codes });
  return { mismatches, clauses: decision.clauses };
}

/**
 * Runs scenario files — a policy owner's executable specification — and reports every result,
 * the counts and the clause ids no scenario touched. Each scenario is a rule call (`rule`,
 * `args`, `options`) decided under the file's `policy` (`builtin` by default) or
 * `options.policy`, and checked against its `expect`: `outcome` equal, `value` a subset
 * (every key given must match, recursively), each of `clauses` and `reasons` (codes) among the
 * decision's, or instead `error`, the code of the `CsPolicyError` the call must throw.
 *
 * Files are all validated before any runs: a file that is not valid (unknown rule, missing
 * `expect`, unknown clause id, …) fails the whole run with `INVALID_INPUT`, naming the file,
 * the path and the problem.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const report = await runScenarios(['scenarios/releases.yaml'], { readFile: (p) => readFileSync(p, 'utf8') });
 * report.failed; // 0
 * const draft = await runScenarios(['scenarios/releases.yaml'], { policy: draft2027, readFile });
 * draft.results.filter((r) => !r.passed).map((r) => r.name); // the decisions the draft changes
 * ```
 */
export async function runScenarios(
  sources: readonly ScenarioSource[],
  options: RunScenariosOptions = {},
): Promise<ScenarioReport> {
  if (!Array.isArray(sources))
    throw new CsPolicyError('INVALID_INPUT', 'runScenarios takes a list of scenario files (paths, texts or documents)');
  if (typeof options !== 'object' || options === null)
    throw new CsPolicyError(
      'INVALID_INPUT',
      'runScenarios options must be an object { policy?, readFile?, loadPolicy? }',
    );
  for (const [i, source] of sources.entries())
    if (typeof source !== 'string' && (typeof source !== 'object' || source === null))
      throw new CsPolicyError('INVALID_INPUT', `runScenarios: sources[${i}] is neither a path nor a scenario file`);
  const files: ScenarioFile[] = [];
  const problems: CsPolicyError[] = [];
  for (const source of sources) {
    try {
      files.push(await toFile(source, options));
    } catch (error) {
      if (!isCsPolicyError(error)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0) {
    throw new CsPolicyError(
      'INVALID_INPUT',
      problems.map((p) => p.message).join('\n'),
      problems.flatMap((p) => p.issues),
    );
  }
  const results: ScenarioResult[] = [];
  const touched = new Set<ClauseId>();
  for (const file of files) {
    const policy = policyOfFile(file, options);
    for (const scenario of file.scenarios) {
      const call = {
        rule: scenario.rule,
        args: scenario.args,
        ...(scenario.options ? { options: scenario.options } : {}),
      };
      const { mismatches, clauses } = check(scenario, () => decideCall(call, policy));
      for (const id of clauses) touched.add(id);
      results.push({
        file: file.path,
        name: scenario.name,
        rule: scenario.rule,
        policyVersion: policy.version,
        passed: mismatches.length === 0,
        mismatches,
        clauses,
      });
    }
  }
  const passed = results.filter((r) => r.passed).length;
  return {
    results,
    passed,
    failed: results.length - passed,
    uncoveredClauses: CLAUSE_IDS.filter((id) => !touched.has(id)),
  };
}
