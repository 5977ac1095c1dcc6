import { CsPolicyError } from '../errors.js';
import type { ScenarioReport } from './run.js';

/** A report as runScenarios makes it: checked before it is written, so bad input is a typed error. */
function isScenarioReport(value: unknown): value is ScenarioReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Number.isInteger(r.failed) &&
    Array.isArray(r.results) &&
    r.results.every((x: unknown) => {
      if (typeof x !== 'object' || x === null) return false;
      const t = x as Record<string, unknown>;
      return (
        typeof t.file === 'string' &&
        typeof t.name === 'string' &&
        typeof t.passed === 'boolean' &&
        Array.isArray(t.mismatches) &&
        t.mismatches.every(
          (m: unknown) => typeof m === 'object' && m !== null && typeof (m as { path?: unknown }).path === 'string',
        )
      );
    })
  );
}

/** JSON for a failure's detail; a value JSON cannot write (a BigInt, a cycle) is named, not thrown. */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `(${typeof value})`;
  }
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * A scenario report as JUnit XML, the format CI servers (Jenkins, GitLab, GitHub reporters) read:
 * one `<testsuite>` per scenario file, one `<testcase>` per scenario, a `<failure>` with the
 * differences for each failing one.
 *
 * @example
 * ```ts
 * writeFileSync('scenarios.xml', scenarioReportToJUnit(await runScenarios(files, { readFile })));
 * ```
 */
export function scenarioReportToJUnit(report: ScenarioReport): string {
  if (!isScenarioReport(report))
    throw new CsPolicyError('INVALID_INPUT', 'scenarioReportToJUnit needs a report as runScenarios returns it');
  const files = [...new Set(report.results.map((r) => r.file))];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cs-policy scenarios" tests="${report.results.length}" failures="${report.failed}">`,
  ];
  for (const file of files) {
    const results = report.results.filter((r) => r.file === file);
    const failures = results.filter((r) => !r.passed).length;
    lines.push(`  <testsuite name="${escapeXml(file)}" tests="${results.length}" failures="${failures}">`);
    for (const r of results) {
      const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(r.name)}"`;
      if (r.passed) {
        lines.push(`${open}/>`);
        continue;
      }
      const detail = r.mismatches
        .map((m) => `${m.path}: expected ${jsonText(m.expected)}, actual ${jsonText(m.actual)}`)
        .join('\n');
      lines.push(`${open}>`);
      lines.push(
        `      <failure message="${escapeXml(r.mismatches[0]?.path ?? 'failed')} differs">${escapeXml(detail)}</failure>`,
      );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n');
}
