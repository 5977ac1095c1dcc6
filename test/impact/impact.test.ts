import { describe, expect, it } from 'vitest';
import { createImpactReport, definePolicy, policy20241007, policyDigest, policyImpact } from '../../src/index.js';

// The draft changes 3.3.eos (180 → 365 days) and 6.lead-time (10 → 15 business days).
const draft = definePolicy(policy20241007, {
  version: '2027-04-01',
  releases: { endOfSupportDays: 365 },
  clientApps: { leadTimeBusinessDays: 15 },
});

const lines = [
  '{"rule":"releaseEndOfSupport","args":["2026-04-01"],"id":"eos-1"}',
  // 28 Sep 2026: the last day under 180 days; under 365 (to 2027-04-01) still supported, 185 days left.
  '{"rule":"releaseSupportStatus","args":[{"release":"2.3","successorGa":"2026-04-01","on":"2026-09-29"}]}',
  '{"rule":"clientAppDeliveryDate","args":["2026-12-25T10:00+09:00"]}',
  '{"rule":"classifyVersionUp","args":["2.3","3.0"]}',
  '',
  '{"rule":"releaseEndOfSupport","args":["2026-02-30"]}',
  'not json',
  '{"rule":"nope","args":[]}',
];

describe('policyImpact (4.2.policy-change: what a new version moves)', () => {
  it('counts changed, unchanged and errors, by rule, by clause and by transition', async () => {
    const report = await policyImpact(lines, policy20241007, draft);
    expect(report.totals).toEqual({ total: 7, changed: 3, unchanged: 1, errors: 3 });
    expect(report.errorsByCode).toEqual({ INVALID_DATE: 1, INVALID_INPUT: 2 });
    expect(report.byRule.releaseEndOfSupport).toEqual({ total: 2, changed: 1 });
    expect(report.byRule.classifyVersionUp).toEqual({ total: 1, changed: 0 });
    expect(report.byClause['3.3.eos']?.changed).toBe(2);
    expect(report.byClause['6.lead-time']).toEqual({ total: 1, changed: 1 });
    expect(report.byClause['3.1.kinds']).toEqual({ total: 1, changed: 0 });
    expect(Object.keys(report.transitions).sort()).toEqual([
      'due → due, date moved',
      'ended → support-ending',
      'ends → ends, date moved',
    ]);
    expect([report.oldDigest, report.newDigest]).toEqual([policyDigest(policy20241007), policyDigest(draft)]);
  });

  it('shows examples with the paths that moved', async () => {
    const report = await policyImpact(lines, policy20241007, draft);
    const eos = report.transitions['ends → ends, date moved']?.examples[0];
    expect(eos?.line).toBe(1);
    expect(eos?.id).toBe('eos-1');
    // 2026-04-01 + 365 days = 2027-04-01 (no 29 February in between).
    expect(eos?.changes).toContainEqual({ path: 'lastSupportedDate', old: '2026-09-28', new: '2027-04-01' });
    expect(eos?.changes).toContainEqual({ path: 'days', old: 180, new: 365 });
    // 15 business days after Fri 2026-12-25: … 15 Jan (10), 18–22 Jan (11–15).
    const due = report.transitions['due → due, date moved']?.examples[0];
    expect(due?.changes).toContainEqual({ path: 'dueDate', old: '2027-01-15', new: '2027-01-22' });
  });

  it('calls a change that moves no date "value changed"', async () => {
    const fee = definePolicy(policy20241007, { version: '2027-04-01', clientApps: { paid: false } });
    const report = await policyImpact(
      ['{"rule":"clientAppDeliveryDate","args":["2026-12-25T10:00+09:00"]}'],
      policy20241007,
      fee,
    );
    expect(Object.keys(report.transitions)).toEqual(['due → due, value changed']);
  });

  it('under the same policy nothing changes', async () => {
    const report = await policyImpact(lines, policy20241007, policy20241007);
    expect(report.totals.changed).toBe(0);
    expect(report.transitions).toEqual({});
  });

  it('keeps at most `examples` examples per kind, reading an async stream', async () => {
    async function* many() {
      for (let i = 0; i < 50; i++) yield { rule: 'releaseEndOfSupport', args: ['2026-04-01'], id: i };
    }
    const report = await policyImpact(many(), policy20241007, draft, { examples: 2 });
    const t = report.transitions['ends → ends, date moved'];
    expect([t?.count, t?.examples.length]).toEqual([50, 2]);
  });

  it('createImpactReport adds calls one at a time', () => {
    const impact = createImpactReport(policy20241007, draft);
    impact.add({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] });
    expect(impact.report().totals.changed).toBe(1);
  });
});
