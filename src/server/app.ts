// The decision service (`cs-policy serve`): the library's rule calls over HTTP, for systems that
// don't run TypeScript. An adapter at the edge: every answer is `decideCall` under the policy in
// force, exactly as the library returns it; the service holds no state but its policies.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import { decideCall, policyForCall, type RuleCall } from '../calls/call.js';
import { isRuleName, RULES } from '../calls/registry.js';
import { CsPolicyError, isCsPolicyError } from '../errors.js';
import { policyDigest } from '../identity/digest.js';
import { policyInForce } from '../identity/in-force.js';
import type { Decision } from '../policy/decision.js';
import type { Policy } from '../policy/schema.js';
import { isPlainObject } from '../values.js';
import { openApiDocument } from './openapi.js';

/** What the service needs: its policies (never uploaded over HTTP), and the edges it may touch. */
export interface ServiceOptions {
  /** Every policy version the service decides under; each call under the version in force on its date. */
  readonly policies: readonly Policy[];
  /** Today, for calls without a date and for `/v1/policies` (injected so tests can fix it). */
  readonly now?: () => Date;
  /** Called with each decision and its call, after the answer is sent (decision records). */
  readonly onDecision?: (decision: Decision, call: RuleCall) => void;
  /** A bearer token every `/v1` request must carry (`Authorization: Bearer …`). */
  readonly token?: string;
  /** An origin allowed by CORS; CORS is off without it. */
  readonly corsOrigin?: string;
  /** Largest request body, in bytes (default 1 MB). */
  readonly bodyLimit?: number;
  /** Time a request may take, in ms (default 10 s). */
  readonly requestTimeout?: number;
  /** Structured JSON access logs (pino) to this stream; none when absent. */
  readonly logStream?: { write(line: string): void };
}

/** The error body of every failure: `{ error: { code, message, issues } }`. */
interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues: readonly unknown[] };
}

const errorBody = (code: string, message: string, issues: readonly unknown[] = []): ErrorBody => ({
  error: { code, message, issues },
});

/** A library error as the body of a 400 answer (or of one batch line). */
const libraryError = (e: CsPolicyError): ErrorBody => errorBody(e.code, e.message, e.issues);

const ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/v1/decisions/:rule': ['POST'],
  '/v1/batch': ['POST'],
  '/v1/rules': ['GET', 'HEAD'],
  '/v1/policies': ['GET', 'HEAD'],
  '/openapi.json': ['GET', 'HEAD'],
  '/healthz': ['GET', 'HEAD'],
  '/readyz': ['GET', 'HEAD'],
};

/** The methods a known path answers, for a 405's `Allow` header; `undefined` for an unknown path. */
function allowedMethods(path: string): readonly string[] | undefined {
  if (/^\/v1\/decisions\/[^/]+$/.test(path)) return ROUTES['/v1/decisions/:rule'];
  return ROUTES[path];
}

/**
 * Builds the service (not yet listening): `POST /v1/decisions/{rule}`, `POST /v1/batch`,
 * `GET /v1/rules`, `GET /v1/policies`, `GET /openapi.json`, `GET /healthz`, `GET /readyz`.
 *
 * @example
 * ```ts
 * const app = buildService({ policies: [policy20241007] });
 * await app.listen({ host: '127.0.0.1', port: 0 });
 * ```
 */
export function buildService(options: ServiceOptions): FastifyInstance {
  const policies = options.policies;
  if (policies.length === 0) throw new CsPolicyError('INVALID_POLICY', 'the service needs at least one policy');
  const now = options.now ?? (() => new Date());
  let closing = false;

  const app = Fastify({
    logger: options.logStream ? { level: 'info', stream: options.logStream } : false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    requestTimeout: options.requestTimeout ?? 10_000,
    // A request id for every access-log line; a caller's own X-Request-Id is kept.
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    return503OnClosing: true,
  });

  // JSON only (and JSON Lines for the batch): a text/plain body is 415, not a string to guess at.
  app.removeContentTypeParser('text/plain');
  // JSON Lines bodies for the batch (one call per line); parsed line by line in the route.
  app.addContentTypeParser(
    ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
    { parseAs: 'string' },
    (_request, body, done) => done(null, { jsonLines: body as string }),
  );

  if (options.corsOrigin !== undefined) void app.register(cors, { origin: options.corsOrigin });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (options.token === undefined || !request.url.startsWith('/v1/')) return;
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      reply.header('www-authenticate', 'Bearer');
      return reply.code(401).send(errorBody('UNAUTHORIZED', 'a bearer token is required (Authorization: Bearer …)'));
    }
  });
  // On close: stop accepting at once, and end every connection after its answer (Connection:
  // close), so a kept-alive client cannot hold the process after its in-flight request.
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (isCsPolicyError(error)) return reply.code(400).send(libraryError(error));
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', error.message));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', 'send JSON (Content-Type: application/json)'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send(errorBody('INVALID_INPUT', 'the body is empty: send a JSON object'));
      default:
        if (error.statusCode === 400 || error instanceof SyntaxError)
          return reply.code(400).send(errorBody('INVALID_INPUT', `the body is not valid JSON: ${error.message}`));
        // Never a stack trace: the log keeps it, the caller gets a code.
        reply.log.error(error);
        return reply.code(500).send(errorBody('INTERNAL', 'the service failed to answer; the log has the details'));
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = allowedMethods(path);
    if (allowed !== undefined) {
      reply.header('allow', allowed.join(', '));
      return reply.code(405).send(errorBody('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}`));
    }
    return reply.code(404).send(errorBody('NOT_FOUND', `no such path: ${path}`));
  });

  /** Decides one call under the version in force on its date; the caller's answer either way. */
  const decide = (call: RuleCall): Decision => {
    // policyForCall validates the call (unknown rule, arity) before it reads the call's date.
    const { policy } = policyForCall(call, policies, now());
    return decideCall(call, policy);
  };
  const record = (decision: Decision, call: RuleCall): void => {
    // After the answer: a slow record never delays a caller (and never fails the request).
    if (options.onDecision) setImmediate(() => options.onDecision?.(decision, call));
  };

  app.post<{ Params: { rule: string }; Body: unknown }>('/v1/decisions/:rule', async (request, reply) => {
    const { rule } = request.params;
    if (!isRuleName(rule)) return reply.code(404).send(errorBody('NOT_FOUND', `no such rule: ${rule}`));
    const body = request.body;
    if (!isPlainObject(body) || 'jsonLines' in body)
      return reply
        .code(400)
        .send(errorBody('INVALID_INPUT', 'the body must be a JSON object { "args": [...], "options": {...} }'));
    const call = { rule, args: body.args, options: body.options } as RuleCall;
    const decision = decide(call);
    record(decision, call);
    return decision;
  });

  app.post<{ Body: unknown }>('/v1/batch', async (request, reply) => {
    const body = request.body;
    let calls: unknown[];
    let asLines = false;
    if (Array.isArray(body)) calls = body;
    else if (isPlainObject(body) && typeof body.jsonLines === 'string') {
      asLines = true;
      calls = body.jsonLines
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
          try {
            return JSON.parse(line) as unknown;
          } catch {
            return new CsPolicyError('INVALID_INPUT', 'this line is not valid JSON');
          }
        });
    } else return reply.code(400).send(errorBody('INVALID_INPUT', 'the body must be a JSON array of rule calls'));

    // One bad call never fails the others: each gets its own answer, in order.
    const results = calls.map((call) => {
      const id =
        isPlainObject(call) && (typeof call.id === 'string' || typeof call.id === 'number') ? call.id : undefined;
      try {
        if (call instanceof CsPolicyError) throw call;
        const decision = decide(call as RuleCall);
        record(decision, call as RuleCall);
        return id === undefined ? { decision } : { id, decision };
      } catch (e) {
        if (!isCsPolicyError(e)) throw e;
        return id === undefined ? libraryError(e) : { id, ...libraryError(e) };
      }
    });
    if (!asLines) return results;
    reply.type('application/x-ndjson');
    return `${results.map((r) => JSON.stringify(r)).join('\n')}\n`;
  });

  app.get('/v1/rules', async () =>
    Object.entries(RULES).map(([name, entry]) => ({
      name,
      summary: entry.summary,
      arguments: entry.args.map((a) => ({ name: a.name, description: a.description })),
      options: Object.keys(entry.options),
      outcomes: entry.outcomes,
      inForceDate: entry.inForceDateNote,
      schema: `/openapi.json#/components/schemas/${name}Call`,
    })),
  );

  app.get('/v1/policies', async () => {
    const today = now();
    let inForce: string | null = null;
    try {
      inForce = policyInForce(today, policies).version;
    } catch {
      // Before the first version: none is in force today.
    }
    return {
      inForceToday: inForce,
      policies: policies.map((p) => ({ version: p.version, digest: policyDigest(p) })),
    };
  });

  let openApi: unknown;
  app.get('/openapi.json', async () => {
    openApi ??= openApiDocument(policies);
    return openApi;
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply: FastifyReply) =>
    closing ? reply.code(503).send({ status: 'closing' }) : { status: 'ready', policies: policies.length },
  );

  return app;
}

export type { FastifyInstance, FastifyRequest };
