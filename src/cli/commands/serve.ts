// `cs-policy serve` (issue 11): the decision service on HTTP, as a command spec. The HTTP
// framework is loaded only here, so it costs every other command nothing.
import { createWriteStream } from 'node:fs';
import type { RuleCall } from '../../calls/call.js';
import type { Decision } from '../../policy/decision.js';
import type { Policy } from '../../policy/schema.js';
import type { CommandSpec } from '../command-spec.js';
import type { CliContext } from '../context.js';
import { checkAppendable, fileError } from '../files.js';
import { cliError } from '../lang.js';

/** Loopback hosts: the only ones the service binds to without a token. */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly record?: string;
  readonly tokenFile?: string;
  readonly cors?: string;
  readonly bodyLimit: number;
  readonly requestTimeout: number;
  readonly log: boolean;
}

/** A whole number of the options within 0..max (the kind `whole` has read it). */
function within(n: number, what: string, max: number): number {
  if (n < 0 || n > max)
    throw cliError('INVALID_NUMBER', {
      ja: `${what} は 0 から ${max} までの整数で指定してください (${n} は範囲外です)`,
      en: `${what} must be an integer from 0 to ${max}, not ${n}`,
    });
  return n;
}

function readTokenFile(io: CliContext['io'], path: string): string {
  try {
    return io.readText(path).trim();
  } catch (error) {
    throw fileError('read', { ja: '--token-file', en: '--token-file' }, path, error);
  }
}

/**
 * `cs-policy serve`: the decision service on HTTP (see docs/service.md). Yields the line saying
 * where it listens, then ends when the service has stopped (SIGTERM or SIGINT: it stops
 * accepting, finishes what is in flight, and the process exits 0).
 */
export async function* serve(
  ctx: CliContext,
  policies: readonly Policy[],
  options: ServeOptions,
): AsyncGenerator<string> {
  const { io } = ctx;
  const port = within(options.port, '--port', 65_535);
  const bodyLimit = within(options.bodyLimit, '--body-limit', 1_073_741_824);
  const requestTimeout = within(options.requestTimeout, '--request-timeout', 600_000);
  let token: string | undefined;
  if (options.tokenFile !== undefined) {
    token = readTokenFile(io, options.tokenFile);
    if (token === '')
      throw cliError('INVALID_INPUT', {
        ja: `--token-file ${options.tokenFile} が空です`,
        en: `--token-file ${options.tokenFile} is empty`,
      });
  }
  if (!LOOPBACK.test(options.host) && token === undefined) {
    throw cliError('INVALID_INPUT', {
      ja: `${options.host} (ループバック以外) で受け付けるには --token-file が必要です: /v1 の要求はすべてそのトークンを持つことになります`,
      en: `binding to ${options.host} (beyond loopback) needs --token-file: every /v1 request must then carry the bearer token`,
    });
  }

  // Decision records go to the file through a buffered stream, written after each answer; the file is opened
  // here, so a path that cannot be written is bad input before the service listens.
  if (options.record !== undefined) checkAppendable(options.record, { ja: '判断記録のファイル', en: 'record file' });
  const records = options.record === undefined ? undefined : createWriteStream(options.record, { flags: 'a' });
  const { decisionRecord } = await import('../../records/record.js');
  const onDecision = records
    ? (decision: Decision, call: RuleCall) => {
        records.write(`${JSON.stringify(decisionRecord(decision, call))}\n`);
      }
    : undefined;

  // Loaded only by `serve`: the HTTP framework costs every other command nothing.
  const { buildService } = await import('../../server/app.js');
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
  yield `cs-policy serve: listening on ${address} (policies ${policies.map((p) => p.version).join(', ')})`;

  await new Promise<void>((stopped) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      // In-flight requests finish; after 8 s any that remain are cut, so the process ends within 10 s.
      const force = setTimeout(() => app.server.closeAllConnections(), 8_000);
      force.unref();
      // A close that fails still ends the command: the process is stopping either way.
      void app
        .close()
        .catch(() => undefined)
        .then(() => {
          clearTimeout(force);
          if (records) records.end(() => stopped());
          else stopped();
        });
    };
    io.onSignal?.('SIGTERM', stop);
    io.onSignal?.('SIGINT', stop);
  });
}

const text = (ja: string, en: string) => ({ ja, en });

/** `serve`. */
export const SERVE_COMMAND: CommandSpec<ServeOptions> = {
  name: 'serve',
  summary: text(
    '判断を HTTP (JSON) で提供: POST /v1/decisions/{rule}、/v1/batch、GET /openapi.json …',
    'serve decisions over HTTP (JSON): POST /v1/decisions/{rule}, /v1/batch, GET /openapi.json …',
  ),
  options: [
    {
      key: 'host',
      kind: 'text',
      value: 'host',
      default: '127.0.0.1',
      help: text(
        '受け付けるアドレス (ループバック以外では --token-file が必要)',
        'address to bind (beyond loopback only with --token-file)',
      ),
    },
    {
      key: 'port',
      kind: 'whole',
      value: 'port',
      default: '8080',
      help: text('ポート (0: 空いている任意のポート)', 'port (0: any free port)'),
    },
    {
      key: 'record',
      kind: 'text',
      value: 'file',
      help: text(
        '判断ごとに判断記録 (JSON Lines) をこのファイルに追記',
        'append a decision record (JSON Lines) per decision',
      ),
    },
    {
      key: 'tokenFile',
      kind: 'text',
      value: 'file',
      help: text('/v1 の要求すべてにこのベアラートークンを求めます', 'require this bearer token on every /v1 request'),
    },
    {
      key: 'cors',
      kind: 'text',
      value: 'origin',
      help: text(
        'このオリジンからの要求を許可 (指定しなければ CORS は無効)',
        'allow this origin (CORS is off without it)',
      ),
    },
    {
      key: 'bodyLimit',
      kind: 'whole',
      value: 'bytes',
      default: '1048576',
      help: text('要求の本文の上限 (バイト)', 'largest request body'),
    },
    {
      key: 'requestTimeout',
      kind: 'whole',
      value: 'ms',
      default: '10000',
      help: text('1 つの要求にかけられる時間 (ミリ秒)', 'time a request may take'),
    },
    {
      key: 'log',
      kind: 'flag',
      negated: true,
      help: text('標準エラーに JSON のアクセスログを出さない', 'no JSON access log on standard error'),
    },
  ],
  examples: [
    'serve --port 8080',
    'serve --policy-dir policies --host 0.0.0.0 --token-file token.txt --record decisions.jsonl',
  ],
  jsonShape: 'no output of its own: the service answers in JSON (see docs/service.md)',
  now: false,
  run: (options, ctx) => ({ chunks: serve(ctx, ctx.policies(), options) }),
};
