import { describe, expect, it } from 'vitest';
import { caseClock, clockEventsFromHistory, type CaseStep } from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';

describe('clockEventsFromHistory (1.2.case, 2.1.data, interpretation 12)', () => {
  const history: CaseStep[] = [
    { at: '2027-01-05T10:00+09:00', status: 'registered' },
    { at: '2027-01-05T10:30+09:00', status: 'investigating' },
    { at: '2027-01-05T11:00+09:00', status: 'waiting-for-customer' }, // logs requested (2.1.data)
    { at: '2027-01-06T10:00+09:00', status: 'investigating' }, // logs received
    { at: '2027-01-06T12:00+09:00', status: 'final-answer' },
    { at: '2027-01-06T12:00+09:00', status: 'survey' },
    { at: '2027-01-07T12:00+09:00', status: 'closed' },
  ];

  it('runs on registration and investigation, pauses while waiting, stops at the final answer', () => {
    // registered → investigating is one run; survey and closed after the final answer add nothing.
    expect(clockEventsFromHistory(history)).toEqual([
      { at: '2027-01-05T10:00+09:00', clock: 'run' },
      { at: '2027-01-05T11:00+09:00', clock: 'pause' },
      { at: '2027-01-06T10:00+09:00', clock: 'run' },
      { at: '2027-01-06T12:00+09:00', clock: 'stop' },
    ]);
  });

  it('feeds caseClock', () => {
    // Elapsed: Tue 01-05 10:00–11:00 = 60, Wed 01-06 10:00–12:00 = 120 → 180.
    // Paused: 11:00–18:30 = 450, 09:30–10:00 = 30 → 480.
    const d = caseClock(clockEventsFromHistory(history), { now: '2027-01-08T10:00+09:00' });
    expect([d.outcome, d.value.elapsedBusinessMinutes, d.value.pausedBusinessMinutes]).toEqual(['stopped', 180, 480]);
  });

  it('stops at the other ends of a case too', () => {
    for (const status of ['withdrawn', 'duplicate', 'refused'] as const) {
      const events = clockEventsFromHistory([
        { at: '2027-01-05T10:00+09:00', status: 'registered' },
        { at: '2027-01-05T11:00+09:00', status },
      ]);
      expect(events.map((e) => e.clock)).toEqual(['run', 'stop']);
    }
    expect(clockEventsFromHistory([])).toEqual([]);
  });

  it('refuses bad steps, naming the index', () => {
    expect(codeOf(() => clockEventsFromHistory([{ at: '2027-01-05T10:00+09:00', status: 'submitted' } as never]))).toBe(
      'INVALID_INPUT',
    );
    const order = errorOf(() =>
      clockEventsFromHistory([
        { at: '2027-01-05T10:00+09:00', status: 'registered' },
        { at: '2027-01-05T09:00+09:00', status: 'investigating' },
      ]),
    );
    expect([order.code, order.issues[0]!.path]).toEqual(['INVALID_INPUT', [1, 'at']]);
    // A run after the final answer (a reopened case) is not one clock: refused, naming the step.
    const reopened = errorOf(() =>
      clockEventsFromHistory([
        { at: '2027-01-05T10:00+09:00', status: 'registered' },
        { at: '2027-01-05T11:00+09:00', status: 'final-answer' },
        { at: '2027-01-05T12:00+09:00', status: 'investigating' },
      ]),
    );
    expect([reopened.code, reopened.issues[0]!.path]).toEqual(['INVALID_INPUT', [2, 'status']]);
    expect(codeOf(() => clockEventsFromHistory([{ at: 'yesterday', status: 'registered' }]))).toBe('INVALID_INSTANT');
  });
});
