import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { closuresToIcs, obligationsToIcs } from '../../src/ics/index.js';
import { definePolicy, policy20241007 } from '../../src/index.js';
import { codeOf } from '../helpers.js';

/** Parses an .ics text with ical.js (Mozilla's parser, independent of ical-generator). */
function parseEvents(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
    };
  });
}

describe('closures as iCalendar (1.1.hours)', () => {
  const stamp = '2026-11-25T00:00:00Z';

  it('lists the holidays and year-end days of January 2027 as all-day events that parse back', () => {
    const events = parseEvents(closuresToIcs({ from: '2027-01-01', to: '2027-01-31' }, { lang: 'en', stamp }));
    // January 2027: 1 (元日, year-end), 2–3 (year-end, weekend), 11 (成人の日). Weekends alone are not listed.
    expect(events.map((e) => e.start.toString())).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-11']);
    expect(events.every((e) => e.start.isDate && e.end.isDate)).toBe(true);
    expect(events[0]!.end.toString()).toBe('2027-01-02');
    expect(events[0]!.summary).toBe("Support closed: New Year's Day / year-end/new-year closure");
    expect(events[3]!.summary).toBe('Support closed: Coming of Age Day');
    expect(events[0]!.description).toContain('[1.1.hours]');
    expect(closuresToIcs({ from: '2027-01-01', to: '2027-01-01' }, { stamp })).toContain('DTSTAMP:20261125T000000Z');
  });

  it('writes Japanese by default and includes company closures with their label', () => {
    const policy = definePolicy(policy20241007, {
      version: '2027-07-01',
      calendar: { closures: [{ date: '2027-08-13', label: '夏季休業' }] },
    });
    const events = parseEvents(closuresToIcs({ from: '2027-08-01', to: '2027-08-31' }, { policy, stamp }));
    // August 2027: 11 (Wed) 山の日, 13 (Fri) the company closure.
    expect(events.map((e) => [e.start.toString(), e.summary])).toEqual([
      ['2027-08-11', 'サポート休業: 山の日'],
      ['2027-08-13', 'サポート休業: 夏季休業'],
    ]);
  });

  it('puts timed obligations in Asia/Tokyo and dated ones as all-day events', () => {
    const text = obligationsToIcs(
      [
        {
          id: 'reception',
          what: { ja: '受付開始', en: 'Reception starts' },
          due: { kind: 'instant', at: '2027-01-04T09:30:00+09:00' },
          deadline: 'on',
          party: 'company',
          clause: '1.2.form.confirmation',
          reasons: [],
        },
        {
          id: 'eos',
          what: { ja: 'サポート終了', en: 'Support ends' },
          due: { kind: 'date', date: '2027-09-28' },
          deadline: 'on',
          party: 'company',
          clause: '3.3.eos',
          reasons: [],
        },
        {
          id: 'agree',
          what: { ja: '別途ご相談', en: 'Agree separately' },
          due: { kind: 'agree-separately' },
          deadline: 'on',
          party: 'company',
          clause: '6.lead-time',
          reasons: [],
        },
      ],
      { stamp, lang: 'en' },
    );
    expect(text).toContain('DTSTART;TZID=Asia/Tokyo:20270104T093000');
    expect(text).toContain('TZID:Asia/Tokyo');
    // RFC 5545: DTSTAMP is in UTC.
    expect(text).toContain('DTSTAMP:20261125T000000Z');
    const events = parseEvents(text);
    expect(events).toHaveLength(2);
    // 09:30 in Tokyo is 00:30 UTC.
    expect(events[0]!.start.toJSDate().toISOString()).toBe('2027-01-04T00:30:00.000Z');
    expect(events[1]!.start.toString()).toBe('2027-09-28');
    expect(events[1]!.start.isDate).toBe(true);
  });
});

describe('1.1.hours: iCalendar exports refuse bad input with a typed error', () => {
  it('names the problem instead of throwing a TypeError or writing "undefined"', () => {
    expect(codeOf(() => closuresToIcs(null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => closuresToIcs({ from: '2027-01-01', to: '2027-02-30' }))).toBe('INVALID_DATE');
    expect(codeOf(() => closuresToIcs({ from: '2027-01-01', to: '2027-01-31' }, { lang: 'fr' as never }))).toBe(
      'INVALID_OPTIONS',
    );
    expect(codeOf(() => obligationsToIcs(null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => obligationsToIcs([{}] as never))).toBe('INVALID_INPUT');
  });
});
