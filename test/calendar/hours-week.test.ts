import { describe, expect, it } from 'vitest';
import { CsPolicyError, closureName, closureText, createBusinessCalendar } from '../../src/index.js';
import { LUNCH as lunch, SATURDAY_HALF_DAY } from '../fixtures/weekly-hours.js';

// A hand-reasoned week with hours per weekday (issue 12, `1.1.hours`). January 2027: the 1st is a Friday, so
// Fri 8, Sat 9, Sun 10, Mon 11 (成人の日, the second Monday) and Tue 12. The office works the holiday.
// Weekdays 09:00–12:00 (180 minutes) and 13:00–18:00 (300): 480 a day, the lunch hour not business time;
// Saturday 10:00–15:00 (300).
const week = { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: SATURDAY_HALF_DAY };
const calendar = createBusinessCalendar({
  hours: week, // sun left out: closed
  workingDays: [{ date: '2027-01-11', label: '祝日営業' }], // hours default to Monday's
});
const at = (s: string) => Date.parse(`${s}:00+09:00`);
const add = (s: string, n: number) => calendar.addBusinessMinutes(`${s}+09:00`, n).getTime();

describe('a week with a lunch break, a Saturday half day and a worked holiday', () => {
  it('describes each day with its hours', () => {
    expect(calendar.describeDay('2027-01-08')).toMatchObject({ businessDay: true, hours: lunch, closures: [] });
    // Saturday 10:00–15:00: a business day of its own (300 minutes).
    expect(calendar.describeDay('2027-01-09').hours).toEqual([{ open: '10:00', close: '15:00' }]);
    // Sunday has no key: closed, and the reason is its weekday.
    expect(calendar.describeDay('2027-01-10')).toMatchObject({
      businessDay: false,
      hours: [],
      closures: [{ kind: 'weekend', weekday: 'sunday' }],
    });
    // 成人の日 is worked: open, no closure reason, Monday's hours, and its label.
    expect(calendar.describeDay('2027-01-11')).toEqual({
      date: '2027-01-11',
      weekday: 'monday',
      businessDay: true,
      closures: [],
      hours: lunch,
      workingDay: '祝日営業',
    });
    expect(calendar.hoursOn('2027-01-10')).toEqual([]);
    expect(calendar.hoursOn('2027-01-12')).toEqual(lunch);
  });

  it('leaves the lunch hour out of business hours', () => {
    expect(calendar.isWithinBusinessHours('2027-01-12T11:59+09:00')).toBe(true);
    expect(calendar.isWithinBusinessHours('2027-01-12T12:00+09:00')).toBe(false); // half-open [09:00, 12:00)
    expect(calendar.isWithinBusinessHours('2027-01-12T12:30+09:00')).toBe(false);
    expect(calendar.isWithinBusinessHours('2027-01-12T13:00+09:00')).toBe(true);
    expect(calendar.isWithinBusinessHours('2027-01-09T14:59+09:00')).toBe(true); // Saturday
    expect(calendar.isWithinBusinessHours('2027-01-09T15:00+09:00')).toBe(false);
    // At lunch the next opening is 13:00 the same day; after Saturday's close, the worked Monday at 09:00.
    expect(calendar.nextBusinessOpening('2027-01-12T12:15+09:00').getTime()).toBe(at('2027-01-12T13:00'));
    expect(calendar.nextBusinessOpening('2027-01-09T15:00+09:00').getTime()).toBe(at('2027-01-11T09:00'));
  });

  it('counts business minutes over the week', () => {
    // Fri 480 + Sat 300 + Sun 0 + Mon (worked holiday) 480 = 1,260 minutes.
    expect(calendar.businessMinutesBetween('2027-01-08T09:00+09:00', '2027-01-12T09:00+09:00')).toBe(1260);
    // 11:00 to 14:00 on Tuesday: 60 before lunch + 60 after = 120.
    expect(calendar.businessMinutesBetween('2027-01-12T11:00+09:00', '2027-01-12T14:00+09:00')).toBe(120);
  });

  it('adds business minutes across the lunch hour, the Saturday and the worked holiday', () => {
    // 60 minutes from 11:00 end exactly at 12:00 (the earliest such instant), 61 at 13:01.
    expect(add('2027-01-11T11:00', 60)).toBe(at('2027-01-11T12:00'));
    expect(add('2027-01-11T11:00', 61)).toBe(at('2027-01-11T13:01'));
    // Friday 17:00 + 60 = Friday's close; + 61 = Saturday 10:01.
    expect(add('2027-01-08T17:00', 60)).toBe(at('2027-01-08T18:00'));
    expect(add('2027-01-08T17:00', 61)).toBe(at('2027-01-09T10:01'));
    // Saturday 14:00 + 61: 60 to the close, Sunday closed, then 1 minute of the worked Monday: 09:01.
    expect(add('2027-01-09T14:00', 61)).toBe(at('2027-01-11T09:01'));
    // Back from Monday 13:00: 1 minute is 11:59; 180 minutes is the whole morning, 09:00.
    expect(add('2027-01-11T13:00', -1)).toBe(at('2027-01-11T11:59'));
    expect(add('2027-01-11T13:00', -180)).toBe(at('2027-01-11T09:00'));
    // 181 back: the morning, then 1 minute before Saturday's close: 14:59.
    expect(add('2027-01-11T13:00', -181)).toBe(at('2027-01-09T14:59'));
  });

  it('round-trips a year of business minutes', () => {
    // A year is about 52 × (5 × 480 + 300) = 140,400 minutes; adding then measuring gives the same count back.
    const landed = calendar.addBusinessMinutes('2027-01-12T10:00+09:00', 140_000);
    expect(calendar.businessMinutesBetween('2027-01-12T10:00+09:00', landed)).toBe(140_000);
  });

  it('closes the holiday when it is not a working day, and names any closed weekday', () => {
    const plain = createBusinessCalendar({ hours: week });
    expect(plain.describeDay('2027-01-11').businessDay).toBe(false);
    expect(plain.describeDay('2027-01-11').closures[0]).toMatchObject({ kind: 'national-holiday', name: '成人の日' });
    // Only Monday hours: Wednesday 2027-01-13 is closed because of its weekday — the office's weekly closing day,
    // not a weekend (issue 12): its own kind, its own words.
    const mondays = createBusinessCalendar({ hours: { mon: lunch } });
    const wednesday = mondays.describeDay('2027-01-13');
    expect(wednesday).toEqual({
      date: '2027-01-13',
      weekday: 'wednesday',
      businessDay: false,
      closures: [{ kind: 'closed-weekday', weekday: 'wednesday' }],
      hours: [],
    });
    expect(closureText(wednesday.closures[0]!)).toEqual({ ja: '水曜日の定休日', en: 'closed on Wednesdays' });
    // A weekly closing day has no short name: lists of crossed days and the iCalendar export leave it out.
    expect(closureName(wednesday.closures[0]!)).toBeUndefined();
    // Saturday 2027-01-16 and Sunday 2027-01-17 without hours are still weekends, as for every existing user.
    expect(mondays.describeDay('2027-01-16').closures).toEqual([{ kind: 'weekend', weekday: 'saturday' }]);
    expect(mondays.describeDay('2027-01-17').closures).toEqual([{ kind: 'weekend', weekday: 'sunday' }]);
  });

  it('reports a closed weekday that is also a holiday with both reasons', () => {
    // Mon 2027-01-11 (成人の日) under Wednesday-to-Saturday hours: closed for its weekday and for the holiday.
    const later = createBusinessCalendar({ hours: { wed: lunch, thu: lunch, fri: lunch, sat: lunch } });
    expect(later.describeDay('2027-01-11').closures).toEqual([
      { kind: 'closed-weekday', weekday: 'monday' },
      expect.objectContaining({ kind: 'national-holiday', name: '成人の日' }),
    ]);
  });

  it('gives a working day on a closed weekday the first open weekday’s hours (Monday first)', () => {
    // Only Saturday has hours; a working Sunday (2027-01-10) takes Saturday's, the first non-empty from Monday.
    const saturdays = createBusinessCalendar({
      hours: { sat: SATURDAY_HALF_DAY },
      workingDays: [{ date: '2027-01-10', label: '日曜営業' }],
    });
    expect(saturdays.hoursOn('2027-01-10')).toEqual([{ open: '10:00', close: '15:00' }]);
    // Plain hours: a working Saturday gets the 09:30–18:30 of the business days; own hours win.
    const plain = createBusinessCalendar({
      workingDays: [
        { date: '2027-01-09', label: '土曜出勤' },
        { date: '2027-01-16', label: '土曜出勤', hours: [{ open: '10:00', close: '12:00' }] },
      ],
    });
    expect(plain.hoursOn('2027-01-09')).toEqual([{ open: '09:30', close: '18:30' }]);
    expect(plain.businessMinutesBetween('2027-01-16T00:00+09:00', '2027-01-17T00:00+09:00')).toBe(120);
    // Friday 18:00 + 60: 30 to the close, then 30 into Saturday's 09:30 → 10:00.
    expect(plain.addBusinessMinutes('2027-01-08T18:00+09:00', 60).getTime()).toBe(at('2027-01-09T10:00'));
  });
});

describe('validation of hours per weekday and working days', () => {
  const refused = (options: unknown): CsPolicyError => {
    try {
      createBusinessCalendar(options as never);
    } catch (e) {
      expect(e).toBeInstanceOf(CsPolicyError);
      expect((e as CsPolicyError).code).toBe('INVALID_OPTIONS');
      return e as CsPolicyError;
    }
    throw new Error('not refused');
  };
  it.each([
    [
      {
        hours: {
          mon: [
            { open: '09:00', close: '12:00' },
            { open: '11:00', close: '18:00' },
          ],
        },
      },
      'hours.mon: intervals',
    ],
    [
      {
        hours: {
          mon: [
            { open: '13:00', close: '18:00' },
            { open: '09:00', close: '12:00' },
          ],
        },
      },
      'hours.mon: intervals',
    ],
    [{ hours: { tue: [{ open: '9:00', close: '12:00' }] } }, 'hours.tue.0.open'],
    [{ hours: { wed: [{ open: '12:00', close: '09:00' }] } }, 'hours.wed.0.close: close must be after open'],
    [{ hours: { fri: [{ open: '09:00', close: '24:30' }] } }, 'hours.fri.0.close'],
    [{ hours: { monday: [{ open: '09:00', close: '12:00' }] } }, 'unknown field "monday"'],
    [{ hours: { mon: [], sun: [] } }, 'a week needs at least one interval'],
    [{ hours: { open: '9:30', close: '18:30' } }, 'hours.open'],
    [{ workingDays: [{ date: '2027-02-30', label: 'x' }] }, 'workingDays.0.date'],
    [{ workingDays: [{ date: '2027-01-09', hours: [] }] }, 'workingDays.0.hours'],
    [{ workingDays: [{ date: '2027-01-09' }, { date: '2027-01-09' }] }, 'only once'],
    [
      { closures: [{ from: '2027-08-12', to: '2027-08-16' }], workingDays: [{ date: '2027-08-14' }] },
      'workingDays.0: 2027-08-14 is also a company closure day',
    ],
    [
      {
        closures: [{ date: '2027-01-04' }, { from: '2027-08-01', to: '2027-08-31' }],
        workingDays: [{ date: '2027-03-06' }, { date: '2027-08-20' }],
      },
      'workingDays.1: 2027-08-20 is also a company closure day',
    ],
  ])('refuses %j, naming %s', (options, words) => {
    expect(refused(options).message).toContain(words);
  });
});
