import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseClock, type ClockEvent, type ClockSignal, definePolicy, policy20241007 } from '../../src/index.js';

// A plain minute-by-minute model of the 2024-10-07 calendar (1.1.hours) over 2026-12-21 – 2027-01-22, written
// from the dates, not from the library: business days are Mon–Fri except the year-end closure 12-29 – 01-03
// and 成人の日 on Mon 2027-01-11; hours are 09:30–18:30 JST (minute of the day 570 to 1110).
const MIN = 60_000;
const JST = 9 * 60; // minutes
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const CLOSED = new Set(
  ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-11'].map(day),
);
function isBusinessMinute(minute: number): boolean {
  const local = minute + JST;
  const d = Math.floor(local / 1440);
  const weekday = (((d + 4) % 7) + 7) % 7; // epoch day 0 (1970-01-01) was a Thursday
  const inDay = local - d * 1440;
  return weekday >= 1 && weekday <= 5 && !CLOSED.has(d) && inDay >= 570 && inDay < 1110;
}

// Events on whole minutes between Thu 2026-12-24 08:00 and Fri 2027-01-08 20:00 JST.
const FIRST = Date.parse('2026-12-24T08:00+09:00') / MIN;
const LAST = Date.parse('2027-01-08T20:00+09:00') / MIN;

interface ModelResult {
  state: 'running' | 'paused' | 'stopped';
  elapsed: number; // ms
  paused: number; // ms
  reached: (limitMs: number) => number | null; // instant (ms) the elapsed time reaches the limit
}

function model(minutes: readonly number[], signals: readonly ClockSignal[], now: number): ModelResult {
  const lastSignal = signals[signals.length - 1]!;
  const end = lastSignal === 'stop' ? minutes[minutes.length - 1]! : now;
  // The signal in force during each minute from the first event to the end, and the running total.
  const timeline: { minute: number; running: boolean }[] = [];
  let k = 0;
  let elapsed = 0;
  let paused = 0;
  for (let m = minutes[0]!; m < end; m++) {
    while (k + 1 < minutes.length && minutes[k + 1]! <= m) k++;
    if (!isBusinessMinute(m)) continue;
    if (signals[k] === 'run') elapsed += MIN;
    else if (signals[k] === 'pause') paused += MIN;
    timeline.push({ minute: m, running: signals[k] === 'run' });
  }
  const state = lastSignal === 'run' ? 'running' : lastSignal === 'pause' ? 'paused' : 'stopped';
  const reached = (limit: number): number | null => {
    let total = 0;
    for (const { minute, running } of timeline) {
      if (!running) continue;
      if (total + MIN >= limit) return minute * MIN + (limit - total);
      total += MIN;
    }
    if (state !== 'running') return null;
    // Keep running past now, minute by minute.
    for (let m = end; ; m++) {
      if (!isBusinessMinute(m)) continue;
      if (total + MIN >= limit) return m * MIN + (limit - total);
      total += MIN;
    }
  };
  return { state, elapsed, paused, reached };
}

const eventLists = fc
  .record({
    minutes: fc.array(fc.integer({ min: FIRST, max: LAST }), { minLength: 1, maxLength: 8 }),
    signals: fc.array(fc.constantFrom<ClockSignal>('run', 'run', 'pause'), { minLength: 8, maxLength: 8 }),
    stops: fc.boolean(),
    nowAfter: fc.integer({ min: 0, max: 3000 }),
    target: fc.integer({ min: 1, max: 900 }),
    percent: fc.integer({ min: 1, max: 99 }),
  })
  .map(({ minutes, signals, stops, nowAfter, target, percent }) => {
    const sorted = [...minutes].sort((a, b) => a - b);
    const clock = sorted.map((_, i) => signals[i]!);
    if (stops) clock[clock.length - 1] = 'stop';
    return { minutes: sorted, clock, now: sorted[sorted.length - 1]! + nowAfter, target, percent };
  });

describe('caseClock against a minute-by-minute model (property, seeded)', () => {
  it('counts elapsed and paused time, and reaches targets, as the model does', () => {
    fc.assert(
      fc.property(eventLists, ({ minutes, clock, now, target, percent }) => {
        const policy = definePolicy(policy20241007, {
          version: '2027-04-01',
          caseClock: { targets: { high: { resolution: target } }, warningPercent: percent },
        });
        const events: ClockEvent[] = minutes.map((m, i) => ({ at: m * MIN, clock: clock[i]! }));
        const d = caseClock(events, { now: now * MIN, urgency: 'high', policy });
        const expected = model(minutes, clock, now);
        expect(d.value.state).toBe(expected.state);
        expect(d.value.elapsedBusinessMinutes * MIN).toBeCloseTo(expected.elapsed, 6);
        expect(d.value.pausedBusinessMinutes * MIN).toBeCloseTo(expected.paused, 6);
        const breach = expected.reached(target * MIN);
        const warning = expected.reached((target * MIN * percent) / 100);
        expect(d.value.breachAt === null ? null : Date.parse(d.value.breachAt)).toBe(breach);
        expect(d.value.warningAt === null ? null : Date.parse(d.value.warningAt)).toBe(warning);
        // A target of exactly the elapsed time: reached at the earliest instant with that much, even when
        // the clock stopped, paused or now lies outside business hours just then.
        const exact = expected.elapsed / MIN;
        if (exact >= 1) {
          const policyExact = definePolicy(policy20241007, {
            version: '2027-04-01',
            caseClock: { targets: { high: { resolution: exact } } },
          });
          const e = caseClock(events, { now: now * MIN, urgency: 'high', policy: policyExact });
          expect(e.value.remainingBusinessMinutes).toBe(0);
          expect(Date.parse(e.value.breachAt!)).toBe(expected.reached(exact * MIN));
        }
      }),
      { seed: 20_261_228, numRuns: 300 },
    );
  });
});
