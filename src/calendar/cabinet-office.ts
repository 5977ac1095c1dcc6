import { CsPolicyError } from '../errors.js';
import { daysInMonth } from './civil.js';
import { holidaysFromOfficialRows, type NationalHoliday, type OfficialHolidayRow } from './holidays.js';

/** The header row of the Cabinet Office's syukujitsu.csv. */
const HEADER = '国民の祝日・休日月日,国民の祝日・休日名称';

const pad = (n: number) => String(n).padStart(2, '0');

function malformed(line: number, problem: string): CsPolicyError {
  return new CsPolicyError('INVALID_INPUT', `syukujitsu.csv line ${line}: ${problem}`, [
    { path: [line], message: problem },
  ]);
}

/**
 * The file's text. The Cabinet Office publishes Shift_JIS (CP932) bytes, which the WHATWG `shift_jis`
 * decoder reads (it is CP932); bytes that are valid UTF-8 (the file saved again by an editor) are read
 * as UTF-8, which Shift_JIS bytes of Japanese text never are.
 */
function decode(input: Uint8Array | ArrayBuffer | string): string {
  if (typeof input === 'string') return input;
  if (!(input instanceof Uint8Array || input instanceof ArrayBuffer))
    throw new CsPolicyError('INVALID_INPUT', 'syukujitsu.csv must be given as bytes (Uint8Array, ArrayBuffer) or text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    // not UTF-8: the published Shift_JIS
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('shift_jis', { fatal: true });
  } catch {
    throw new CsPolicyError(
      'INVALID_INPUT',
      "this JavaScript runtime's TextDecoder cannot read Shift_JIS (Node.js without full ICU): decode the file and pass the text",
    );
  }
  try {
    return decoder.decode(input);
  } catch {
    throw new CsPolicyError('INVALID_INPUT', 'syukujitsu.csv is neither Shift_JIS (CP932) nor UTF-8 text');
  }
}

/**
 * Reads the Cabinet Office's list of national holidays, `syukujitsu.csv` (内閣府「国民の祝日」について), exactly
 * as published: Shift_JIS (CP932) bytes — or the same text already decoded, or UTF-8 — with CRLF (or LF)
 * line ends, the header row `国民の祝日・休日月日,国民の祝日・休日名称` and rows such as `2027/1/1,元日`. A row
 * named `休日` is a 振替休日 or a 国民の休日 as the Act's rules decide (and a substitute names the holiday it
 * replaces); `休日（祝日扱い）` is a one-off holiday by special law (interpretation 14). The list is official
 * throughout (`projected: false`).
 *
 * Returns a frozen list, in date order, to pass as `createBusinessCalendar({ holidays })`: that calendar uses
 * it instead of the built-in table, covers the whole years from the file's first year to its last, and answers
 * `OUT_OF_COVERAGE` beyond them. A malformed file → `INVALID_INPUT` naming the line and what is wrong.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const holidays = parseCabinetOfficeHolidays(readFileSync('syukujitsu.csv'));
 * const calendar = createBusinessCalendar({ holidays });
 * calendar.describeDay('2027-03-22').closures; // [{ kind: 'national-holiday', name: '振替休日', holidayKind: 'substitute', … }]
 * ```
 */
export function parseCabinetOfficeHolidays(input: Uint8Array | ArrayBuffer | string): readonly NationalHoliday[] {
  const text = decode(input).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop(); // the line end after the last row
  if (lines[0] !== HEADER)
    throw malformed(1, `expected the header "${HEADER}", found "${(lines[0] ?? '').slice(0, 60)}"`);
  if (lines.length < 2) throw malformed(1, 'the file lists no holidays');
  const rows: OfficialHolidayRow[] = [];
  let previous: { date: string; line: number } | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const fields = lines[i]!.split(',');
    if (fields.length !== 2)
      throw malformed(
        line,
        `expected two fields "YYYY/M/D,name", found ${fields.length} in "${lines[i]!.slice(0, 60)}"`,
      );
    const [when, name] = fields as [string, string];
    const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(when);
    if (!match) throw malformed(line, `"${when}" is not a date "YYYY/M/D"`);
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
      throw malformed(line, `${when} is not a real date`);
    if (!/\S/.test(name)) throw malformed(line, `the holiday on ${when} has no name`);
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (previous && date <= previous.date)
      throw malformed(
        line,
        `${when} ${date === previous.date ? 'is listed again' : 'comes before the date'} on line ${previous.line}` +
          ' (the rows must be in date order, each date once)',
      );
    // A year without 元日 is missing from the file: the calendar would take it for a year without holidays.
    if ((!previous || year !== Number(previous.date.slice(0, 4))) && !(month === 1 && day === 1))
      throw malformed(line, `the year ${year} does not start with 元日 (${year}/1/1): the file misses part of a year`);
    if (previous && year > Number(previous.date.slice(0, 4)) + 1)
      throw malformed(line, `the file skips from ${previous.date.slice(0, 4)} to ${year}`);
    rows.push({ date, name: name.trim() });
    previous = { date, line };
  }
  return holidaysFromOfficialRows(rows, Number(previous!.date.slice(0, 4)));
}
