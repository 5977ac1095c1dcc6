// The language of the CLI's answers, help and errors (issue 13): `--lang`, then CS_POLICY_LANG,
// then the locale (LC_ALL, LC_MESSAGES, LANG: ja_JP.UTF-8 → ja, en_US.UTF-8 or any other named
// language → en), then Japanese, the policy's own language. C / POSIX name no language.
import { CommanderError } from 'commander';
import { CsPolicyError, type CsPolicyErrorCode } from '../errors.js';
import type { Bilingual } from '../words/bilingual.js';
import type { Lang } from './io.js';

/** The language named by a locale such as `ja_JP.UTF-8`; `undefined` for C, POSIX or nothing. */
function localeLang(value: string | undefined): Lang | undefined {
  if (value === undefined || value === '') return undefined;
  const language = value.split(/[_.@-]/)[0]!.toLowerCase();
  if (language === '' || language === 'c' || language === 'posix') return undefined;
  return language === 'ja' ? 'ja' : 'en';
}

/**
 * The language before commander has parsed anything (help and usage errors need it first):
 * `--lang X` / `--lang=X` in argv, CS_POLICY_LANG, the locale, else `ja`.
 */
export function languageOf(argv: readonly string[], env: { readonly [name: string]: string | undefined }): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'ja' || value === 'en') return value;
  }
  const configured = env.CS_POLICY_LANG?.trim().toLowerCase();
  if (configured === 'ja' || configured === 'en') return configured;
  // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const lang = localeLang(env[name]);
    if (lang !== undefined) return lang;
  }
  return 'ja';
}

/** A CLI error with its Japanese wording; `message` is the English one. */
export function cliError(code: CsPolicyErrorCode, text: Bilingual): CsPolicyError {
  return Object.assign(new CsPolicyError(code, text.en), { ja: text.ja });
}

/** What each library error code means, as the Japanese line starts (the detail stays in English). */
const CODE_JA: { readonly [C in CsPolicyErrorCode]: string } = {
  INVALID_DATE: '日付を読み取れません',
  INVALID_INSTANT: '日時を読み取れません',
  INVALID_NUMBER: '数値が正しくありません',
  OUT_OF_COVERAGE: '祝日データの範囲外です',
  INVALID_OPTIONS: 'カレンダーの設定に誤りがあります',
  INVALID_POLICY: 'ポリシーに誤りがあります',
  INVALID_INPUT: '入力に誤りがあります',
};

/** One line for a library or CLI error in the language. */
export function errorLine(error: CsPolicyError, lang: Lang): string {
  const ja = (error as CsPolicyError & { ja?: string }).ja;
  if (lang === 'en') return `cs-policy: ${error.message}`;
  return ja !== undefined ? `cs-policy: ${ja}` : `cs-policy: ${CODE_JA[error.code]}: ${error.message}`;
}

/** Commander's usage errors in the language, on one line (its suggestion "Did you mean" included). */
export function usageErrorLine(error: CommanderError, lang: Lang): string {
  const message = error.message.replace(/^error: /, '');
  const flat = message.replace(/\s*\n\s*/g, ' ');
  const suggestion = /\(Did you mean (.+)\?\)/.exec(message)?.[1];
  const near =
    suggestion === undefined ? '' : lang === 'ja' ? ` (もしかして: ${suggestion})` : ` (did you mean ${suggestion}?)`;
  if (lang === 'en') return `error: ${flat.replace(/\s*\(Did you mean .+\?\)/, '')}${near}`;
  let m: RegExpExecArray | null;
  switch (error.code) {
    case 'commander.unknownCommand':
      m = /unknown command '(.+?)'/.exec(message);
      return `エラー: 不明なコマンドです: ${m?.[1] ?? ''}${near}`;
    case 'commander.unknownOption':
      m = /unknown option '(.+?)'/.exec(message);
      return `エラー: 不明なオプションです: ${m?.[1] ?? ''}${near}`;
    case 'commander.missingArgument':
      m = /missing required argument '(.+?)'/.exec(message);
      return `エラー: 引数 ${m?.[1] ?? ''} がありません`;
    case 'commander.optionMissingArgument':
      m = /option '(.+?)' argument missing/.exec(message);
      return `エラー: オプション ${m?.[1] ?? ''} に値がありません`;
    case 'commander.missingMandatoryOptionValue':
      m = /required option '(.+?)' not specified/.exec(message);
      return `エラー: オプション ${m?.[1] ?? ''} は必須です`;
    case 'commander.invalidArgument': {
      m = /(?:option|argument) '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./.exec(message);
      if (m) return `エラー: ${m[1]} に '${m[2]}' は使えません (選べる値: ${m[3]})`;
      return `エラー: ${flat}`;
    }
    case 'commander.excessArguments':
      m = /too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)/.exec(message);
      return m
        ? `エラー: 引数が多すぎます (${m[1] ?? 'cs-policy'}: ${m[2]} 個まで、${m[3]} 個あります)`
        : `エラー: ${flat}`;
    default:
      return `エラー: ${flat}`;
  }
}

/** Help headings in the language (commander passes its English ones through `styleTitle`). */
const TITLES_JA: { readonly [title: string]: string } = {
  'Usage:': '使い方:',
  'Arguments:': '引数:',
  'Options:': 'オプション:',
  'Global Options:': '共通オプション:',
  'Commands:': 'コマンド:',
};

export function helpTitle(title: string, lang: Lang): string {
  return lang === 'ja' ? (TITLES_JA[title] ?? title) : title;
}

export { CommanderError };
