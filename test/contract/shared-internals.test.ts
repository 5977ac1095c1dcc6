import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as ics from '../../src/ics/index.js';
import {
  classifyMaintenance,
  contactTable,
  customizationCharge,
  CUSTOMIZATION_REQUESTS,
  definePolicy,
  diffPolicies,
  MAINTENANCE_WORK,
  policy20241007,
} from '../../src/index.js';

// Issue 9, "shared internals": nothing a caller does to a returned object, or to an exported constant, may
// change a later answer. Each test takes the answer, tries every mutation a careless caller could make, then
// asks again: the second answer must equal the first as it was before the mutation.

/** Tries to change every field, item and nested object of `value` (assignments, pushes, deletes), quietly. */
function vandalise(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) vandalise((value as Record<PropertyKey, unknown>)[key], seen);
  const attempts: (() => void)[] = [
    () => Array.isArray(value) && value.push('vandal'),
    () => Array.isArray(value) && value.splice(0, 1),
    () => Array.isArray(value) && value.reverse(),
  ];
  for (const key of Reflect.ownKeys(value)) {
    attempts.push(() => {
      (value as Record<PropertyKey, unknown>)[key] = 'vandal';
    });
    attempts.push(() => delete (value as Record<PropertyKey, unknown>)[key]);
  }
  attempts.push(() => {
    (value as Record<string, unknown>).added = 'vandal';
  });
  for (const attempt of attempts) {
    try {
      attempt();
    } catch {
      // A frozen object refuses (TypeError in strict mode): that is one of the two acceptable outcomes.
    }
  }
}

/** Every object reachable from `value` is frozen. */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => deeplyFrozen((value as Record<PropertyKey, unknown>)[key], seen));
}

const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function expectStable(call: () => unknown): void {
  const before = snapshot(call());
  vandalise(call());
  expect(snapshot(call())).toEqual(before);
}

describe('exported constants are deeply frozen (issue 9)', () => {
  // Every exported value that is data, not a function or a zod schema (schemas are objects zod itself mutates
  // as it caches, and the caller cannot reach a rule's answer through them).
  const isSchema = (v: object) => '_zod' in v;
  const constants = [...Object.entries(root), ...Object.entries(ics)].filter(
    ([, v]) => v !== null && typeof v === 'object' && !isSchema(v),
  );

  it('finds the constants to check', () => {
    // CLAUSES, CLAUSE_IDS, URGENCY_LEVELS, CUSTOMIZATION_REQUESTS, policy20241007, … (more than ten)
    expect(constants.map(([name]) => name)).toEqual(
      expect.arrayContaining(['CLAUSES', 'CUSTOMIZATION_REQUESTS', 'MAINTENANCE_WORK', 'policy20241007']),
    );
    expect(constants.length).toBeGreaterThan(10);
  });

  it.each(constants)('%s is frozen all the way down', (_name, value) => {
    expect(deeplyFrozen(value)).toBe(true);
  });

  it('a push to CUSTOMIZATION_REQUESTS or MAINTENANCE_WORK fails and changes no answer', () => {
    const before = snapshot(customizationCharge({ request: 'inquiry' }));
    expect(() => (CUSTOMIZATION_REQUESTS as unknown as string[]).push('x')).toThrow(TypeError);
    expect(() => (MAINTENANCE_WORK as unknown as string[]).splice(0)).toThrow(TypeError);
    expect(snapshot(customizationCharge({ request: 'inquiry' }))).toEqual(before);
  });
});

describe('returned values cannot reach a later answer (issue 9)', () => {
  it('classifyMaintenance: its reasons are not shared objects a caller can rewrite', () => {
    // 5.scheduled: planned work that stops the service is scheduled maintenance, mailed in advance.
    const call = () =>
      classifyMaintenance({
        trigger: 'planned',
        stopsService: true,
        changesFeaturesOrUi: false,
        work: 'other-stability',
      });
    expectStable(call);
    expect(deeplyFrozen(call())).toBe(true);
  });

  it('customizationCharge: every request kind', () => {
    for (const request of CUSTOMIZATION_REQUESTS) {
      const call = () => customizationCharge({ request });
      expectStable(call);
      expect(deeplyFrozen(call())).toBe(true);
    }
  });

  it('diffPolicies: the clause lists of one diff are not those of the next', () => {
    const policy2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    expectStable(() => diffPolicies(policy20241007, policy2027));
  });

  it('contactTable: the working days, urgencies and closures', () => {
    expectStable(() => contactTable());
  });
});
