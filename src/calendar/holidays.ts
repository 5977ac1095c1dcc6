import { CsPolicyError } from '../errors.js';
import { epochDayFromCivil, formatEpochDay, type IsoDate } from './civil.js';
import { HOLIDAY_DATA } from './holiday-data.js';

/**
 * A Japanese national holiday (国民の祝日, 振替休日, 国民の休日 or a one-off statutory holiday):
 * a closed day of `1.1.hours` (祝祭日, interpretation 1), with its names for messages.
 *
 * @example
 * ```ts
 * const holidays: NationalHoliday[] = holidaysBetween('2027-01-01', '2027-01-11');
 * // [{ date: '2027-01-01', name: '元日', nameEn: "New Year's Day" },
 * //  { date: '2027-01-11', name: '成人の日', nameEn: 'Coming of Age Day' }]
 * ```
 */
export interface NationalHoliday {
  readonly date: IsoDate;
  /** Name in Japanese, e.g. `元日`, `振替休日`. */
  readonly name: string;
  /** Name in English, e.g. `New Year's Day`, `Holiday in lieu`. */
  readonly nameEn: string;
}

/**
 * First and last year of national-holiday data (from `@holiday-jp/holiday_jp`, see holiday-data.ts).
 * A question about a date outside it fails with `OUT_OF_COVERAGE` rather than silently ignoring holidays.
 *
 * @example
 * ```ts
 * HOLIDAY_COVERAGE; // { firstYear: 1970, lastYear: 2050, from: '1970-01-01', to: '2050-12-31' }
 * const date = '2051-01-04';
 * if (date > HOLIDAY_COVERAGE.to) console.warn(`${date} is beyond the holiday data`); // isBusinessDay(date) would throw
 * ```
 */
export const HOLIDAY_COVERAGE = Object.freeze({
  firstYear: 1970,
  lastYear: 2050,
  from: '1970-01-01',
  to: '2050-12-31',
});

/** Epoch days of the first and last covered date. */
export const COVERAGE_FIRST_DAY = epochDayFromCivil(HOLIDAY_COVERAGE.firstYear, 1, 1);
export const COVERAGE_LAST_DAY = epochDayFromCivil(HOLIDAY_COVERAGE.lastYear, 12, 31);

/**
 * Holidays by epoch day, parsed from the generated table on first use. The dataset is
 * read by its `'YYYY-MM-DD'` keys only: holiday_jp's own `isHoliday(Date)` reads the
 * process's local time, which is wrong outside Japan.
 */
let holidaysByDay: ReadonlyMap<number, NationalHoliday> | undefined;

export function nationalHolidays(): ReadonlyMap<number, NationalHoliday> {
  if (holidaysByDay) return holidaysByDay;
  const map = new Map<number, NationalHoliday>();
  for (const line of HOLIDAY_DATA.split('\n')) {
    if (!line) continue;
    const [date, name, nameEn] = line.split('\t') as [string, string, string];
    const day = epochDayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
    // Names as the dataset gives them: "こどもの日 振替休日" (振替休日), "休日" (国民の休日), "休日（祝日扱い）" (2019-05-01, 2019-10-22).
    map.set(day, Object.freeze({ date, name, nameEn }));
  }
  holidaysByDay = map;
  return map;
}

/** Throws `OUT_OF_COVERAGE` unless the epoch day lies in the years the holiday data covers. */
export function assertCovered(epochDay: number): void {
  if (!(epochDay >= COVERAGE_FIRST_DAY && epochDay <= COVERAGE_LAST_DAY)) throw outOfCoverage(epochDay);
}

export function outOfCoverage(epochDay: number): CsPolicyError {
  const what = Number.isFinite(epochDay) && Math.abs(epochDay) < 2_900_000 ? formatEpochDay(epochDay) : 'the date';
  return new CsPolicyError(
    'OUT_OF_COVERAGE',
    `${what} is outside the national-holiday data, which covers ${HOLIDAY_COVERAGE.from} to ${HOLIDAY_COVERAGE.to} (JST)`,
  );
}

/** The answer to a question (e.g. 300 business days after 2050-06-01) would fall outside the holiday data. */
export function answerOutOfCoverage(): CsPolicyError {
  return new CsPolicyError(
    'OUT_OF_COVERAGE',
    `the answer falls outside the national-holiday data, which covers ${HOLIDAY_COVERAGE.from} to ${HOLIDAY_COVERAGE.to} (JST)`,
  );
}
