import * as z from 'zod/mini';
import { lazySchema, parseWith } from '../validate.js';
import { daysInMonth, msOfJstDay, parseIsoDate } from './civil.js';
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

/** Intervals of one day, sorted and not overlapping (touching is allowed: 12:00–12:00 is no gap). */
const intervalList = lazySchema(() =>
  z
    .array(businessHoursSchema())
    .check(
      z.refine(
        (list) => list.every((h, k) => k === 0 || list[k - 1]!.close <= h.open),
        'intervals must be in time order and must not overlap',
      ),
    ),
);

/** The weekday keys of {@link WeeklyHours}, Monday first. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Hours per weekday, several intervals a day (issue 12). A weekday with no intervals, or left out, is
 * closed; a week with no interval at all is refused (it would have no business day: surely a mistake).
 */
export const weeklyHoursSchema = lazySchema(() =>
  z
    .strictObject({
      mon: z._default(intervalList(), []),
      tue: z._default(intervalList(), []),
      wed: z._default(intervalList(), []),
      thu: z._default(intervalList(), []),
      fri: z._default(intervalList(), []),
      sat: z._default(intervalList(), []),
      sun: z._default(intervalList(), []),
    })
    .check(z.refine((w) => WEEKDAY_KEYS.some((k) => w[k].length > 0), 'a week needs at least one interval')),
);

/** `hours`: one interval for every business day (`{ open, close }`), or hours per weekday. */
const hoursSchema = lazySchema(() => {
  // The form is chosen by the keys (an object with `open` or `close` is the plain form): each form first refuses,
  // aborting, an object of the other form, so the union reports the issues of the one form meant, with the field
  // at fault, rather than "matches none of the allowed forms".
  const isPlain = (v: unknown): boolean => typeof v === 'object' && v !== null && ('open' in v || 'close' in v);
  return z.union([
    z.pipe(
      z.custom<unknown>((v) => isPlain(v), { abort: true }),
      businessHoursSchema(),
    ),
    z.pipe(
      z.custom<unknown>((v) => !isPlain(v), { abort: true }),
      weeklyHoursSchema(),
    ),
  ]) as unknown as z.ZodMiniType<BusinessHours | WeeklyHours, BusinessHoursInput | WeeklyHoursInput>;
});
/** @internal Business hours of one interval as a caller writes them. */
export type BusinessHoursInput = z.input<ReturnType<typeof businessHoursSchema>>;

/**
 * A day the office works although it would be closed (a Saturday event, a holiday it works); `hours` as
 * intervals, by default that weekday's intervals, else those of the first weekday (Monday first) that has any.
 */
export const workingDaySchema = lazySchema(() =>
  z.strictObject({
    date: isoDateSchema,
    label: z._default(z.string().check(z.minLength(1)), '臨時営業日'),
    hours: z.optional(intervalList().check(z.minLength(1, 'a working day needs at least one interval'))),
  }),
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
    return z._default(hoursSchema(), { open: '09:30', close: '18:30' });
  },
  /** Year-end/new-year closure, default December 29 – January 3 (interpretation 1); `null` for none. */
  get yearEndClosure() {
    return z._default(z.nullable(yearEndClosureSchema()), { from: '12-29', to: '01-03' });
  },
  /** Company closure days and ranges (`1.1.hours` 弊社の休業日), none by default. */
  get closures() {
    return z._default(z.array(companyClosureSchema()), []);
  },
  /** Days opened by the company although they would be closed, none by default (issue 12). */
  // Optional rather than defaulted, so that resolved options and policies written before issue 12 keep their shape.
  get workingDays() {
    return z.optional(
      z
        .array(workingDaySchema())
        .check(
          z.refine(
            (list) => new Set(list.map((w) => w.date)).size === list.length,
            'a date may be listed as a working day only once',
          ),
        ),
    );
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
 * Hours per weekday, several intervals a day (issue 12); a weekday with no intervals, or left out, is closed.
 *
 * @example
 * ```ts
 * const lunch = [{ open: '09:00', close: '12:00' }, { open: '13:00', close: '18:00' }];
 * const hours: WeeklyHours = { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: [], sun: [] };
 * createBusinessCalendar({ hours }).isWithinBusinessHours('2027-01-04T12:30+09:00'); // false (lunch break)
 * ```
 */
export type WeeklyHours = z.output<ReturnType<typeof weeklyHoursSchema>>;
/**
 * Hours per weekday as a caller writes them: weekdays left out are closed.
 *
 * @example
 * ```ts
 * const hours: WeeklyHoursInput = { mon: [{ open: '09:00', close: '18:00' }], sat: [{ open: '10:00', close: '15:00' }] };
 * ```
 */
export type WeeklyHoursInput = z.input<ReturnType<typeof weeklyHoursSchema>>;
/**
 * A working day: a date opened although it would be closed (a Saturday event, a holiday the office works).
 *
 * @example
 * ```ts
 * const day: WorkingDay = { date: '2027-01-09', label: '土曜出勤', hours: [{ open: '10:00', close: '15:00' }] };
 * createBusinessCalendar({ workingDays: [day] }).isBusinessDay('2027-01-09'); // true (a Saturday)
 * ```
 */
export type WorkingDay = z.output<ReturnType<typeof workingDaySchema>>;
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
  // The union of the two forms of `hours` reports only "matches none of the allowed forms": an object with
  // `open` or `close` is meant as the plain form, so its problems are reported with the field at fault.
  const hours = typeof options === 'object' && options !== null ? (options as { hours?: unknown }).hours : undefined;
  if (typeof hours === 'object' && hours !== null && ('open' in hours || 'close' in hours))
    parseWith(plainHoursOptions, { hours }, 'INVALID_OPTIONS', 'calendar options');
  return parseWith(calendarOptionsSchema, options ?? {}, 'INVALID_OPTIONS', 'calendar options');
}

const plainHoursOptions = lazySchema(() => z.object({ hours: businessHoursSchema() }));

/**
 * The intervals of each weekday (index 0 = Sunday, as `Date.getUTCDay`), whichever form `hours` has:
 * the plain form opens Monday to Friday (`1.1.hours`).
 *
 * @example
 * ```ts
 * weeklyIntervals({ open: '09:30', close: '18:30' })[1]; // [{ open: '09:30', close: '18:30' }]
 * weeklyIntervals({ open: '09:30', close: '18:30' })[0]; // []
 * ```
 */
export function weeklyIntervals(hours: ResolvedCalendarOptions['hours']): readonly (readonly BusinessHours[])[] {
  if ('open' in hours) {
    const day = [{ open: hours.open, close: hours.close }];
    return [[], day, day, day, day, day, []];
  }
  const w = hours as WeeklyHours;
  return [w.sun, w.mon, w.tue, w.wed, w.thu, w.fri, w.sat];
}

/**
 * @internal The week Monday first, as indices of a Sunday-first week (`weeklyIntervals`, `getUTCDay`): offices in
 * Japan read a week from Monday, the calendar counts from Sunday.
 *
 * @example
 * ```ts
 * MONDAY_FIRST.map((w) => weeklyIntervals(hours)[w]); // Monday's intervals first, Sunday's last
 * ```
 */
export const MONDAY_FIRST = Object.freeze([1, 2, 3, 4, 5, 6, 0] as const);

/**
 * One `{ open, close }` that sums up `hours`: the hours themselves in the plain form; per weekday, the earliest
 * opening and the latest close of the week — a bound, not the hours (it hides a lunch break and which days
 * open). For words use `hoursText(hours)` (the week) or `describeDay(date).hours` (one day); the contact table's
 * `open` / `close` are this span, its `weekly` the hours themselves.
 *
 * @example
 * ```ts
 * hoursSummary({ open: '09:30', close: '18:30' }); // { open: '09:30', close: '18:30' }
 * hoursSummary({ mon: [{ open: '09:00', close: '12:00' }, { open: '13:00', close: '18:00' }], sat: [{ open: '10:00', close: '15:00' }] });
 * // { open: '09:00', close: '18:00' }
 * ```
 */
export function hoursSummary(hours: BusinessHoursInput | WeeklyHoursInput): BusinessHours {
  return summaryOf(parseHours(hours));
}

/**
 * @internal `hours` in either form, validated (a caller's value, not necessarily options a calendar has checked):
 * `INVALID_OPTIONS` naming the field; weekdays left out become `[]`.
 */
export function parseHours(hours: BusinessHoursInput | WeeklyHoursInput): ResolvedCalendarOptions['hours'] {
  return parseWith(hoursSchema, hours, 'INVALID_OPTIONS', 'hours');
}

/**
 * @internal The interval of a day's `intervals` that holds the instant (half-open `[open, close)`, by the JST
 * time of day), if any: what "open until" means on a day with a lunch break.
 */
export function intervalAt(intervals: readonly BusinessHours[], epochMs: number): BusinessHours | undefined {
  const minute = Math.floor(msOfJstDay(epochMs) / 60_000);
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  // Intervals are whole minutes, so the minute of the instant decides: 11:59:59 is before a 12:00 close.
  return intervals.find((h) => hhmm >= h.open && hhmm < h.close);
}

/** @internal {@link hoursSummary} of hours already validated (resolved options): no parse on the rules' paths. */
export function summaryOf(hours: ResolvedCalendarOptions['hours']): BusinessHours {
  if ('open' in hours) return { open: hours.open, close: hours.close };
  let open = '24:00';
  let close = '00:00';
  for (const k of WEEKDAY_KEYS) {
    const list = (hours as Partial<WeeklyHours>)[k] ?? [];
    if (list.length === 0) continue;
    if (list[0]!.open < open) open = list[0]!.open;
    if (list[list.length - 1]!.close > close) close = list[list.length - 1]!.close;
  }
  return { open, close };
}
