import { describe, expect, it } from 'vitest';
import {
  definePolicy,
  parseScenarioFile,
  policy20241007,
  runScenarios,
  scenarioReportToJUnit,
} from '../../src/index.js';

// 3.3.eos: 2026-04-01 + 180 days = 2026-09-28 (29 + 31 + 30 + 31 + 31 + 28).
const releases = `
policy: builtin
scenarios:
  - name: eos
    rule: releaseEndOfSupport
    args: ["2026-04-01"]
    expect: { outcome: ends, value: { lastSupportedDate: "2026-09-28", days: 180 }, clauses: [3.3.eos], reasons: [OLD_RELEASE_SUPPORT_ENDS] }
  - name: bad date
    rule: releaseEndOfSupport
    args: ["2026-02-30"]
    expect: { error: INVALID_DATE }
`;

async function invalid(text: string): Promise<string> {
  try {
    await runScenarios([{ path: 'bad.yaml', text }]);
  } catch (error) {
    return `${(error as { code: string }).code}: ${(error as Error).message}`;
  }
  return 'no error';
}

describe('runScenarios', () => {
  it('passes scenarios that hold, from YAML and from JSON', async () => {
    const report = await runScenarios([{ path: 'releases.yaml', text: releases }]);
    expect([report.passed, report.failed]).toEqual([2, 0]);
    const json = JSON.stringify({
      scenarios: [{ name: 'x', rule: 'classifyVersionUp', args: ['2.3', '3.0'], expect: { outcome: 'major' } }],
    });
    expect((await runScenarios([{ path: 'x.json', text: json }])).passed).toBe(1);
  });

  it('reports each difference of a failing scenario: expected vs actual', async () => {
    const text = `
scenarios:
  - name: wrong
    rule: releaseEndOfSupport
    args: ["2026-04-01"]
    expect:
      outcome: ended
      value: { lastSupportedDate: "2026-09-29" }
      clauses: [3.3.eos, 6.fee]
      reasons: [NOPE]
  - name: expects an error that does not come
    rule: releaseEndOfSupport
    args: ["2026-04-01"]
    expect: { error: INVALID_DATE }
  - name: throws unexpectedly
    rule: releaseEndOfSupport
    args: ["2026-13-01"]
    expect: { outcome: ends }
`;
    const report = await runScenarios([{ path: 'f.yaml', text }]);
    expect([report.passed, report.failed]).toEqual([0, 3]);
    const [wrong, noError, throws] = report.results;
    expect(wrong?.mismatches).toEqual([
      { path: 'outcome', expected: 'ended', actual: 'ends' },
      { path: 'value.lastSupportedDate', expected: '2026-09-29', actual: '2026-09-28' },
      { path: 'clauses', expected: ['6.fee'], actual: ['3.3.eos', '3.3.migrate', '3.3.after-eos'] },
      expect.objectContaining({ path: 'reasons', expected: ['NOPE'] }),
    ]);
    expect(noError?.mismatches[0]).toEqual({
      path: 'error',
      expected: 'INVALID_DATE',
      actual: 'no error (outcome ends)',
    });
    expect(throws?.mismatches[0]?.actual).toMatch(/^INVALID_DATE: /);
    expect(throws?.file).toBe('f.yaml');
  });

  it('value is a subset: extra keys are fine, arrays must be equal', async () => {
    const text = `
scenarios:
  - name: array must match whole
    rule: clientAppRequirements
    expect: { value: { stores: [App Store] } }
`;
    const report = await runScenarios([{ path: 'a.yaml', text }]);
    expect(report.results[0]?.mismatches[0]?.path).toBe('value.stores');
  });

  it('under another policy the failures are the decisions it changes', async () => {
    const draft = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    const report = await runScenarios([{ path: 'releases.yaml', text: releases }], { policy: draft });
    expect(report.results.map((r) => [r.name, r.passed, r.policyVersion])).toEqual([
      ['eos', false, '2027-04-01'],
      ['bad date', true, '2027-04-01'],
    ]);
  });

  it('names the clause ids no scenario touched', async () => {
    const report = await runScenarios([{ path: 'releases.yaml', text: releases }]);
    expect(report.uncoveredClauses).toContain('6.lead-time');
    expect(report.uncoveredClauses).not.toContain('3.3.eos');
  });

  it('loads a file’s policy through loadPolicy, relative to the file', async () => {
    const draft = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    const seen: string[] = [];
    const text = `policy: ./draft.json\n${releases.replace('policy: builtin\n', '')}`;
    const report = await runScenarios([{ path: 'dir/r.yaml', text }], {
      loadPolicy: (ref, file) => {
        seen.push(`${file} ${ref}`);
        return draft;
      },
    });
    expect(seen).toEqual(['dir/r.yaml ./draft.json']);
    expect(report.results[0]?.policyVersion).toBe('2027-04-01');
  });

  it('refuses files that are not valid: which file, which path, what is wrong', async () => {
    expect(
      await invalid(
        'scenarios:\n  - name: a\n    rule: releaseEndOfSuport\n    args: []\n    expect: { outcome: ends }\n',
      ),
    ).toBe('INVALID_INPUT: bad.yaml: scenarios[0].rule: unknown rule "releaseEndOfSuport"');
    expect(await invalid('scenarios:\n  - name: a\n    rule: releaseEndOfSupport\n    args: []\n')).toMatch(
      /^INVALID_INPUT: bad\.yaml: scenarios\[0\]\.expect: is required/,
    );
    expect(await invalid('scenarios:\n  - { name: a, rule: classifyVersionUp, expect: {} }\n')).toContain(
      'bad.yaml: scenarios[0].expect: must hold outcome, value, clauses, reasons or error',
    );
    expect(
      await invalid(
        'scenarios:\n  - { name: a, rule: classifyVersionUp, expect: { error: INVALID_DATE, outcome: x } }\n',
      ),
    ).toContain('scenarios[0].expect.error: error stands alone');
    expect(
      await invalid('scenarios:\n  - { name: a, rule: classifyVersionUp, expect: { clauses: [3.3.eoss] } }\n'),
    ).toContain('scenarios[0].expect.clauses[0]: unknown clause id "3.3.eoss"');
    expect(await invalid('scenarios: [\n')).toMatch(/^INVALID_INPUT: bad\.yaml: not valid YAML or JSON/);
    expect(await invalid('{}')).toContain('bad.yaml: scenarios: is required');
    expect(
      await invalid(
        'scenarios:\n  - { name: a, rule: classifyVersionUp, expect: { outcome: x } }\n  - { name: a, rule: classifyVersionUp, expect: { outcome: x } }\n',
      ),
    ).toContain('scenarios[1].name: duplicate name "a"');
  });

  it('parseScenarioFile gives the validated file', async () => {
    const file = await parseScenarioFile(releases, 'r.yaml');
    expect(file.scenarios.map((s) => s.name)).toEqual(['eos', 'bad date']);
    expect(file.scenarios[0]?.args).toEqual(['2026-04-01']); // YAML 1.2: a date stays a string
  });
});

describe('scenarioReportToJUnit', () => {
  it('writes one testsuite per file and a failure per failing scenario, escaped', async () => {
    const text =
      'scenarios:\n  - { name: "a <b> & c", rule: classifyVersionUp, args: ["2.3", "3.0"], expect: { outcome: minor } }\n';
    const report = await runScenarios([
      { path: 'f.yaml', text },
      { path: 'r.yaml', text: releases },
    ]);
    const xml = scenarioReportToJUnit(report);
    expect(xml).toContain('<testsuites name="cs-policy scenarios" tests="3" failures="1">');
    expect(xml).toContain('<testsuite name="f.yaml" tests="1" failures="1">');
    expect(xml).toContain('name="a &lt;b&gt; &amp; c"');
    expect(xml).toContain('outcome: expected &quot;minor&quot;, actual &quot;major&quot;');
    expect(xml).toContain('<testcase classname="r.yaml" name="eos"/>');
  });
});
