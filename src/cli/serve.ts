import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { RuleCall } from '../calls/call.js';
import { CsPolicyError } from '../errors.js';
import type { Decision } from '../policy/decision.js';
import type { Policy } from '../policy/schema.js';
import { type CliContext, loadPolicyDir } from './context.js';

/** Loopback hosts: the only ones the service binds to without a token. */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

export interface ServeOptions {
  readonly host: string;
  readonly port: string;
  readonly record?: string;
  readonly tokenFile?: string;
  readonly cors?: string;
  readonly bodyLimit: string;
  readonly requestTimeout: string;
  readonly log: boolean;
}

function positiveInteger(text: string, what: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new CsPolicyError('INVALID_INPUT', `${what} must be an integer from 0 to ${max}, not ${text.slice(0, 20)}`);
  return n;
}

/**
 * `cs-policy serve`: the decision service on HTTP (see docs/service.md). Resolves when the
 * service has stopped (SIGTERM or SIGINT: it stops accepting, finishes what is in flight, exits 0).
 */
export async function serve(ctx: CliContext, policies: readonly Policy[], options: ServeOptions): Promise<void> {
  const { io } = ctx;
  const port = positiveInteger(options.port, '--port', 65_535);
  const bodyLimit = positiveInteger(options.bodyLimit, '--body-limit', 1_073_741_824);
  const requestTimeout = positiveInteger(options.requestTimeout, '--request-timeout', 600_000);
  let token: string | undefined;
  if (options.tokenFile !== undefined) {
    token = io.readText(options.tokenFile).trim();
    if (token === '') throw new CsPolicyError('INVALID_INPUT', `--token-file ${options.tokenFile} is empty`);
  }
  if (!LOOPBACK.test(options.host) && token === undefined) {
    throw new CsPolicyError(
      'INVALID_INPUT',
      `binding to ${options.host} (beyond loopback) needs --token-file: every /v1 request must then carry the bearer token`,
    );
  }

  // Decision records go to the file through a buffered stream, written after each answer.
  const records = options.record === undefined ? undefined : createWriteStream(options.record, { flags: 'a' });
  const { decisionRecord } = await import('../records/record.js');
  const onDecision = records
    ? (decision: Decision, call: RuleCall) => {
        records.write(`${JSON.stringify(decisionRecord(decision, call))}\n`);
      }
    : undefined;

  // Loaded only by `serve`: the HTTP framework costs every other command nothing.
  const { buildService } = await import('../server/app.js');
  const app = buildService({
    policies,
    now: io.now,
    ...(onDecision ? { onDecision } : {}),
    ...(token !== undefined ? { token } : {}),
    ...(options.cors !== undefined ? { corsOrigin: options.cors } : {}),
    bodyLimit,
    requestTimeout,
    ...(options.log ? { logStream: { write: (line: string) => io.err(line.replace(/\n$/, '')) } } : {}),
  });
  const address = await app.listen({ host: options.host, port });
  io.out(`cs-policy serve: listening on ${address} (policies ${policies.map((p) => p.version).join(', ')})`);

  await new Promise<void>((stopped) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      // In-flight requests finish; after 8 s any that remain are cut, so the process ends within 10 s.
      const force = setTimeout(() => app.server.closeAllConnections(), 8_000);
      force.unref();
      void app.close().then(() => {
        clearTimeout(force);
        if (records) records.end(() => stopped());
        else stopped();
      });
    };
    io.onSignal?.('SIGTERM', stop);
    io.onSignal?.('SIGINT', stop);
  });
}

/** The versions `serve` decides under: every file of `--policy-dir`, else `--policy FILE` or the built-in one. */
function servedPolicies(ctx: CliContext): readonly Policy[] {
  const { policy, policyDir } = ctx.options();
  if (policyDir === undefined) return [ctx.policy()];
  if (policy !== undefined)
    throw new CsPolicyError('INVALID_INPUT', 'give --policy FILE or --policy-dir DIR, not both');
  return loadPolicyDir(ctx.io, policyDir);
}

/** Registers `serve` on the program. */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve decisions over HTTP (JSON): POST /v1/decisions/{rule}, /v1/batch, GET /openapi.json …')
    .option('--host <host>', 'address to bind (beyond loopback only with --token-file)', '127.0.0.1')
    .option('--port <port>', 'port (0: any free port)', '8080')
    .option('--record <file>', 'append a decision record (JSON Lines) per decision')
    .option('--token-file <file>', 'require this bearer token on every /v1 request')
    .option('--cors <origin>', 'allow this origin (CORS is off without it)')
    .option('--body-limit <bytes>', 'largest request body', '1048576')
    .option('--request-timeout <ms>', 'time a request may take', '10000')
    .option('--no-log', 'no JSON access log on standard error')
    .addHelpText(
      'after',
      '\nExamples:\n  $ cs-policy serve --port 8080\n  $ curl -s localhost:8080/v1/decisions/releaseEndOfSupport -H content-type:application/json -d \'{"args":["2026-04-01"]}\'',
    )
    .action(async (options: ServeOptions) => {
      await serve(ctx, servedPolicies(ctx), options);
    });
}
