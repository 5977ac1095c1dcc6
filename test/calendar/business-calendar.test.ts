import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  businessDaysBetween,
  businessMinutesBetween,
  closedDaysBetween,
  createBusinessCalendar,
  describeDay,
  isBusinessDay,
  isWithinBusinessHours,
  nextBusinessOpening,
} from '../../src/index.js';

// Reference calendar used below (JST), checked against the official 2026–2027 holiday list:
//   2026-12-25 Fri · 26 Sat · 27 Sun · 28 Mon · 29 Tue–2027-01-03 Sun year-end closure (interpretation 1)
//   2027-01-01 Fri 元日 · 01-04 Mon first business day · 01-11 Mon 成人の日 (second Monday of January)
//   Golden Week 2027: 04-29 Thu 昭和の日 · 04-30 Fri business · 05-01 Sat · 05-02 Sun
//                     05-03 Mon 憲法記念日 · 05-04 Tue みどりの日 · 05-05 Wed こどもの日 · 05-06 Thu business
const at = (iso: string) => new Date(iso);

describe('business days (1.1.hours, interpretation 1)', () => {
  it('closes weekends, national holidays and the year-end closure', () => {
    expect(isBusinessDay('2026-12-25')).toBe(true);
    expect(isBusinessDay('2026-12-26')).toBe(false);
    expect(isBusinessDay('2026-12-28')).toBe(true);
    for (const d of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']) {
      expect(isBusinessDay(d), d).toBe(false);
    }
    expect(isBusinessDay('2027-01-04')).toBe(true);
    expect(isBusinessDay('2027-01-11')).toBe(false);
  });

  it('gives every reason a day is closed', () => {
    // 2028-01-01 is a Saturday: weekend, 元日, and inside the year-end closure.
    expect(describeDay('2028-01-01')).toEqual({
      date: '2028-01-01',
      weekday: 'saturday',
      businessDay: false,
      closures: [
        { kind: 'weekend', weekday: 'saturday' },
        // 2028 is after 2027, the last year of the official list: projected (interpretation 14).
        { kind: 'national-holiday', name: '元日', nameEn: "New Year's Day", holidayKind: 'national', projected: true },
        { kind: 'year-end' },
      ],
      hours: [], // a closed day has no hours (issue 12)
    });
    expect(describeDay('2026-12-28')).toEqual({
      date: '2026-12-28',
      weekday: 'monday',
      businessDay: true,
      closures: [],
      hours: [{ open: '09:30', close: '18:30' }], // the policy's 09:30–18:30 (1.1.hours)
    });
  });

  it('reads a Date or an instant as its JST date', () => {
    // 2026-12-28T15:00Z is 2026-12-29 00:00 JST: the first day of the closure.
    expect(isBusinessDay(at('2026-12-28T15:00:00Z'))).toBe(false);
    expect(isBusinessDay(at('2026-12-28T14:59:59.999Z'))).toBe(true);
    expect(isBusinessDay(Date.parse('2026-12-28T14:59:59.999Z'))).toBe(true);
    expect(isBusinessDay('2026-12-28T23:59+09:00')).toBe(true);
    expect(isBusinessDay('2026-12-28T16:00Z')).toBe(false);
    // Without an offset a date-time is JST wall time.
    expect(isBusinessDay('2026-12-29T00:00')).toBe(false);
  });

  it('adds business days across the year-end closure and Golden Week', () => {
    expect(addBusinessDays('2026-12-25', 1)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-28', 1)).toBe('2027-01-04');
    // Dec 28, Jan 4, 5, 6, 7, 8, (11 is 成人の日) 12, 13, 14, 15.
    expect(addBusinessDays('2026-12-25', 10)).toBe('2027-01-15');
    expect(addBusinessDays('2027-04-28', 1)).toBe('2027-04-30');
    expect(addBusinessDays('2027-04-30', 1)).toBe('2027-05-06');
    expect(addBusinessDays('2027-05-06', -1)).toBe('2027-04-30');
    expect(addBusinessDays('2027-01-04', -1)).toBe('2026-12-28');
    // From a closed day, the first business day after it is day 1.
    expect(addBusinessDays('2027-01-01', 1)).toBe('2027-01-04');
    expect(addBusinessDays('2027-01-01', -1)).toBe('2026-12-28');
  });

  it('returns the date unchanged for n = 0, business day or not', () => {
    expect(addBusinessDays('2027-01-01', 0)).toBe('2027-01-01');
    expect(addBusinessDays('2026-12-28', 0)).toBe('2026-12-28');
  });

  it('counts business days in (from, to]', () => {
    expect(businessDaysBetween('2026-12-25', '2027-01-04')).toBe(2);
    expect(businessDaysBetween('2027-01-04', '2026-12-25')).toBe(-2);
    expect(businessDaysBetween('2026-12-28', '2026-12-28')).toBe(0);
    // Over a whole year, the O(1) count from the prefix index equals a plain day-by-day count.
    let count = 0;
    for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      if (isBusinessDay(new Date(t).toISOString().slice(0, 10))) count++;
    }
    expect(businessDaysBetween('2026-12-31', '2027-12-31')).toBe(count);
  });
});

describe('business hours (1.1.hours, interpretation 2)', () => {
  it('is the half-open interval [09:30, 18:30) JST on business days', () => {
    expect(isWithinBusinessHours('2026-12-28T09:29:59.999+09:00')).toBe(false);
    expect(isWithinBusinessHours('2026-12-28T09:30+09:00')).toBe(true);
    expect(isWithinBusinessHours('2026-12-28T18:29:59.999+09:00')).toBe(true);
    expect(isWithinBusinessHours('2026-12-28T18:30+09:00')).toBe(false);
    expect(isWithinBusinessHours('2026-12-29T10:00+09:00')).toBe(false);
    // 01:00Z is 10:00 JST.
    expect(isWithinBusinessHours('2026-12-28T01:00:00Z')).toBe(true);
  });

  it('finds the next opening (interpretation 3)', () => {
    expect(nextBusinessOpening('2026-12-28T18:45+09:00')).toEqual(at('2027-01-04T09:30+09:00'));
    expect(nextBusinessOpening('2026-12-28T07:00+09:00')).toEqual(at('2026-12-28T09:30+09:00'));
    expect(nextBusinessOpening('2026-12-28T12:34:56+09:00')).toEqual(at('2026-12-28T12:34:56+09:00'));
    expect(nextBusinessOpening('2026-12-28T18:30+09:00')).toEqual(at('2027-01-04T09:30+09:00'));
    expect(nextBusinessOpening('2027-04-29T10:00+09:00')).toEqual(at('2027-04-30T09:30+09:00'));
    expect(nextBusinessOpening('2027-04-30T19:00+09:00')).toEqual(at('2027-05-06T09:30+09:00'));
  });

  it('adds business minutes as SLA clocks do', () => {
    // 30 minutes left on Friday 25 Dec, the rest from 09:30 on Monday 28 Dec.
    expect(addBusinessMinutes('2026-12-25T18:00+09:00', 60)).toEqual(at('2026-12-28T10:00+09:00'));
    // Starting outside hours: the clock starts at the next opening.
    expect(addBusinessMinutes('2026-12-28T20:00+09:00', 30)).toEqual(at('2027-01-04T10:00+09:00'));
    // Landing exactly on a close gives the close.
    expect(addBusinessMinutes('2026-12-28T18:00+09:00', 30)).toEqual(at('2026-12-28T18:30+09:00'));
    // A whole business day is 540 minutes.
    expect(addBusinessMinutes('2026-12-28T09:30+09:00', 540)).toEqual(at('2026-12-28T18:30+09:00'));
    expect(addBusinessMinutes('2026-12-28T09:30+09:00', 541)).toEqual(at('2027-01-04T09:31+09:00'));
    // Backwards: landing on an opening gives the opening.
    expect(addBusinessMinutes('2027-01-04T10:00+09:00', -30)).toEqual(at('2027-01-04T09:30+09:00'));
    expect(addBusinessMinutes('2027-01-04T10:00+09:00', -31)).toEqual(at('2026-12-28T18:29+09:00'));
    expect(addBusinessMinutes('2027-01-04T10:00+09:00', 0)).toEqual(at('2027-01-04T10:00+09:00'));
  });

  it('measures business minutes between instants', () => {
    expect(businessMinutesBetween('2026-12-25T18:00+09:00', '2026-12-28T10:00+09:00')).toBe(60);
    expect(businessMinutesBetween('2026-12-28T10:00+09:00', '2026-12-25T18:00+09:00')).toBe(-60);
    expect(businessMinutesBetween('2026-12-26T00:00+09:00', '2026-12-27T23:00+09:00')).toBe(0);
    expect(businessMinutesBetween('2026-12-28T09:30+09:00', '2026-12-28T09:30:30+09:00')).toBe(0.5);
  });
});

describe('createBusinessCalendar', () => {
  it('models company closures with labels, and other hours', () => {
    const calendar = createBusinessCalendar({
      hours: { open: '10:00', close: '17:00' },
      closures: [
        { from: '2027-08-12', to: '2027-08-16', label: '夏季休業' },
        { date: '2027-06-01', label: '創立記念日' },
      ],
    });
    // 2027-08-11 Wed 山の日, 12 Thu–16 Mon summer closure, 17 Tue open.
    expect(calendar.addBusinessDays('2027-08-10', 1)).toBe('2027-08-17');
    expect(calendar.describeDay('2027-06-01').closures).toEqual([{ kind: 'company-closure', label: '創立記念日' }]);
    expect(calendar.isWithinBusinessHours('2027-06-02T09:45+09:00')).toBe(false);
    expect(calendar.nextBusinessOpening('2027-06-01T11:00+09:00')).toEqual(at('2027-06-02T10:00+09:00'));
    // The policy calendar is untouched by another calendar's options.
    expect(isBusinessDay('2027-06-01')).toBe(true);
  });

  it('can drop or move the year-end closure', () => {
    expect(createBusinessCalendar({ yearEndClosure: null }).isBusinessDay('2026-12-29')).toBe(true);
    const short = createBusinessCalendar({ yearEndClosure: { from: '12-30', to: '01-02' } });
    expect(short.isBusinessDay('2026-12-29')).toBe(true);
    expect(short.isBusinessDay('2026-12-30')).toBe(false);
  });

  it('has methods that can be destructured', () => {
    const { addBusinessDays: add } = createBusinessCalendar();
    expect(add('2026-12-25', 1)).toBe('2026-12-28');
  });

  it('never hits a search limit on long closures', () => {
    // A closure of a whole year, then one of ten years.
    const calendar = createBusinessCalendar({
      closures: [
        { from: '2030-01-01', to: '2030-12-31', label: 'a year' },
        { from: '2031-06-01', to: '2041-05-31', label: 'ten years' },
      ],
    });
    // 2029-12-28 is a Friday; 2031-01-06 is the first Monday after the year-end closure.
    expect(calendar.addBusinessDays('2029-12-28', 1)).toBe('2031-01-06');
    // 2041-06-03 is a Monday (2041-06-01 is a Saturday).
    expect(calendar.nextBusinessOpening('2031-06-01T12:00+09:00')).toEqual(at('2041-06-03T09:30+09:00'));
  });

  it('lists closed days with reasons', () => {
    // Sat 26, Sun 27, then 29 Dec – 3 Jan.
    expect(closedDaysBetween('2026-12-25', '2027-01-04').map((d) => d.date)).toEqual([
      '2026-12-26',
      '2026-12-27',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});
