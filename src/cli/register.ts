// The one loop that turns command specs (command-spec.ts) into commander commands: arguments and
// options in the answer's language, lenient values read before the library sees them, `--now`
// offered only where it changes the answer, and one way of printing.
import { Argument, type Command, Help, Option } from 'commander';
import type { Bilingual } from '../words/bilingual.js';
import type { AnyCommandSpec, OptionSpec, ValueKind } from './command-spec.js';
import type { CliContext } from './context.js';
import { toJson, type Lang } from './io.js';
import { cliError, helpTitle } from './lang.js';
import { placeholderOf, readValue } from './values.js';

/** `endsOn` → `ends-on`. */
export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Ends a command with a given exit code (1: scenarios failed), after its output. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

function flagsOf(o: OptionSpec): string {
  if (o.negated) return `--no-${kebab(o.key)}`;
  const flag = `--${kebab(o.key)}`;
  return o.kind === 'flag' ? flag : `${flag} <${o.value ?? placeholderOf(o.kind)}>`;
}

function choicesOf(kind: ValueKind): readonly string[] | undefined {
  return typeof kind === 'string' ? undefined : kind;
}

/** The names of the commands (and the root) that `--now` changes; help and the check read it. */
export const USES_NOW = new Set<string>();

/**
 * Help in the language: headings through `styleTitle`, choices and defaults in the language, and
 * `--now` listed only for the commands it changes.
 */
export function configureLanguageHelp(command: Command, lang: Lang, usesNow: boolean): void {
  command.configureHelp({
    showGlobalOptions: true,
    styleTitle: (title: string) => helpTitle(title, lang),
    commandUsage(cmd: Command) {
      const usage = Help.prototype.commandUsage.call(this, cmd);
      return lang === 'ja' ? usage.replace('[options]', '[オプション]').replace('[command]', '[コマンド]') : usage;
    },
    visibleGlobalOptions(cmd: Command) {
      return Help.prototype.visibleGlobalOptions.call(this, cmd).filter((o) => usesNow || o.long !== '--now');
    },
    optionDescription(option: Option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${lang === 'ja' ? '選択肢' : 'choices'}: ${option.argChoices.join(', ')}`);
      if (option.defaultValue !== undefined && option.defaultValue !== false)
        extra.push(`${lang === 'ja' ? '既定' : 'default'}: ${JSON.stringify(option.defaultValue)}`);
      if (option.mandatory) extra.push(lang === 'ja' ? '必須' : 'required');
      return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
    },
    argumentDescription(argument: Argument) {
      const extra: string[] = [];
      if (argument.argChoices) extra.push(`${lang === 'ja' ? '選択肢' : 'choices'}: ${argument.argChoices.join(', ')}`);
      if (argument.defaultValue !== undefined)
        extra.push(`${lang === 'ja' ? '既定' : 'default'}: ${JSON.stringify(argument.defaultValue)}`);
      return extra.length ? `${argument.description} (${extra.join('; ')})` : argument.description;
    },
  });
  command.helpOption('-h, --help', lang === 'ja' ? 'このヘルプを表示します' : 'display help for command');
  // The root and the groups list `help [command]` too: in the language, like the rest.
  if (command.commands.length > 0)
    command.helpCommand('help [command]', lang === 'ja' ? 'コマンドのヘルプを表示します' : 'display help for command');
}

/** The command a spec's name goes under: the program, or its group (`policy` for `policy show`), made once. */
function parentOf(program: Command, name: string, groups: GroupSummaries, lang: Lang): [Command, string] {
  const words = name.split(' ');
  if (words.length === 1) return [program, name];
  const [group, sub] = words as [string, string];
  const summary = groups[group];
  if (summary === undefined) throw new Error(`command group ${group} has no summary`);
  const parent = program.commands.find((c) => c.name() === group) ?? program.command(group).description(summary[lang]);
  return [parent, sub];
}

/** The summary of each command group (`policy`), in both languages. */
export type GroupSummaries = { readonly [group: string]: Bilingual };

/** Registers every spec as a subcommand of `program`, in order (the help lists them so). */
export function registerCommands(
  program: Command,
  ctx: CliContext,
  specs: readonly AnyCommandSpec[],
  groups: GroupSummaries,
  lang: Lang,
): void {
  for (const spec of specs) {
    const [parent, word] = parentOf(program, spec.name, groups, lang);
    const command = parent.command(word).description(spec.summary[lang]);
    const args = spec.args ?? [];
    const options = spec.options ?? [];
    for (const a of args) {
      const name = kebab(a.key);
      const word = a.variadic ? `${name}...` : name;
      const argument = new Argument(a.optional ? `[${word}]` : `<${word}>`, a.help[lang]);
      const choices = choicesOf(a.kind);
      if (choices) argument.choices(choices);
      if (a.default !== undefined) argument.default(a.default);
      command.addArgument(argument);
    }
    for (const o of options) {
      const option = new Option(flagsOf(o), o.help[lang]);
      const choices = choicesOf(o.kind);
      if (choices) option.choices(choices);
      if (o.required) option.makeOptionMandatory();
      if (o.default !== undefined) option.default(o.default);
      if (o.repeat) option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
      command.addOption(option);
    }
    if (spec.now !== false) USES_NOW.add(spec.name);
    configureLanguageHelp(command, lang, spec.now !== false);
    const title = spec.examples.length > 1 ? (lang === 'ja' ? '例' : 'Examples') : lang === 'ja' ? '例' : 'Example';
    const nowLine = spec.now === false ? '' : `\n--now: ${spec.now[lang]}\n`;
    command.addHelpText('after', `${nowLine}\n${title}:\n${spec.examples.map((e) => `  $ cs-policy ${e}`).join('\n')}`);
    command.action(async (...received: unknown[]) => {
      const raw = received.slice(0, args.length) as (string | string[] | undefined)[];
      const given = (received[args.length] ?? {}) as Record<string, unknown>;
      const input: Record<string, unknown> = {};
      for (const [i, a] of args.entries()) {
        const value = raw[i];
        const what = kebab(a.key);
        if (Array.isArray(value)) input[a.key] = value.map((v) => readValue(a.kind, v, what, ctx.env));
        else if (value !== undefined) input[a.key] = readValue(a.kind, value, what, ctx.env);
      }
      for (const o of options) {
        const value = given[o.key];
        if (value === undefined) continue;
        const what = `--${kebab(o.key)}`;
        if (o.kind === 'flag') input[o.key] = value === true;
        else if (o.repeat) input[o.key] = (value as string[]).map((v) => readValue(o.kind, v, what, ctx.env));
        else input[o.key] = readValue(o.kind, value as string, what, ctx.env);
      }
      const out = await spec.run(input, ctx);
      const { json, lang: answerLang } = ctx.options();
      if ('raw' in out) ctx.io.out(out.raw);
      else if ('decision' in out) ctx.printDecision(out.decision, out.answer);
      else if ('chunks' in out) for await (const chunk of out.chunks) ctx.io.out(chunk);
      else ctx.io.out(json ? toJson(out.json) : out.text[answerLang]);
      if (out.exitCode !== undefined && out.exitCode !== 0) throw new CliExit(out.exitCode);
    });
  }
}

/** Refuses `--now` where it changes nothing (`clauses`, `policy diff`, `test`, …), so it is never silently ignored. */
export function checkNow(ctx: CliContext, command: Command): void {
  if (ctx.options().now === undefined) return;
  const path: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) path.unshift(c.name());
  const name = path.join(' ');
  if (name === '' || USES_NOW.has(name)) return;
  throw cliError('INVALID_INPUT', {
    ja: `--now は ${name} の答えを変えません (現在の日時を使わないコマンドです)`,
    en: `--now changes nothing for ${name}: its answer does not depend on the current time`,
  });
}
