import { describe, expect, it } from 'vitest';
import {
  CsPolicyError,
  calendarOf,
  definePolicy,
  diffPolicies,
  parsePolicy,
  policy20241007,
  policySchema,
} from '../../src/index.js';

describe('policy 2024-10-07 as data (4.2.policy-change versions)', () => {
  it('holds the parameters of the text', () => {
    expect(policy20241007.version).toBe('2024-10-07');
    expect(policy20241007.calendar.hours).toEqual({ open: '09:30', close: '18:30' }); // 1.1.hours 9:30~18:30
    expect(policy20241007.releases.endOfSupportDays).toBe(180); // 3.3.eos 180日後
    expect(policy20241007.thirdParty.discretionaryEndNoticeDays).toBe(90); // 4.3.discretionary-end 90日前
    expect(policy20241007.clientApps.leadTimeBusinessDays).toBe(10); // 6.lead-time 10営業日
    expect(policy20241007.cloud.featureChangeNoticeDays).toBe(14); // 5.feature-change 2週間前
    expect(policy20241007.representatives.perCompany).toBe(1); // 1.2.representative 1企業1名
    expect(policy20241007.contacts.emergencyPhone).toBe('03-5776-2167'); // 1.1.contacts
    expect(policy20241007.products.map((p) => p.name.ja)).toEqual(['KAITOシリーズ', 'セカイカート']); // 1.1.products
  });

  it('is validated by its schema and deeply frozen', () => {
    // The object is not parsed at import: this is where it is validated, and parsing must
    // change nothing (every default is already written out).
    expect(policySchema.safeParse(policy20241007).success).toBe(true);
    expect(policySchema.parse(policy20241007)).toEqual(policy20241007);
    expect(JSON.stringify(policySchema.parse(policy20241007))).toBe(JSON.stringify(policy20241007));
    expect(Object.isFrozen(policy20241007)).toBe(true);
    expect(Object.isFrozen(policy20241007.calendar.hours)).toBe(true);
    expect(Object.isFrozen(policy20241007.products[0])).toBe(true);
    expect(() => {
      (policy20241007.releases as { endOfSupportDays: number }).endOfSupportDays = 365;
    }).toThrow(TypeError);
  });
});

describe('definePolicy and diffPolicies', () => {
  const policy2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });

  it('makes a new frozen version that overrides only what it names', () => {
    expect(policy2027.version).toBe('2027-04-01');
    expect(policy2027.releases.endOfSupportDays).toBe(365);
    expect(policy2027.calendar).toEqual(policy20241007.calendar);
    expect(Object.isFrozen(policy2027)).toBe(true);
    expect(policy20241007.releases.endOfSupportDays).toBe(180);
  });

  it('lists what changed with the clauses each change touches (3.3.eos)', () => {
    expect(diffPolicies(policy20241007, policy2027)).toEqual([
      // The intake JSON Schema names the version (1.2.form); the release rules cite these clauses (see diff-clauses.test.ts).
      { path: 'version', from: '2024-10-07', to: '2027-04-01', clauses: ['4.2.policy-change', '1.2.form'] },
      {
        path: 'releases.endOfSupportDays',
        from: 180,
        to: 365,
        clauses: ['3.recommend-latest', '3.2.notice', '3.2.verification', '3.3.eos', '3.3.after-eos', '3.3.migrate'],
      },
    ]);
    expect(diffPolicies(policy20241007, policy20241007)).toEqual([]);
  });

  it('gives a new calendar to a version with company closures (1.1.hours)', () => {
    const withSummer = definePolicy(policy20241007, {
      version: '2027-07-01',
      calendar: { closures: [{ from: '2027-08-12', to: '2027-08-16', label: '夏季休業' }] },
    });
    expect(calendarOf(withSummer).isBusinessDay('2027-08-12')).toBe(false);
    expect(calendarOf(policy20241007).isBusinessDay('2027-08-12')).toBe(true);
    expect(diffPolicies(policy20241007, withSummer).map((c) => c.path)).toEqual(['version', 'calendar.closures']);
  });

  it.each([
    [{ version: '2027-04-01', releases: { endOfSupportDays: -1 } }, 'releases.endOfSupportDays'],
    [{ version: '2027-04-01', releases: { endOfSupportDays: 1.5 } }, 'releases.endOfSupportDays'],
    [{ version: '2027-04-01', releases: { endOfSupportDayz: 365 } }, 'releases'],
    [{ version: 'next' }, 'version'],
    [{ version: '2024-10-07' }, 'version'],
    [{ version: '2027-04-01', calendar: { hours: { open: '18:30', close: '09:30' } } }, 'calendar.hours.close'],
  ])('refuses bad overrides %j, naming %s', (overrides, field) => {
    try {
      definePolicy(policy20241007, overrides as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsPolicyError);
      expect((error as CsPolicyError).code).toBe('INVALID_POLICY');
      expect((error as CsPolicyError).message).toContain(field);
    }
  });

  it('parses a whole policy from JSON', () => {
    const json = JSON.parse(JSON.stringify({ ...policy20241007, version: '2025-01-01' }));
    expect(parsePolicy(json).version).toBe('2025-01-01');
    expect(() => parsePolicy({ ...json, cloud: {} })).toThrow(/cloud\.featureChangeNoticeDays/);
  });
});
