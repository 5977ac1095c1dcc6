import { describe, expect, expectTypeOf, it } from 'vitest';
import * as lib from '../../src/index.js';
import {
  decideCall,
  definePolicy,
  inForceDate,
  parseRuleCall,
  policy20241007,
  policyForCall,
  ruleArgumentsJsonSchema,
  RULES,
  type Decision,
  type RuleName,
} from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';
import { SAMPLE_CALLS } from './sample-calls.js';

// Every function the package exports that does not return a Decision. A new export must be
// classified: listed here, or registered in RULES (the test below fails otherwise).
const NOT_RULES = new Set([
  'hoursSummary', // calendar: one { open, close } for texts (issue 12)
  'hoursText', // words: the week's hours in words (issue 12)
  'durationText', // words: minutes as hours and minutes
  'CsPolicyError',
  'isCsPolicyError',
  'calendarOptionsSchema',
  'createBusinessCalendar',
  'parseCabinetOfficeHolidays',
  'isBusinessDay',
  'describeDay',
  'isWithinBusinessHours',
  'nextBusinessOpening',
  'addBusinessDays',
  'businessDaysBetween',
  'addBusinessMinutes',
  'businessMinutesBetween',
  'holidaysBetween',
  'closedDaysBetween',
  'toJstIsoString',
  'closureText',
  'closureName',
  'renderDecision',
  'definePolicy',
  'parsePolicy',
  'diffPolicies',
  'clausesOfParameter',
  'calendarOf',
  'addCalendarDays',
  'calendarDaysBetween',
  'reason',
  'decide', // the decision builder every rule returns through, not a rule
  'contactTable', // a table of contact details, not a Decision
  'caseIntakeJsonSchema',
  'startCase', // a new case state, not a Decision
  'toEndOfLifeDate', // an endoflife.date export, not a Decision
  'isRuleName',
  'decideCall',
  'parseRuleCall',
  'ruleCallSchema',
  'inForceDate',
  'policyForCall',
  'ruleArgumentsJsonSchema',
  'policyDigest',
  'canonicalJson',
  'jsonDigest',
  'policyInForce',
  'runScenarios',
  'parseScenarioFile',
  'scenarioReportToJUnit',
  'policyImpact',
  'createImpactReport',
  'decisionRecord',
  'redactPersonalData',
  'clockEventsFromHistory', // clock events from a case history, not a Decision
  'parseLenientDate', // reads a date as people type it, for adapters; not a Decision
  'parseLenientInstant',
]);

type Lib = typeof lib;
// biome-ignore lint/suspicious/noExplicitAny: any parameters, to match every function type.
type DecisionReturning = { [K in keyof Lib]: Lib[K] extends (...args: any[]) => Decision ? K : never }[keyof Lib];

describe('the rule registry (every exported function returning a Decision)', () => {
  it('lists every exported function that returns a Decision (types)', () => {
    // `decide` builds decisions for rules; everything else returning one must be registered.
    expectTypeOf<Exclude<DecisionReturning, RuleName | 'decide' | 'decideCall'>>().toEqualTypeOf<never>();
  });

  it('classifies every exported function: a rule in RULES, or known not to be one', () => {
    const exported = new Map<string, unknown>(Object.entries(lib));
    const functions = [...exported].filter(([, v]) => typeof v === 'function').map(([k]) => k);
    const unclassified = functions.filter((name) => !(name in RULES) && !NOT_RULES.has(name));
    expect(unclassified).toEqual([]);
    // And each registry entry is the exported function itself.
    for (const [name, entry] of Object.entries(RULES)) expect(entry.fn).toBe(exported.get(name));
  });

  it('has a sample call for every rule, decided the same through decideCall as called directly', () => {
    expect(Object.keys(SAMPLE_CALLS).sort()).toEqual(Object.keys(RULES).sort());
    for (const call of Object.values(SAMPLE_CALLS)) {
      const entry = RULES[call.rule as RuleName];
      // biome-ignore lint/suspicious/noExplicitAny: the rule's own arguments.
      const direct = (entry.fn as any)(...(call.args ?? []), { ...call.options });
      const viaCall = decideCall(call);
      expect(viaCall).toEqual(direct);
      expect(viaCall.rule).toBe(call.rule);
      // The outcome is one the registry lists.
      expect(Object.keys(entry.outcomes)).toContain(viaCall.outcome);
    }
  });

  it('decides under the policy given', () => {
    // 3.3.eos with 365 days: 2027-04-01 + 365 days = 2028-03-31 (2028 is a leap year: Feb has 29 days).
    const v2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    const d = decideCall({ rule: 'releaseEndOfSupport', args: ['2027-04-01'] }, v2027);
    expect(d.value.lastSupportedDate).toBe('2028-03-31');
    expect(d.policyVersion).toBe('2027-04-01');
  });
});

describe('parseRuleCall: a bad call is INVALID_INPUT with a clear message', () => {
  it('refuses an unknown rule, suggesting the nearest', () => {
    const e = errorOf(() => decideCall({ rule: 'releaseEndOfSuport', args: ['2026-04-01'] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('unknown rule "releaseEndOfSuport"');
    expect(e.message).toContain('did you mean releaseEndOfSupport?');
    expect(codeOf(() => decideCall({ rule: 'toString', args: [] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => decideCall({ rule: 'decide', args: [] }))).toBe('INVALID_INPUT');
  });

  it('refuses the wrong number of arguments, naming them', () => {
    const e = errorOf(() => decideCall({ rule: 'classifyVersionUp', args: ['2.3'] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('classifyVersionUp takes 2 arguments (from, to), not 1');
    expect(errorOf(() => decideCall({ rule: 'releaseEndOfSupport' })).message).toBe(
      'releaseEndOfSupport takes 1 argument (successorGa), not 0',
    );
    expect(codeOf(() => decideCall({ rule: 'clientAppRequirements', args: [1] }))).toBe('INVALID_INPUT');
  });

  it('refuses options.policy and options the rule does not have', () => {
    const withPolicy = { rule: 'releaseEndOfSupport', args: ['2026-04-01'], options: { policy: policy20241007 } };
    expect(errorOf(() => decideCall(withPolicy)).message).toContain('options.policy is not part of a rule call');
    const e = errorOf(() =>
      decideCall({ rule: 'discretionaryEndNoticeDeadline', args: ['2027-06-30'], options: { x: 1 } }),
    );
    expect(e.message).toBe('discretionaryEndNoticeDeadline has no option "x" (its options: reading)');
  });

  it('refuses a malformed envelope', () => {
    expect(codeOf(() => parseRuleCall(null))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseRuleCall({ rule: 'releaseEndOfSupport', args: '2026-04-01' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseRuleCall({ rule: 'releaseEndOfSupport', args: [], extra: 1 }))).toBe('INVALID_INPUT');
  });

  it("leaves each argument's content to the rule (same code as a direct call)", () => {
    expect(codeOf(() => decideCall({ rule: 'releaseEndOfSupport', args: ['2026-02-30'] }))).toBe('INVALID_DATE');
    // validateCaseIntake answers a bad form with an `invalid` decision, not an error.
    expect(decideCall({ rule: 'validateCaseIntake', args: [{}] }).outcome).toBe('invalid');
  });
});

describe('inForceDate and policyForCall (the version in force at the question date)', () => {
  const v2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });

  it("takes each rule's question date", () => {
    expect(inForceDate({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] })).toBe('2026-04-01');
    // 19:00 JST on 12-25 is still 12-25 in Tokyo (10:00 UTC).
    expect(inForceDate({ rule: 'clientAppDeliveryDate', args: ['2026-12-25T19:00+09:00'] })).toBe('2026-12-25');
    // 2026-12-25T20:00Z is 2026-12-26 05:00 JST.
    expect(inForceDate({ rule: 'receptionStart', args: ['2026-12-25T20:00Z'] })).toBe('2026-12-26');
    expect(inForceDate(SAMPLE_CALLS.releaseSupportStatus)).toBe('2026-04-01');
    expect(inForceDate(SAMPLE_CALLS.obligationsFor)).toBe('2027-01-04');
    expect(inForceDate(SAMPLE_CALLS.classifyVersionUp)).toBeUndefined();
  });

  it('picks the version in force on that date, else today', () => {
    const policies = [policy20241007, v2027];
    const before = policyForCall({ rule: 'releaseEndOfSupport', args: ['2027-03-31'] }, policies, '2030-01-01');
    expect([before.policy.version, before.date, before.from]).toEqual(['2024-10-07', '2027-03-31', 'question']);
    const on = policyForCall({ rule: 'releaseEndOfSupport', args: ['2027-04-01'] }, policies, '2020-01-01');
    expect(on.policy).toBe(v2027);
    const undated = policyForCall(SAMPLE_CALLS.classifyVersionUp, policies, '2027-05-01');
    expect([undated.policy.version, undated.from]).toEqual(['2027-04-01', 'today']);
  });

  it('says for every rule which date that is', () => {
    for (const entry of Object.values(RULES)) expect(entry.inForceDateNote.length).toBeGreaterThan(5);
  });
});

describe('ruleArgumentsJsonSchema', () => {
  it('describes every rule', () => {
    for (const rule of Object.keys(RULES) as RuleName[]) {
      const schema = ruleArgumentsJsonSchema(rule);
      expect(schema.args.minItems).toBe(RULES[rule].args.length);
    }
  });

  it('gives dates as strings and keeps enums', () => {
    const { args, options } = ruleArgumentsJsonSchema('checkNoticeCompliance');
    const input = (args.prefixItems as Record<string, unknown>[])[0] as {
      properties: Record<string, { type?: string; enum?: string[] }>;
      required: string[];
    };
    expect(input.properties.endDate?.type).toBe('string');
    expect(input.properties.channel?.enum).toContain('email');
    expect(input.required).toEqual(['endDate', 'noticeSentOn']);
    expect((options.properties as Record<string, { enum: string[] }>).reading?.enum).toEqual([
      'inclusive',
      'clear-days',
    ]);
  });
});
