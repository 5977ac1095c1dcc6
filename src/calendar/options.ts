import * as z from 'zod/mini';
import { lazySchema, parseWith } from '../validate.js';
import { daysInMonth, parseIsoDate } from './civil.js';
import { holidayListSchema } from './holidays.js';

// Building zod schemas is a large part of what importing the library costs, so the schemas here
// are built on first use: lazySchema thunks, and getters in calendarOptionsSchema's shape (zod
// resolves them once, on first parse). isoDateSchema stays a plain schema: other modules use it as one.

const clockTime = lazySchema(() =>
  z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time "HH:MM" from 00:00 to 24:00')),
);

const monthDay = lazySchema(() =>
  z.string().check(
    z.regex(/^\d{2}-\d{2}$/, 'must be a month-day "MM-DD"'),
    z.refine((md) => {
      const month = Number(md.slice(0, 2));
      const day = Number(md.slice(3, 5));
      return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
    }, 'is not a real month-day'),
  ),
);

/** A `'YYYY-MM-DD'` string that names a real date. */
export const isoDateSchema = z
  .string()
  .check(z.refine((d) => parseIsoDate(d) !== undefined, 'must be a real date "YYYY-MM-DD"'));

const label = lazySchema(() => z._default(z.string().check(z.minLength(1)), '弊社休業日'));

/** Business hours of a business day, as the half-open interval [open, close) JST (`1.1.hours`). */
export const businessHoursSchema = lazySchema(() =>
  z
    .strictObject({ open: clockTime(), close: clockTime() })
    .check(z.refine((h) => h.open < h.close, { message: 'close must be after open', path: ['close'] })),
);

/** The year-end/new-year closure as a span of month-days; it may wrap over the new year (`12-29` to `01-03`). */
export const yearEndClosureSchema = lazySchema(() => z.strictObject({ from: monthDay(), to: monthDay() }));

/** A company closure day or range of days (inclusive), with a label shown to people. */
export const companyClosureSchema = lazySchema(() =>
  z.union([
    z.strictObject({ date: isoDateSchema, label: label() }),
    z
      .strictObject({ from: isoDateSchema, to: isoDateSchema, label: label() })
      .check(
        z.refine((c) => c.from <= c.to, { message: 'a closure range must not end before it starts', path: ['to'] }),
      ),
  ]),
);

/**
 * Options of {@link createBusinessCalendar}, as a zod/mini schema: business hours, the year-end
 * closure and company closures (`1.1.hours`, interpretations 1–2). Everything is optional;
 * defaults are the 2024-10-07 policy's. A policy's `calendar` is validated with it.
 *
 * @example
 * ```ts
 * calendarOptionsSchema.parse({}); // { hours: { open: '09:30', close: '18:30' }, yearEndClosure: { from: '12-29', to: '01-03' }, closures: [] }
 * calendarOptionsSchema.safeParse({ hours: { open: '18:30', close: '09:30' } }).success; // false (close must be after open)
 * ```
 */
export const calendarOptionsSchema = z.strictObject({
  // Getters: built on first use, not at import; zod resolves them once, on first parse.
  /** Business hours, default 09:30–18:30 (`1.1.hours`). */
  get hours() {
    return z._default(businessHoursSchema(), { open: '09:30', close: '18:30' });
  },
  /** Year-end/new-year closure, default December 29 – January 3 (interpretation 1); `null` for none. */
  get yearEndClosure() {
    return z._default(z.nullable(yearEndClosureSchema()), { from: '12-29', to: '01-03' });
  },
  /** Company closure days and ranges (`1.1.hours` 弊社の休業日), none by default. */
  get closures() {
    return z._default(z.array(companyClosureSchema()), []);
  },
  /**
   * National holidays to use instead of the built-in table, e.g. the Cabinet Office's `syukujitsu.csv` read by
   * `parseCabinetOfficeHolidays` (interpretation 14); the calendar then covers the whole years of the list.
   */
  get holidays() {
    return z.optional(holidayListSchema());
  },
});

/**
 * Business hours of a business day, `'HH:MM'` JST, read as the half-open interval [open, close)
 * (`1.1.hours`, interpretation 2: a message received at 18:30:00 is already outside hours).
 *
 * @example
 * ```ts
 * const hours: BusinessHours = { open: '09:30', close: '18:30' };
 * createBusinessCalendar({ hours }).isWithinBusinessHours('2027-01-04T18:30+09:00'); // false
 * ```
 */
export type BusinessHours = z.output<ReturnType<typeof businessHoursSchema>>;
/**
 * The year-end/new-year closure (`1.1.hours` 年末年始, interpretation 1) as inclusive `'MM-DD'`
 * month-days; it may wrap over the new year, as the default December 29 – January 3 does.
 *
 * @example
 * ```ts
 * const yearEnd: YearEndClosure = { from: '12-29', to: '01-03' };
 * createBusinessCalendar({ yearEndClosure: yearEnd }).isBusinessDay('2026-12-29'); // false (a Tuesday, but closed)
 * ```
 */
export type YearEndClosure = z.output<ReturnType<typeof yearEndClosureSchema>>;
/**
 * A company closure day, or an inclusive range of days, with the label people see
 * (`1.1.hours` その他の弊社の休業日, interpretation 1); the label defaults to `'弊社休業日'`.
 *
 * @example
 * ```ts
 * const summer: CompanyClosure = { from: '2027-08-12', to: '2027-08-16', label: '夏季休業' };
 * createBusinessCalendar({ closures: [summer] }).isBusinessDay('2027-08-13'); // false
 * ```
 */
export type CompanyClosure = z.output<ReturnType<typeof companyClosureSchema>>;
/**
 * Calendar options as a caller writes them (every field optional): what
 * {@link createBusinessCalendar} takes to model business days and hours (`1.1.hours`, interpretations 1–2).
 *
 * @example
 * ```ts
 * const options: CalendarOptions = { closures: [{ date: '2027-08-13', label: '夏季休業' }] };
 * createBusinessCalendar(options).addBusinessDays('2027-08-12', 1); // '2027-08-16' (Friday the 13th is closed)
 * ```
 */
export type CalendarOptions = z.input<typeof calendarOptionsSchema>;
/**
 * Calendar options with every default filled in, as a calendar holds them in `options`: the
 * hours and closures actually in force (`1.1.hours`).
 *
 * @example
 * ```ts
 * const resolved: ResolvedCalendarOptions = calendarOf(policy20241007).options;
 * resolved.hours; // { open: '09:30', close: '18:30' }
 * resolved.yearEndClosure; // { from: '12-29', to: '01-03' }
 * ```
 */
export type ResolvedCalendarOptions = z.output<typeof calendarOptionsSchema>;

/** Validates calendar options and fills in the defaults. */
export function resolveCalendarOptions(options: unknown): ResolvedCalendarOptions {
  return parseWith(calendarOptionsSchema, options ?? {}, 'INVALID_OPTIONS', 'calendar options');
}
