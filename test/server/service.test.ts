import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { decideCall, policyForCall } from '../../src/calls/call.js';
import { RULES } from '../../src/calls/registry.js';
import { definePolicy, policy20241007 } from '../../src/index.js';
import { buildService, type FastifyInstance } from '../../src/server/app.js';
import { SAMPLE_CALLS } from '../calls/sample-calls.js';

// The service on 127.0.0.1, a random port, spoken to over real HTTP (fetch).
let app: FastifyInstance;
let base: string;
const recorded: string[] = [];
// A later version, in force from 2027-04-01, with 365 days of support after a successor's GA.
const v2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });

beforeAll(async () => {
  app = buildService({
    policies: [policy20241007, v2027],
    now: () => new Date('2027-06-01T03:00:00Z'),
    onDecision: (d) => recorded.push(d.rule),
    bodyLimit: 10_000,
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => app.close());

const post = (path: string, body: unknown, type = 'application/json') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /v1/decisions/{rule}: the library answer, over HTTP', () => {
  it('3.3.eos: a decision exactly as decideCall returns it, under the version in force on the GA date', async () => {
    // GA 2026-04-01 is before 2027-04-01: 2024-10-07 is in force → 180 days → 2026-09-28.
    const res = await post('/v1/decisions/releaseEndOfSupport', { args: ['2026-04-01'] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.value.lastSupportedDate).toBe('2026-09-28');
    expect(body.policyVersion).toBe('2024-10-07');
    expect(body).toEqual(JSON.parse(JSON.stringify(decideCall({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }))));
    // GA 2027-05-01 is under 2027-04-01: 365 days → 2028-04-30 (2028-02-29 lies between: 2027-05-01 + 366 would be 05-01).
    const later = await (await post('/v1/decisions/releaseEndOfSupport', { args: ['2027-05-01'] })).json();
    expect(later.policyVersion).toBe('2027-04-01');
    expect(later.value.lastSupportedDate).toBe('2028-04-30');
  });

  it('every rule of the registry answers as the library does for the same call', async () => {
    const rules = new Set<string>();
    for (const call of Object.values(SAMPLE_CALLS)) {
      const res = await post(`/v1/decisions/${call.rule}`, { args: call.args, options: call.options });
      // Under the version in force on the call's date (or on the service's today, 2027-06-01).
      const { policy } = policyForCall(call, [policy20241007, v2027], '2027-06-01');
      const expected = JSON.parse(JSON.stringify(decideCall(call, policy)));
      expect(res.status, call.rule).toBe(200);
      expect(await res.json(), call.rule).toEqual(expected);
      rules.add(call.rule);
    }
    expect([...rules].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('decisions are recorded after the answer', async () => {
    const before = recorded.length;
    await post('/v1/decisions/releaseEndOfSupport', { args: ['2026-04-01'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(recorded.length).toBe(before + 1);
  });
});

describe('errors: JSON with the library codes, never a stack trace or an HTML page', () => {
  it('400: bad input, with the CsPolicyError code and issues', async () => {
    const res = await post('/v1/decisions/releaseEndOfSupport', { args: ['2026-02-30'] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('INVALID_DATE');
    expect(body.error.message).toMatch(/2026-02-30|date/);
    expect(Array.isArray(body.error.issues)).toBe(true);
    const arity = await (await post('/v1/decisions/releaseEndOfSupport', { args: [] })).json();
    expect(arity.error.code).toBe('INVALID_INPUT');
    const notJson = await post('/v1/decisions/releaseEndOfSupport', '{"args": [', 'application/json');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.code).toBe('INVALID_INPUT');
  });

  it('404 unknown rule or path; 405 wrong method (with Allow); 413 over the limit; 415 not JSON', async () => {
    const unknownRule = await post('/v1/decisions/releaseEndOfSuport', { args: [] });
    expect(unknownRule.status).toBe(404);
    expect((await unknownRule.json()).error.code).toBe('NOT_FOUND');
    const unknownPath = await fetch(`${base}/v2/nothing`);
    expect(unknownPath.status).toBe(404);
    expect(unknownPath.headers.get('content-type')).toMatch(/json/);
    const wrongMethod = await fetch(`${base}/v1/decisions/releaseEndOfSupport`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await wrongMethod.json()).error.code).toBe('METHOD_NOT_ALLOWED');
    const big = await post('/v1/decisions/releaseEndOfSupport', { args: ['2026-04-01'], pad: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await post('/v1/decisions/releaseEndOfSupport', 'args=2026-04-01', 'text/plain');
    expect(text.status).toBe(415);
    expect((await text.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    for (const res of [unknownRule, unknownPath, wrongMethod, big, text])
      expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('POST /v1/batch', () => {
  it('results in order; one bad call never fails the others; ids echoed', async () => {
    const res = await post('/v1/batch', [
      { id: 'a', rule: 'releaseEndOfSupport', args: ['2026-04-01'] },
      { id: 'b', rule: 'releaseEndOfSupport', args: ['2026-02-30'] },
      { id: 3, rule: 'noSuchRule', args: [] },
      { rule: 'releaseEndOfSupport', args: ['2026-12-28'] },
    ]);
    expect(res.status).toBe(200);
    const results = await res.json();
    expect(results).toHaveLength(4);
    expect(results[0].id).toBe('a');
    expect(results[0].decision.value.lastSupportedDate).toBe('2026-09-28');
    expect(results[1]).toMatchObject({ id: 'b', error: { code: 'INVALID_DATE' } });
    expect(results[2]).toMatchObject({ id: 3, error: { code: 'INVALID_INPUT' } });
    // 2026-12-28 + 180 days = 2027-06-26 (see test/releases).
    expect(results[3].decision.value.lastSupportedDate).toBe('2027-06-26');
  });

  it('takes JSON Lines and answers JSON Lines, a bad line in its place', async () => {
    const lines = [
      JSON.stringify({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }),
      '{not json',
      JSON.stringify({ rule: 'releaseEndOfSupport', args: ['2027-10-01'] }),
    ].join('\n');
    const res = await post('/v1/batch', lines, 'application/x-ndjson');
    expect(res.status).toBe(200);
    const out = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => r.decision?.value.lastSupportedDate ?? r.error.code)).toEqual([
      '2026-09-28',
      'INVALID_INPUT',
      // GA 2027-10-01 is under 2027-04-01 (365 days): 2027-10-01 + 366 days (2028-02-29 lies between)
      // would be 2028-10-01, so + 365 is 2028-09-30.
      '2028-09-30',
    ]);
  });
});

describe('GET endpoints', () => {
  it('/v1/rules lists every rule with its arguments and outcomes', async () => {
    const rules = await (await fetch(`${base}/v1/rules`)).json();
    expect(rules.map((r: { name: string }) => r.name).sort()).toEqual(Object.keys(RULES).sort());
    const eos = rules.find((r: { name: string }) => r.name === 'releaseEndOfSupport');
    expect(eos.arguments[0].name).toBe('successorGa');
    expect(Object.keys(eos.outcomes)).toEqual(['ends']);
  });

  it('/v1/policies: versions with digests, the one in force today (2027-06-01 → 2027-04-01)', async () => {
    const body = await (await fetch(`${base}/v1/policies`)).json();
    expect(body.inForceToday).toBe('2027-04-01');
    expect(body.policies.map((p: { version: string }) => p.version)).toEqual(['2024-10-07', '2027-04-01']);
    for (const p of body.policies) expect(p.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(body.policies[0].digest).not.toBe(body.policies[1].digest);
  });

  it('/healthz and /readyz', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });

  it('/openapi.json is a valid OpenAPI 3.1 document listing every rule', async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    for (const rule of Object.keys(RULES)) expect(doc.paths[`/v1/decisions/${rule}`]?.post?.operationId).toBe(rule);
    // Generated from the zod schema the rule validates with: releaseEndOfSupport takes one string.
    const request = doc.components.schemas.releaseEndOfSupportRequest;
    expect(request.properties.args.minItems).toBe(1);
    expect(request.properties.args.maxItems).toBe(1);
  });
});

describe('bearer token and CORS', () => {
  it('with a token, /v1 needs it; health checks do not', async () => {
    const secured = buildService({ policies: [policy20241007], token: 's3cret' });
    const url = await secured.listen({ host: '127.0.0.1', port: 0 });
    try {
      const denied = await fetch(`${url}/v1/rules`);
      expect(denied.status).toBe(401);
      expect((await denied.json()).error.code).toBe('UNAUTHORIZED');
      expect((await fetch(`${url}/v1/rules`, { headers: { authorization: 'Bearer s3cret' } })).status).toBe(200);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // CORS is off without --cors: no Access-Control-Allow-Origin.
      const res = await fetch(`${url}/healthz`, { headers: { origin: 'https://example.invalid' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await secured.close();
    }
  });

  it('--cors ORIGIN allows that origin', async () => {
    const open = buildService({ policies: [policy20241007], corsOrigin: 'https://desk.example.invalid' });
    const url = await open.listen({ host: '127.0.0.1', port: 0 });
    try {
      const res = await fetch(`${url}/healthz`, { headers: { origin: 'https://desk.example.invalid' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://desk.example.invalid');
    } finally {
      await open.close();
    }
  });
});
