// The policy owner's toolkit (issue 10): `test` (scenario files) and `batch` (JSON Lines of rule
// calls). Both parse and decide rule calls through src/calls, as the HTTP service does.
import { dirname, resolve } from 'node:path';
import { parseRuleCall, type RuleCall } from '../../calls/call.js';
import type { RuleName } from '../../calls/registry.js';
import { isCsPolicyError } from '../../errors.js';
import { decisionRecord } from '../../records/record.js';
import { scenarioReportToJUnit } from '../../scenarios/junit.js';
import { runScenarios, type ScenarioReport } from '../../scenarios/run.js';
import { type AnyCommandSpec, both, type CommandSpec, NOW_POLICY_DIR } from '../command-spec.js';
import { type CliContext, loadPolicyFile } from '../context.js';
import { appendText, checkAppendable, filesIn, isDirectory, linesOf, writeText } from '../files.js';
import { pick, type Lang } from '../io.js';
import { cliError } from '../lang.js';

const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'];

// The files these commands read and write, as their errors name them.
const JUNIT_FILE = { ja: 'JUnit XML のファイル', en: 'JUnit XML file' };
const CALLS_FILE = { ja: '判断の呼び出しのファイル', en: 'calls file' };
const RECORD_FILE = { ja: '判断記録のファイル', en: 'record file' };

/** A JSON file in a scenario directory may be a policy file (`policy: ./draft.json`): only those with `scenarios` run. */
function isScenarioJson(path: string, read: (p: string) => string): boolean {
  try {
    const json = JSON.parse(read(path)) as unknown;
    return typeof json === 'object' && json !== null && 'scenarios' in json;
  } catch {
    return true; // let the runner say what is wrong with it
  }
}

function scenarioFiles(paths: readonly string[], read: (p: string) => string): string[] {
  return paths.flatMap((p) =>
    isDirectory(p)
      ? filesIn(p, SCENARIO_EXTENSIONS).filter((f) => !f.endsWith('.json') || isScenarioJson(f, read))
      : [p],
  );
}

function scenarioText(report: ScenarioReport, lang: Lang): string {
  const t = (ja: string, en: string) => pick(lang, { ja, en });
  const lines: string[] = [];
  for (const r of report.results) {
    if (r.passed) continue;
    lines.push(`FAIL ${r.file} › ${r.name}  (${r.rule}, ${t('ポリシー', 'policy')} ${r.policyVersion})`);
    for (const m of r.mismatches)
      lines.push(
        `  ${m.path}: ${t('期待', 'expected')} ${JSON.stringify(m.expected)}, ${t('実際', 'actual')} ${JSON.stringify(m.actual)}`,
      );
  }
  const uncovered = report.uncoveredClauses;
  lines.push(
    uncovered.length === 0
      ? t('条項カバレッジ: すべての条項をシナリオが通過しました', 'clause coverage: every clause touched')
      : `${t('どのシナリオも通らない条項', 'clauses no scenario touched')} (${uncovered.length}): ${uncovered.join(', ')}`,
  );
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return lines.join('\n');
}

const test: CommandSpec<{ paths: string[]; reporter: 'text' | 'junit'; output?: string }> = {
  name: 'test',
  summary: {
    ja: 'シナリオファイル (YAML / JSON) を実行: 判断の呼び出しと期待する答え。失敗があれば終了コード 1',
    en: 'run scenario files (YAML or JSON): each rule call and what it must decide; exit 1 if one fails',
  },
  args: [
    {
      key: 'paths',
      kind: 'text',
      variadic: true,
      help: {
        ja: 'シナリオファイル、またはそれを置いたディレクトリ (*.yaml、*.yml、*.json)',
        en: 'scenario files, or directories of them (*.yaml, *.yml, *.json)',
      },
    },
  ],
  options: [
    {
      key: 'reporter',
      kind: ['text', 'junit'],
      value: 'name',
      default: 'text',
      help: {
        ja: '報告の形式: text、または junit (CI サーバー向けの JUnit XML)',
        en: 'text, or junit (JUnit XML for CI servers)',
      },
    },
    {
      key: 'output',
      kind: 'text',
      value: 'file',
      help: {
        ja: '--reporter junit のとき: XML をこのファイルに書き、text の報告を表示します',
        en: 'with --reporter junit: write the XML to this file and print the text report',
      },
    },
  ],
  examples: [
    'test scenarios',
    'test scenarios --policy docs/examples/policy-draft-2027-04-01.json',
    'test scenarios --reporter junit > scenarios.xml',
  ],
  jsonShape: '`ScenarioReport`: `{ passed, failed, results, uncoveredClauses, … }`',
  now: false,
  run: async ({ paths, reporter, output }, ctx) => {
    if (output !== undefined && reporter !== 'junit')
      throw cliError('INVALID_INPUT', {
        ja: '--output は JUnit XML の書き出し先です: --reporter junit と一緒に指定してください',
        en: '--output is where the JUnit XML goes: give it with --reporter junit',
      });
    const report = await runScenarios(scenarioFiles(paths, ctx.io.readText), {
      ...(ctx.options().policy === undefined ? {} : { policy: ctx.policy() }),
      readFile: (p) => ctx.io.readText(p),
      loadPolicy: (ref, file) => loadPolicyFile(ctx.io, resolve(dirname(file), ref)),
    });
    const exitCode = report.failed > 0 ? 1 : 0;
    if (reporter === 'junit' && output === undefined) return { raw: scenarioReportToJUnit(report), exitCode };
    // --output is where the JUnit XML goes: only with --reporter junit, as its help says.
    if (reporter === 'junit' && output !== undefined)
      writeText(output, `${scenarioReportToJUnit(report)}\n`, JUNIT_FILE);
    return { json: report, text: both((lang) => scenarioText(report, lang)), exitCode };
  },
};

/** The answer line of one batch line: `{ id?, decision }` or `{ id?, error }`, and its record. */
function answerLine(
  line: string,
  lineNumber: number,
  recording: boolean,
  ctx: CliContext,
): { answer: string; record?: string } {
  let id: unknown;
  try {
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (error) {
      throw cliError('INVALID_INPUT', {
        ja: `${lineNumber} 行目は JSON ではありません: ${(error as Error).message}`,
        en: `line ${lineNumber} is not JSON: ${(error as Error).message}`,
      });
    }
    if (typeof input === 'object' && input !== null) id = (input as { id?: unknown }).id;
    const call = parseRuleCall(input) as RuleCall<RuleName>;
    const decision = ctx.decide(call);
    const answer = JSON.stringify({ ...(id === undefined ? {} : { id }), decision });
    return recording ? { answer, record: JSON.stringify(decisionRecord(decision, call)) } : { answer };
  } catch (error) {
    // A bad line is answered, never the end of the batch; the codes are the library's.
    const e = isCsPolicyError(error)
      ? { code: error.code, message: error.message, ...(error.issues.length ? { issues: error.issues } : {}) }
      : { code: 'INTERNAL_ERROR', message: (error as Error).message };
    return { answer: JSON.stringify({ ...(id === undefined ? {} : { id }), error: e }) };
  }
}

/**
 * Answers while reading: a chunk every 256 lines, so a million-line file streams through. The answers of a
 * chunk are printed before its records are appended, and the record file is checked before the first line.
 */
async function* batchChunks(file: string, record: string | undefined, ctx: CliContext): AsyncGenerator<string> {
  if (record !== undefined) checkAppendable(record, RECORD_FILE);
  let answers: string[] = [];
  let records: string[] = [];
  function* flush(): Generator<string> {
    const [chunk, recorded] = [answers.join('\n'), records];
    answers = [];
    records = [];
    yield chunk;
    if (recorded.length && record !== undefined) appendText(record, `${recorded.join('\n')}\n`, RECORD_FILE);
  }
  let lineNumber = 0;
  for await (const line of linesOf(file, CALLS_FILE)) {
    lineNumber++;
    if (line.trim() === '') continue; // blank lines are not calls
    const { answer, record: recorded } = answerLine(line, lineNumber, record !== undefined, ctx);
    answers.push(answer);
    if (recorded !== undefined) records.push(recorded);
    if (answers.length >= 256) yield* flush();
  }
  if (answers.length) yield* flush();
}

const batch: CommandSpec<{ file: string; record?: string }> = {
  name: 'batch',
  summary: {
    ja: 'JSON Lines の判断の呼び出しに 1 行ずつ順に答えます。誤った行があっても止まりません',
    en: 'decide JSON Lines of rule calls: one answer line per call, in order; a bad line never stops the batch',
  },
  args: [
    {
      key: 'file',
      kind: 'text',
      optional: true,
      default: '-',
      help: {
        ja: '判断の呼び出し { "rule", "args", "options", "id" } の JSON Lines ファイル、- で標準入力',
        en: 'a JSON Lines file of calls { "rule", "args", "options", "id" }, or - for standard input',
      },
    },
  ],
  options: [
    {
      key: 'record',
      kind: 'text',
      value: 'file',
      help: {
        ja: '判断ごとに判断記録 (JSON の 1 行、個人情報はダイジェストのみ) をこのファイルに追記',
        en: 'append a decision record (JSON line, personal data only as digests) per decision',
      },
    },
  ],
  examples: ['batch calls.jsonl', 'batch - --record decisions.jsonl < calls.jsonl'],
  jsonShape: 'always JSON Lines: `{ id?, decision }` per call, or `{ id?, error: { code, message, issues? } }`',
  // A call without a date is decided under --policy-dir's version in force now.
  now: NOW_POLICY_DIR,
  run: ({ file, record }, ctx) => ({ chunks: batchChunks(file, record, ctx) }),
};

/** `test` and `batch`. */
export const TOOLKIT_COMMANDS: readonly AnyCommandSpec[] = [test, batch];
