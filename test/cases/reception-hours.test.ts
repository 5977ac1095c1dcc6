import { describe, expect, it } from 'vitest';
import { definePolicy, policy20241007, receptionStart } from '../../src/index.js';
import { LUNCH as lunch } from '../fixtures/weekly-hours.js';

// receptionStart under a policy whose hours have a lunch break (issue 12, `1.1.hours`): the day's own intervals
// give the times in the reasons. 2027-01-12 is a Tuesday and a business day.
const policy = definePolicy(policy20241007, {
  version: '2030-01-01',
  calendar: { hours: { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch } },
});

describe('receptionStart with hours per weekday', () => {
  it('is immediate inside the morning interval, naming that interval', () => {
    const d = receptionStart('2027-01-12T11:00+09:00', { policy });
    expect(d.outcome).toBe('immediate');
    expect(d.reasons[0]!.code).toBe('WITHIN_HOURS');
    expect(d.reasons[0]!.message.ja).toContain('09:00〜12:00');
  });

  it('waits for 13:00 during the lunch hour', () => {
    const d = receptionStart('2027-01-12T12:30+09:00', { policy });
    expect(d.outcome).toBe('next-opening');
    expect(d.value).toBe('2027-01-12T13:00:00+09:00');
    expect(d.reasons[0]!.code).toBe('BEFORE_OPENING');
    expect(d.reasons[0]!.message.ja).toContain('13:00');
  });

  it('after 18:00 names the day’s last close and opens the next morning at 09:00', () => {
    const d = receptionStart('2027-01-12T18:10+09:00', { policy });
    expect(d.value).toBe('2027-01-13T09:00:00+09:00');
    expect(d.reasons[0]!.code).toBe('AFTER_CLOSING');
    expect(d.reasons[0]!.message.ja).toContain('18:00');
  });
});
