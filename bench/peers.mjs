// The benchmark's peers: the jobs of our business calendar done the way teams do them today,
// each written straightforwardly on top of one existing library. Every peer has the semantics
// of ours (1.1.hours of the 2024-10-07 policy, interpretations 1–3):
//   - a business day is Monday–Friday, not a national holiday, not in the year-end closure
//     (December 29 – January 3);
//   - addBusinessDays(date, n): the n-th business day after the date, the date itself not counted;
//   - businessDaysBetween(from, to): business days d with from < d ≤ to (negative when to < from);
//   - nextBusinessOpening(instant): the instant itself inside [09:30, 18:30) JST of a business
//     day, else the next 09:30 JST of a business day;
//   - addBusinessMinutes(instant, minutes > 0): time outside hours does not count, a start outside
//     hours begins at the next opening, a result exactly on a close is that close.
// Dates in and out are 'YYYY-MM-DD' strings (JST), instants are `Date`s, as in the jobs timed for ours.
// calendar.bench.mjs checks every peer against ours on a sample of inputs before timing it.
import { createRequire } from 'node:module';
import {
  addBusinessDays as dfAddBusinessDays,
  addDays,
  differenceInBusinessDays,
  differenceInMilliseconds,
  formatISO,
  isBefore,
  isWeekend,
  parseISO,
  set,
} from 'date-fns';

const require = createRequire(import.meta.url);
const { holidays: holidayJp } = require('@holiday-jp/holiday_jp');
const JapaneseHolidays = require('japanese-holidays');
const moment = require('moment-business-days');

const DAY_MS = 86_400_000;
const JST_MS = 9 * 3_600_000;
const OPEN = { hours: 9, minutes: 30 };
const CLOSE = { hours: 18, minutes: 30 };
const OPEN_MS = (OPEN.hours * 60 + OPEN.minutes) * 60_000;
const CLOSE_MS = (CLOSE.hours * 60 + CLOSE.minutes) * 60_000;
const FIRST_YEAR = 1970;
const LAST_YEAR = 2050;

/** Year-end closure, December 29 – January 3 (interpretation 1). */
const isYearEnd = (month, day) => (month === 12 && day >= 29) || (month === 1 && day <= 3);

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);

/** Every year-end closure date of the covered years, 'YYYY-MM-DD'. */
function yearEndDates() {
  const dates = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    for (const d of [29, 30, 31]) dates.push(`${y}-12-${d}`);
    for (const d of [1, 2, 3]) dates.push(`${y}-01-0${d}`);
  }
  return dates;
}

/**
 * The business-hours part, shared by the two peers that work on plain `Date`s: `isOpenDay(d)`
 * receives a `Date` whose UTC fields are the JST wall clock (the instant shifted by +9 h), at any
 * time of that day.
 */
function hoursOn(isOpenDay) {
  /** JST midnight of the next business day strictly after the shifted day starting at `dayStart`, shifted. */
  const nextOpenDayAfter = (dayStart) => {
    let d = dayStart + DAY_MS;
    while (!isOpenDay(new Date(d))) d += DAY_MS;
    return d;
  };
  const nextBusinessOpening = (date) => {
    const shifted = date.getTime() + JST_MS;
    const dayStart = shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS);
    const inDay = shifted - dayStart;
    if (isOpenDay(new Date(dayStart))) {
      if (inDay >= OPEN_MS && inDay < CLOSE_MS) return new Date(date.getTime());
      if (inDay < OPEN_MS) return new Date(dayStart + OPEN_MS - JST_MS);
    }
    return new Date(nextOpenDayAfter(dayStart) + OPEN_MS - JST_MS);
  };
  const addBusinessMinutes = (date, minutes) => {
    if (minutes === 0) return new Date(date.getTime());
    let remaining = minutes * 60_000;
    let t = nextBusinessOpening(date).getTime() + JST_MS; // shifted, inside the hours of a business day
    for (;;) {
      const dayStart = t - (t % DAY_MS);
      const available = dayStart + CLOSE_MS - t;
      if (remaining <= available) return new Date(t + remaining - JST_MS);
      remaining -= available;
      t = nextOpenDayAfter(dayStart) + OPEN_MS;
    }
  };
  return { nextBusinessOpening, addBusinessMinutes };
}

// ---------------------------------------------------------------------------------------------
// (a) @holiday-jp/holiday_jp: its table by 'YYYY-MM-DD' key, a day-by-day loop over UTC-midnight
// Dates (its own isHoliday(Date) reads the process's local time, so it is not used).

/** Whether the civil date held in the UTC fields of `d` is a business day. */
function holidayJpOpen(d) {
  const weekday = d.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const key = d.toISOString().slice(0, 10);
  if (key in holidayJp) return false;
  return !isYearEnd(d.getUTCMonth() + 1, d.getUTCDate());
}

export const holidayJpLoop = {
  name: '@holiday-jp/holiday_jp loop',
  isBusinessDayDate: (date) => holidayJpOpen(new Date(date.getTime() + JST_MS)),
  isBusinessDayIso: (iso) => holidayJpOpen(new Date(iso)),
  addBusinessDays(iso, n) {
    const d = new Date(iso); // 'YYYY-MM-DD' parses as UTC midnight
    for (let left = n; left > 0; ) {
      d.setUTCDate(d.getUTCDate() + 1);
      if (holidayJpOpen(d)) left--;
    }
    return d.toISOString().slice(0, 10);
  },
  businessDaysBetween(from, to) {
    const sign = to >= from ? 1 : -1;
    const d = new Date(sign > 0 ? from : to);
    const end = new Date(sign > 0 ? to : from).getTime();
    let count = 0;
    for (d.setUTCDate(d.getUTCDate() + 1); d.getTime() <= end; d.setUTCDate(d.getUTCDate() + 1)) {
      if (holidayJpOpen(d)) count++;
    }
    return sign * count;
  },
  ...hoursOn(holidayJpOpen),
};

// ---------------------------------------------------------------------------------------------
// (b) japanese-holidays: JapaneseHolidays.isHoliday(date) reads the local date fields, so each
// civil date is a local-midnight Date built from its fields (never from an instant).

/** Whether the civil date in the local fields of `d` is a business day. */
function jhOpen(d) {
  const weekday = d.getDay();
  if (weekday === 0 || weekday === 6) return false;
  if (isYearEnd(d.getMonth() + 1, d.getDate())) return false;
  return JapaneseHolidays.isHoliday(d) === undefined;
}
const jhParse = (iso) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const jhFormat = (d) => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
/** The JST date of an instant, as a local-midnight Date. */
const jhJstDate = (date) => {
  const j = new Date(date.getTime() + JST_MS);
  return new Date(j.getUTCFullYear(), j.getUTCMonth(), j.getUTCDate());
};

export const japaneseHolidays = {
  name: 'japanese-holidays',
  isBusinessDayDate: (date) => jhOpen(jhJstDate(date)),
  isBusinessDayIso: (iso) => jhOpen(jhParse(iso)),
  addBusinessDays(iso, n) {
    const d = jhParse(iso);
    for (let left = n; left > 0; ) {
      d.setDate(d.getDate() + 1);
      if (jhOpen(d)) left--;
    }
    return jhFormat(d);
  },
  businessDaysBetween(from, to) {
    const sign = to >= from ? 1 : -1;
    const d = jhParse(sign > 0 ? from : to);
    const end = jhParse(sign > 0 ? to : from).getTime();
    let count = 0;
    for (d.setDate(d.getDate() + 1); d.getTime() <= end; d.setDate(d.getDate() + 1)) {
      if (jhOpen(d)) count++;
    }
    return sign * count;
  },
  // The hours part receives the JST wall clock in UTC fields; rebuild it as a local date.
  ...hoursOn((shifted) => jhOpen(new Date(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()))),
};

// ---------------------------------------------------------------------------------------------
// (c) moment-business-days, holidays configured on the locale: every holiday_jp date plus every
// year-end closure date. Dates are parsed in UTC mode, instants viewed at the fixed offset +09:00
// (moment has no time zones without moment-timezone; JST has had no DST since 1952).

moment.updateLocale('en', {
  holidays: [...Object.keys(holidayJp), ...yearEndDates()],
  holidayFormat: 'YYYY-MM-DD',
  workingWeekdays: [1, 2, 3, 4, 5],
  // nextBusinessDay() gives up after 6 days by default and returns a closed day: the year-end
  // closure with its weekends can close 9 days in a row.
  nextBusinessDayLimit: 31,
});

const mDate = (iso) => moment.utc(iso, 'YYYY-MM-DD');
const mJst = (date) => moment(date).utcOffset(540);
const atOpen = (m) => m.set({ hour: OPEN.hours, minute: OPEN.minutes, second: 0, millisecond: 0 });
const atClose = (m) => m.set({ hour: CLOSE.hours, minute: CLOSE.minutes, second: 0, millisecond: 0 });

function momentNextOpening(date) {
  const m = mJst(date);
  if (m.isBusinessDay()) {
    if (m.isBefore(atOpen(m.clone()))) return atOpen(m);
    if (m.isBefore(atClose(m.clone()))) return m;
  }
  return atOpen(m.nextBusinessDay());
}

export const momentBusinessDays = {
  name: 'moment-business-days',
  isBusinessDayDate: (date) => mJst(date).isBusinessDay(),
  isBusinessDayIso: (iso) => mDate(iso).isBusinessDay(),
  addBusinessDays: (iso, n) => mDate(iso).businessAdd(n).format('YYYY-MM-DD'),
  businessDaysBetween(from, to) {
    const a = mDate(from);
    const b = mDate(to);
    // businessDiff counts the business days of [earlier, later); ours counts (earlier, later].
    const [lo, hi] = to >= from ? [a, b] : [b, a];
    const count = hi.businessDiff(lo) - (lo.isBusinessDay() ? 1 : 0) + (hi.isBusinessDay() ? 1 : 0);
    return to >= from ? count : -count;
  },
  nextBusinessOpening: (date) => momentNextOpening(date).toDate(),
  addBusinessMinutes(date, minutes) {
    if (minutes === 0) return new Date(date.getTime());
    let m = momentNextOpening(date);
    let remaining = minutes * 60_000;
    for (;;) {
      const available = atClose(m.clone()).diff(m);
      if (remaining <= available) return m.add(remaining, 'ms').toDate();
      remaining -= available;
      m = atOpen(m.nextBusinessDay());
    }
  },
};

// ---------------------------------------------------------------------------------------------
// (d) date-fns: addBusinessDays (weekends only) plus a holiday loop, differenceInBusinessDays minus
// the holidays in the range. date-fns works on local time, so a JST date or wall clock is held as a
// local Date with the same fields (what date-fns-tz's toZonedTime does), and converted back.

const closedKeys = new Set([...Object.keys(holidayJp), ...yearEndDates()]);
/** Closed weekdays (holidays and year-end days not on a weekend), ascending 'YYYY-MM-DD'. */
const closedWeekdays = [...closedKeys].filter((k) => !isWeekend(parseISO(k))).sort();
const dfKey = (d) => formatISO(d, { representation: 'date' });
const dfClosedWeekday = (d) => closedKeys.has(dfKey(d));
const dfOpen = (d) => !isWeekend(d) && !dfClosedWeekday(d);
/** The JST wall clock of an instant as a local Date. */
const toJstWall = (date) => {
  const j = new Date(date.getTime() + JST_MS);
  return new Date(
    j.getUTCFullYear(),
    j.getUTCMonth(),
    j.getUTCDate(),
    j.getUTCHours(),
    j.getUTCMinutes(),
    j.getUTCSeconds(),
    j.getUTCMilliseconds(),
  );
};
/** The instant of a JST wall clock held as a local Date. */
const fromJstWall = (d) =>
  new Date(
    Date.UTC(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
      d.getMilliseconds(),
    ) - JST_MS,
  );
const dfOpenAt = (d) => set(d, { ...OPEN, seconds: 0, milliseconds: 0 });
const dfCloseAt = (d) => set(d, { ...CLOSE, seconds: 0, milliseconds: 0 });
const dfNextOpenDay = (d) => {
  let next = addDays(d, 1);
  while (!dfOpen(next)) next = addDays(next, 1);
  return next;
};
/** The next opening as a JST wall clock (local Date). */
function dfNextOpening(date) {
  const w = toJstWall(date);
  if (dfOpen(w)) {
    if (isBefore(w, dfOpenAt(w))) return dfOpenAt(w);
    if (isBefore(w, dfCloseAt(w))) return w;
  }
  return dfOpenAt(dfNextOpenDay(w));
}

export const dateFns = {
  name: 'date-fns + holiday loop',
  isBusinessDayDate: (date) => dfOpen(toJstWall(date)),
  isBusinessDayIso: (iso) => dfOpen(parseISO(iso)),
  addBusinessDays(iso, n) {
    let d = parseISO(iso);
    for (let left = n; left > 0; ) {
      d = dfAddBusinessDays(d, 1);
      if (!dfClosedWeekday(d)) left--;
    }
    return dfKey(d);
  },
  businessDaysBetween(from, to) {
    const a = parseISO(from);
    const b = parseISO(to);
    // differenceInBusinessDays counts the weekdays of [from, to) when to > from, and minus those
    // of (to, from] when to < from; ours counts (from, to].
    let weekdays = differenceInBusinessDays(b, a);
    if (to > from) weekdays += (isWeekend(b) ? 0 : 1) - (isWeekend(a) ? 0 : 1);
    const [lo, hi] = to >= from ? [from, to] : [to, from];
    const closed = closedWeekdays.filter((k) => k > lo && k <= hi).length;
    return weekdays - (to >= from ? closed : -closed);
  },
  nextBusinessOpening: (date) => fromJstWall(dfNextOpening(date)),
  addBusinessMinutes(date, minutes) {
    if (minutes === 0) return new Date(date.getTime());
    let w = dfNextOpening(date);
    let remaining = minutes * 60_000;
    for (;;) {
      const available = differenceInMilliseconds(dfCloseAt(w), w);
      if (remaining <= available) return fromJstWall(new Date(w.getTime() + remaining));
      remaining -= available;
      w = dfOpenAt(dfNextOpenDay(w));
    }
  },
};

/** The peers, in the order of the tables. */
export const peers = [holidayJpLoop, japaneseHolidays, momentBusinessDays, dateFns];
