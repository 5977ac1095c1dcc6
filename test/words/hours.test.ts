import { describe, expect, it } from 'vitest';
import { hoursText, policy20241007 } from '../../src/index.js';
import { intervalsText, weekHoursText } from '../../src/words/hours.js';
import { codeOf } from '../helpers.js';
import { LUNCH as lunch, SATURDAY_HALF_DAY as saturday } from '../fixtures/weekly-hours.js';

// The hours in words (1.1.hours, issue 12). Expected words are written from the hours given: each group of days
// with the same intervals is "days の times" / "days, times", groups Monday first, a lunch break as two intervals.

describe('hoursText: the week in words', () => {
  it('words the 2024-10-07 hours as the phone sentence always has: Monday to Friday, 09:30–18:30', () => {
    // 1.1.hours: 月曜日から金曜日 … の 9:30~18:30; times as the policy data writes them (09:30).
    expect(hoursText(policy20241007.calendar.hours)).toEqual({
      ja: '月曜日から金曜日の09:30〜18:30',
      en: 'Monday to Friday, 09:30–18:30 (JST)',
    });
  });

  it('groups the weekdays with a lunch break and names the Saturday half day apart', () => {
    const week = { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: saturday };
    expect(hoursText(week)).toEqual({
      ja: '月曜日から金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00',
      en: 'Monday to Friday, 09:00–12:00 and 13:00–18:00; Saturday, 10:00–15:00 (JST)',
    });
  });

  it('names days with the same hours together even when not consecutive, two neighbours without 〜', () => {
    // Mon, Tue, Thu, Fri 09:30–18:30 (Wednesday closed): runs Mon–Tue and Thu–Fri, each of two days.
    const day = [{ open: '09:30', close: '18:30' }];
    expect(hoursText({ mon: day, tue: day, thu: day, fri: day })).toEqual({
      ja: '月曜日・火曜日・木曜日・金曜日の09:30〜18:30',
      en: 'Monday, Tuesday, Thursday and Friday, 09:30–18:30 (JST)',
    });
    // Wednesday has other hours: its group comes in the order of its first day, between the two runs of the other.
    expect(hoursText({ mon: day, tue: day, wed: saturday, thu: day, fri: day }).ja).toBe(
      '月曜日・火曜日・木曜日・金曜日の09:30〜18:30、水曜日の10:00〜15:00',
    );
    // The same week written in the plain form and per weekday reads the same.
    expect(hoursText({ mon: day, tue: day, wed: day, thu: day, fri: day })).toEqual(
      hoursText({ open: '09:30', close: '18:30' }),
    );
  });

  it('refuses hours that are not hours, naming the field', () => {
    expect(codeOf(() => hoursText({ open: '18:30', close: '09:30' }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => hoursText({ mon: [{ open: '9:00', close: '12:00' }] }))).toBe('INVALID_OPTIONS');
  });
});

describe('the pieces the sentences use', () => {
  it('puts the closed days where each language puts them', () => {
    const except = { ja: '祝日', en: 'national holidays' };
    // One group: between the days and the times, as the policy's table does.
    expect(weekHoursText({ open: '09:30', close: '18:30' }, except)).toEqual({
      ja: '月曜日から金曜日(祝日を除く)の09:30〜18:30',
      en: 'Monday to Friday, 09:30–18:30 (JST), except national holidays',
    });
    // Several groups: after the whole week, with いずれも (else they read as excluded from Saturday only).
    const week = { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: saturday, sun: [] };
    expect(weekHoursText(week, except).ja).toBe(
      '月曜日から金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00(いずれも祝日を除く)',
    );
  });

  it('words a day of intervals, a span with 〜 as every sentence writes it', () => {
    expect(intervalsText(lunch)).toEqual({ ja: '09:00〜12:00・13:00〜18:00', en: '09:00–12:00 and 13:00–18:00' });
    expect(intervalsText([{ open: '09:30', close: '18:30' }])).toEqual({ ja: '09:30〜18:30', en: '09:30–18:30' });
  });
});
