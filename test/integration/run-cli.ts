import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built bin, run as a user runs it. `npm test` builds before the integration suite. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    // The language comes from --lang, CS_POLICY_LANG or the locale: tests start from a locale that names none (ja).
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', CS_POLICY_LANG: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
