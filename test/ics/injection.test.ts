import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { closuresToIcs, icsFileName, type Obligation, obligationsToIcs } from '../../src/ics/index.js';
import { definePolicy, obligationsFor, policy20241007 } from '../../src/index.js';
import { codeOf } from '../helpers.js';

// Issue 9, "iCalendar injection": every text that reaches the file is escaped or refused, UIDs are the
// library's own, and no date is written that iCalendar cannot hold. Every file is read back with ical.js
// (Mozilla's parser, independent of ical-generator, which writes them).

const stamp = '2026-11-25T00:00:00Z';
const FORGED = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged@evil\r\nDTSTART:20270101T000000Z\r\nSUMMARY:forged\r\n';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events, uids: events.map((e) => String(e.getFirstPropertyValue('uid'))) };
}

function obligation(overrides: Partial<Obligation> = {}): Obligation {
  return {
    id: 'release.general-availability',
    what: { ja: 'GA', en: 'GA' },
    due: { kind: 'date', date: '2027-04-01' },
    deadline: 'on',
    party: 'company',
    clause: '3.3.eos',
    reasons: [],
    ...overrides,
  };
}

describe('no text can add a line of its own to the file', () => {
  it('refuses a calendar name with line breaks, and escapes ; , \\ in one without', () => {
    expect(codeOf(() => obligationsToIcs([obligation()], { stamp, name: `Deadlines${FORGED}` }))).toBe(
      'INVALID_OPTIONS',
    );
    const name = 'KAITO; 4.0, \\ deadlines';
    const { calendar, events } = parse(obligationsToIcs([obligation()], { stamp, name }));
    expect(events).toHaveLength(1);
    // NAME is TEXT (RFC 7986, RFC 5545 3.3.11); ical.js does not know NAME and hands back the raw value:
    // one property, with each special character escaped.
    expect(calendar.getAllProperties('name')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('name')).toBe('KAITO\\; 4.0\\, \\\\ deadlines');
  });

  it('refuses control characters in an obligation id, so an id cannot add an ATTENDEE', () => {
    for (const id of ['x\r\nATTENDEE:mailto:evil@example.com', 'x\nATTENDEE:mailto:evil@example.com', 'a\u0000b']) {
      expect(codeOf(() => obligationsToIcs([obligation({ id })], { stamp }))).toBe('INVALID_INPUT');
    }
  });

  it('keeps a forged event inside summaries and descriptions as text', () => {
    const hostile = `Announce${FORGED}ATTENDEE:mailto:evil@example.com`;
    const text = obligationsToIcs(
      [
        obligation({
          what: { ja: hostile, en: hostile },
          reasons: [{ code: 'X', clause: '3.3.eos', message: { ja: hostile, en: hostile } }],
        }),
      ],
      { stamp },
    );
    const { events } = parse(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.getAllProperties('attendee')).toEqual([]);
    // The text survives, line breaks and all (as "\n" escapes in the file).
    expect(String(events[0]!.getFirstPropertyValue('summary'))).toContain('BEGIN:VEVENT');
    expect(String(events[0]!.getFirstPropertyValue('uid'))).not.toContain('forged');
  });

  it("keeps a company closure's label with a forged event as one closure (1.1.hours)", () => {
    const policy = definePolicy(policy20241007, {
      version: '2027-07-01',
      calendar: { closures: [{ date: '2027-08-13', label: `夏季休業${FORGED}` }] },
    });
    const { events, uids } = parse(closuresToIcs({ from: '2027-08-13', to: '2027-08-13' }, { policy, stamp }));
    expect(uids).toEqual(['closure-20270813@cs-policy.jmas']);
    expect(events).toHaveLength(1);
  });
});

describe('UIDs are made from stable parts, unique per product, release, obligation and date', () => {
  // Two releases with the same GA day: the same obligation ids on the same dates.
  const release = (r: string) => ({ kind: 'release-ga', product: 'kaito', release: r, ga: '2027-04-01' }) as const;
  const fileOf = (r: string, withEvent: boolean) =>
    obligationsToIcs(obligationsFor(release(r)).value, { stamp, ...(withEvent ? { event: release(r) } : {}) });

  it.each([true, false])('two releases share none (event given: %s)', (withEvent) => {
    const a = parse(fileOf('4.0', withEvent)).uids;
    const b = parse(fileOf('4.1', withEvent)).uids;
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((uid) => b.includes(uid))).toEqual([]);
    expect(new Set(a).size).toBe(a.length);
  });

  it('are the same on every run, and made of safe characters only', () => {
    const first = parse(fileOf('4.0', true)).uids;
    expect(parse(fileOf('4.0', true)).uids).toEqual(first);
    for (const uid of first) expect(uid).toMatch(/^[a-z0-9.-]+@cs-policy\.jmas$/);
    // The GA (3.3.eos: the day GA happens) names its obligation, day, product and release.
    expect(first.some((uid) => uid.startsWith('release.general-availability.20270401.kaito.4.0.'))).toBe(true);
  });

  it('give a repeated obligation of a hand-made list its own UID', () => {
    expect(new Set(parse(obligationsToIcs([obligation(), obligation()], { stamp })).uids).size).toBe(2);
  });

  it('name files after the event, so two releases do not overwrite each other', () => {
    expect(icsFileName(release('4.0'))).toBe('cs-policy-release-ga-kaito-4.0-2027-04-01.ics');
    expect(icsFileName(release('4.1'))).toBe('cs-policy-release-ga-kaito-4.1-2027-04-01.ics');
    expect(icsFileName({ kind: 'discretionary-end', name: 'Windows 10', endsOn: '2027-06-30' })).toBe(
      'cs-policy-discretionary-end-windows-10-2027-06-30.ics',
    );
    expect(icsFileName({ from: '2027-01-01', to: '2027-12-31' })).toBe('cs-policy-closures-2027-01-01-2027-12-31.ics');
    // Two all-Japanese names differ by a hash of the name.
    const a = icsFileName({ kind: 'vendor-end-of-support', name: '旧OS', endsOn: '2027-06-30' });
    const b = icsFileName({ kind: 'vendor-end-of-support', name: '新OS', endsOn: '2027-06-30' });
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9.-]+\.ics$/);
    expect(codeOf(() => icsFileName(null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => icsFileName({ kind: 'nope' } as never))).toBe('INVALID_INPUT');
  });
});

describe('only dates iCalendar can hold are written', () => {
  it('refuses closures outside the holiday data, 1970–2050 (1.1.hours)', () => {
    expect(codeOf(() => closuresToIcs({ from: '1969-12-31', to: '1970-01-01' }, { stamp }))).toBe('OUT_OF_COVERAGE');
    expect(codeOf(() => closuresToIcs({ from: '2050-12-31', to: '2051-01-01' }, { stamp }))).toBe('OUT_OF_COVERAGE');
    expect(parse(closuresToIcs({ from: '2050-12-31', to: '2050-12-31' }, { stamp })).uids).toEqual([
      'closure-20501231@cs-policy.jmas',
    ]);
  });

  it('refuses instants and stamps beyond the years 0000–9999, and dates that are not YYYY-MM-DD', () => {
    // 9999-12-31 23:30 at UTC−05:00 is 10000-01-01 13:30 in Tokyo: no four-digit year.
    const late = obligation({ due: { kind: 'instant', at: '9999-12-31T23:30:00-05:00' } });
    expect(codeOf(() => obligationsToIcs([late], { stamp }))).toBe('INVALID_INPUT');
    expect(
      codeOf(() => obligationsToIcs([obligation({ due: { kind: 'date', date: '10000-01-01' } })], { stamp })),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => obligationsToIcs([obligation({ due: { kind: 'date', date: '2027-02-30' } })], { stamp }))).toBe(
      'INVALID_INPUT',
    );
    // 253402300800000 ms is 10000-01-01T00:00:00Z.
    expect(codeOf(() => obligationsToIcs([obligation()], { stamp: 253_402_300_800_000 }))).toBe('INVALID_OPTIONS');
    // The last instant of 9999 in both zones still writes and parses: 9999-12-31T14:59:59Z is 23:59:59 JST.
    const last = obligation({ due: { kind: 'instant', at: '9999-12-31T14:59:59Z' } });
    const { events } = parse(obligationsToIcs([last], { stamp }));
    expect(events[0]!.getFirstPropertyValue('dtstart')!.toString()).toBe('9999-12-31T23:59:59');
  });
});

describe('reminders: a display alarm N days before each obligation', () => {
  const event = { kind: 'feature-change', changeOn: '2027-03-15' } as const;

  it('writes one VALARM per day count, in both languages, that parses back', () => {
    // 5.feature-change: the notice is targeted 14 days before the change (2027-03-01), then the change itself.
    const obligations = obligationsFor(event).value;
    const { events } = parse(obligationsToIcs(obligations, { stamp, event, reminders: [1, 7, 7, 0] }));
    expect(events).toHaveLength(obligations.length);
    for (const vevent of events) {
      const alarms = vevent.getAllSubcomponents('valarm');
      // Duplicates dropped, earliest first: 7, 1, 0 days before.
      expect(alarms.map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P7D', '-P1D', 'PT0S']);
      expect(alarms.every((a) => a.getFirstPropertyValue('action') === 'DISPLAY')).toBe(true);
      const description = String(alarms[0]!.getFirstPropertyValue('description'));
      expect(description).toMatch(/^【7日前】.+\n\[In 7 days\] .+$/);
      expect(String(alarms[2]!.getFirstPropertyValue('description'))).toMatch(/^【当日】.+\n\[Today\] .+$/);
    }
  });

  it.each([[[-1]], [[1.5]], [[366]], [['7']], [Array.from({ length: 11 }, (_, i) => i)]])(
    'refuses reminders %j',
    (reminders) => {
      expect(codeOf(() => obligationsToIcs([obligation()], { stamp, reminders: reminders as never }))).toBe(
        'INVALID_OPTIONS',
      );
    },
  );
});
