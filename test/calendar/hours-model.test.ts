import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBusinessCalendar } from '../../src/index.js';

// Hours per weekday and working days (issue 12, `1.1.hours`) against a minute-by-minute model: a table of
// open minutes built here from the schedule alone (no calendar code), over a window of a few weeks of 2027.
// The calendar is given its own small holiday list (holidays option), so the model knows every holiday.

const MIN = 60_000;
const DAY_MIN = 1440;
const JST = 9 * 60; // minutes
// The window: 2027-03-01 (a Monday) and the WINDOW_DAYS days from it.
const WINDOW_START_DAY = Date.UTC(2027, 2, 1) / 86_400_000;
const WINDOW_DAYS = 21;
const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

type Interval = { open: string; close: string };
const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const isoOf = (epochDay: number): string => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);

/** 0–3 intervals of one day on a 30-minute grid, from sorted distinct cut points (so sorted and disjoint). */
const dayIntervals = fc.uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 0, maxLength: 6 }).map((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  const list: Interval[] = [];
  for (let k = 0; k + 1 < sorted.length; k += 2)
    list.push({ open: hhmm(sorted[k]! * 30), close: hhmm(sorted[k + 1]! * 30) });
  return list;
});
const nonEmptyDay = dayIntervals.filter((l) => l.length > 0);

const scenario = fc
  .record({
    week: fc.array(dayIntervals, { minLength: 7, maxLength: 7 }), // index 0 = Sunday
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: WINDOW_DAYS - 1 }), { maxLength: 4 }),
    closures: fc.uniqueArray(fc.integer({ min: 0, max: WINDOW_DAYS - 1 }), { maxLength: 2 }),
    working: fc.uniqueArray(
      fc.record({
        day: fc.integer({ min: 0, max: WINDOW_DAYS - 1 }),
        hours: fc.option(nonEmptyDay, { nil: undefined }),
      }),
      { maxLength: 3, selector: (w) => w.day },
    ),
  })
  .filter((s) => s.week.some((l) => l.length > 0))
  .map((s) => ({ ...s, working: s.working.filter((w) => !s.closures.includes(w.day)) }));

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const toMinutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** The model: for each minute of the window (JST), whether it is business time. */
function model(s: Scenario): { open: Uint8Array; dayHours: Interval[][] } {
  const open = new Uint8Array(WINDOW_DAYS * DAY_MIN);
  const firstOpen = [1, 2, 3, 4, 5, 6, 0].map((w) => s.week[w]!).find((l) => l.length > 0)!;
  const dayHours: Interval[][] = [];
  for (let d = 0; d < WINDOW_DAYS; d++) {
    const weekday = (d + 1) % 7; // day 0 is a Monday
    const working = s.working.find((w) => w.day === d);
    let hours: Interval[];
    if (working) hours = working.hours ?? (s.week[weekday]!.length > 0 ? s.week[weekday]! : firstOpen);
    else if (s.holidays.includes(d) || s.closures.includes(d)) hours = [];
    else hours = s.week[weekday]!;
    dayHours.push(hours);
    for (const h of hours) for (let m = toMinutes(h.open); m < toMinutes(h.close); m++) open[d * DAY_MIN + m] = 1;
  }
  return { open, dayHours };
}

function calendarOf(s: Scenario) {
  const week = Object.fromEntries(KEYS.map((k, w) => [k, s.week[w]!]));
  const jan1 = Date.UTC(2027, 0, 1) / 86_400_000;
  return createBusinessCalendar({
    hours: week,
    yearEndClosure: null,
    holidays: [...new Set([jan1, ...s.holidays.map((d) => d + WINDOW_START_DAY)])]
      .sort((a, b) => a - b)
      .map((day) => ({ date: isoOf(day), kind: 'national' as const, name: 'テスト祝日', nameEn: 'Test holiday' })),
    closures: s.closures.map((d) => ({ date: isoOf(d + WINDOW_START_DAY), label: '臨時休業' })),
    workingDays: s.working.map((w) => ({
      date: isoOf(w.day + WINDOW_START_DAY),
      label: '臨時営業',
      ...(w.hours && { hours: w.hours }),
    })),
  });
}

/** The instant of minute m of the window (JST wall clock → UTC ms). */
const instantOf = (m: number): number => (WINDOW_START_DAY * DAY_MIN + m - JST) * MIN;
const minuteOf = (ms: number): number => ms / MIN + JST - WINDOW_START_DAY * DAY_MIN;

const minute = fc.integer({ min: 0, max: WINDOW_DAYS * DAY_MIN - 1 });
const params = { seed: 20261201, numRuns: 150 };

describe('hours per weekday against a minute-by-minute model (issue 12)', () => {
  it('isWithinBusinessHours, nextBusinessOpening and describeDay agree with the model', () => {
    fc.assert(
      fc.property(scenario, fc.array(minute, { minLength: 5, maxLength: 5 }), (s, minutes) => {
        const { open, dayHours } = model(s);
        const calendar = calendarOf(s);
        for (let d = 0; d < WINDOW_DAYS; d++) {
          const day = calendar.describeDay(isoOf(d + WINDOW_START_DAY));
          expect(day.hours).toEqual(dayHours[d]);
          expect(day.businessDay).toBe(dayHours[d]!.length > 0);
        }
        for (const m of minutes) {
          expect(calendar.isWithinBusinessHours(instantOf(m))).toBe(open[m] === 1);
          let next = m;
          while (next < open.length && open[next] === 0) next++;
          const got = calendar.nextBusinessOpening(instantOf(m)).getTime();
          if (next < open.length) expect(minuteOf(got)).toBe(next);
          else expect(minuteOf(got)).toBeGreaterThanOrEqual(open.length);
        }
      }),
      params,
    );
  });

  it('businessMinutesBetween counts the open minutes of [a, b)', () => {
    fc.assert(
      fc.property(scenario, minute, minute, (s, a, b) => {
        const { open } = model(s);
        const calendar = calendarOf(s);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        let count = 0;
        for (let m = lo; m < hi; m++) count += open[m]!;
        expect(calendar.businessMinutesBetween(instantOf(a), instantOf(b))).toBe(a <= b ? count : 0 - count);
      }),
      params,
    );
  });

  it('addBusinessMinutes lands after the k-th open minute forward, or at the start of the k-th one back', () => {
    fc.assert(
      fc.property(scenario, minute, fc.integer({ min: 1, max: 3000 }), fc.boolean(), (s, m, k, back) => {
        const { open } = model(s);
        const calendar = calendarOf(s);
        const got = minuteOf(calendar.addBusinessMinutes(instantOf(m), back ? -k : k).getTime());
        let seen = 0;
        let expected: number | undefined;
        if (!back) {
          // Forward: the earliest instant with k open minutes in [m, x): the end of the k-th open minute.
          for (let x = m; x < open.length && expected === undefined; x++) if (open[x] && ++seen === k) expected = x + 1;
          if (expected === undefined)
            expect(got).toBeGreaterThan(open.length); // beyond the window
          else expect(got).toBe(expected);
        } else {
          // Backward: the latest instant with k open minutes in [x, m): the start of the k-th open minute back.
          for (let x = m - 1; x >= 0 && expected === undefined; x--) if (open[x] && ++seen === k) expected = x;
          if (expected === undefined) expect(got).toBeLessThan(0);
          else expect(got).toBe(expected);
        }
      }),
      params,
    );
  });

  it('addBusinessMinutes that ends exactly at a close lands at that close, not at the next opening', () => {
    // k = the open minutes from m to the end of the r-th run of open minutes after m: the earliest instant with
    // that much business time is the end of that run (a lunch break's start, a day's close), never the next opening.
    fc.assert(
      fc.property(scenario, minute, fc.integer({ min: 1, max: 4 }), (s, m, r) => {
        const { open } = model(s);
        const calendar = calendarOf(s);
        let k = 0;
        let runs = 0;
        let x = m;
        for (; x < open.length; x++) {
          if (open[x]) k++;
          if (open[x] && !open[x + 1] && ++runs === r) break;
        }
        if (runs < r || x + 1 >= open.length) return; // the run ends at or beyond the window's end
        expect(minuteOf(calendar.addBusinessMinutes(instantOf(m), k).getTime())).toBe(x + 1);
      }),
      params,
    );
  });
});
