import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { CsPolicyError } from '../errors.js';
import { summary } from './commands/calendar.js';
import { createContext } from './context.js';
import { toJson, type CliIo, type Lang } from './io.js';
import { nearest } from '../words/edit-distance.js';
import { cliError, errorLine, languageOf, usageErrorLine } from './lang.js';
import { COMMAND_GROUPS, COMMANDS } from './commands/index.js';
import { checkNow, CliExit, configureLanguageHelp, registerCommands, USES_NOW } from './register.js';

/** Exit codes: 0 answered (whatever the answer), 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

function buildProgram(io: CliIo, lang: Lang): Command {
  const program = new Command('cs-policy');
  const ctx = createContext(program, io);
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);

  program
    .description(
      t(
        'JMAS カスタマー・サービス ポリシー (2024-10-07) を日本時間で: 営業日、期限、条項つきの判断。',
        'The JMAS Customer Services Policy (2024-10-07) in JST: business days, deadlines and decisions with their clauses.',
      ),
    )
    .version(packageJson.version, '-V, --version', t('バージョンを表示します', 'print the version'))
    .addOption(
      new Option(
        '--lang <lang>',
        t(
          '答え・理由・ヘルプの言語 (CS_POLICY_LANG、LANG でも)',
          'language of answers, reasons and help (also CS_POLICY_LANG, LANG)',
        ),
      )
        .choices(['ja', 'en'])
        .default(lang),
    )
    .option(
      '--json',
      t('答えを JSON で (ライブラリが返すとおりに)', 'print the answer as JSON, exactly as the library returns it'),
    )
    .option(
      '--policy <file>',
      t(
        'このポリシーの版で判断 (JSON、policy show --json の形); 既定は組み込みの 2024-10-07',
        'decide under this policy version (JSON, as `policy show --json` prints); default: built-in 2024-10-07',
      ),
    )
    .option(
      '--policy-dir <dir>',
      t(
        '質問の日付に有効な版で判断 (DIR のポリシーファイル *.json から)',
        'decide under the version in force at the question date, among the policy files (*.json) in DIR',
      ),
    )
    .option(
      '--closure <from..to:label>',
      t(
        '弊社休業日を追加 (例: 2027-08-13..2027-08-16:夏季休業、1 日なら 2027-08-13:創立記念日)。繰り返し可',
        'add a company closure (e.g. 2027-08-13..2027-08-16:夏季休業, one day: 2027-08-13:創立記念日); repeatable',
      ),
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option(
      '--closures <file>',
      t(
        '弊社休業日を JSON ファイル [{ "from", "to"?, "label" }] から追加',
        'add the company closures of a JSON file [{ "from", "to"?, "label" }]',
      ),
    )
    .option(
      '--holidays <file>',
      t(
        '内閣府の祝日ファイル syukujitsu.csv (Shift_JIS のまま) を組み込みの祝日の代わりに使います',
        "use the Cabinet Office's syukujitsu.csv (as published, Shift_JIS) instead of the built-in holidays",
      ),
    )
    .option(
      '--now <instant>',
      t(
        '現在とみなす日時 (例: 2027-01-04T10:00、2027/1/4 10:00): 使うコマンドのヘルプに何が変わるか書いてあります',
        'pretend it is this instant (e.g. 2027-01-04T10:00): each command that uses it says how in its help',
      ),
    )
    .showHelpAfterError(false)
    .addHelpText(
      'after',
      t(
        '\n例:\n  $ cs-policy                       # 今受付中か、次の受付開始、この先の休業日\n  $ cs-policy day 2026-12-29\n  $ cs-policy day 令和8年12月29日\n  $ cs-policy calendar 2027-01 --lang en',
        '\nExamples:\n  $ cs-policy                       # is support open now, next opening, closures ahead\n  $ cs-policy day 2026-12-29\n  $ cs-policy calendar 2027-01 --lang en',
      ),
    )
    .action((_options: unknown, command: Command) => {
      // Words after `cs-policy` that are no command: a typo, most likely (`calender`).
      const [word] = command.args;
      if (word !== undefined) {
        const near = nearest(word, commandNames(program));
        throw cliError('INVALID_INPUT', {
          ja: `不明なコマンドです: ${word}${near ? ` (もしかして: ${near})` : ''}。一覧は cs-policy --help`,
          en: `unknown command ${JSON.stringify(word)}${near ? ` (did you mean ${near}?)` : ''}; see cs-policy --help`,
        });
      }
      const { json } = ctx.options();
      const nowMs = ctx.now().getTime();
      const now = new Date(nowMs - (((nowMs % 1000) + 1000) % 1000)); // whole seconds read better
      const result = summary(ctx.calendar(), ctx.policy().version, now, ctx.options().lang);
      io.out(json ? toJson(result.json) : result.text);
    });
  USES_NOW.add('');

  registerCommands(program, ctx, COMMANDS, COMMAND_GROUPS, lang);
  // Root words that are no command reach the root action (for "did you mean"), not commander's "too many arguments".
  program.allowExcessArguments(true);
  program.hook('preAction', (_root, action) => checkNow(ctx, action));
  localize(program, lang, '');
  return program;
}

/** Every command name, for "did you mean". */
function commandNames(program: Command): string[] {
  return program.commands.map((c) => c.name());
}

/** Headings in the language for every command, the root and the groups (`policy`) included, which have no spec. */
function localize(command: Command, lang: Lang, path: string): void {
  configureLanguageHelp(command, lang, USES_NOW.has(path));
  for (const sub of command.commands) localize(sub, lang, path === '' ? sub.name() : `${path} ${sub.name()}`);
}

/** Commander errors become exit codes, and its output goes through `io`, in every subcommand. */
function routeThroughIo(command: Command, io: CliIo): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (s) => io.out(s.replace(/\n$/, '')),
    writeErr: (s) => io.err(s.replace(/\n$/, '')),
    // Usage errors are printed by runCli, on one line and in the language.
    outputError: () => {},
  });
  for (const sub of command.commands) routeThroughIo(sub, io);
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = languageOf(argv, io.env ?? process.env);
  const program = buildProgram(io, lang);
  routeThroughIo(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      if (error.exitCode === 0) return EXIT_OK;
      // A group without its command (`cs-policy policy`): commander has printed the group's help; that is the answer.
      if (error.code === 'commander.help') return EXIT_USAGE;
      io.err(usageErrorLine(error, lang));
      return EXIT_USAGE;
    }
    if (error instanceof CsPolicyError) {
      io.err(errorLine(error, lang));
      return EXIT_USAGE;
    }
    // A file the system refused (ENOENT, EACCES, EISDIR …) where no command named it: still one line, exit 2.
    if (isSystemError(error)) {
      io.err(`cs-policy: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** An error of the operating system (a file not found, not allowed, a directory): it has a code and a syscall. */
function isSystemError(error: unknown): error is Error & { code: string; syscall: string } {
  return error instanceof Error && typeof (error as { syscall?: unknown }).syscall === 'string';
}
