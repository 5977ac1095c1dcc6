// Dates and instants as people in Japan type them (issue 13): full-width digits and hyphens,
// slashes, 2027年1月4日, Japanese eras (令和9年1月4日, R9.1.4, 令和元年), 今日 / today, and times
// such as 9:30 or 18時30分. Opt-in: the core functions stay strict (`YYYY-MM-DD`, ISO 8601); an
// adapter (the CLI, a form) reads with these and hands the core the ISO string they return.
import {
  DAY_MS,
  civilFromEpochDay,
  daysInMonth,
  epochDayFromCivil,
  epochDayOfInstant,
  formatEpochDay,
  formatInstantJst,
  JST_OFFSET_MS,
  weekdayOf,
  type IsoDate,
} from '../calendar/civil.js';
import { toEpochDay, toEpochMs, type DateInput, type InstantInput } from '../calendar/input.js';
import { CsPolicyError } from '../errors.js';

/**
 * A Japanese era (元号) as the lenient parser reads it: its name, its one-letter abbreviation
 * and its first and last Gregorian days (the last is `undefined` for the era in force).
 *
 * @example
 * ```ts
 * const reiwa: JapaneseEra = { name: '令和', letter: 'R', first: '2019-05-01', last: undefined };
 * ```
 */
export interface JapaneseEra {
  readonly name: string;
  readonly letter: string;
  readonly first: IsoDate;
  readonly last: IsoDate | undefined;
}

/**
 * The eras the lenient parser reads, oldest first. 大正 starts on the day 明治 ended; each era's
 * first day is the day after the emperor's accession (the era of the old emperor covers the day
 * of his death: 昭和64年1月7日 is the last day of 昭和, 平成元年1月8日 the first of 平成), and 平成
 * ended with the abdication on 2019-04-30 (平成31年4月30日).
 *
 * @example
 * ```ts
 * JAPANESE_ERAS.map((e) => e.name); // ['大正', '昭和', '平成', '令和']
 * ```
 */
export const JAPANESE_ERAS: readonly JapaneseEra[] = Object.freeze([
  Object.freeze({ name: '大正', letter: 'T', first: '1912-07-30', last: '1926-12-24' }),
  Object.freeze({ name: '昭和', letter: 'S', first: '1926-12-25', last: '1989-01-07' }),
  Object.freeze({ name: '平成', letter: 'H', first: '1989-01-08', last: '2019-04-30' }),
  Object.freeze({ name: '令和', letter: 'R', first: '2019-05-01', last: undefined }),
]);

/**
 * Options of {@link parseLenientDate}: the day `今日` / `today` means (and 明日, 昨日 around it).
 * Without it, those words are an error: the library never reads the clock.
 *
 * @example
 * ```ts
 * const options: LenientDateOptions = { today: '2027-01-04' };
 * ```
 */
export interface LenientDateOptions {
  readonly today?: DateInput;
}

/**
 * Options of {@link parseLenientInstant}: the instant `now` / `今` means, whose JST date is also
 * `今日` / `today`.
 *
 * @example
 * ```ts
 * const options: LenientInstantOptions = { now: '2027-01-04T10:00+09:00' };
 * ```
 */
export interface LenientInstantOptions {
  readonly now?: InstantInput;
}

const EXAMPLES_DATE = 'write e.g. 2027-01-04, 2027/1/4, 2027年1月4日, 令和9年1月4日, R9.1.4 or 今日 (today)';
const EXAMPLES_INSTANT = 'write e.g. 2027-01-04 9:30, 2027/1/4 09:30, 2027年1月4日 18時30分 or 2027-01-04T09:30+09:00';
const WEEKDAYS_JA = '日月火水木金土';

/** Full-width and look-alike characters as their ASCII forms; spaces collapsed. */
function normalize(text: string): string {
  return (
    text
      // NFKC: full-width digits, letters, ／ ： ． （ ）, and the era ligatures ㍻ ㋿ become ASCII and 平成 / 令和.
      .normalize('NFKC')
      // Dashes people type for a hyphen: ‐ ‑ ‒ – — ― − ー (the last is the katakana long vowel mark).
      .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The date's words the parser understands, relative to today (in days). */
const RELATIVE_DAYS: { readonly [word: string]: number } = {
  today: 0,
  今日: 0,
  本日: 0,
  tomorrow: 1,
  明日: 1,
  yesterday: -1,
  昨日: -1,
};

function invalidDate(text: string, why: string): CsPolicyError {
  return new CsPolicyError('INVALID_DATE', `${JSON.stringify(text)} is not a date: ${why}`);
}

/** Epoch day of a civil date, or an error that says why there is no such day. */
function civilDay(original: string, year: number, month: number, day: number): number {
  if (month < 1 || month > 12) throw invalidDate(original, `there is no month ${month}`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) throw invalidDate(original, `${year}年${month}月 has ${last} days, not ${day}`);
  return epochDayFromCivil(year, month, day);
}

/** Epoch day of an era date, or an error saying the date lies outside the era (and which era it is in). */
function eraDay(original: string, era: JapaneseEra, eraYear: number, month: number, day: number): number {
  if (eraYear < 1) throw invalidDate(original, `${era.name} years start at 元年 (1)`);
  const firstYear = Number(era.first.slice(0, 4));
  const epochDay = civilDay(original, firstYear + eraYear - 1, month, day);
  const iso = formatEpochDay(epochDay);
  const yearText = eraYear === 1 ? '元' : String(eraYear);
  const written = `${era.name}${yearText}年${month}月${day}日`;
  if (iso < era.first) {
    throw invalidDate(original, `${written} would be ${iso}, before ${era.name} began on ${era.first}`);
  }
  if (era.last !== undefined && iso > era.last) {
    const next = JAPANESE_ERAS[JAPANESE_ERAS.indexOf(era) + 1]!;
    throw invalidDate(
      original,
      `${written} would be ${iso}, but ${era.name} ended on ${era.last} (${next.name} began on ${next.first}; write ${eraText(epochDay)})`,
    );
  }
  return epochDay;
}

/** The era form of an epoch day, for messages: `令和元年5月1日`. */
function eraText(epochDay: number): string {
  const iso = formatEpochDay(epochDay);
  const era = [...JAPANESE_ERAS].reverse().find((e) => iso >= e.first);
  const { year, month, day } = civilFromEpochDay(epochDay);
  if (!era) return `${year}年${month}月${day}日`;
  const eraYear = year - Number(era.first.slice(0, 4)) + 1;
  return `${era.name}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日`;
}

const ERA_NAMES = JAPANESE_ERAS.map((e) => e.name).join('|');
const ERA_LETTERS = JAPANESE_ERAS.map((e) => e.letter).join('');
// 令和9年1月4日, 令和元年5月1日 (spaces allowed between the parts).
const ERA_KANJI = new RegExp(`^(${ERA_NAMES}) ?(元|\\d{1,2}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日`);
// R9.1.4, R9/1/4, R9-1-4, 令和9.1.4, H31.4.30.
const ERA_SHORT = new RegExp(
  `^([${ERA_LETTERS}${ERA_LETTERS.toLowerCase()}]|${ERA_NAMES}) ?(元|\\d{1,2})([./-])(\\d{1,2})\\3(\\d{1,2})`,
);
// 2027年1月4日.
const YEAR_KANJI = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/;
// 2027-01-04, 2027/1/4, 2027.1.4 (one separator throughout).
const YEAR_SHORT = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})/;
// 20270104.
const YEAR_PACKED = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
// A weekday after the date, checked against it: (月), (月曜日), 月曜.
const WEEKDAY = /^ ?(?:\(([日月火水木金土])(?:曜日?)?\)|([日月火水木金土])曜日?)/;

/** Reads the date at the start of `s` (normalized); returns its epoch day and the rest, or undefined. */
function readDatePart(
  original: string,
  s: string,
  today: () => number,
): { readonly day: number; readonly rest: string } | undefined {
  for (const [word, offset] of Object.entries(RELATIVE_DAYS)) {
    if (s.toLowerCase().startsWith(word)) return { day: today() + offset, rest: s.slice(word.length) };
  }
  let m = ERA_KANJI.exec(s);
  if (m) {
    const era = JAPANESE_ERAS.find((e) => e.name === m![1])!;
    const day = eraDay(original, era, m[2] === '元' ? 1 : Number(m[2]), Number(m[3]), Number(m[4]));
    return { day, rest: s.slice(m[0].length) };
  }
  m = ERA_SHORT.exec(s);
  if (m) {
    const key = m[1]!;
    const era = JAPANESE_ERAS.find((e) => e.name === key || e.letter === key.toUpperCase())!;
    const day = eraDay(original, era, m[2] === '元' ? 1 : Number(m[2]), Number(m[4]), Number(m[5]));
    return { day, rest: s.slice(m[0].length) };
  }
  m = YEAR_KANJI.exec(s);
  if (m) return { day: civilDay(original, Number(m[1]), Number(m[2]), Number(m[3])), rest: s.slice(m[0].length) };
  m = YEAR_SHORT.exec(s);
  if (m) return { day: civilDay(original, Number(m[1]), Number(m[3]), Number(m[4])), rest: s.slice(m[0].length) };
  m = YEAR_PACKED.exec(s);
  if (m) return { day: civilDay(original, Number(m[1]), Number(m[2]), Number(m[3])), rest: s.slice(m[0].length) };
  return undefined;
}

/** Checks a weekday written after the date (`2027年1月4日(月)`) against the date; returns the rest. */
function checkWeekday(original: string, day: number, rest: string): string {
  const m = WEEKDAY.exec(rest);
  if (!m) return rest;
  const written = (m[1] ?? m[2])!;
  const actual = WEEKDAYS_JA[weekdayOf(day)]!;
  if (written !== actual) {
    throw invalidDate(original, `${formatEpochDay(day)} is a ${actual}曜日, not a ${written}曜日`);
  }
  return rest.slice(m[0].length);
}

function todayOf(options: { today?: DateInput } | undefined, word: string): number {
  if (options?.today === undefined) {
    throw new CsPolicyError(
      'INVALID_DATE',
      `${JSON.stringify(word)} needs to know what day it is today (option today)`,
    );
  }
  return toEpochDay(options.today, 'today');
}

/**
 * Reads a date as people in Japan type it and returns it as `'YYYY-MM-DD'` (a JST civil date),
 * for the strict core functions. Accepts, after full-width characters are made half-width
 * (`２０２７－０１－０４`):
 *
 * - `2027-01-04`, `2027-1-4`, `2027/01/04`, `2027/1/4`, `2027.1.4`, `20270104`;
 * - `2027年1月4日`, with or without a weekday after it (`2027年1月4日(月)`, checked);
 * - eras: `令和9年1月4日`, `令和元年5月1日`, `R9.1.4`, `H31/4/30`, `S64.1.7` (大正, 昭和, 平成, 令和);
 *   a date outside its era (`平成31年5月1日`) is an error saying when the era ended;
 * - `今日` / `本日` / `today`, `明日` / `tomorrow`, `昨日` / `yesterday`, relative to `options.today`.
 *
 * Anything else, and any day that does not exist (`2027年2月30日`), fails with `CsPolicyError`
 * `INVALID_DATE` and a message that says why.
 *
 * @example
 * ```ts
 * parseLenientDate('２０２７－０１－０４'); // '2027-01-04'
 * parseLenientDate('令和9年1月4日'); // '2027-01-04'
 * parseLenientDate('令和元年5月1日'); // '2019-05-01'
 * parseLenientDate('今日', { today: '2027-01-04' }); // '2027-01-04'
 * parseLenientDate('平成31年5月1日'); // throws INVALID_DATE: … 平成 ended on 2019-04-30 …
 * ```
 */
export function parseLenientDate(text: string, options?: LenientDateOptions): IsoDate {
  if (typeof text !== 'string') throw new CsPolicyError('INVALID_DATE', `a date must be text, not ${typeof text}`);
  const s = normalize(text);
  const read = readDatePart(text, s, () => todayOf(options, text));
  if (!read) throw invalidDate(text, EXAMPLES_DATE);
  const rest = checkWeekday(text, read.day, read.rest).trim();
  if (rest !== '') {
    const looksTimed = /^(T|\d{1,2}(:|時))/i.test(rest);
    throw invalidDate(
      text,
      looksTimed ? `it has a time (${rest}); give the date alone` : `unexpected ${JSON.stringify(rest)} after the date`,
    );
  }
  return formatEpochDay(read.day);
}

function invalidInstant(text: string, why: string): CsPolicyError {
  return new CsPolicyError('INVALID_INSTANT', `${JSON.stringify(text)} is not a date-time: ${why}`);
}

// 9:30, 09:30:15, 9:30:15.250.
const CLOCK_COLON = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?/;
// 18時, 18時30分, 18時30分15秒, 9時半.
const CLOCK_KANJI = /^(\d{1,2}) ?時 ?(?:(半)|(\d{1,2}) ?分 ?(?:(\d{1,2}) ?秒)?)?/;
// 午前 / 午後 before the time, AM / PM after it.
const MERIDIEM_BEFORE = /^(午前|午後) ?/;
const MERIDIEM_AFTER = /^ ?(am|pm|a\.m\.|p\.m\.)/i;
const OFFSET = /^ ?(z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Reads an instant as people in Japan type it and returns it as an ISO 8601 date-time in JST
 * (`'2027-01-04T09:30:00+09:00'`), for the strict core functions. The date is read as by
 * {@link parseLenientDate}; the time follows after a space or `T` (or directly after 日):
 * `9:30`, `09:30:15`, `18時30分`, `18時`, `9時半`, `午後6時30分`, `6:30 pm`; an offset may end it
 * (`Z`, `+09:00`, `-05:00`); without one the time is JST. `now` / `今` / `現在` is `options.now`,
 * and `今日 9:30` is 09:30 of its JST date.
 *
 * A date without a time, a time that does not exist (`25:00`, `9:60`) or anything else fails
 * with `CsPolicyError` `INVALID_INSTANT` and a message that says why.
 *
 * @example
 * ```ts
 * parseLenientInstant('2027/01/04 9:30'); // '2027-01-04T09:30:00+09:00'
 * parseLenientInstant('2027年1月4日 18時30分'); // '2027-01-04T18:30:00+09:00'
 * parseLenientInstant('2027-01-04T09:30+09:00'); // '2027-01-04T09:30:00+09:00'
 * parseLenientInstant('今日 10:00', { now: '2027-01-04T08:00+09:00' }); // '2027-01-04T10:00:00+09:00'
 * ```
 */
export function parseLenientInstant(text: string, options?: LenientInstantOptions): string {
  if (typeof text !== 'string')
    throw new CsPolicyError('INVALID_INSTANT', `a date-time must be text, not ${typeof text}`);
  const s = normalize(text);
  const nowMs = (): number => {
    if (options?.now === undefined) {
      throw new CsPolicyError('INVALID_INSTANT', `${JSON.stringify(text)} needs to know what time it is (option now)`);
    }
    return toEpochMs(options.now, 'now');
  };
  if (/^(now|今|現在)$/i.test(s)) return formatInstantJst(nowMs());
  let read: { day: number; rest: string } | undefined;
  try {
    read = readDatePart(text, s, () => epochDayOfInstant(nowMs()));
  } catch (error) {
    if (error instanceof CsPolicyError && error.code === 'INVALID_DATE')
      throw new CsPolicyError('INVALID_INSTANT', error.message);
    throw error;
  }
  if (!read) throw invalidInstant(text, EXAMPLES_INSTANT);
  let rest: string;
  try {
    rest = checkWeekday(text, read.day, read.rest);
  } catch (error) {
    throw new CsPolicyError('INVALID_INSTANT', (error as Error).message);
  }
  rest = rest.replace(/^(T| )/i, '').trim();
  if (rest === '') {
    throw new CsPolicyError(
      'INVALID_INSTANT',
      `${JSON.stringify(text)} is a date without a time; add one, e.g. "${formatEpochDay(read.day)} 09:30"`,
    );
  }
  let meridiem: string | undefined;
  const before = MERIDIEM_BEFORE.exec(rest);
  if (before) {
    meridiem = before[1] === '午前' ? 'am' : 'pm';
    rest = rest.slice(before[0].length);
  }
  let hour: number;
  let minute = 0;
  let second = 0;
  let millis = 0;
  const colon = CLOCK_COLON.exec(rest);
  const kanji = colon ? null : CLOCK_KANJI.exec(rest);
  if (colon) {
    [hour, minute] = [Number(colon[1]), Number(colon[2])];
    second = colon[3] === undefined ? 0 : Number(colon[3]);
    millis = colon[4] === undefined ? 0 : Number(colon[4].padEnd(3, '0'));
  } else if (kanji) {
    hour = Number(kanji[1]);
    minute = kanji[2] ? 30 : kanji[3] === undefined ? 0 : Number(kanji[3]);
    second = kanji[4] === undefined ? 0 : Number(kanji[4]);
  } else {
    throw invalidInstant(text, `cannot read the time ${JSON.stringify(rest)}; ${EXAMPLES_INSTANT}`);
  }
  rest = rest.slice((colon ?? kanji)![0].length);
  const after = MERIDIEM_AFTER.exec(rest);
  if (after) {
    if (meridiem !== undefined) throw invalidInstant(text, 'give 午前/午後 or am/pm, not both');
    meridiem = after[1]!.toLowerCase().startsWith('a') ? 'am' : 'pm';
    rest = rest.slice(after[0].length);
  }
  if (meridiem !== undefined) {
    // 午前0時 is midnight and 午後0時 noon, as Japanese writes them; 12 am / 12 pm as English does.
    if (hour > 12) throw invalidInstant(text, `with 午前/午後 (am/pm) the hour is 0 to 12, not ${hour}`);
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23) throw invalidInstant(text, `there is no hour ${hour} (0 to 23)`);
  if (minute > 59) throw invalidInstant(text, `there is no minute ${minute} (0 to 59)`);
  if (second > 59) throw invalidInstant(text, `there is no second ${second} (0 to 59)`);
  let offsetMs = JST_OFFSET_MS;
  rest = rest.trim();
  if (rest !== '') {
    const offset = OFFSET.exec(rest);
    if (!offset) throw invalidInstant(text, `unexpected ${JSON.stringify(rest)} after the time`);
    const zone = offset[1]!;
    if (zone.toLowerCase() === 'z') offsetMs = 0;
    else {
      const digits = zone.slice(1).replace(':', '');
      const [offH, offM] = [Number(digits.slice(0, 2)), digits.length > 2 ? Number(digits.slice(2, 4)) : 0];
      if (offH > 23 || offM > 59) throw invalidInstant(text, `${zone} is not a UTC offset`);
      offsetMs = (zone[0] === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000;
    }
  }
  const ms = read.day * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMs;
  return formatInstantJst(ms);
}
