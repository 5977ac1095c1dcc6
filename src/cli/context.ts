import type { Command } from 'commander';
import { calendarOf } from '../policy/context.js';
import { definePolicy, parsePolicy, type PolicyOverrides } from '../policy/define.js';
import { policy20241007 } from '../policy/policy-2024-10-07.js';
import type { Policy } from '../policy/schema.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Decision } from '../policy/decision.js';
import { CsPolicyError } from '../errors.js';
import { toJson, type CliIo, type Lang } from './io.js';

export interface GlobalOptions {
  readonly json?: boolean;
  readonly lang: Lang;
  readonly policy?: string;
  readonly now?: string;
}

/** What every command needs: the options, the policy (built-in or `--policy FILE`) and its calendar. */
export interface CliContext {
  readonly io: CliIo;
  readonly options: () => GlobalOptions;
  readonly policy: () => Policy;
  readonly calendar: () => BusinessCalendar;
  /** Prints a decision: `--json` as the library returns it, else the answer first, then reasons and clauses. */
  readonly printDecision: (decision: Decision, answer: { ja: string; en: string }) => void;
}

/** Reads and validates a policy JSON file; a bad file names the field and the problem. */
export function loadPolicyFile(io: CliIo, path: string): Policy {
  if (path === 'builtin' || path === policy20241007.version) return policy20241007;
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    throw new CsPolicyError('INVALID_POLICY', `cannot read policy file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CsPolicyError('INVALID_POLICY', `policy file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  // A file may hold a whole policy, or only what differs: { "extends": "2024-10-07", "version": "…", … }.
  if (typeof json === 'object' && json !== null && 'extends' in json) {
    const { extends: base, ...overrides } = json as { extends: unknown };
    if (base !== policy20241007.version) {
      throw new CsPolicyError(
        'INVALID_POLICY',
        `policy file ${path}: extends: only the built-in policy "${policy20241007.version}" can be extended`,
      );
    }
    return definePolicy(policy20241007, overrides as PolicyOverrides);
  }
  return parsePolicy(json, `policy file ${path}`);
}

export function createContext(program: Command, io: CliIo): CliContext {
  const options = () => program.opts<GlobalOptions>();
  let policy: Policy | undefined;
  const getPolicy = () =>
    (policy ??= options().policy === undefined ? policy20241007 : loadPolicyFile(io, options().policy!));
  return {
    io,
    options,
    policy: getPolicy,
    calendar: () => calendarOf(getPolicy()),
    printDecision: (decision, answer) => {
      const { json, lang } = options();
      if (json) {
        io.out(toJson(decision));
        return;
      }
      const lines = [answer[lang]];
      for (const r of decision.reasons) lines.push(`  - ${r.message[lang]} [${r.clause}]`);
      lines.push(
        lang === 'ja'
          ? `  (ポリシー ${decision.policyVersion} / 条項 ${decision.clauses.join(', ')})`
          : `  (policy ${decision.policyVersion}; clauses ${decision.clauses.join(', ')})`,
      );
      io.out(lines.join('\n'));
    },
  };
}
