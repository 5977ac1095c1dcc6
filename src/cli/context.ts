import type { Command } from 'commander';
import { calendarOf } from '../policy/context.js';
import { definePolicy, parsePolicy, type PolicyOverrides } from '../policy/define.js';
import { policy20241007 } from '../policy/policy-2024-10-07.js';
import type { Policy } from '../policy/schema.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Decision } from '../policy/decision.js';
import { CsPolicyError } from '../errors.js';
import { decideCall, policyForCall, type RuleCall } from '../calls/call.js';
import type { RuleDecision, RuleName } from '../calls/registry.js';
import { formatEpochDay } from '../calendar/civil.js';
import { toEpochDay } from '../calendar/input.js';
import { policyInForce } from '../identity/in-force.js';
import { filesIn } from './files.js';
import { toJson, type CliIo, type Lang } from './io.js';

export interface GlobalOptions {
  readonly json?: boolean;
  readonly lang: Lang;
  readonly policy?: string;
  readonly policyDir?: string;
  readonly now?: string;
}

/** What every command needs: the options, the policy (built-in or `--policy FILE`) and its calendar. */
export interface CliContext {
  readonly io: CliIo;
  readonly options: () => GlobalOptions;
  readonly policy: () => Policy;
  readonly calendar: () => BusinessCalendar;
  /** Decides a rule call under the policy in force: `--policy FILE`, the built-in one, or from `--policy-dir` the version in force at the question's date. */
  readonly decide: <R extends RuleName>(call: RuleCall<R>) => RuleDecision<R>;
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

/** Every policy file (`*.json`) of a directory, validated: the versions `--policy-dir` chooses from. */
export function loadPolicyDir(io: CliIo, dir: string): Policy[] {
  let files: string[];
  try {
    files = filesIn(dir, ['.json']);
  } catch (error) {
    throw new CsPolicyError('INVALID_POLICY', `cannot read policy directory ${dir}: ${(error as Error).message}`);
  }
  if (files.length === 0)
    throw new CsPolicyError('INVALID_POLICY', `policy directory ${dir} has no policy file (*.json)`);
  return files.map((file) => loadPolicyFile(io, file));
}

export function createContext(program: Command, io: CliIo): CliContext {
  const options = () => program.opts<GlobalOptions>();
  let policy: Policy | undefined;
  let versions: Policy[] | undefined;
  // How the last decision's version was chosen under --policy-dir, for printDecision to say so.
  let chosen: { version: string; date: string; from: 'question' | 'today' } | undefined;
  const today = () => {
    const now = options().now;
    return formatEpochDay(toEpochDay(now === undefined ? io.now() : now, '--now'));
  };
  const dirPolicies = () => {
    const { policy: file, policyDir } = options();
    if (file !== undefined)
      throw new CsPolicyError('INVALID_INPUT', 'give --policy FILE or --policy-dir DIR, not both');
    if (versions === undefined) versions = loadPolicyDir(io, policyDir as string);
    return versions;
  };
  // Without a question date (calendars, schemas): --policy FILE, the built-in one, or the version in force today.
  const getPolicy = () =>
    (policy ??=
      options().policyDir !== undefined
        ? policyInForce(today(), dirPolicies())
        : options().policy === undefined
          ? policy20241007
          : loadPolicyFile(io, options().policy!));
  return {
    io,
    options,
    policy: getPolicy,
    calendar: () => calendarOf(getPolicy()),
    decide: (call) => {
      if (options().policyDir === undefined) return decideCall(call, getPolicy());
      const picked = policyForCall(call, dirPolicies(), today());
      chosen = { version: picked.policy.version, date: picked.date, from: picked.from };
      return decideCall(call, picked.policy);
    },
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
      if (chosen !== undefined) {
        const { version, date, from } = chosen;
        lines.push(
          lang === 'ja'
            ? `  (--policy-dir: ${from === 'question' ? 'お問い合わせの日付' : '本日'} ${date} に有効なポリシー ${version} で判断しました)`
            : `  (--policy-dir: decided under policy ${version}, in force on ${from === 'question' ? 'the date in question' : 'today'}, ${date})`,
        );
      }
      io.out(lines.join('\n'));
    },
  };
}
