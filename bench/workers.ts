import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/server/seed/demo-region';
import type { TicketCreate } from '../src/shared/tickets';
import { freePort } from '../test/support/server';
import { runLoad } from './http-load';

/**
 * The built server as `npm start` runs it (`node dist/server/main.js`), with `workers` processes on the bench's
 * PostgreSQL database and the same secret as its seed, on a free port; resolves once it answers.
 */
async function startBuilt(databaseUrl: string, secret: Buffer, workers: number) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LIANXIN_MODE: 'test',
      LIANXIN_WORKERS: String(workers),
      LIANXIN_SECRET_KEY: secret.toString('base64'),
      LIANXIN_AUDIT_KEY: randomBytes(32).toString('base64'),
      LIANXIN_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'lianxin-workers-')),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) {
      throw new Error(`bench: the built server exited with ${child.exitCode}`);
    }
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) {
      break;
    }
    if (tries > 300) {
      child.kill('SIGKILL');
      throw new Error('bench: the built server did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * Intake over HTTP against the built server with one process and with two (LIANXIN_WORKERS), one after the other
 * on the same database: what a second process on the same two cores adds. PostgreSQL only (PGlite belongs to one
 * process). Needs `node scripts/build.mjs` first (npm start does it).
 */
export async function benchWorkers(
  databaseUrl: string,
  secret: Buffer,
  bodies: TicketCreate[],
  options: { connections: number; seconds: number; log: (line: string) => void },
) {
  const results: { workers: number; perSecond: number; p50: number; p99: number; errors: number }[] = [];
  for (const workers of [1, 2]) {
    const server = await startBuilt(databaseUrl, secret, workers);
    try {
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'community', password: DEMO_PASSWORD }),
      });
      const cookie = (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
      const requests = bodies.map((b) => ({
        method: 'POST' as const,
        path: '/api/tickets',
        body: JSON.stringify(b),
      }));
      await runLoad({ url: server.url, connections: 8, seconds: 2, cookie, requests });
      options.log(
        `workers: ${workers} process(es), ${options.connections} connections, ${options.seconds} s`,
      );
      const run = await runLoad({
        url: server.url,
        connections: options.connections,
        seconds: options.seconds,
        cookie,
        requests,
      });
      results.push({
        workers,
        perSecond: run.okPerSecond,
        p50: run.latency.p50,
        p99: run.latency.p99,
        errors: run.failed + run.errors,
      });
      options.log(`workers: ${workers} → ${run.okPerSecond}/s, p99 ${run.latency.p99} ms`);
    } finally {
      await server.stop();
    }
  }
  return results;
}
