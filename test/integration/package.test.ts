import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The packed package, installed into a fresh project, used the four ways users use it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
let work: string;
let consumer: string;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cs-policy-pack-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  consumer = join(work, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], consumer);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.out}`);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('passes publint', () => {
    const result = run(bin('publint'), ['--strict'], root);
    expect(result.out).toContain('All good');
    expect(result.code).toBe(0);
  });

  it('passes Are the Types Wrong for every resolution mode', () => {
    const result = run(bin('attw'), ['--pack', '.', '--format', 'table-flipped'], root);
    expect(result.out).toContain('No problems found');
    expect(result.code).toBe(0);
  });

  it('imports as ESM', () => {
    // 2026-12-25 (Fri) + 10 business days: Dec 28, Jan 4–8, Jan 12–15 (Jan 11 is 成人の日) → 2027-01-15.
    const result = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { addBusinessDays } from '@jmas/cs-policy'; console.log(addBusinessDays('2026-12-25', 10));",
      ],
      consumer,
    );
    expect(result.out.trim()).toBe('2027-01-15');
  });

  it('requires as CJS', () => {
    const result = run(
      process.execPath,
      [
        '-e',
        "const { isBusinessDay, CsPolicyError } = require('@jmas/cs-policy'); console.log(isBusinessDay('2026-12-29'), typeof CsPolicyError);",
      ],
      consumer,
    );
    expect(result.out.trim()).toBe('false function');
  });

  it('serves the iCalendar entry point to ESM and CJS', () => {
    const esm = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { closuresToIcs } from '@jmas/cs-policy/ics'; console.log(closuresToIcs({ from: '2027-01-11', to: '2027-01-11' }, { stamp: 0 }).includes('DTSTART;VALUE=DATE:20270111'));",
      ],
      consumer,
    );
    expect(esm.out.trim()).toBe('true');
    const cjs = run(
      process.execPath,
      ['-e', "console.log(typeof require('@jmas/cs-policy/ics').obligationsToIcs)"],
      consumer,
    );
    expect(cjs.out.trim()).toBe('function');
  });

  it('throws one CsPolicyError class from both entry points, in ESM, in CJS and mixed (issue 9)', () => {
    // /ics once bundled its own copy of the class: its errors failed instanceof and isCsPolicyError.
    const check =
      "try { ics.closuresToIcs(null); } catch (e) { console.log(e instanceof root.CsPolicyError, root.isCsPolicyError(e, 'INVALID_INPUT')); }";
    const esm = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import * as root from '@jmas/cs-policy'; import * as ics from '@jmas/cs-policy/ics'; ${check}`,
      ],
      consumer,
    );
    expect(esm.out.trim()).toBe('true true');
    const cjs = run(
      process.execPath,
      ['-e', `const root = require('@jmas/cs-policy'); const ics = require('@jmas/cs-policy/ics'); ${check}`],
      consumer,
    );
    expect(cjs.out.trim()).toBe('true true');
    // The ESM root with the CJS /ics (two copies of the code, the dual-package hazard): the class is branded.
    const mixed = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import * as root from '@jmas/cs-policy'; import { createRequire } from 'node:module'; const ics = createRequire(process.cwd() + '/')('@jmas/cs-policy/ics'); ${check}`,
      ],
      consumer,
    );
    expect(mixed.out.trim()).toBe('true true');
  });

  it('ships no source maps and stays under 2.5 MB unpacked (docs/performance.md)', () => {
    // Measured 1.39 MB unpacked (19 files) once the maps went; 5.8 MB with them. The bound leaves room to grow.
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root, encoding: 'utf8' }),
    ) as { unpackedSize: number; files: { path: string }[] }[];
    expect(pack!.files.filter((f) => f.path.endsWith('.map'))).toEqual([]);
    expect(pack!.unpackedSize).toBeLessThan(2_500_000);
    expect(pack!.files.length).toBeLessThan(40);
  });

  it('type-checks TypeScript consumers, ESM and CJS', () => {
    writeFileSync(
      join(consumer, 'consumer.mts'),
      [
        "import { addBusinessDays, createBusinessCalendar, policy20241007, type DayDescription, type Decision } from '@jmas/cs-policy';",
        "const due: string = addBusinessDays('2026-12-25', 10);",
        'const day: DayDescription = createBusinessCalendar({ yearEndClosure: null }).describeDay(due);',
        'const days: number = policy20241007.releases.endOfSupportDays;',
        'export const used: [string, DayDescription, number, Decision | null] = [due, day, days, null];',
        '// @ts-expect-error -- a number is not a calendar option',
        'createBusinessCalendar({ hours: 9 });',
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'consumer.cts'),
      [
        "import cs = require('@jmas/cs-policy');",
        "export const open: boolean = cs.isWithinBusinessHours('2026-12-28T10:00+09:00');",
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          types: [],
          skipLibCheck: false,
        },
        files: ['consumer.mts', 'consumer.cts'],
      }),
    );
    const result = run(bin('tsc'), ['-p', join(consumer, 'tsconfig.json')], consumer);
    expect(result.out).toBe('');
    expect(result.code).toBe(0);
  });

  it('runs the installed cs-policy bin', () => {
    const result = run(join(consumer, 'node_modules', '.bin', 'cs-policy'), ['day', '2026-12-29', '--json'], consumer);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      date: '2026-12-29',
      businessDay: false,
      closures: [{ kind: 'year-end' }],
    });
  });
});
