import type { ScenarioReport } from './run.js';

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
        .map((m) => `${m.path}: expected ${JSON.stringify(m.expected)}, actual ${JSON.stringify(m.actual)}`)
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
