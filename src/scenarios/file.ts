import * as z from 'zod/mini';
import { isRuleName } from '../calls/registry.js';
import { CsPolicyError, type CsPolicyErrorCode, type InputIssue } from '../errors.js';
import { CLAUSES, type ClauseId } from '../policy/clauses.js';
import { lazySchema, parseWith } from '../validate.js';

const ERROR_CODES = [
  'INVALID_DATE',
  'INVALID_INSTANT',
  'INVALID_NUMBER',
  'OUT_OF_COVERAGE',
  'INVALID_OPTIONS',
  'INVALID_POLICY',
  'INVALID_INPUT',
] as const satisfies readonly CsPolicyErrorCode[];

const expectSchema = lazySchema(() =>
  z
    .strictObject({
      outcome: z.optional(z.string()),
      value: z.optional(z.unknown()),
      clauses: z.optional(z.array(z.string())),
      reasons: z.optional(z.array(z.string())),
      error: z.optional(z.enum(ERROR_CODES)),
    })
    .check(
      z.refine((e) => Object.keys(e).length > 0, 'must hold outcome, value, clauses, reasons or error'),
      z.refine((e) => e.error === undefined || Object.keys(e).length === 1, {
        message: 'error stands alone: a call that throws has no outcome, value, clauses or reasons',
        path: ['error'],
      }),
    ),
);

const scenarioSchema = lazySchema(() =>
  z.strictObject({
    name: z.string().check(z.regex(/\S/, 'must not be blank')),
    rule: z.string(),
    args: z._default(z.array(z.unknown()), []),
    options: z.optional(z.record(z.string(), z.unknown())),
    expect: expectSchema(),
  }),
);

const fileSchema = lazySchema(() =>
  z.strictObject({
    policy: z.optional(z.string().check(z.minLength(1))),
    description: z.optional(z.string()),
    scenarios: z.array(scenarioSchema()).check(z.minLength(1)),
  }),
);

/**
 * What a scenario expects: the outcome (equal), a subset of the value, clause ids and reason
 * codes that must be among the decision's — or instead an error code.
 *
 * @example
 * ```ts
 * const expect: ScenarioExpectation = { outcome: 'ends', value: { lastSupportedDate: '2026-09-28' }, clauses: ['3.3.eos'] };
 * ```
 */
export interface ScenarioExpectation {
  readonly outcome?: string;
  readonly value?: unknown;
  readonly clauses?: readonly ClauseId[];
  readonly reasons?: readonly string[];
  readonly error?: CsPolicyErrorCode;
}

/**
 * One scenario: a named rule call and what it must decide.
 *
 * @example
 * ```ts
 * const s: Scenario = { name: 'GA 2026-04-01', rule: 'releaseEndOfSupport', args: ['2026-04-01'], expect: { outcome: 'ends' } };
 * ```
 */
export interface Scenario {
  readonly name: string;
  readonly rule: string;
  readonly args: readonly unknown[];
  readonly options?: { readonly [name: string]: unknown };
  readonly expect: ScenarioExpectation;
}

/**
 * A scenario file, validated: where it came from, the policy it names (`builtin` or a path
 * relative to the file), and its scenarios.
 *
 * @example
 * ```ts
 * const file: ScenarioFile = parseScenarioDocument({ scenarios: [s] }, 'releases.yaml');
 * ```
 */
export interface ScenarioFile {
  readonly path: string;
  readonly policy?: string;
  readonly scenarios: readonly Scenario[];
}

/** What the schema cannot say: unknown rules, duplicate names, unknown clause ids (checked on the raw document). */
function meaningIssues(document: unknown): InputIssue[] {
  const scenarios = (document as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(scenarios)) return [];
  const issues: InputIssue[] = [];
  const names = new Set<unknown>();
  scenarios.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) return;
    const s = raw as { name?: unknown; rule?: unknown; expect?: { clauses?: unknown } };
    if (typeof s.rule === 'string' && !isRuleName(s.rule))
      issues.push({ path: ['scenarios', i, 'rule'], message: `unknown rule "${s.rule}"` });
    if (typeof s.name === 'string' && names.has(s.name))
      issues.push({ path: ['scenarios', i, 'name'], message: `duplicate name "${s.name}"` });
    names.add(s.name);
    const clauses = s.expect?.clauses;
    if (Array.isArray(clauses))
      clauses.forEach((id, j) => {
        if (typeof id === 'string' && !Object.hasOwn(CLAUSES, id))
          issues.push({ path: ['scenarios', i, 'expect', 'clauses', j], message: `unknown clause id "${id}"` });
      });
  });
  return issues;
}

/** Validates a parsed scenario document; a problem is INVALID_INPUT whose issues start with the file. */
export function parseScenarioDocument(document: unknown, path: string): ScenarioFile {
  const issues = meaningIssues(document);
  let parsed: z.output<ReturnType<typeof fileSchema>> | undefined;
  try {
    parsed = parseWith(fileSchema, document, 'INVALID_INPUT', `scenario file ${path}`);
  } catch (error) {
    if (!(error instanceof CsPolicyError)) throw error;
    issues.push(...error.issues);
  }
  // One scenario's problems together, in file order (sort is stable).
  issues.sort((a, b) => (Number(a.path[1]) || 0) - (Number(b.path[1]) || 0));
  if (issues.length > 0 || parsed === undefined) throw invalidFile(path, issues);
  return {
    path,
    ...(parsed.policy === undefined ? {} : { policy: parsed.policy }),
    scenarios: parsed.scenarios as Scenario[],
  };
}

/** `scenarios[3].expect` for ['scenarios', 3, 'expect']. */
function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(root)';
}

function invalidFile(path: string, issues: readonly InputIssue[]): CsPolicyError {
  return new CsPolicyError(
    'INVALID_INPUT',
    issues.map((i) => `${path}: ${pathText(i.path)}: ${i.message}`).join('\n'),
    issues.map((i) => ({ path: [path, ...i.path], message: i.message })),
  );
}

/**
 * Parses a scenario file's text, YAML or JSON (JSON is YAML too), and validates it. A file that
 * is not valid fails with `INVALID_INPUT` whose message names the file, the path in it and the
 * problem (an unknown rule, a missing `expect`, …), one line per problem.
 *
 * @example
 * ```ts
 * const file = await parseScenarioFile(readFileSync('scenarios/releases.yaml', 'utf8'), 'scenarios/releases.yaml');
 * file.scenarios.length; // 8
 * ```
 */
export async function parseScenarioFile(text: string, path: string): Promise<ScenarioFile> {
  if (typeof text !== 'string' || typeof path !== 'string')
    throw new CsPolicyError('INVALID_INPUT', 'parseScenarioFile takes the text of a file and its path (strings)');
  // Loaded on first use: programs that never read a scenario file do not pay for the YAML parser.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new CsPolicyError(
      'INVALID_INPUT',
      doc.errors.map((e) => `${path}: not valid YAML or JSON: ${e.message}`).join('\n'),
      doc.errors.map((e) => ({ path: [path], message: e.message })),
    );
  }
  return parseScenarioDocument(doc.toJS(), path);
}
