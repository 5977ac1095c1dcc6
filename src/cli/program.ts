import { Command, CommanderError, Option } from 'commander';
import { CsPolicyError } from '../errors.js';
import { toEpochMs } from '../calendar/input.js';
import { registerCalendarCommands, summary } from './calendar-commands.js';
import { createContext } from './context.js';
import { toJson, type CliIo } from './io.js';
import { registerPolicyCommands } from './policy-commands.js';
import { registerRuleCommands } from './rule-commands.js';
import { registerServeCommand } from './serve.js';
import { CliExit, registerToolkitCommands } from './toolkit-commands.js';

/** Exit codes: 0 answered (whatever the answer), 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

function buildProgram(io: CliIo): Command {
  const program = new Command('cs-policy');
  const ctx = createContext(program, io);

  program
    .description(
      'The JMAS Customer Services Policy (2024-10-07) in JST: business days, deadlines and decisions with their clauses.',
    )
    .addOption(new Option('--lang <lang>', 'language of answers and reasons').choices(['ja', 'en']).default('ja'))
    .option('--json', 'print the answer as JSON, exactly as the library returns it')
    .option(
      '--policy <file>',
      'decide under this policy version (JSON, as `policy show --json` prints); default: built-in 2024-10-07',
    )
    .option(
      '--policy-dir <dir>',
      'decide under the version in force at the question date, among the policy files (*.json) in DIR',
    )
    .option('--now <instant>', 'pretend it is this instant (summary only)')
    .showHelpAfterError(false)
    .addHelpText(
      'after',
      '\nExamples:\n  $ cs-policy                       # is support open now, next opening, closures ahead\n  $ cs-policy day 2026-12-29\n  $ cs-policy calendar 2027-01 --lang en',
    )
    .action(() => {
      const { json, lang, now: nowOption } = ctx.options();
      const nowMs = nowOption === undefined ? io.now().getTime() : toEpochMs(nowOption, '--now');
      const now = new Date(nowMs - (((nowMs % 1000) + 1000) % 1000)); // whole seconds read better
      const result = summary(ctx.calendar(), ctx.policy().version, now, lang);
      io.out(json ? toJson(result.json) : result.text);
    });

  registerCalendarCommands(program, ctx);
  registerPolicyCommands(program, ctx);
  registerRuleCommands(program, ctx);
  registerToolkitCommands(program, ctx); // test, batch, policy impact (issue 10)
  registerServeCommand(program, ctx); // the decision service (issue 11)
  return program;
}

/** Commander errors become exit codes, and its output goes through `io`, in every subcommand. */
function routeThroughIo(command: Command, io: CliIo): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (s) => io.out(s.replace(/\n$/, '')),
    writeErr: (s) => io.err(s.replace(/\n$/, '')),
  });
  for (const sub of command.commands) routeThroughIo(sub, io);
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  routeThroughIo(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CsPolicyError) {
      io.err(`cs-policy: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
