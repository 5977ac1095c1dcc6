// The policy owner's toolkit (issue 10): `test` (scenario files), `batch` (JSON Lines of rule
// calls), `policy impact` (what a new version changes in a corpus of calls). Every one of them
// parses and decides rule calls through src/calls, as the HTTP service does.
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseRuleCall, type RuleCall } from '../calls/call.js';
import type { RuleName } from '../calls/registry.js';
import { CsPolicyError, isCsPolicyError } from '../errors.js';
import { policyDigest } from '../identity/digest.js';
import { createImpactReport, type ImpactReport } from '../impact/impact.js';
import { CLAUSES, type ClauseId } from '../policy/clauses.js';
import { decisionRecord } from '../records/record.js';
import { scenarioReportToJUnit } from '../scenarios/junit.js';
import { runScenarios, type ScenarioReport } from '../scenarios/run.js';
import { loadPolicyFile, type CliContext } from './context.js';
import { appendText, filesIn, isDirectory, linesOf } from './files.js';
import { pick, toJson, type Lang } from './io.js';

/** Ends a command with a given exit code (1: scenarios failed), after its output. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'];

function scenarioFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (isDirectory(p) ? filesIn(p, SCENARIO_EXTENSIONS) : [p]));
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function renderScenarioReport(report: ScenarioReport, lang: Lang): string {
  const lines: string[] = [];
  for (const r of report.results) {
    if (r.passed) continue;
    lines.push(
      `FAIL ${r.file} › ${r.name}  (${r.rule}, ${pick(lang, { ja: 'ポリシー', en: 'policy' })} ${r.policyVersion})`,
    );
    for (const m of r.mismatches)
      lines.push(
        `  ${m.path}: ${pick(lang, { ja: '期待', en: 'expected' })} ${show(m.expected)}, ${pick(lang, { ja: '実際', en: 'actual' })} ${show(m.actual)}`,
      );
  }
  const uncovered = report.uncoveredClauses;
  lines.push(
    uncovered.length === 0
      ? pick(lang, {
          ja: '条項カバレッジ: すべての条項をシナリオが通過しました',
          en: 'clause coverage: every clause touched',
        })
      : `${pick(lang, { ja: 'どのシナリオも通らない条項', en: 'clauses no scenario touched' })} (${uncovered.length}): ${uncovered.join(', ')}`,
  );
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return lines.join('\n');
}

function renderImpact(report: ImpactReport, lang: Lang): string {
  const { total, changed, unchanged, errors } = report.totals;
  const t = (ja: string, en: string) => pick(lang, { ja, en });
  const lines = [
    `${t('ポリシー', 'policy')} ${report.oldVersion} (${report.oldDigest.slice(0, 12)}) → ${report.newVersion} (${report.newDigest.slice(0, 12)})`,
    `${t('件数', 'total')} ${total}: ${t('変化あり', 'changed')} ${changed}, ${t('変化なし', 'unchanged')} ${unchanged}, ${t('エラー', 'errors')} ${errors}`,
  ];
  const codes = Object.entries(report.errorsByCode);
  if (codes.length)
    lines.push(`${t('エラーの内訳', 'errors by code')}: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  lines.push('', t('ルール別 (変化あり / 件数):', 'by rule (changed / total):'));
  for (const [rule, c] of Object.entries(report.byRule).sort((a, b) => b[1].changed - a[1].changed))
    lines.push(`  ${rule}: ${c.changed} / ${c.total}`);
  lines.push('', t('条項別 (変化あり / 件数):', 'by clause (changed / total):'));
  for (const [clause, c] of Object.entries(report.byClause).sort((a, b) => b[1].changed - a[1].changed)) {
    if (c.changed === 0) continue;
    lines.push(`  ${clause} ${CLAUSES[clause as ClauseId]?.[lang] ?? ''}: ${c.changed} / ${c.total}`);
  }
  const untouched = Object.entries(report.byClause).filter(([, c]) => c.changed === 0).length;
  if (untouched) lines.push(`  ${t(`変化のない条項: ${untouched} 件`, `${untouched} other clauses: no change`)}`);
  lines.push('', t('変化の種類:', 'transitions:'));
  const kinds = Object.entries(report.transitions).sort((a, b) => b[1].count - a[1].count);
  if (kinds.length === 0) lines.push(`  ${t('なし', 'none')}`);
  for (const [kind, { count, examples }] of kinds) {
    lines.push(`  ${kind}: ${count}`);
    for (const e of examples) {
      const label = `${t('行', 'line')} ${e.line}${e.id === undefined ? '' : ` (id ${e.id})`} ${e.call.rule}(${(e.call.args ?? []).map(show).join(', ')})`;
      const diff = e.changes.map((c) => `${c.path}: ${show(c.old)} → ${show(c.new)}`).join('; ');
      lines.push(`    - ${label}${diff ? `: ${diff}` : ''}`);
    }
  }
  return lines.join('\n');
}

export function registerToolkitCommands(program: Command, ctx: CliContext): void {
  program
    .command('test')
    .description('run scenario files (YAML or JSON): each rule call and what it must decide; exit 1 if one fails')
    .argument('<paths...>', 'scenario files, or directories of them (*.yaml, *.yml, *.json)')
    .option('--reporter <name>', 'text (default) or junit (JUnit XML for CI servers)', 'text')
    .option('--output <file>', 'with --reporter junit: write the XML to this file and print the text report')
    .addHelpText(
      'after',
      '\nExamples:\n  $ cs-policy test scenarios\n  $ cs-policy test scenarios --policy docs/examples/policy-draft-2027-04-01.json\n  $ cs-policy test scenarios --reporter junit > scenarios.xml',
    )
    .action(async (paths: string[], o: { reporter: string; output?: string }) => {
      if (o.reporter !== 'text' && o.reporter !== 'junit')
        throw new CsPolicyError('INVALID_INPUT', `--reporter must be text or junit, not ${JSON.stringify(o.reporter)}`);
      const { lang, policy } = ctx.options();
      const report = await runScenarios(scenarioFiles(paths), {
        ...(policy === undefined ? {} : { policy: ctx.policy() }),
        readFile: (p) => ctx.io.readText(p),
        loadPolicy: (ref, file) => loadPolicyFile(ctx.io, resolve(dirname(file), ref)),
      });
      if (o.reporter === 'junit' && o.output === undefined) ctx.io.out(scenarioReportToJUnit(report));
      else {
        if (o.output !== undefined) {
          const { writeFileSync } = await import('node:fs');
          writeFileSync(o.output, `${scenarioReportToJUnit(report)}\n`, 'utf8');
        }
        ctx.io.out(renderScenarioReport(report, lang));
      }
      if (report.failed > 0) throw new CliExit(1);
    });

  program
    .command('batch')
    .description(
      'decide JSON Lines of rule calls: one answer line per call, in order; a bad line never stops the batch',
    )
    .argument('[file]', 'a JSON Lines file of calls { "rule", "args", "options", "id" }, or - for standard input', '-')
    .option('--record <file>', 'append a decision record (JSON line, personal data only as digests) per decision')
    .addHelpText(
      'after',
      '\nExample:\n  $ echo \'{"rule":"releaseEndOfSupport","args":["2026-04-01"],"id":1}\' | cs-policy batch',
    )
    .action(async (file: string, o: { record?: string }) => {
      let out: string[] = [];
      let records: string[] = [];
      const flush = () => {
        if (out.length) ctx.io.out(out.join('\n'));
        if (records.length && o.record) appendText(o.record, `${records.join('\n')}\n`);
        out = [];
        records = [];
      };
      let lineNumber = 0;
      for await (const line of linesOf(file)) {
        lineNumber++;
        if (line.trim() === '') continue; // blank lines are not calls
        let id: unknown;
        try {
          let input: unknown;
          try {
            input = JSON.parse(line);
          } catch (error) {
            throw new CsPolicyError('INVALID_INPUT', `line ${lineNumber} is not JSON: ${(error as Error).message}`);
          }
          if (typeof input === 'object' && input !== null) id = (input as { id?: unknown }).id;
          const call = parseRuleCall(input) as RuleCall<RuleName>;
          const decision = ctx.decide(call);
          out.push(JSON.stringify({ ...(id === undefined ? {} : { id }), decision }));
          if (o.record) records.push(JSON.stringify(decisionRecord(decision, call)));
        } catch (error) {
          const e = isCsPolicyError(error)
            ? { code: error.code, message: error.message, ...(error.issues.length ? { issues: error.issues } : {}) }
            : { code: 'INTERNAL_ERROR', message: (error as Error).message };
          out.push(JSON.stringify({ ...(id === undefined ? {} : { id }), error: e }));
        }
        if (out.length >= 256) flush();
      }
      flush();
    });

  const policy = program.commands.find((c) => c.name() === 'policy');
  if (!policy) throw new Error('the policy command must be registered first');
  policy
    .command('impact')
    .description('what policy NEW changes from OLD in a corpus of rule calls (JSON Lines), decided under both')
    .argument('<old>', 'a policy JSON file, or "builtin" for 2024-10-07')
    .argument('<new>', 'a policy JSON file, or "builtin"')
    .requiredOption(
      '--cases <file>',
      'JSON Lines of rule calls { "rule", "args", "options", "id" } (- for standard input)',
    )
    .option('--examples <n>', 'examples kept per kind of change', '3')
    .addHelpText(
      'after',
      '\nExample:\n  $ cs-policy policy impact builtin docs/examples/policy-draft-2027-04-01.json --cases docs/examples/cases.jsonl',
    )
    .action(async (a: string, b: string, o: { cases: string; examples: string }) => {
      const { json, lang } = ctx.options();
      const examples = Number(o.examples);
      if (!Number.isInteger(examples) || examples < 0)
        throw new CsPolicyError(
          'INVALID_NUMBER',
          `--examples must be a whole number, not ${JSON.stringify(o.examples)}`,
        );
      const impact = createImpactReport(loadPolicyFile(ctx.io, a), loadPolicyFile(ctx.io, b), { examples });
      let read = false;
      try {
        for await (const line of linesOf(o.cases)) {
          read = true;
          impact.add(line);
        }
      } catch (error) {
        if (read) throw error;
        throw new CsPolicyError('INVALID_INPUT', `cannot read cases file ${o.cases}: ${(error as Error).message}`);
      }
      const report = impact.report();
      ctx.io.out(json ? toJson(report) : renderImpact(report, lang));
    });
}

/** The digest line of `policy show`. */
export function digestLine(ctxPolicy: Parameters<typeof policyDigest>[0], lang: Lang): string {
  return `${pick(lang, { ja: 'ダイジェスト (SHA-256)', en: 'digest (SHA-256)' })}: ${policyDigest(ctxPolicy)}`;
}
