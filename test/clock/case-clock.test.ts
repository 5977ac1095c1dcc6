import { describe, expect, it } from 'vitest';
import { caseClock, canonicalJson, definePolicy, policy20241007, type ClockEvent } from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';

// The 2024-10-07 calendar (1.1.hours): Mon–Fri 09:30–18:30, closed on national holidays and over the
// year-end closure 12-29 – 01-03. Days used below (weekdays worked out from Mon 2026-12-28):
// Mon 2026-12-28 open; Tue 12-29 – Sun 2027-01-03 closed (year-end; 01-01 元日 too);
// Mon 2027-01-04, Tue 01-05, Wed 01-06, Thu 01-07, Fri 01-08 open; Sat 01-09, Sun 01-10 closed;
// Mon 01-11 closed (成人の日, the second Monday of January: Mondays are 01-04 and 01-11); Tue 01-12 open.

const ISO = /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/;
const run = (at: string): ClockEvent => ({ at, clock: 'run' });
const pause = (at: string): ClockEvent => ({ at, clock: 'pause' });
const stop = (at: string): ClockEvent => ({ at, clock: 'stop' });

describe('caseClock under 2024-10-07 (time only: the text sets no targets)', () => {
  it('counts a normal day without a lunch break', () => {
    // Tue 2027-01-05: run from 09:00 (before opening), pause at 12:00, run again at 14:00, now 19:00 (after close).
    // Elapsed: 09:30–12:00 = 150, 14:00–18:30 = 270 → 420. Paused: 12:00–14:00 = 120 (the policy has no lunch break).
    const d = caseClock(
      [run('2027-01-05T09:00+09:00'), pause('2027-01-05T12:00+09:00'), run('2027-01-05T14:00+09:00')],
      {
        now: '2027-01-05T19:00+09:00',
      },
    );
    expect(d.outcome).toBe('running');
    expect(d.value.state).toBe('running');
    expect(d.value.elapsedBusinessMinutes).toBe(420);
    expect(d.value.pausedBusinessMinutes).toBe(120);
    expect(d.value.countedTo).toBe('2027-01-05T19:00:00+09:00');
    expect(d.policyVersion).toBe('2024-10-07');
  });

  it('pauses across the year-end closure', () => {
    // Run Mon 2026-12-28 17:30, pause 18:00, run Mon 2027-01-04 10:00, now 11:00.
    // Elapsed: 17:30–18:00 = 30, plus 10:00–11:00 = 60 → 90.
    // Paused: 18:00–18:30 on 12-28 = 30, 12-29 – 01-03 closed = 0, 09:30–10:00 on 01-04 = 30 → 60.
    const d = caseClock(
      [run('2026-12-28T17:30+09:00'), pause('2026-12-28T18:00+09:00'), run('2027-01-04T10:00+09:00')],
      { now: '2027-01-04T11:00+09:00' },
    );
    expect(d.value.elapsedBusinessMinutes).toBe(90);
    expect(d.value.pausedBusinessMinutes).toBe(60);
    expect(d.value.target).toBeNull();
    expect([d.value.remainingBusinessMinutes, d.value.breachAt, d.value.warningAt]).toEqual([null, null, null]);
    expect(d.reasons.map((r) => r.code)).toEqual([
      'CLOCK_RUNNING',
      'WAITING_TIME_NOT_COUNTED',
      'NO_TARGET',
      'BUSINESS_HOURS_ONLY',
    ]);
    expect(d.clauses).toEqual(['1.2.case', '2.1.data', '1.1.hours']);
    // 90 minutes is 1 hour 30; 60 minutes is 1 hour; 2027-01-04 is a Monday.
    const [running, waited, noTarget] = d.reasons;
    expect(running!.message.ja).toContain('2027年1月4日(月) 11:00時点');
    expect(running!.message.ja).toContain('営業時間で1時間30分');
    expect(running!.message.en).toContain('Mon 4 Jan 2027, 11:00 (JST)');
    expect(running!.message.en).toContain('1 hour 30 minutes of business time');
    expect(waited!.message.ja).toContain('営業時間で1時間)');
    expect(noTarget!.note?.ja).toContain('2024年10月7日版');
    for (const r of d.reasons) {
      expect(r.message.ja).toMatch(/です。$|ます。$|ません。$/);
      expect(r.message.ja).not.toMatch(ISO);
      expect(r.message.en).not.toMatch(ISO);
    }
  });

  it('says which hours it counts: the policy version’s own, not a fixed 土日 rule (1.1.hours)', () => {
    // 2024-10-07: 月曜日から金曜日 … の 9:30~18:30, closed on national holidays and 12-29 – 01-03.
    const d = caseClock([run('2027-01-04T10:00+09:00')], { now: '2027-01-04T11:00+09:00' });
    const hoursOnly = d.reasons.find((r) => r.code === 'BUSINESS_HOURS_ONLY')!;
    expect(hoursOnly.message).toEqual({
      ja: '時間は、受付時間である月曜日から金曜日(祝日・年末年始休業(12月29日〜1月3日)を除く)の09:30〜18:30の間だけで数えています。',
      en: 'Time is counted within reception hours only: Monday to Friday, 09:30–18:30 (JST), except national holidays and the year-end/new-year closure (29 Dec – 3 Jan).',
    });
    // A version open on Saturday mornings counts Saturdays, and says so (before, the sentence said 土日 never count).
    const weekday = [{ open: '09:30', close: '18:30' }];
    const saturdays = definePolicy(policy20241007, {
      version: '2027-04-01',
      calendar: {
        hours: {
          mon: weekday,
          tue: weekday,
          wed: weekday,
          thu: weekday,
          fri: weekday,
          sat: [{ open: '10:00', close: '12:00' }],
        },
      },
    });
    // Sat 2027-01-09 10:00–11:00 is within the Saturday hours: 60 minutes.
    const sat = caseClock([run('2027-01-09T10:00+09:00')], { now: '2027-01-09T11:00+09:00', policy: saturdays });
    expect(sat.value.elapsedBusinessMinutes).toBe(60);
    const words = sat.reasons.find((r) => r.code === 'BUSINESS_HOURS_ONLY')!.message;
    expect(words.ja).toContain('月曜日から金曜日の09:30〜18:30、土曜日の10:00〜12:00');
    expect(words.ja).not.toContain('土日');
    expect(words.en).toContain('Monday to Friday, 09:30–18:30; Saturday, 10:00–12:00 (JST)');
  });

  it('says since when it waits', () => {
    // Paused since Fri 2027-01-08 15:00; now Tue 01-12 10:00. Paused: 15:00–18:30 = 210, Mon 01-11 is 成人の日,
    // 09:30–10:00 on 01-12 = 30 → 240. Elapsed: Fri 14:00–15:00 = 60.
    const d = caseClock([run('2027-01-08T14:00+09:00'), pause('2027-01-08T15:00+09:00')], {
      now: '2027-01-12T10:00+09:00',
    });
    expect(d.outcome).toBe('paused');
    expect([d.value.elapsedBusinessMinutes, d.value.pausedBusinessMinutes]).toEqual([60, 240]);
    expect(d.reasons[0]!.code).toBe('CLOCK_PAUSED');
    expect(d.reasons[0]!.message.ja).toContain('2027年1月8日(金) 15:00からお客様のご連絡をお待ちしています');
  });

  it('stops at the stop and counts no further', () => {
    // Run Tue 01-05 10:00, pause 11:00, run Wed 01-06 10:00, stop 12:00; now Fri 01-08.
    // Elapsed: 60 + 120 = 180. Paused: 11:00–18:30 = 450, then 09:30–10:00 on 01-06 = 30 → 480.
    const d = caseClock(
      [
        run('2027-01-05T10:00+09:00'),
        pause('2027-01-05T11:00+09:00'),
        run('2027-01-06T10:00+09:00'),
        stop('2027-01-06T12:00+09:00'),
      ],
      { now: '2027-01-08T12:00+09:00' },
    );
    expect(d.outcome).toBe('stopped');
    expect([d.value.elapsedBusinessMinutes, d.value.pausedBusinessMinutes]).toEqual([180, 480]);
    expect(d.value.countedTo).toBe('2027-01-06T12:00:00+09:00');
    expect(d.reasons[0]!.message.ja).toBe(
      'このお問い合わせへの対応は2027年1月6日(水) 12:00に終了しました。対応にかかった時間は営業時間で3時間です。',
    );
  });

  it('counts time before the opening as neither handled nor waited, and repeated signals once', () => {
    // Run at 08:00 and again at 09:00 (one run), now 10:00 on Tue 01-05: 09:30–10:00 = 30.
    const d = caseClock([run('2027-01-05T08:00+09:00'), run('2027-01-05T09:00+09:00')], {
      now: '2027-01-05T10:00+09:00',
    });
    expect([d.value.elapsedBusinessMinutes, d.value.pausedBusinessMinutes]).toEqual([30, 0]);
    expect(d.reasons.map((r) => r.code)).not.toContain('WAITING_TIME_NOT_COUNTED');
  });

  it('leaves the built-in policy without a caseClock section (its content and digest unchanged)', () => {
    expect('caseClock' in policy20241007).toBe(false);
    expect(canonicalJson(policy20241007)).not.toContain('caseClock');
  });
});

describe('caseClock with targets from a policy version', () => {
  // A test version: high urgency, final answer within 120 business minutes, first response within 30;
  // warning at 75 % (90 of 120 minutes; 22.5 of 30).
  const policy = definePolicy(policy20241007, {
    version: '2027-04-01',
    caseClock: { targets: { high: { resolution: 120, firstResponse: 30 } }, warningPercent: 75 },
  });
  const high = { urgency: 'high', policy } as const;

  it('gives breachAt and warningAt ahead of a running clock, over a weekend and a holiday', () => {
    // Run Fri 01-08 17:30, now 18:00: elapsed 30, remaining 90.
    // Breach: 30 minutes to the 18:30 close, Sat, Sun and Mon 01-11 (成人の日) closed, 60 minutes from
    // 09:30 on Tue 01-12 → 10:30. Warning at 90 minutes: 60 more → 30 + 30 → 10:00 on 01-12.
    const d = caseClock([run('2027-01-08T17:30+09:00')], { now: '2027-01-08T18:00+09:00', ...high });
    expect(d.value.target).toEqual({
      measure: 'resolution',
      urgency: 'high',
      businessMinutes: 120,
      warningPercent: 75,
      status: 'on-track',
    });
    expect(d.value.remainingBusinessMinutes).toBe(90);
    expect(d.value.breachAt).toBe('2027-01-12T10:30:00+09:00');
    expect(d.value.warningAt).toBe('2027-01-12T10:00:00+09:00');
    const onTrack = d.reasons.find((r) => r.code === 'TARGET_ON_TRACK')!;
    expect(onTrack.message.ja).toBe(
      '緊急度「高」のお問い合わせの最終回答は、営業時間で2時間以内を目標としています。残りは営業時間で1時間30分で、このまま対応を続けた場合、目標時刻は2027年1月12日(火) 10:30です。',
    );
    expect(onTrack.message.en).toContain('Tue 12 Jan 2027, 10:30 (JST)');
    expect(onTrack.note?.en).toContain('policy version in force');
  });

  it('warns at the threshold (75 % reached exactly counts)', () => {
    // Run Tue 01-12 09:30, now 11:00: elapsed 90 = 75 % of 120. Warning reached at 11:00; breach at 11:30.
    const d = caseClock([run('2027-01-12T09:30+09:00')], { now: '2027-01-12T11:00+09:00', ...high });
    expect(d.value.target?.status).toBe('warning');
    expect(d.value.warningAt).toBe('2027-01-12T11:00:00+09:00');
    expect(d.value.breachAt).toBe('2027-01-12T11:30:00+09:00');
    expect(d.reasons.find((r) => r.code === 'TARGET_WARNING')?.message.ja).toContain('目標の75%を超えました');
  });

  it('reaches the target at the close, the earliest instant with 120 minutes', () => {
    // Run Tue 01-12 16:30, now 18:30: exactly 120 minutes, still within the target; reached at 18:30.
    const d = caseClock([run('2027-01-12T16:30+09:00')], { now: '2027-01-12T18:30+09:00', ...high });
    expect(d.value.remainingBusinessMinutes).toBe(0);
    expect(d.value.target?.status).toBe('warning');
    expect(d.value.breachAt).toBe('2027-01-12T18:30:00+09:00');
  });

  it('reaches the target exactly at a stop, or before a now outside business hours', () => {
    // Run 16:30, stop 18:30: 120 minutes exactly, met, reached at the stop.
    const stopped = caseClock([run('2027-01-12T16:30+09:00'), stop('2027-01-12T18:30+09:00')], {
      now: '2027-01-13T10:00+09:00',
      ...high,
    });
    expect([stopped.value.target?.status, stopped.value.breachAt]).toEqual(['met', '2027-01-12T18:30:00+09:00']);
    // Run 16:30, now 09:00 the next morning (before the opening): still 120, reached at 18:30 the evening before.
    const overnight = caseClock([run('2027-01-12T16:30+09:00')], { now: '2027-01-13T09:00+09:00', ...high });
    expect(overnight.value.breachAt).toBe('2027-01-12T18:30:00+09:00');
  });

  it('keeps the past breach instant while paused, and says by how much', () => {
    // Run 01-12 09:30, pause 12:00 (150 minutes: 30 over), now 15:00. Reached 120 at 11:30, 90 at 11:00.
    const d = caseClock([run('2027-01-12T09:30+09:00'), pause('2027-01-12T12:00+09:00')], {
      now: '2027-01-12T15:00+09:00',
      ...high,
    });
    expect(d.outcome).toBe('paused');
    expect(d.value.target?.status).toBe('breached');
    expect(d.value.remainingBusinessMinutes).toBe(-30);
    expect(d.value.breachAt).toBe('2027-01-12T11:30:00+09:00');
    expect(d.value.warningAt).toBe('2027-01-12T11:00:00+09:00');
    expect(d.reasons.find((r) => r.code === 'TARGET_BREACHED')?.message.ja).toContain(
      '目標時刻は2027年1月12日(火) 11:30で、すでに営業時間で30分を超えています',
    );
  });

  it('has no breach instant while paused before the target', () => {
    // Run 09:30, pause 10:00 (30 minutes), now 15:00: 90 left, no date until handling resumes.
    const d = caseClock([run('2027-01-12T09:30+09:00'), pause('2027-01-12T10:00+09:00')], {
      now: '2027-01-12T15:00+09:00',
      ...high,
    });
    expect(d.value.target?.status).toBe('on-track');
    expect([d.value.remainingBusinessMinutes, d.value.breachAt, d.value.warningAt]).toEqual([90, null, null]);
    expect(d.reasons.map((r) => r.code)).toContain('TARGET_ON_HOLD');
  });

  it('is met or missed once stopped', () => {
    // Stopped at 11:00 after 90 minutes: met; the warning was reached at the stop, the target never.
    const met = caseClock([run('2027-01-12T09:30+09:00'), stop('2027-01-12T11:00+09:00')], {
      now: '2027-01-13T10:00+09:00',
      ...high,
    });
    expect([met.value.target?.status, met.value.breachAt, met.value.warningAt]).toEqual([
      'met',
      null,
      '2027-01-12T11:00:00+09:00',
    ]);
    // Stopped at 12:00 after 150 minutes: missed by 30, reached at 11:30.
    const missed = caseClock([run('2027-01-12T09:30+09:00'), stop('2027-01-12T12:00+09:00')], {
      now: '2027-01-13T10:00+09:00',
      ...high,
    });
    expect([missed.value.target?.status, missed.value.breachAt]).toEqual(['missed', '2027-01-12T11:30:00+09:00']);
    expect(missed.reasons.find((r) => r.code === 'TARGET_MISSED')?.message.ja).toContain(
      '目標を営業時間で30分超えました',
    );
  });

  it('measures the first response on its own target', () => {
    // 30 minutes for the first response; run 09:30, now 09:45: 15 left → 10:00. Warning at 22.5 minutes → 09:52:30.
    const d = caseClock([run('2027-01-12T09:30+09:00')], {
      now: '2027-01-12T09:45+09:00',
      measure: 'first-response',
      ...high,
    });
    expect(d.value.target?.businessMinutes).toBe(30);
    expect(d.value.breachAt).toBe('2027-01-12T10:00:00+09:00');
    expect(d.value.warningAt).toBe('2027-01-12T09:52:30+09:00');
    expect(d.reasons.find((r) => r.code === 'TARGET_ON_TRACK')?.message.ja).toContain('初回のご回答');
  });

  it('adds a part-minute across the close', () => {
    // Run 18:29:30, now 18:30: 30 s elapsed, 29.5 minutes left to the first response. From 18:30 the clock stands
    // still until 09:30 on Wed 01-13: 29 min 30 s after it is 09:59:30.
    const d = caseClock([run('2027-01-12T18:29:30+09:00')], {
      now: '2027-01-12T18:30+09:00',
      measure: 'first-response',
      ...high,
    });
    expect(d.value.elapsedBusinessMinutes).toBe(0.5);
    expect(d.value.remainingBusinessMinutes).toBe(29.5);
    expect(d.value.breachAt).toBe('2027-01-13T09:59:30+09:00');
  });

  it('reports time only for an urgency without a target, or without an urgency', () => {
    const medium = caseClock([run('2027-01-12T09:30+09:00')], {
      now: '2027-01-12T10:00+09:00',
      urgency: 'medium',
      policy,
    });
    expect(medium.value.target).toBeNull();
    expect(medium.reasons.find((r) => r.code === 'NO_TARGET_FOR_URGENCY')?.message.ja).toContain('緊急度「中」');
    const unknown = caseClock([run('2027-01-12T09:30+09:00')], { now: '2027-01-12T10:00+09:00', policy });
    expect(unknown.value.breachAt).toBeNull();
    expect(unknown.reasons.map((r) => r.code)).toContain('NO_TARGET_FOR_URGENCY');
  });

  it('refuses a bad caseClock section of a policy', () => {
    const bad = (caseClock: unknown) => () =>
      definePolicy(policy20241007, { version: '2027-04-01', caseClock } as never);
    expect(codeOf(bad({ targets: { high: { resolution: 0 } } }))).toBe('INVALID_POLICY');
    expect(codeOf(bad({ targets: {}, warningPercent: 100 }))).toBe('INVALID_POLICY');
    expect(codeOf(bad({ targets: { urgent: { resolution: 60 } } }))).toBe('INVALID_POLICY');
    expect(codeOf(bad({ targets: { high: { resolution: 60 } }, warningPercent: 80 }))).toBe('no error');
  });
});

describe('caseClock: bad input', () => {
  const now = '2027-01-12T12:00+09:00';

  it('refuses an empty or malformed list', () => {
    expect(codeOf(() => caseClock([], { now }))).toBe('INVALID_INPUT');
    expect(codeOf(() => caseClock([{ at: '2027-01-12T10:00+09:00', clock: 'halt' }] as never, { now }))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => caseClock('run' as never, { now }))).toBe('INVALID_INPUT');
  });

  it('names the event out of order', () => {
    const e = errorOf(() => caseClock([run('2027-01-12T10:00+09:00'), pause('2027-01-12T09:00+09:00')], { now }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: [1, 'at'], message: expect.stringContaining('earlier than item 0') }]);
    expect(e.message).toMatch(/^invalid events: 1\.at: /);
  });

  it('names an event after the stop, and one after now', () => {
    const afterStop = errorOf(() =>
      caseClock([run('2027-01-12T09:30+09:00'), stop('2027-01-12T10:00+09:00'), run('2027-01-12T11:00+09:00')], {
        now,
      }),
    );
    expect(afterStop.code).toBe('INVALID_INPUT');
    expect(afterStop.issues[0]!.path).toEqual([2, 'clock']);
    const afterNow = errorOf(() => caseClock([run('2027-01-12T13:00+09:00')], { now }));
    expect(afterNow.code).toBe('INVALID_INPUT');
    expect(afterNow.issues[0]!.path).toEqual([0, 'at']);
  });

  it('names a bad instant (INVALID_INSTANT, as everywhere in the library)', () => {
    const e = errorOf(() => caseClock([run('2027-01-12T09:30+09:00'), pause('2027-02-30T10:00+09:00')], { now }));
    expect(e.code).toBe('INVALID_INSTANT');
    expect(e.message).toContain('events[1].at');
    // The field is in the issues too, as for every other bad field: an adapter marks the row without reading the message.
    expect(e.issues.map((i) => i.path)).toEqual([[1, 'at']]);
    expect(codeOf(() => caseClock([run('2027-01-12T09:30+09:00')], { now: 'soon' }))).toBe('INVALID_INSTANT');
  });

  it('needs now, and an urgency of the policy', () => {
    expect(codeOf(() => caseClock([run('2027-01-12T09:30+09:00')], undefined as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => caseClock([run('2027-01-12T09:30+09:00')], {} as never))).toBe('INVALID_INPUT');
    const twoLevels = definePolicy(policy20241007, { version: '2027-04-01', urgencyLevels: ['high', 'medium'] });
    const e = errorOf(() => caseClock([run('2027-01-12T09:30+09:00')], { now, urgency: 'low', policy: twoLevels }));
    expect([e.code, e.issues[0]!.path]).toEqual(['INVALID_INPUT', ['urgency']]);
  });

  it('answers OUT_OF_COVERAGE beyond the holiday data', () => {
    expect(codeOf(() => caseClock([run('2051-01-04T10:00+09:00')], { now: '2051-01-04T11:00+09:00' }))).toBe(
      'OUT_OF_COVERAGE',
    );
  });
});
