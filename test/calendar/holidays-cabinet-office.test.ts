import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import {
  closureText,
  createBusinessCalendar,
  holidaysBetween,
  isBusinessDay,
  parseCabinetOfficeHolidays,
} from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';

// The fixtures are written in the format of the Cabinet Office's syukujitsu.csv: a header row, rows
// "YYYY/M/D,name", CRLF; *.sjis.csv are the Shift_JIS (CP932) bytes as published, made from the *.utf8.csv
// text by fixtures/encode-sjis.mjs. syukujitsu-2026-2027 lists 2026 and 2027 as the official list published in
// February 2026 does (each date checked by hand: e.g. 成人の日 is the second Monday of January, 11 Jan 2027;
// 春分の日 21 Mar 2027 is a Sunday, so 22 Mar is a 休日). syukujitsu-extra-2027 adds three made-up rows:
// テストの日 on Sunday 13 Jun 2027, its 休日 on Monday 14 Jun, and a 休日（祝日扱い） on Friday 2 Jul 2027.

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const HEADER = '国民の祝日・休日月日,国民の祝日・休日名称';

describe('parseCabinetOfficeHolidays (syukujitsu.csv)', () => {
  it('reads the Shift_JIS bytes as published and the same text decoded to the same list', () => {
    const sjis = fixture('syukujitsu-2026-2027.sjis.csv');
    const text = fixture('syukujitsu-2026-2027.utf8.csv').toString('utf8');
    // The committed bytes are the text in CP932, with CRLF line ends.
    expect(Buffer.compare(sjis, iconv.encode(text, 'cp932'))).toBe(0);
    expect(text).toContain('\r\n');
    expect(sjis.includes(Buffer.from('元日', 'utf8'))).toBe(false);
    const fromBytes = parseCabinetOfficeHolidays(new Uint8Array(sjis));
    expect(fromBytes.length).toBe(35); // 18 rows for 2026, 17 for 2027
    expect(parseCabinetOfficeHolidays(text)).toEqual(fromBytes);
    const buffer = sjis.buffer.slice(sjis.byteOffset, sjis.byteOffset + sjis.byteLength);
    expect(parseCabinetOfficeHolidays(buffer)).toEqual(fromBytes);
    // UTF-8 bytes (the file saved again by an editor) read the same.
    expect(parseCabinetOfficeHolidays(fixture('syukujitsu-2026-2027.utf8.csv'))).toEqual(fromBytes);
    expect(Object.isFrozen(fromBytes) && Object.isFrozen(fromBytes[0])).toBe(true);
  });

  it('derives which 休日 is a substitute and which a citizens’ holiday, and marks the list official', () => {
    const list = parseCabinetOfficeHolidays(fixture('syukujitsu-2026-2027.sjis.csv'));
    const byDate = new Map(list.map((h) => [h.date, h]));
    expect(byDate.get('2026-01-01')).toEqual({
      date: '2026-01-01',
      kind: 'national',
      name: '元日',
      nameEn: "New Year's Day",
      projected: false,
    });
    // 3 May 2026 is a Sunday; 4 and 5 May are holidays, so 6 May is its substitute.
    expect(byDate.get('2026-05-06')).toMatchObject({ kind: 'substitute', replaces: { name: '憲法記念日' } });
    // 22 Sep 2026 lies between 敬老の日 (21st) and 秋分の日 (23rd).
    expect(byDate.get('2026-09-22')).toMatchObject({ kind: 'citizens', name: '国民の休日' });
    expect(byDate.get('2027-03-22')).toMatchObject({ kind: 'substitute', replaces: { date: '2027-03-21' } });
    expect(byDate.get('2027-10-11')).toMatchObject({ name: 'スポーツの日', nameEn: 'Sports Day' });
    expect(list.every((h) => h.projected === false)).toBe(true);
  });

  it('the built-in table agrees with the official list for 2026 and 2027', () => {
    const official = parseCabinetOfficeHolidays(fixture('syukujitsu-2026-2027.sjis.csv'));
    expect(holidaysBetween('2026-01-01', '2027-12-31')).toEqual(official);
  });

  it('reads a 1970–2027 file the way the built-in table reads the same rows', () => {
    // holiday_jp's rows for 1970–2027 written as the Cabinet Office writes them (every 振替休日 and 国民の休日
    // as 休日), with LF line ends and no line end after the last row.
    const require = createRequire(import.meta.url);
    const dataset = require('@holiday-jp/holiday_jp/lib/holidays.js') as Record<string, { name: string }>;
    const rows = Object.keys(dataset)
      .filter((d) => d <= '2027-12-31')
      .sort()
      .map((d) => {
        const name = dataset[d]!.name;
        const official = name.endsWith('振替休日') ? '休日' : name === '体育の日（スポーツの日）' ? '体育の日' : name;
        return `${Number(d.slice(0, 4))}/${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))},${official}`;
      });
    const list = parseCabinetOfficeHolidays([HEADER, ...rows].join('\n'));
    expect(list).toEqual(holidaysBetween('1970-01-01', '2027-12-31'));
  });

  it('a calendar built from a file uses its list and covers exactly its years', () => {
    const holidays = parseCabinetOfficeHolidays(fixture('syukujitsu-extra-2027.sjis.csv'));
    const calendar = createBusinessCalendar({ holidays });
    // Monday 14 Jun 2027 is a working day by the built-in table, but the file makes it the 休日 after テストの日.
    expect(isBusinessDay('2027-06-14')).toBe(true);
    expect(calendar.isBusinessDay('2027-06-14')).toBe(false);
    expect(calendar.isBusinessDay('2027-07-02')).toBe(false);
    expect(calendar.isBusinessDay('2027-07-01')).toBe(true);
    const closure = calendar.describeDay('2027-06-14').closures[0]!;
    expect(closure).toMatchObject({
      kind: 'national-holiday',
      holidayKind: 'substitute',
      replaces: { date: '2027-06-13', name: 'テストの日' },
    });
    expect(closureText(closure).ja).toBe('テストの日の振替休日');
    // A 休日（祝日扱い） on a date no special law we know names: a one-off holiday called 休日.
    expect(closureText(calendar.describeDay('2027-07-02').closures[0]!)).toEqual({ ja: '休日', en: 'public holiday' });
    // Friday 11 Jun 2027 + 1 business day: the weekend and Monday 14 Jun are skipped.
    expect(calendar.addBusinessDays('2027-06-11', 1)).toBe('2027-06-15');
    // 2026-01-01 … 2027-12-31 and nothing else.
    expect(calendar.isBusinessDay('2026-01-05')).toBe(true);
    expect(codeOf(() => calendar.isBusinessDay('2025-12-31'))).toBe('OUT_OF_COVERAGE');
    expect(codeOf(() => calendar.isBusinessDay('2028-01-04'))).toBe('OUT_OF_COVERAGE');
    expect(errorOf(() => calendar.isBusinessDay('2028-01-04')).message).toContain('2026-01-01 to 2027-12-31');
    expect(codeOf(() => calendar.addBusinessDays('2027-12-28', 5))).toBe('OUT_OF_COVERAGE');
    // The calendar says so itself: the file's first holiday is in 2026, its last in 2027 (whole years).
    expect(calendar.coverage).toEqual({ firstYear: 2026, lastYear: 2027, from: '2026-01-01', to: '2027-12-31' });
    // The built-in table: 1970 to 2050, as its dataset projects the Act.
    expect(createBusinessCalendar().coverage).toEqual({
      firstYear: 1970,
      lastYear: 2050,
      from: '1970-01-01',
      to: '2050-12-31',
    });
    expect(calendar.holidaysBetween('2027-06-01', '2027-07-31').map((h) => h.date)).toEqual([
      '2027-06-13',
      '2027-06-14',
      '2027-07-02',
      '2027-07-19',
    ]);
  });

  it.each([
    ['a wrong header', 'date,name\r\n2027/1/1,元日\r\n', 'line 1', 'header'],
    ['a header only', `${HEADER}\r\n`, 'line 1', 'no holidays'],
    ['an empty file', '', 'line 1', 'header'],
    ['a row with three fields', `${HEADER}\r\n2027/1/1,元日,x\r\n`, 'line 2', 'two fields'],
    ['a blank line between rows', `${HEADER}\r\n2027/1/1,元日\r\n\r\n2027/1/11,成人の日\r\n`, 'line 3', 'two fields'],
    ['an ISO date', `${HEADER}\r\n2027-01-01,元日\r\n`, 'line 2', 'not a date'],
    ['an impossible date', `${HEADER}\r\n2027/1/1,元日\r\n2027/2/30,x\r\n`, 'line 3', 'not a real date'],
    ['a row without a name', `${HEADER}\r\n2027/1/1, \r\n`, 'line 2', 'no name'],
    ['a date listed twice', `${HEADER}\r\n2027/1/1,元日\r\n2027/1/1,元日\r\n`, 'line 3', 'listed again on line 2'],
    ['rows out of order', `${HEADER}\r\n2027/1/1,元日\r\n2027/2/11,a\r\n2027/1/11,b\r\n`, 'line 4', 'before'],
    ['a year not starting with 元日', `${HEADER}\r\n2027/1/11,成人の日\r\n`, 'line 2', '元日'],
    ['a skipped year', `${HEADER}\r\n2025/1/1,元日\r\n2027/1/1,元日\r\n`, 'line 3', 'skips from 2025 to 2027'],
  ])('refuses %s with INVALID_INPUT naming the line', (_, text, line, problem) => {
    const error = errorOf(() => parseCabinetOfficeHolidays(text));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(`syukujitsu.csv ${line}:`);
    expect(error.message).toContain(problem);
  });

  it('refuses bytes that are neither Shift_JIS nor UTF-8, and input that is not a file', () => {
    // 0x85 0x40 is an unassigned CP932 code and not UTF-8.
    expect(errorOf(() => parseCabinetOfficeHolidays(new Uint8Array([0x85, 0x40]))).message).toContain('Shift_JIS');
    expect(codeOf(() => parseCabinetOfficeHolidays(42 as unknown as string))).toBe('INVALID_INPUT');
  });

  it('the holidays option is validated like every other option', () => {
    const list = parseCabinetOfficeHolidays(fixture('syukujitsu-2026-2027.sjis.csv'));
    expect(codeOf(() => createBusinessCalendar({ holidays: [] }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => createBusinessCalendar({ holidays: [...list].reverse() }))).toBe('INVALID_OPTIONS');
    const { replaces: _, ...noReplaced } = list.find((h) => h.kind === 'substitute')!;
    expect(codeOf(() => createBusinessCalendar({ holidays: [noReplaced] }))).toBe('INVALID_OPTIONS');
    // A hand-written list: projected defaults to false.
    const calendar = createBusinessCalendar({
      holidays: [{ date: '2030-01-01', kind: 'national', name: '元日', nameEn: "New Year's Day" }],
    });
    expect(calendar.holidaysBetween('2030-01-01', '2030-12-31')).toEqual([
      { date: '2030-01-01', kind: 'national', name: '元日', nameEn: "New Year's Day", projected: false },
    ]);
    expect(calendar.isBusinessDay('2030-01-14')).toBe(true); // 成人の日 is not in this list
  });
});
