import * as z from 'zod/mini';
import { CsPolicyError } from '../errors.js';
import { lazySchema, nonBlankText } from '../validate.js';
import {
  civilFromEpochDay,
  epochDayFromCivil,
  formatEpochDay,
  parseIsoDate,
  weekdayOf,
  type IsoDate,
} from './civil.js';
import { HOLIDAY_DATA, HOLIDAY_DATA_SOURCE } from './holiday-data.js';

/**
 * What makes a day a holiday under the Act on National Holidays (国民の祝日に関する法律), interpretation 14:
 *
 * - `national`: a 国民の祝日 of Art. 2, named by its statutory name (`元日`, `スポーツの日`).
 * - `substitute`: a 振替休日 of Art. 3(2), the day after a national holiday that fell on a Sunday (from 2007 the
 *   nearest following day that is not a national holiday); it records the holiday it replaces.
 * - `citizens`: a 国民の休日 of Art. 3(3), a day between two national holidays (2009-09-22, 2026-09-22).
 * - `special`: a one-off holiday by a special law (2019-05-01 天皇の即位の日, 2019-10-22 即位礼正殿の儀;
 *   1989-02-24, 1990-11-12, 1993-06-09), or a `休日` of an official file that Art. 3 does not explain.
 *
 * Only a `national` holiday is a 祝日.
 *
 * @example
 * ```ts
 * const kinds: HolidayKind[] = holidaysBetween('2026-05-03', '2026-05-06').map((h) => h.kind);
 * // ['national', 'national', 'national', 'substitute']
 * ```
 */
export type HolidayKind = 'national' | 'substitute' | 'citizens' | 'special';

/**
 * The holiday a {@link NationalHoliday} of kind `substitute` replaces: the national holiday that fell on a
 * Sunday (Art. 3(2)).
 *
 * @example
 * ```ts
 * const replaced: ReplacedHoliday | undefined = holidaysBetween('2026-05-06', '2026-05-06')[0]!.replaces;
 * // { date: '2026-05-03', name: '憲法記念日', nameEn: 'Constitution Memorial Day' }
 * ```
 */
export interface ReplacedHoliday {
  readonly date: IsoDate;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * A holiday of the Act on National Holidays (国民の祝日, 振替休日, 国民の休日 or a one-off holiday by
 * special law): a closed day of `1.1.hours` (祝祭日, interpretation 1), with its kind and names
 * (interpretation 14).
 *
 * @example
 * ```ts
 * const holidays: NationalHoliday[] = holidaysBetween('2026-05-05', '2026-05-06');
 * // [{ date: '2026-05-05', kind: 'national', name: 'こどもの日', nameEn: "Children's Day", projected: false },
 * //  { date: '2026-05-06', kind: 'substitute', name: '振替休日', nameEn: 'Substitute holiday', projected: false,
 * //    replaces: { date: '2026-05-03', name: '憲法記念日', nameEn: 'Constitution Memorial Day' } }]
 * ```
 */
export interface NationalHoliday {
  readonly date: IsoDate;
  /** Which rule of the Act makes the day a holiday. */
  readonly kind: HolidayKind;
  /** Name in Japanese: the statutory name (`元日`), `振替休日` or `国民の休日`. */
  readonly name: string;
  /** Name in English: `New Year's Day`, `Substitute holiday`, `Citizens' holiday`. */
  readonly nameEn: string;
  /** For a `substitute` holiday, the national holiday on a Sunday that it replaces. */
  readonly replaces?: ReplacedHoliday;
  /**
   * `true` for a holiday after the last year of the official Cabinet Office list the table was checked
   * against ({@link HOLIDAY_COVERAGE}`.officialThrough`): the Act's rules projected forward, which a law or
   * the next equinox announcement may still change.
   */
  readonly projected: boolean;
}

/**
 * The years of the built-in holiday table and the last year of the official Cabinet Office list it was
 * checked against (the `syukujitsu.csv` published in February 2026 lists holidays to 2027). Holidays after
 * `officialThrough` are `projected: true`. A question about a date outside `from`–`to` fails with
 * `OUT_OF_COVERAGE` rather than silently ignoring holidays; load a newer official file with
 * `parseCabinetOfficeHolidays` to go further.
 *
 * @example
 * ```ts
 * HOLIDAY_COVERAGE; // { firstYear: 1970, lastYear: 2050, from: '1970-01-01', to: '2050-12-31', officialThrough: 2027, … }
 * holidaysBetween('2028-01-01', '2028-01-01')[0]!.projected; // true (after 2027)
 * ```
 */
export const HOLIDAY_COVERAGE = Object.freeze({
  firstYear: 1970,
  lastYear: 2050,
  from: '1970-01-01',
  to: '2050-12-31',
  officialThrough: 2027,
  source: HOLIDAY_DATA_SOURCE,
});

/**
 * The holidays one calendar reads: the whole years they cover and the holidays by epoch day. Built from
 * the built-in table or from a list given as the calendar's `holidays` option.
 */
export interface HolidayTable {
  /** Epoch day of 1 January of the first covered year. */
  readonly firstDay: number;
  /** Epoch day of 31 December of the last covered year. */
  readonly lastDay: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly byDay: ReadonlyMap<number, NationalHoliday>;
}

/** Epoch days of the first and last date the built-in table covers. */
export const COVERAGE_FIRST_DAY = epochDayFromCivil(HOLIDAY_COVERAGE.firstYear, 1, 1);
export const COVERAGE_LAST_DAY = epochDayFromCivil(HOLIDAY_COVERAGE.lastYear, 12, 31);

// --- Names ----------------------------------------------------------------------------------------

/** The name a substitute or citizens' holiday has in the Cabinet Office's list (syukujitsu.csv). */
export const OFFICIAL_REST_DAY = '休日';
/** The Cabinet Office's name for 2019's one-off holidays: a 休日 treated as a 国民の祝日. */
export const OFFICIAL_DEEMED_HOLIDAY = '休日（祝日扱い）';

/** English names of the national holidays of Art. 2, by statutory name (past names included). */
const NATIONAL_NAMES_EN: Readonly<Record<string, string>> = {
  元日: "New Year's Day",
  成人の日: 'Coming of Age Day',
  建国記念の日: 'National Foundation Day',
  天皇誕生日: "Emperor's Birthday",
  春分の日: 'Vernal Equinox Day',
  昭和の日: 'Showa Day',
  憲法記念日: 'Constitution Memorial Day',
  みどりの日: 'Greenery Day',
  こどもの日: "Children's Day",
  海の日: 'Marine Day',
  山の日: 'Mountain Day',
  敬老の日: 'Respect for the Aged Day',
  秋分の日: 'Autumnal Equinox Day',
  // 体育の日 was renamed スポーツの日 from 2020 (平成30年法律第57号).
  体育の日: 'Health and Sports Day',
  スポーツの日: 'Sports Day',
  文化の日: 'Culture Day',
  勤労感謝の日: 'Labor Thanksgiving Day',
};

/** One-off holidays by special law, by date: each law made that one day a 休日. */
const SPECIAL_LAW_HOLIDAYS: Readonly<Record<IsoDate, { readonly name: string; readonly nameEn: string }>> = {
  // 皇太子明仁親王の結婚の儀の行われる日を休日とする法律 (昭和34年法律第16号)
  '1959-04-10': { name: '結婚の儀', nameEn: 'Wedding of Crown Prince Akihito' },
  // 昭和天皇の大喪の礼の行われる日を休日とする法律 (平成元年法律第4号)
  '1989-02-24': { name: '大喪の礼', nameEn: 'State Funeral of Emperor Showa' },
  // 即位礼正殿の儀の行われる日を休日とする法律 (平成2年法律第24号)
  '1990-11-12': { name: '即位礼正殿の儀', nameEn: 'Enthronement Ceremony' },
  // 皇太子徳仁親王の結婚の儀の行われる日を休日とする法律 (平成5年法律第32号)
  '1993-06-09': { name: '結婚の儀', nameEn: 'Wedding of Crown Prince Naruhito' },
  // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (平成30年法律第99号): both days are
  // 休日 treated as 国民の祝日 (休日（祝日扱い）), so 2019-04-30 and 2019-05-02 became 国民の休日 by Art. 3(3).
  '2019-05-01': { name: '天皇の即位の日', nameEn: 'Enthronement Day' },
  '2019-10-22': { name: '即位礼正殿の儀', nameEn: 'Enthronement Ceremony' },
};

// --- The Act's rules --------------------------------------------------------------------------------

/** Art. 3(2) (振替休日) in force from 12 April 1973 (昭和48年法律第10号). */
const SUBSTITUTE_FROM = epochDayFromCivil(1973, 4, 12);
/** Art. 3(3) (国民の休日) in force from 27 December 1985 (昭和60年法律第103号). */
const CITIZENS_FROM = epochDayFromCivil(1985, 12, 27);
/**
 * The 2005 amendment (平成17年法律第43号), in force from 2007: a substitute holiday is the nearest following
 * day that is not a national holiday (before: the next day only, and none when that was a holiday too), and
 * Art. 3(3) no longer excludes a Sunday or a substitute holiday.
 */
const AMENDMENT_2007 = epochDayFromCivil(2007, 1, 1);

/** Why a day that is not a national holiday is a holiday by Art. 3: a substitute (and the day it replaces), or a citizens' holiday. */
export type RestDay = { readonly kind: 'substitute'; readonly replaces: number } | { readonly kind: 'citizens' };

/**
 * The holidays Art. 3(2) and 3(3) of the Act add to a set of national holidays (epoch days of the 国民の祝日 and
 * of one-off holidays by special law, which those laws treat alike). The one place the Act's rules are written.
 */
export function restDaysOfAct(statutory: ReadonlySet<number>): Map<number, RestDay> {
  const rest = new Map<number, RestDay>();
  for (const day of statutory) {
    if (weekdayOf(day) !== 0 || day < SUBSTITUTE_FROM) continue;
    let next = day + 1;
    if (day >= AMENDMENT_2007) while (statutory.has(next)) next++;
    else if (statutory.has(next)) continue;
    rest.set(next, { kind: 'substitute', replaces: day });
  }
  for (const day of statutory) {
    const between = day + 1; // a day whose day before (this one) and day after are both national holidays
    if (between < CITIZENS_FROM || statutory.has(between) || !statutory.has(between + 1) || rest.has(between)) continue;
    if (between < AMENDMENT_2007 && weekdayOf(between) === 0) continue;
    rest.set(between, { kind: 'citizens' });
  }
  return rest;
}

/** A row of an official list: a date and the name the Cabinet Office gives it (`元日`, `休日`, `休日（祝日扱い）`). */
export interface OfficialHolidayRow {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * Holidays with kinds and names from rows of an official list (the built-in table or a Cabinet Office file):
 * a row named `休日` is a substitute or citizens' holiday as the Act's rules decide, never as the row says.
 * Rows must be in date order; holidays of years after `officialThrough` are `projected`.
 */
export function holidaysFromOfficialRows(
  rows: readonly OfficialHolidayRow[],
  officialThrough: number,
): readonly NationalHoliday[] {
  const statutory = new Map<number, { readonly kind: 'national' | 'special'; name: string; nameEn: string }>();
  for (const row of rows) {
    if (row.name === OFFICIAL_REST_DAY) continue;
    const special = SPECIAL_LAW_HOLIDAYS[row.date];
    const day = parseIsoDate(row.date)!;
    if (special) statutory.set(day, { kind: 'special', ...special });
    else if (row.name === OFFICIAL_DEEMED_HOLIDAY)
      statutory.set(day, { kind: 'special', name: OFFICIAL_REST_DAY, nameEn: 'Public holiday' });
    // A name the table does not know (a holiday added by a later law) keeps its Japanese name in English too.
    else statutory.set(day, { kind: 'national', name: row.name, nameEn: NATIONAL_NAMES_EN[row.name] ?? row.name });
  }
  const rest = restDaysOfAct(new Set(statutory.keys()));
  const result: NationalHoliday[] = [];
  for (const row of rows) {
    const day = parseIsoDate(row.date)!;
    const projected = civilFromEpochDay(day).year > officialThrough;
    const named = statutory.get(day);
    const why = rest.get(day);
    if (named) result.push(Object.freeze({ date: row.date, ...named, projected }));
    else if (why?.kind === 'substitute') {
      const replaced = statutory.get(why.replaces)!;
      const replaces = Object.freeze({
        date: formatEpochDay(why.replaces),
        name: replaced.name,
        nameEn: replaced.nameEn,
      });
      result.push(
        Object.freeze({
          date: row.date,
          kind: 'substitute',
          name: '振替休日',
          nameEn: 'Substitute holiday',
          replaces,
          projected,
        }),
      );
    } else if (why?.kind === 'citizens')
      result.push(
        Object.freeze({ date: row.date, kind: 'citizens', name: '国民の休日', nameEn: "Citizens' holiday", projected }),
      );
    // A 休日 that Art. 3 does not explain can only come from a law we do not know yet: a one-off holiday.
    else
      result.push(
        Object.freeze({
          date: row.date,
          kind: 'special',
          name: OFFICIAL_REST_DAY,
          nameEn: 'Public holiday',
          projected,
        }),
      );
  }
  return Object.freeze(result);
}

// --- Tables -----------------------------------------------------------------------------------------

/** The built-in holidays, derived from the generated table on first use. */
let builtIn: HolidayTable | undefined;

/**
 * The built-in holiday table (1970–2050, official through {@link HOLIDAY_COVERAGE}`.officialThrough`). The
 * dataset is read by its `'YYYY-MM-DD'` keys only: holiday_jp's own `isHoliday(Date)` reads the process's
 * local time, which is wrong outside Japan.
 */
export function builtInHolidayTable(): HolidayTable {
  if (builtIn) return builtIn;
  const rows: OfficialHolidayRow[] = [];
  for (const line of HOLIDAY_DATA.split('\n')) {
    if (!line) continue;
    const [date, name] = line.split('\t') as [string, string];
    rows.push({ date, name });
  }
  builtIn = tableOf(
    holidaysFromOfficialRows(rows, HOLIDAY_COVERAGE.officialThrough),
    HOLIDAY_COVERAGE.firstYear,
    HOLIDAY_COVERAGE.lastYear,
  );
  return builtIn;
}

/** The built-in holidays by epoch day. */
export function nationalHolidays(): ReadonlyMap<number, NationalHoliday> {
  return builtInHolidayTable().byDay;
}

/**
 * The table of a holiday list given as a calendar's `holidays` option (validated, in date order): it covers
 * the whole years from its first holiday's year to its last's.
 */
export function holidayTableFromList(holidays: readonly NationalHoliday[]): HolidayTable {
  const first = civilFromEpochDay(parseIsoDate(holidays[0]!.date)!).year;
  const last = civilFromEpochDay(parseIsoDate(holidays[holidays.length - 1]!.date)!).year;
  return tableOf(holidays, first, last);
}

function tableOf(holidays: readonly NationalHoliday[], firstYear: number, lastYear: number): HolidayTable {
  const byDay = new Map<number, NationalHoliday>();
  for (const holiday of holidays) byDay.set(parseIsoDate(holiday.date)!, holiday);
  const firstDay = epochDayFromCivil(firstYear, 1, 1);
  const lastDay = epochDayFromCivil(lastYear, 12, 31);
  return Object.freeze({ firstDay, lastDay, from: formatEpochDay(firstDay), to: formatEpochDay(lastDay), byDay });
}

/** A holiday list as the `holidays` calendar option takes it: what `parseCabinetOfficeHolidays` returns. */
export const holidayListSchema = lazySchema(() => {
  const names = { name: nonBlankText(), nameEn: nonBlankText() };
  const holiday = z
    .strictObject({
      date: z.string().check(z.refine((d) => parseIsoDate(d) !== undefined, 'must be a real date "YYYY-MM-DD"')),
      kind: z.enum(['national', 'substitute', 'citizens', 'special']),
      ...names,
      replaces: z.optional(
        z.strictObject({
          date: z.string().check(z.refine((d) => parseIsoDate(d) !== undefined, 'must be a real date "YYYY-MM-DD"')),
          ...names,
        }),
      ),
      projected: z._default(z.boolean(), false),
    })
    .check(
      z.refine((h) => (h.kind === 'substitute') === (h.replaces !== undefined), {
        message: 'a substitute holiday, and only one, names the holiday it replaces',
        path: ['replaces'],
      }),
    );
  // readonly: the list parseCabinetOfficeHolidays returns (frozen) is accepted as it is.
  return z.readonly(
    z.array(holiday).check(
      z.minLength(1),
      z.refine(
        (list) => list.every((h, i) => i === 0 || h.date > list[i - 1]!.date),
        'holidays must be in date order, each date once',
      ),
    ),
  );
});

// --- Coverage errors --------------------------------------------------------------------------------

/** Throws `OUT_OF_COVERAGE` unless the epoch day lies in the years the built-in holiday data covers. */
export function assertCovered(epochDay: number): void {
  if (!(epochDay >= COVERAGE_FIRST_DAY && epochDay <= COVERAGE_LAST_DAY)) throw outOfCoverage(epochDay);
}

/** The date lies outside the years of the holiday table (the built-in one unless another is given). */
export function outOfCoverage(epochDay: number, table: HolidayTable = builtInHolidayTable()): CsPolicyError {
  const what = Number.isFinite(epochDay) && Math.abs(epochDay) < 2_900_000 ? formatEpochDay(epochDay) : 'the date';
  return new CsPolicyError(
    'OUT_OF_COVERAGE',
    `${what} is outside the national-holiday data, which covers ${table.from} to ${table.to} (JST)`,
  );
}

/** The answer to a question (e.g. 300 business days after 2050-06-01) would fall outside the holiday data. */
export function answerOutOfCoverage(table: HolidayTable = builtInHolidayTable()): CsPolicyError {
  return new CsPolicyError(
    'OUT_OF_COVERAGE',
    `the answer falls outside the national-holiday data, which covers ${table.from} to ${table.to} (JST)`,
  );
}
