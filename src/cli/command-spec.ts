// One command pattern (issue 13): every subcommand is declared as data — its name, arguments and
// options with the kind of value each takes, the rule call it makes (or what it computes), and
// how it prints in Japanese and English — and registerCommands (register.ts) turns the list into
// commander commands in one loop. Values are read leniently (2027/1/4, 令和9年1月4日, 今日) and
// handed to the library as the strict ISO strings it takes.
import type { RuleCall } from '../calls/call.js';
import type { RuleDecision, RuleName } from '../calls/registry.js';
import type { Decision } from '../policy/decision.js';
import type { Bilingual } from '../words/bilingual.js';
import type { CliContext } from './context.js';
import type { Lang } from './io.js';

/**
 * The kind of value an argument or option takes, and so how it is read:
 * `date` (a JST date, leniently), `instant` (a date-time), `date-or-instant`, `month`
 * (2027-01, 2027年1月), `whole` (a whole number), `text`, `list` (comma-separated), `flag` (an
 * option without a value), `json` (a JSON file, or - for standard input), or a list of choices.
 */
export type ValueKind =
  | 'date'
  | 'instant'
  | 'date-or-instant'
  | 'month'
  | 'whole'
  | 'text'
  | 'list'
  | 'flag'
  | 'json'
  | readonly string[];

/** A positional argument: its name in the help, its kind, and what it is in both languages. */
export interface ArgSpec {
  /** The key of the value in the command's input (camelCase), shown kebab-case in the help. */
  readonly key: string;
  readonly kind: ValueKind;
  readonly help: Bilingual;
  readonly optional?: boolean;
  /** Takes every remaining word (`<paths...>`): the value is the list. */
  readonly variadic?: boolean;
  /** The value when the argument is left out, as typed (shown in the help). */
  readonly default?: string;
}

/** An option: `--kebab-key <value>` (or a flag), with its kind and help. */
export interface OptionSpec {
  readonly key: string;
  readonly kind: ValueKind;
  readonly help: Bilingual;
  /** The placeholder in the help, e.g. `date` for `--on <date>` (default: from the kind). */
  readonly value?: string;
  readonly required?: boolean;
  /** May be given several times: the value is the list of every one. */
  readonly repeat?: boolean;
  /** The default, as typed (shown in the help). */
  readonly default?: string;
  /** A flag that is on unless `--no-<key>` is given (`serve --no-log`). */
  readonly negated?: boolean;
}

/**
 * What a command prints: a decision with its answer line, a value with its own text, raw text,
 * or text as it comes (`chunks`: `batch` answers while it reads, `serve` prints while it runs).
 * `exitCode` ends the command with that code after the output (`test`: 1 when a scenario fails).
 */
export type CommandOutput = (
  | { readonly decision: Decision; readonly answer: Bilingual }
  | { readonly json: unknown; readonly text: Bilingual }
  | { readonly raw: string }
  | { readonly chunks: AsyncIterable<string> }
) & { readonly exitCode?: number };

/**
 * A subcommand as data. `run` gets the input read from the arguments and options (keys as
 * declared, values already parsed) and returns what to print; `--json` prints the decision as
 * the library returns it, or `json` as documented in `jsonShape`.
 */
export interface CommandSpec<I = never> {
  /** The command's words: `day`, or a group and its command (`policy show`, see COMMAND_GROUPS). */
  readonly name: string;
  readonly summary: Bilingual;
  readonly args?: readonly ArgSpec[];
  readonly options?: readonly OptionSpec[];
  readonly examples: readonly string[];
  /** The shape of `--json` (for docs/cli.md); rule commands print the decision (`Decision`). */
  readonly jsonShape: string;
  /** What `--now` changes for this command; `false`: nothing, so it is not offered. */
  readonly now: Bilingual | false;
  readonly run: (input: I, ctx: CliContext) => CommandOutput | Promise<CommandOutput>;
}

// biome-ignore lint/suspicious/noExplicitAny: the loop registers commands of any input type.
export type AnyCommandSpec = CommandSpec<any>;

/** What `--now` changes for a rule command: the day whose policy version decides (--policy-dir). */
export const NOW_POLICY_DIR: Bilingual = {
  ja: '現在とみなす日時 (--policy-dir で日付のない質問の版を選ぶ日)',
  en: 'pretend it is this instant (with --policy-dir: the day whose version decides a question without a date)',
};

/** What `--now` changes for a command that takes dates: 今日 / today, and the version under --policy-dir. */
export const NOW_TODAY: Bilingual = {
  ja: '現在とみなす日時 (日付の「今日」「today」、--policy-dir の版の選択)',
  en: 'pretend it is this instant (今日 / today in dates; the version chosen by --policy-dir)',
};

/**
 * A rule command: `call` makes the rule call from the input, `answer` says the decision in one
 * line; the decision is decided by `ctx.decide` (the policy in force, or --policy-dir's choice).
 */
export function ruleCommand<R extends RuleName, I>(
  spec: Omit<CommandSpec<I>, 'run' | 'jsonShape' | 'now'> & {
    readonly now?: Bilingual;
    readonly call: (input: I, ctx: CliContext) => RuleCall<R>;
    readonly answer: (decision: RuleDecision<R>, input: I, ctx: CliContext) => Bilingual;
  },
): CommandSpec<I> {
  const { call, answer, ...rest } = spec;
  return {
    now: spec.now ?? NOW_POLICY_DIR,
    jsonShape: 'the decision, as the library returns it: `Decision` (`rule`, `outcome`, `value`, `reasons`, …)',
    ...rest,
    run: (input, ctx) => {
      const decision = ctx.decide(call(input, ctx));
      return { decision, answer: answer(decision, input, ctx) };
    },
  };
}

/** An object without its `undefined` entries: `{ a: 1, b: undefined }` → `{ a: 1 }`. The one place optional fields are dropped. */
export function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** Both languages of a text made per language. */
export function both(text: (lang: Lang) => string): Bilingual {
  return { ja: text('ja'), en: text('en') };
}
