// Small helpers shared by the rule subcommands: options in force, typed argument parsing, help examples.
import { Option, type Command } from 'commander';
import { CsPolicyError } from '../../errors.js';
import type { Policy } from '../../policy/schema.js';
import type { CliContext } from '../context.js';

/** An answer line in both languages; `printDecision` picks one. */
export interface Text {
  readonly ja: string;
  readonly en: string;
}

/** Every rule decides under the policy in force: the built-in one or `--policy FILE`. */
export function ruleOptions(ctx: CliContext): { readonly policy: Policy } {
  return { policy: ctx.policy() };
}

/** A whole number as typed: an optional sign and digits, nothing else ("1.5", "1e3", "" are refused). */
export function parseWhole(value: string, what: string): number {
  if (!/^[+-]?\d+$/.test(value))
    throw new CsPolicyError('INVALID_NUMBER', `${what} must be a whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}

/** A comma-separated list, items trimmed, empty items dropped ("" is the empty list). */
export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** An option whose value must be one of `choices` (commander refuses anything else, exit 2). */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices);
}

/** Adds the "Example:" section that every subcommand's --help ends with; the help lists --json, --lang, --policy too. */
export function withExamples(command: Command, ...examples: readonly string[]): Command {
  const title = examples.length > 1 ? 'Examples' : 'Example';
  return command
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', `\n${title}:\n${examples.map((e) => `  $ cs-policy ${e}`).join('\n')}`);
}

/** "1 day" / "3 days". */
export function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** The kebab-case flag of a camelCase option key, for messages: `endsOn` → `--ends-on`. */
export function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Fails with INVALID_INPUT when `dependent` is given without `required`. */
export function requireWith(given: unknown, dependent: string, needed: unknown, required: string): void {
  if (given !== undefined && needed === undefined) {
    throw new CsPolicyError('INVALID_INPUT', `${dependent} needs ${required}`);
  }
}

/** Pads to `width` terminal columns: CJK and full-width characters take two columns each. */
export function padColumns(text: string, width: number): string {
  let columns = 0;
  for (const ch of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return text + ' '.repeat(Math.max(0, width - columns));
}
