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
import { parseCabinetOfficeHolidays } from '../calendar/cabinet-office.js';
import type { NationalHoliday } from '../calendar/holidays.js';
import type { CompanyClosure } from '../calendar/options.js';
import { dateText } from '../words/dates.js';
import { parseLenientInstant } from '../words/read-dates.js';
import { filesIn } from './files.js';
import { toJson, type CliIo, type Lang } from './io.js';
import { cliError } from './lang.js';
import { parseClosure, readClosuresFile, type ReadEnv } from './values.js';

export interface GlobalOptions {
  readonly json?: boolean;
  readonly lang: Lang;
  readonly policy?: string;
  readonly policyDir?: string;
  readonly now?: string;
  /** `--closure FROM..TO:LABEL`, repeatable: company closures added to the policy's calendar. */
  readonly closure?: readonly string[];
  /** `--closures FILE`: a JSON list of company closures added to the policy's calendar. */
  readonly closures?: string;
  /** `--holidays FILE`: the Cabinet Office's syukujitsu.csv, used instead of the built-in holidays. */
  readonly holidays?: string;
}

/** What every command needs: the options, the policy (built-in or `--policy FILE`) and its calendar. */
export interface CliContext {
  readonly io: CliIo;
  readonly options: () => GlobalOptions;
  readonly policy: () => Policy;
  /** Every version the command may decide under: each of --policy-dir's, else the one `policy()` gives; closures added. */
  readonly policies: () => readonly Policy[];
  readonly calendar: () => BusinessCalendar;
  /** The instant `--now` names, or the clock's: the one "now" of every command. */
  readonly now: () => Date;
  /** How values are read: `--now` for 今日, files through `io`. */
  readonly env: ReadEnv;
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

/** `--holidays FILE`: the file's bytes as published (Shift_JIS or UTF-8), read by parseCabinetOfficeHolidays. */
function readHolidaysFile(io: CliIo, path: string): readonly NationalHoliday[] {
  let bytes: Uint8Array | string;
  try {
    bytes = io.readBytes ? io.readBytes(path) : io.readText(path);
  } catch (error) {
    throw cliError('INVALID_INPUT', {
      ja: `--holidays ${path} を読めません: ${(error as Error).message}`,
      en: `cannot read --holidays ${path}: ${(error as Error).message}`,
    });
  }
  try {
    return parseCabinetOfficeHolidays(bytes);
  } catch (error) {
    if (!(error instanceof CsPolicyError)) throw error;
    throw cliError(error.code, {
      ja: `--holidays ${path} は内閣府の祝日ファイル (syukujitsu.csv) として読めません: ${error.message}`,
      en: `--holidays ${path}: ${error.message}`,
    });
  }
}

export function createContext(program: Command, io: CliIo): CliContext {
  const options = () => program.opts<GlobalOptions>();
  let policy: Policy | undefined;
  let versions: Policy[] | undefined;
  let nowDate: Date | undefined;
  // How the last decision's version was chosen under --policy-dir, for printDecision to say so.
  let chosen: { version: string; date: string; from: 'question' | 'today' } | undefined;
  const now = () => {
    if (nowDate === undefined) {
      const given = options().now;
      nowDate = given === undefined ? io.now() : new Date(parseLenientInstant(given));
    }
    return nowDate;
  };
  const env: ReadEnv = { now, readText: io.readText };
  const today = () => formatEpochDay(toEpochDay(now(), '--now'));
  // Company closures and an official holiday list add to the policy's calendar without making a new
  // version (the same version id, as the page does): one derived policy per policy, built once.
  let extras: { closures: CompanyClosure[]; holidays?: readonly NationalHoliday[] } | null | undefined;
  const derived = new WeakMap<Policy, Policy>();
  const withExtras = (base: Policy): Policy => {
    if (extras === undefined) {
      const { closure = [], closures, holidays } = options();
      const added = [...closure.map((c) => parseClosure(c, env)), ...(closures ? readClosuresFile(closures, env) : [])];
      extras =
        added.length === 0 && holidays === undefined
          ? null
          : { closures: added, ...(holidays === undefined ? {} : { holidays: readHolidaysFile(io, holidays) }) };
    }
    if (extras === null) return base;
    let result = derived.get(base);
    if (!result) {
      const { closures: added, holidays } = extras;
      result = parsePolicy(
        {
          ...base,
          calendar: {
            ...base.calendar,
            closures: [...base.calendar.closures, ...added],
            ...(holidays === undefined ? {} : { holidays }),
          },
        },
        `policy ${base.version} with --closure/--closures/--holidays`,
      );
      derived.set(base, result);
    }
    return result;
  };
  const dirPolicies = () => {
    const { policy: file, policyDir } = options();
    if (file !== undefined)
      throw cliError('INVALID_INPUT', {
        ja: '--policy FILE と --policy-dir DIR はどちらか一方を指定してください',
        en: 'give --policy FILE or --policy-dir DIR, not both',
      });
    if (versions === undefined) versions = loadPolicyDir(io, policyDir as string);
    return versions;
  };
  // Without a question date (calendars, schemas): --policy FILE, the built-in one, or the version in force today.
  const getPolicy = () =>
    (policy ??= withExtras(
      options().policyDir !== undefined
        ? policyInForce(today(), dirPolicies())
        : options().policy === undefined
          ? policy20241007
          : loadPolicyFile(io, options().policy!),
    ));
  return {
    io,
    options,
    policy: getPolicy,
    policies: () => (options().policyDir === undefined ? [getPolicy()] : dirPolicies().map(withExtras)),
    calendar: () => calendarOf(getPolicy()),
    now,
    env,
    decide: (call) => {
      if (options().policyDir === undefined) return decideCall(call, getPolicy());
      const picked = policyForCall(call, dirPolicies(), today());
      chosen = { version: picked.policy.version, date: picked.date, from: picked.from };
      return decideCall(call, withExtras(picked.policy));
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
        const { version, from } = chosen;
        const date = dateText(chosen.date)[lang];
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
