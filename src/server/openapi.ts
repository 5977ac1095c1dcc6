// The OpenAPI 3.1 document of the decision service, generated from the registry: each rule's
// request body comes from the zod schemas the rule validates with (ruleArgumentsJsonSchema), so the
// document cannot drift from what the service accepts. Never written by hand.
import { ruleArgumentsJsonSchema } from '../calls/call.js';
import { RULES, type RuleName } from '../calls/registry.js';
import { CLAUSE_IDS } from '../policy/clauses.js';
import type { Policy } from '../policy/schema.js';

const json = (schema: unknown) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const bilingual = {
  type: 'object',
  required: ['ja', 'en'],
  properties: { ja: { type: 'string' }, en: { type: 'string' } },
};

/** The error answer: `{ error: { code, message, issues } }`. */
const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'issues'],
      properties: {
        code: {
          type: 'string',
          description:
            'a CsPolicyError code (INVALID_DATE, INVALID_INSTANT, INVALID_NUMBER, OUT_OF_COVERAGE, INVALID_OPTIONS, INVALID_POLICY, INVALID_INPUT) or a service code (NOT_FOUND, METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNAUTHORIZED, INTERNAL)',
        },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              path: { type: 'array', items: { type: ['string', 'integer'] } },
              message: { type: 'string' },
            },
          },
        },
      },
    },
  },
};

function decisionSchema(outcomes: readonly string[]) {
  return {
    type: 'object',
    required: ['rule', 'outcome', 'value', 'clauses', 'reasons', 'policyVersion', 'policyDigest'],
    properties: {
      rule: { type: 'string' },
      outcome: { type: 'string', enum: outcomes },
      value: { description: 'the computed value (dates and instants as ISO strings), or null' },
      clauses: { type: 'array', items: { type: 'string', enum: [...CLAUSE_IDS] } },
      reasons: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code', 'clause', 'message'],
          properties: {
            code: { type: 'string' },
            clause: { type: 'string', enum: [...CLAUSE_IDS] },
            message: { ...bilingual, description: 'words a customer may read, in Japanese and English' },
            note: { ...bilingual, description: 'for staff: how the library reads the policy text' },
          },
        },
      },
      policyVersion: { type: 'string', description: 'the policy version (its effective date)' },
      policyDigest: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the canonical policy' },
    },
  };
}

const errors = {
  '400': { description: 'bad input (a CsPolicyError code)', content: json(ref('Error')) },
  '401': { description: 'a bearer token is required', content: json(ref('Error')) },
  '413': { description: 'the body is over the limit', content: json(ref('Error')) },
  '415': { description: 'the body is not JSON', content: json(ref('Error')) },
};

/**
 * The OpenAPI 3.1 document of the service for these policies.
 *
 * @example
 * ```ts
 * openApiDocument([policy20241007]).paths['/v1/decisions/releaseEndOfSupport'];
 * ```
 */
export function openApiDocument(policies: readonly Policy[]): Record<string, unknown> {
  const schemas: Record<string, unknown> = { Error: errorSchema };
  const paths: Record<string, unknown> = {};
  const callSchemas: unknown[] = [];
  for (const name of Object.keys(RULES) as RuleName[]) {
    const entry = RULES[name];
    const { args, options } = ruleArgumentsJsonSchema(name);
    const outcomes = Object.keys(entry.outcomes);
    schemas[`${name}Request`] = {
      type: 'object',
      required: ['args'],
      additionalProperties: false,
      properties: { args, options },
    };
    schemas[`${name}Call`] = {
      type: 'object',
      required: ['rule', 'args'],
      properties: { rule: { const: name }, args, options, id: { type: ['string', 'integer'] } },
    };
    schemas[`${name}Decision`] = decisionSchema(outcomes);
    callSchemas.push(ref(`${name}Call`));
    paths[`/v1/decisions/${name}`] = {
      post: {
        operationId: name,
        summary: entry.summary,
        description: `Outcomes: ${outcomes.map((o) => `\`${o}\` (${entry.outcomes[o as keyof typeof entry.outcomes]})`).join('; ')}. The policy version in force is chosen by ${entry.inForceDateNote}.`,
        tags: ['decisions'],
        requestBody: { required: true, content: json(ref(`${name}Request`)) },
        responses: {
          '200': { description: 'the decision, as the library returns it', content: json(ref(`${name}Decision`)) },
          ...errors,
        },
      },
    };
  }
  paths['/v1/batch'] = {
    post: {
      operationId: 'batch',
      summary: 'many rule calls at once; one bad call never fails the others',
      tags: ['decisions'],
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { type: 'array', items: { oneOf: callSchemas } } },
          'application/x-ndjson': { schema: { type: 'string', description: 'one rule call (JSON) per line' } },
        },
      },
      responses: {
        '200': {
          description: 'one result per call, in order: { id?, decision } or { id?, error }',
          content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } },
        },
        ...errors,
      },
    },
  };
  paths['/v1/rules'] = {
    get: {
      operationId: 'rules',
      summary: 'every rule, its arguments and outcomes',
      responses: { '200': { description: 'the rules', content: json({ type: 'array', items: { type: 'object' } }) } },
    },
  };
  paths['/v1/policies'] = {
    get: {
      operationId: 'policies',
      summary: 'the policy versions with digests, and the one in force today',
      responses: { '200': { description: 'the policies', content: json({ type: 'object' }) } },
    },
  };
  paths['/healthz'] = {
    get: {
      operationId: 'healthz',
      summary: 'the process is up',
      responses: { '200': { description: 'ok', content: json({ type: 'object' }) } },
    },
  };
  paths['/readyz'] = {
    get: {
      operationId: 'readyz',
      summary: 'the service takes requests (503 while it is stopping)',
      responses: {
        '200': { description: 'ready', content: json({ type: 'object' }) },
        '503': { description: 'stopping', content: json({ type: 'object' }) },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'JMAS Customer Services Policy decisions',
      version: policies.map((p) => p.version).join(', '),
      description:
        'The decisions of @jmas/cs-policy over HTTP: the same answers as the library, with reasons in Japanese and English, clause ids and the policy digest.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
