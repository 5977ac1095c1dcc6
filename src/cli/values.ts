// Reading the values people type on the command line: dates and instants leniently (the library's
// parseLenientDate / parseLenientInstant), months, whole numbers, lists, JSON files, and company
// closures (`--closure 2027-08-13..2027-08-16:夏季休業`, the same form as the page's links).
import type { CompanyClosure } from '../calendar/options.js';
import { CsPolicyError } from '../errors.js';
import { parseLenientDate, parseLenientInstant } from '../words/read-dates.js';
import type { ValueKind } from './command-spec.js';
import { cliError } from './lang.js';

/** What reading a value needs: the instant `--now` names (or the clock's), and files. */
export interface ReadEnv {
  readonly now: () => Date;
  readonly readText: (path: string) => string;
}

/** A whole number as typed: an optional sign and digits (full-width allowed), nothing else. */
export function parseWhole(value: string, what: string): number {
  const text = value
    .normalize('NFKC')
    .replace(/^[\u2212\u30fc]/, '-')
    .trim();
  if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(Number(text)))
    throw cliError('INVALID_NUMBER', {
      ja: `${what} は整数で指定してください (${JSON.stringify(value)} は整数ではありません)`,
      en: `${what} must be a whole number, not ${JSON.stringify(value)}`,
    });
  return Number(text);
}

/** A comma-separated list, items trimmed, empty items dropped ("" is the empty list). */
export function parseList(value: string): string[] {
  return value
    .split(/[,、，]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** A month as `YYYY-MM`: 2027-01, 2027/1, 2027年1月, 令和9年1月, 今月 / this month. */
export function parseMonth(value: string, env: ReadEnv): string {
  const text = value.normalize('NFKC').replace(/\s+/g, '');
  let date: string | undefined;
  try {
    if (/^(今月|thismonth)$/i.test(text)) date = parseLenientDate('今日', { today: env.now() });
    else if (/月$/.test(text)) date = parseLenientDate(`${text}1日`);
    else {
      const m = /^(\d{4})([-/.])(\d{1,2})$/.exec(text);
      if (m) date = parseLenientDate(`${m[1]}-${m[3]}-1`);
    }
  } catch (error) {
    if (!(error instanceof CsPolicyError)) throw error;
    throw cliError('INVALID_DATE', {
      ja: `月 ${JSON.stringify(value)} を読み取れません: ${error.message}`,
      en: `month ${JSON.stringify(value)}: ${error.message}`,
    });
  }
  if (date === undefined)
    throw cliError('INVALID_DATE', {
      ja: `月 ${JSON.stringify(value)} を読み取れません (例: 2027-01、2027/1、2027年1月、令和9年1月、今月)`,
      en: `month ${JSON.stringify(value)} must be like 2027-01, 2027/1, 2027年1月, 令和9年1月 or "this month"`,
    });
  return date.slice(0, 7);
}

/** A date or, when it has a time, an instant (`customer-data --at`). */
function parseDateOrInstant(value: string, env: ReadEnv): string {
  try {
    return parseLenientDate(value, { today: env.now() });
  } catch (dateError) {
    try {
      return parseLenientInstant(value, { now: env.now() });
    } catch (instantError) {
      // Whichever reading got further says more: the instant one when the text has a time.
      throw /has a time/.test((dateError as Error).message) ? instantError : dateError;
    }
  }
}

/** Reads and parses a JSON file (or - for standard input); a bad file is one line naming it. */
export function readJson(path: string, env: ReadEnv): unknown {
  const name = path === '-' ? { ja: '標準入力', en: 'standard input' } : { ja: path, en: path };
  let text: string;
  try {
    text = env.readText(path);
  } catch (error) {
    throw cliError('INVALID_INPUT', {
      ja: `${name.ja} を読めません: ${(error as Error).message}`,
      en: `cannot read ${name.en}: ${(error as Error).message}`,
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw cliError('INVALID_INPUT', {
      ja: `${name.ja} は JSON として読めません: ${(error as Error).message}`,
      en: `${name.en} is not valid JSON: ${(error as Error).message}`,
    });
  }
}

/** Reads one value of a kind; `what` names it in messages (`--on`, `date`). */
export function readValue(kind: ValueKind, raw: string, what: string, env: ReadEnv): unknown {
  if (typeof kind !== 'string') return raw; // choices: commander has checked them
  switch (kind) {
    case 'date':
      return parseLenientDate(raw, { today: env.now() });
    case 'instant':
      return parseLenientInstant(raw, { now: env.now() });
    case 'date-or-instant':
      return parseDateOrInstant(raw, env);
    case 'month':
      return parseMonth(raw, env);
    case 'whole':
      return parseWhole(raw, what);
    case 'list':
      return parseList(raw);
    case 'json':
      return readJson(raw, env);
    case 'text':
    case 'flag':
      return raw;
  }
}

/** The placeholder of a value in the help: `<date>`, `<n>`. */
export function placeholderOf(kind: ValueKind): string {
  if (typeof kind !== 'string') return 'choice';
  return kind === 'date-or-instant' ? 'date' : kind === 'whole' ? 'n' : kind === 'json' ? 'file' : kind;
}

/**
 * A company closure as typed: `2027-08-13..2027-08-16:夏季休業`, `2027-08-13:創立記念日` (one day),
 * `2027/8/13〜2027/8/16：夏季休業`; without a label the policy's default (弊社休業日) applies.
 */
export function parseClosure(value: string, env: ReadEnv): CompanyClosure {
  const colon = value.search(/[:：]/);
  const dates = colon < 0 ? value : value.slice(0, colon);
  const label = colon < 0 ? undefined : value.slice(colon + 1).trim();
  const [fromText, toText, ...extra] = dates.split(/\.\.|[〜~～]/);
  const bad = (why: Bilingual) =>
    cliError('INVALID_INPUT', {
      ja: `--closure ${JSON.stringify(value)}: ${why.ja} (例: 2027-08-13..2027-08-16:夏季休業、2027-08-13:創立記念日)`,
      en: `--closure ${JSON.stringify(value)}: ${why.en} (e.g. 2027-08-13..2027-08-16:夏季休業 or 2027-08-13:創立記念日)`,
    });
  if (extra.length > 0 || fromText === undefined || fromText.trim() === '')
    throw bad({ ja: '日付か日付の範囲を書いてください', en: 'write a date or a range of dates' });
  if (label === '') throw bad({ ja: 'コロンの後の名前が空です', en: 'the label after the colon is empty' });
  const from = parseLenientDate(fromText, { today: env.now() });
  const to = toText === undefined ? from : parseLenientDate(toText, { today: env.now() });
  if (to < from) throw bad({ ja: `${to} は ${from} より前です`, en: `it ends (${to}) before it starts (${from})` });
  const named = label === undefined ? {} : { label };
  return from === to ? ({ date: from, ...named } as CompanyClosure) : ({ from, to, ...named } as CompanyClosure);
}

/** `--closures FILE`: a JSON list of `{ from, to?, label }` (or `{ date, label }`). */
export function readClosuresFile(path: string, env: ReadEnv): CompanyClosure[] {
  const json = readJson(path, env);
  const bad = (where: string, why: Bilingual) =>
    cliError('INVALID_INPUT', {
      ja: `--closures ${path}: ${where}${why.ja}`,
      en: `--closures ${path}: ${where}${why.en}`,
    });
  if (!Array.isArray(json))
    throw bad('', {
      ja: '休業日のリスト ([{ "from", "to", "label" }, …]) ではありません',
      en: 'must be a list of { "from", "to"?, "label" }',
    });
  return json.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null)
      throw bad(`[${i}]: `, { ja: 'オブジェクトではありません', en: 'must be an object { "from", "to"?, "label" }' });
    const { from, to, date, label } = item as Record<string, unknown>;
    const start = from ?? date;
    if (typeof start !== 'string')
      throw bad(`[${i}]: `, { ja: 'from (日付) がありません', en: 'from (a date) is missing' });
    if (to !== undefined && typeof to !== 'string')
      throw bad(`[${i}].to: `, { ja: '日付ではありません', en: 'must be a date' });
    if (label !== undefined && typeof label !== 'string')
      throw bad(`[${i}].label: `, { ja: '文字列ではありません', en: 'must be text' });
    const read = (text: string, key: string) => {
      try {
        return parseLenientDate(text, { today: env.now() });
      } catch (error) {
        throw bad(`[${i}].${key}: `, { ja: (error as Error).message, en: (error as Error).message });
      }
    };
    const first = read(start, from === undefined ? 'date' : 'from');
    const last = to === undefined ? first : read(to, 'to');
    if (last < first)
      throw bad(`[${i}].to: `, { ja: `${last} は ${first} より前です`, en: `${last} is before ${first}` });
    const named = label === undefined ? {} : { label };
    return first === last
      ? ({ date: first, ...named } as CompanyClosure)
      : ({ from: first, to: last, ...named } as CompanyClosure);
  });
}

type Bilingual = { readonly ja: string; readonly en: string };
