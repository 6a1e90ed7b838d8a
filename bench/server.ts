import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app';
import { createServices } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import { DEMO_PASSWORD } from '../src/server/seed/demo-region';

/**
 * The real app (every plugin, hook and route of main.ts and its audit sealer, no sweeps or outbox timers) on the bench database,
 * listening on a free port of 127.0.0.1 — never the demo's port 3000.
 */
export async function startBenchServer(database: Database, secret: Buffer) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianxin-bench-'));
  const config = loadConfig({
    LIANXIN_MODE: 'test',
    LIANXIN_DATA_DIR: dataDir,
    LIANXIN_WEB_DIR: path.join(dataDir, 'no-web'),
    // BENCH_LOG=error shows the server's errors (a failing request's stack) on stderr.
    LOG_LEVEL: process.env.BENCH_LOG ?? 'silent',
  });
  // A throwaway audit key: the bench never verifies its trail.
  const services = createServices(config, database, { secret, audit: randomBytes(32) }, () => undefined);
  const stopSealer = services.audit.start(() => undefined);
  const app = await buildApp(services, database, { logger: Boolean(process.env.BENCH_LOG) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') {
    throw new Error('bench server: no port');
  }
  const url = `http://127.0.0.1:${address.port}`;

  /** Signs in with the demo password and returns the session cookie header. */
  async function login(username: string): Promise<string> {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lx_session='));
    if (res.status !== 200 || !cookie) {
      throw new Error(`bench login ${username}: ${res.status} ${await res.text()}`);
    }
    return cookie.split(';')[0] as string;
  }

  return {
    url,
    services,
    login,
    async close() {
      await stopSealer();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
