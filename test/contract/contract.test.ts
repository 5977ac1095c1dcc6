import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as ics from '../../src/ics/index.js';

// Issue 9, "the contract holds for any input": every exported function of both entry points, called with
// arbitrary values — wrong types, hostile objects, odd numbers, long strings, dates at and just outside the
// coverage — either returns a well-formed value or throws a CsPolicyError with a code. The functions are found
// by enumerating the modules, so a new export is covered without touching this file. Seeded: set CONTRACT_SEED
// to replay a run (the seed is printed with every failure); CONTRACT_RUNS sets the calls per function.

const SEED = Number(process.env.CONTRACT_SEED ?? 20_261_201);
const RUNS = Number(process.env.CONTRACT_RUNS ?? 400);
const CODES = new Set([
  'INVALID_DATE',
  'INVALID_INSTANT',
  'INVALID_NUMBER',
  'OUT_OF_COVERAGE',
  'INVALID_OPTIONS',
  'INVALID_POLICY',
  'INVALID_INPUT',
]);
const CLAUSE_IDS = new Set<string>(root.CLAUSE_IDS);

/** What a hostile getter throws: the caller's own error, which may pass through untouched. */
class CallersOwnError extends Error {}

const hostileGetter = () => {
  const o = {};
  Object.defineProperty(o, 'kind', {
    enumerable: true,
    get: () => {
      throw new CallersOwnError('getter');
    },
  });
  return o;
};
const protoKeyed = () => JSON.parse('{"__proto__": {"policy": 1, "kind": "release-ga"}, "constructor": 1}') as object;

// Values around every edge the library has: coverage (1970–2050), the four-digit years, hours, numbers.
const EDGE_VALUES: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  1e15,
  -1e15,
  2 ** 53,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
  10n,
  -1n,
  Symbol('s'),
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '\r\nBEGIN:VEVENT',
  '1969-12-31',
  '1970-01-01',
  '2050-12-31',
  '2051-01-01',
  '2027-02-30',
  '0000-01-01',
  '9999-12-31',
  '2027-01-04',
  '2027-01-04T09:30+09:00',
  '2027-01-04T18:29:59.999+09:00',
  '2026-12-28T18:45+09:00',
  '2050-12-31T23:59:59+09:00',
  '1969-12-31T15:00:00Z',
  '+275760-09-13T00:00:00Z',
  '2027-01-04T25:00+09:00',
  new Date(NaN),
  new Date('2027-01-04T00:30:00Z'),
  new Date(Date.UTC(1969, 11, 31)),
  new Date(8.64e15),
  Date.UTC(2027, 0, 4),
  Object.create(Date.prototype),
  new Proxy(new Date('2027-01-04T00:30:00Z'), {}),
  { isValid: true, toMillis: () => Number.NaN, zoneName: 'Asia/Tokyo' },
  [],
  [1, 2],
  {},
  Object.freeze({}),
  Object.create(null),
  () => 1,
  'high',
  'medium',
  'ja',
  'en',
  'fr',
  'kaito',
  '2.3.1',
  '3.0.0',
  'inquiry',
  'planned',
];

// Plausible inputs, so that calls get past the first check and reach the rules' logic.
const decision = root.releaseEndOfSupport('2026-04-01');
const SAMPLES: readonly unknown[] = [
  { urgency: 'high', at: '2027-01-04T10:00+09:00' },
  { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2027-04-01', previousRelease: '3.2' },
  { kind: 'discretionary-end', name: 'Windows 10', endsOn: '2027-06-30' },
  { kind: 'feature-change', changeOn: '2050-12-31' },
  { kind: 'inquiry-received', receivedAt: '2050-12-31T18:00+09:00', urgency: 'high' },
  {
    kind: 'defect',
    cause: 'os',
    on: '2027-01-04',
    environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14' } },
  },
  {
    customer: { kind: 'maintenance-contract', contractStart: '2026-04-01', contractEnd: '2027-03-31' },
    date: '2027-01-04',
  },
  { sender: { email: 'a@example.co.jp' }, company: { registeredContacts: ['a@example.co.jp'] } },
  { request: 'inquiry' },
  { trigger: 'planned', stopsService: true, changesFeaturesOrUi: false, work: 'security-update' },
  { purpose: 'investigation', consent: { givenOn: '2027-03-01' }, at: '2027-03-02' },
  { endDate: '2027-06-30', noticeSentOn: '2027-04-03' },
  { changeDate: '2027-05-06', noticeSentOn: '2027-04-26' },
  { release: '2.3', successorGa: '2026-04-01', on: '2026-09-01' },
  {
    releases: [
      { releaseCycle: '2.4', releaseDate: '2025-10-01' },
      { releaseCycle: '3.0', releaseDate: '2026-04-01' },
    ],
  },
  { product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' },
  { important: true },
  { subject: '印刷できない', question: '帳票が印刷できません', urgency: 'high', product: 'kaito' },
  root.startCase({ subject: '印刷できない', question: '帳票が印刷できません' }),
  { type: 'register', caseNumber: 'CS-0001' },
  { from: '2027-01-01', to: '2027-01-31' },
  { from: '1969-12-31', to: '2051-01-01' },
  { hours: { open: '09:30', close: '18:30' }, closures: [{ from: '2027-08-12', to: '2027-08-16', label: '夏季休業' }] },
  { date: '2027-01-01', kind: 'national-holiday', name: { ja: '元日', en: "New Year's Day" } },
  { kind: 'year-end' },
  { policy: root.policy20241007 },
  { policy: Object.freeze({ ...root.policy20241007, version: '2027-01-01' }) },
  { policy: root.definePolicy(root.policy20241007, { version: '2030-01-01', releases: { endOfSupportDays: 365 } }) },
  { lang: 'en', stamp: '2027-01-01T00:00:00Z', reminders: [7, 1] },
  { customization: true },
  { version: '2031-01-01', cloud: { featureChangeNoticeDays: 30 } },
  root.policy20241007,
  decision,
  root.obligationsFor({ kind: 'feature-change', changeOn: '2027-03-15' }).value,
];

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const edge = fc.constantFrom(...EDGE_VALUES);
const sample = fc.constantFrom(...SAMPLES);
/** A sample with one field replaced by an odd value, removed, or a hostile one added; or frozen, or as an array. */
const perturbed = fc.tuple(sample, edge, fc.nat(), fc.nat(4)).map(([s, value, pick, how]) => {
  if (!isPlain(s)) return s;
  const keys = Object.keys(s);
  const copy: Record<string, unknown> = { ...s };
  const key = keys[pick % Math.max(keys.length, 1)] ?? 'kind';
  if (how === 0) copy[key] = value;
  else if (how === 1) delete copy[key];
  else if (how === 2) copy.unexpected = value;
  else if (how === 3) return Object.freeze(copy);
  else return [copy];
  return copy;
});
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: sample },
  { weight: 4, arbitrary: perturbed },
  { weight: 3, arbitrary: edge },
  { weight: 1, arbitrary: fc.constant(null).map(hostileGetter) },
  { weight: 1, arbitrary: fc.constant(null).map(protoKeyed) },
  {
    weight: 2,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withDate: true,
      withMap: true,
      withSet: true,
      maxDepth: 2,
    }),
  },
  { weight: 2, arbitrary: fc.integer({ min: -2000, max: 2000 }) },
  {
    weight: 2,
    arbitrary: fc.date({
      min: new Date(Date.UTC(1969, 11, 30)),
      max: new Date(Date.UTC(2051, 0, 2)),
      noInvalidDate: false,
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .date({ min: new Date(Date.UTC(1969, 11, 30)), max: new Date(Date.UTC(2051, 0, 2)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+09:00$/;
// A whole string that is a date or a date-time (messages are sentences: their wording is checked elsewhere).
const LOOKS_ISO = /^[+-]?\d{4,}-\d{1,2}-\d{1,2}(T\S*)?$/;

/** Why a returned value is malformed, or null when it is well formed. */
function malformed(result: unknown, echoed: ReadonlySet<string>, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof result === 'number' && Number.isNaN(result)) return `${path} is NaN`;
  if (typeof result === 'string') {
    // A text the caller gave (a release named "+275760-09-13T00:00:00Z") may come back as it was.
    if (LOOKS_ISO.test(result) && !echoed.has(result) && !ISO_DATE.test(result) && !ISO_INSTANT.test(result))
      return `${path} = ${result.slice(0, 40)} is not an ISO date or JST instant`;
    return null;
  }
  if (result instanceof Date) {
    let time: number;
    try {
      time = result.getTime();
    } catch {
      return null; // a Date impostor the caller handed in, handed back
    }
    return Number.isNaN(time) ? `${path} is an Invalid Date` : null;
  }
  if (typeof result !== 'object' || result === null || seen.has(result)) return null;
  seen.add(result);
  if ('policyVersion' in result && 'outcome' in result && Array.isArray((result as { reasons?: unknown }).reasons)) {
    const d = result as root.Decision;
    if (typeof d.rule !== 'string' || typeof d.outcome !== 'string' || typeof d.policyVersion !== 'string')
      return `${path} lacks rule/outcome/version`;
    if (!('value' in d)) return `${path} has no value`;
    if (!Array.isArray(d.clauses) || d.clauses.some((c) => !CLAUSE_IDS.has(c)))
      return `${path}.clauses has an unknown clause`;
    for (const [i, r] of d.reasons.entries()) {
      if (typeof r.code !== 'string' || !CLAUSE_IDS.has(r.clause))
        return `${path}.reasons.${i} lacks a code or a clause`;
      for (const lang of ['ja', 'en'] as const) {
        const m = r.message?.[lang];
        // "undefined", "NaN" or "[object …]" in a sentence is a slip, unless the caller's own text brought it.
        const slip = typeof m === 'string' ? /undefined|NaN|\[object /.exec(m)?.[0] : undefined;
        const echoedSlip = slip !== undefined && [...echoed].some((text) => text.includes(slip));
        if (typeof m !== 'string' || m.trim() === '' || (slip !== undefined && !echoedSlip))
          return `${path}.reasons.${i}.message.${lang} = ${String(m).slice(0, 80)}`;
      }
    }
  }
  for (const key of Object.keys(result)) {
    // Fields only: a getter handed in by the caller and handed back is the caller's.
    const field = Object.getOwnPropertyDescriptor(result, key);
    if (!field || !('value' in field)) continue;
    const found = malformed(field.value, echoed, `${path}.${key}`, seen);
    if (found) return found;
  }
  return null;
}

/**
 * Holes the suite found in files other engineers own, each listed for its owner (issue 9 report): counted as
 * "KNOWN HOLE" in the figures instead of failing, so CI stays green until the fix lands. Delete a row once fixed;
 * every other failure fails the suite.
 */
const KNOWN_HOLES: Readonly<Record<string, RegExp>> = {};

/**
 * Malformed values the suite found in files other engineers own, by the problem it reports (see KNOWN_HOLES).
 */
const KNOWN_MALFORMED: readonly RegExp[] = [];

/** Exports whose answer is a transformed copy of their input: its shape is the caller's, not checked here. */
const COPIES_OF_INPUT = new Set(['redactPersonalData']);

/** Every string in the arguments (fields only, three levels deep). */
function stringsIn(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (typeof value === 'string') found.add(value);
  else if (typeof value === 'object' && value !== null && depth < 4) {
    for (const key of Object.keys(value)) {
      const field = Object.getOwnPropertyDescriptor(value, key);
      if (field && 'value' in field) stringsIn(field.value, found, depth + 1);
    }
  }
  return found;
}

/** Thrown messages the suite found in any function, from a module other engineers own (see KNOWN_HOLES). */
const KNOWN_ANYWHERE: readonly RegExp[] = [];

type Counts = Record<string, number>;
const figures: Record<string, Record<string, Counts>> = {};

async function exercise(entry: string, name: string, fn: (...args: unknown[]) => unknown): Promise<void> {
  const counts: Counts = {};
  figures[entry] = { ...figures[entry], [name]: counts };
  const count = (outcome: string) => {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  };
  const arity = Math.max(fn.length, 1) + 1;
  // The sample arguments this function accepts, found by trying them (so a new export gets its own): calls
  // built from them, one part made odd, reach the rule's logic rather than stopping at the first check.
  const fits: unknown[][] = [];
  const tryArgs = async (args: unknown[]) => {
    try {
      const result = fn(...args);
      // An async export is awaited here too: a rejection must not escape as an unhandled one.
      if (result instanceof Promise) await result;
      fits.push(args);
    } catch {}
  };
  for (const first of SAMPLES) {
    await tryArgs([first]);
    if (fn.length >= 2) for (const second of SAMPLES) await tryArgs([first, second]);
  }
  const near = fits.length
    ? fc.tuple(fc.constantFrom(...fits), fc.nat(), value, fc.nat(3)).map(([args, at, odd, how]) => {
        const copy = [...args];
        const i = at % copy.length;
        if (how === 1) copy[i] = odd;
        else if (how === 2 && isPlain(copy[i])) {
          const keys = Object.keys(copy[i] as object);
          copy[i] = { ...(copy[i] as object), [keys[at % Math.max(keys.length, 1)] ?? 'x']: odd };
        } else if (how === 3) copy.push(odd);
        return copy;
      })
    : fc.constant([] as unknown[]);
  const calls = fc.oneof(
    { weight: 1, arbitrary: fc.array(value, { minLength: 0, maxLength: arity }) },
    { weight: fits.length ? 1 : 0, arbitrary: near },
  );
  await fc.assert(
    fc.asyncProperty(calls, async (args) => {
      let result: unknown;
      try {
        result = fn(...args);
        // An async export (runScenarios) keeps the same contract: it resolves well-formed or rejects typed.
        if (result instanceof Promise) result = await result;
      } catch (error) {
        if (error instanceof CallersOwnError) return count('caller’s own getter error');
        const known = KNOWN_HOLES[name];
        if (error instanceof Error && !root.isCsPolicyError(error)) {
          if (known?.test(error.message) || KNOWN_ANYWHERE.some((k) => k.test(error.message)))
            return count('KNOWN HOLE');
        }
        if (
          root.isCsPolicyError(error) &&
          CODES.has(error.code) &&
          error.message.length > 0 &&
          error.message.length < 2100
        )
          return count(error.code);
        throw new Error(
          `${name} threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`,
        );
      }
      // A copy of whatever the caller handed in (redactPersonalData) is as well formed as that input was.
      if (COPIES_OF_INPUT.has(name)) return count('returned (a copy of the input)');
      const problem = malformed(result, stringsIn(args));
      if (problem && KNOWN_MALFORMED.some((known) => known.test(problem))) return count('KNOWN HOLE');
      if (problem) throw new Error(`${name} returned a malformed value: ${problem}`);
      count('returned');
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
}

const isClass = (f: unknown) => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));
const functionsOf = (mod: Record<string, unknown>) =>
  Object.entries(mod).filter(
    (e): e is [string, (...a: unknown[]) => unknown] => typeof e[1] === 'function' && !isClass(e[1]),
  );

describe(`every export keeps the contract (fast-check seed ${SEED}, ${RUNS} calls per function)`, () => {
  for (const [entry, mod] of [
    ['@jmas/cs-policy', root],
    ['@jmas/cs-policy/ics', ics],
  ] as const) {
    const fns = functionsOf(mod as Record<string, unknown>);
    it(`${entry} exports functions to call`, () =>
      expect(fns.length).toBeGreaterThan(entry === '@jmas/cs-policy' ? 40 : 2));
    for (const [name, fn] of fns) it(`${entry}: ${name}`, () => exercise(entry, name, fn), 60_000);
  }

  afterAll(() => {
    const lines: string[] = [`contract suite, seed ${SEED}:`];
    for (const [entry, byFn] of Object.entries(figures)) {
      const total = Object.values(byFn).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
      lines.push(`${entry}: ${Object.keys(byFn).length} functions, ${total} calls`);
      for (const [name, counts] of Object.entries(byFn)) {
        lines.push(
          `  ${name.padEnd(32)} ${Object.entries(counts)
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
        );
      }
    }
    console.log(lines.join('\n'));
  });
});
