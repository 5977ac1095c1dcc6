import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `cs-policy serve` as a process: the built bin, 127.0.0.1, a random port; it stops by itself.
const BIN = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const temp = mkdtempSync(join(tmpdir(), 'cs-policy-serve-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exit: Promise<number | null>;
  readonly stderr: () => string;
}

function start(args: readonly string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  // Whatever happens, the server does not outlive the test file.
  const guard = setTimeout(() => child.kill('SIGKILL'), 10_000); // the service must stop by itself within 10 s
  guard.unref();
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1]!, exit, stderr: () => stderr });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe('cs-policy serve', () => {
  it('prints its URL, answers, logs JSON access lines with a request id, stops on SIGTERM with exit 0', async () => {
    const server = await start();
    const res = await fetch(`${server.url}/v1/decisions/releaseEndOfSupport`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ args: ['2026-04-01'] }),
    });
    expect(res.status).toBe(200);
    // 3.3.eos: 2026-04-01 + 180 days = 2026-09-28.
    expect((await res.json()).value.lastSupportedDate).toBe('2026-09-28');
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    const lines = server
      .stderr()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => l.reqId === 'req-42' && l.res?.statusCode === 200)).toBe(true);
  });

  it('SIGTERM with a request in flight: the request is answered, new connections are refused, exit 0', async () => {
    const server = await start(['--no-log']);
    const { port } = new URL(server.url);
    const body = JSON.stringify({ args: ['2026-12-28'] });
    const answer = new Promise<{ status: number; text: string }>((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/decisions/releaseEndOfSupport',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () => done({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', fail);
      // Half the body now: the request is in flight when SIGTERM arrives.
      req.write(body.slice(0, 5));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(5)), 300);
      }, 100);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    // 2026-12-28 + 180 days = 2027-06-26 (test/releases).
    expect(JSON.parse(text).value.lastSupportedDate).toBe('2027-06-26');
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(await server.exit).toBe(0);
  });

  it('--record appends one decision record per decision, personal data only as digests', async () => {
    const file = join(temp, 'records.jsonl');
    const server = await start(['--no-log', '--record', file]);
    await fetch(`${server.url}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { rule: 'releaseEndOfSupport', args: ['2026-04-01'] },
        { rule: 'releaseEndOfSupport', args: ['2026-12-28'] },
      ]),
    });
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    const records = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ rule: 'releaseEndOfSupport', outcome: 'ends', policyVersion: '2024-10-07' });
    expect(records[0].inputDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(records[0].inputDigest).not.toBe(records[1].inputDigest);
  });

  it('--policy-dir with --closure: every served version has the closure (before, --closure was ignored there)', async () => {
    const versions = join(temp, 'versions');
    mkdirSync(versions, { recursive: true });
    writeFileSync(join(versions, 'base.json'), JSON.stringify({ extends: '2024-10-07', version: '2026-01-01' }));
    const server = await start(['--no-log', '--policy-dir', versions, '--closure', '2027-01-05:臨時休業']);
    const res = await fetch(`${server.url}/v1/decisions/receptionStart`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args: ['2027-01-05T10:00+09:00'] }),
    });
    // Tue 2027-01-05 is a business day of 1.1.hours, closed here by the company closure: reception starts at
    // the next opening, Wed 01-06 09:30.
    expect((await res.json()).value).toBe('2027-01-06T09:30:00+09:00');
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });

  it('refuses to bind beyond loopback without a token (exit 2, one line)', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--host', '0.0.0.0', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(2);
    expect(stderr).toContain('--token-file');
  });
});
