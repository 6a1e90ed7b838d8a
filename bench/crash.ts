import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/server/seed/demo-region';
import { adminQuery, uniqueName, withDatabase } from '../test/support/template';

/**
 * `npm run probe:crash`: kill -9 under load, then restart, and count acknowledged writes that are gone.
 * Starts the real server (`src/server/main.ts`, demo mode) on a free loopback port over a scratch database
 * (PGlite in a temporary directory, or a scratch PostgreSQL database when DATABASE_URL is set), records
 * tickets from several clients, kills the process without warning, starts it again on the same data and
 * reads back every ticket that was answered 201, then runs `audit:verify`. Bounded: PROBE_ROUNDS rounds
 * (3) of PROBE_MS milliseconds (3000) with PROBE_CLIENTS clients (8). Exit code 1 if anything is missing.
 */
const ROUNDS = Number(process.env.PROBE_ROUNDS ?? 3);
const LOAD_MS = Number(process.env.PROBE_MS ?? 3000);
const CLIENTS = Number(process.env.PROBE_CLIENTS ?? 8);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type Target = { env: Record<string, string>; cleanup(): Promise<void> };

async function scratchTarget(): Promise<Target> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianxin-crash-'));
  const base = process.env.DATABASE_URL;
  const env: Record<string, string> = {
    LIANXIN_DATA_DIR: dataDir,
    LIANXIN_MODE: 'demo',
    LIANXIN_WEB_DIR: path.join(dataDir, 'no-web'),
    LOG_LEVEL: 'error',
  };
  if (!base) {
    return { env, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = uniqueName('lianxin_crash');
  await adminQuery(base, `CREATE DATABASE ${name}`);
  env.DATABASE_URL = withDatabase(base, name);
  return {
    env,
    cleanup: async () => {
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startServer(env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode} while starting`);
    }
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) {
      return { child, url };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start within 5 minutes');
}

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lx_session='));
  if (!res.ok || !cookie) {
    throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  }
  return cookie.split(';')[0] as string;
}

/** Clients record tickets as fast as answers come until the process dies; returns the acknowledged ids. */
async function recordUntilKilled(url: string, cookie: string, placeId: string, child: ChildProcess) {
  const acknowledged: string[] = [];
  let running = true;
  const client = async (n: number) => {
    for (let i = 0; running; i++) {
      try {
        const res = await fetch(`${url}/api/tickets`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({
            kind: 'problem',
            title: `断电测试 ${n}-${i}`,
            description: '走访时居民反映楼道灯不亮',
            placeId,
          }),
        });
        if (res.status === 201) {
          acknowledged.push(((await res.json()) as { id: string }).id);
        }
      } catch {
        // The process is gone: this request was never acknowledged.
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
  await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  running = false;
  await Promise.all(clients);
  return acknowledged;
}

async function main() {
  const target = await scratchTarget();
  const port = await freePort();
  let server = await startServer(target.env, port);
  const totals = { acknowledged: 0, missing: 0 };
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const cookie = await login(server.url, 'community');
      const me = (await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json()) as {
        placeId: string;
      };
      const acknowledged = await recordUntilKilled(server.url, cookie, me.placeId, server.child);
      server = await startServer(target.env, port);
      const reader = await login(server.url, 'community');
      let missing = 0;
      for (const id of acknowledged) {
        const res = await fetch(`${server.url}/api/tickets/${id}`, { headers: { cookie: reader } });
        if (res.status !== 200) {
          missing++;
        }
      }
      totals.acknowledged += acknowledged.length;
      totals.missing += missing;
      console.log(
        `round ${round}: ${acknowledged.length} acknowledged before kill -9, ${missing} missing after restart`,
      );
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
  const verify = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
    env: { ...process.env, ...target.env },
    stdio: 'inherit',
  });
  const verified = await new Promise<number | null>((resolve) => verify.once('exit', resolve));
  await target.cleanup();
  console.log(
    `crash probe (${target.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}): ${totals.acknowledged} acknowledged, ${totals.missing} missing; audit:verify exit ${verified}`,
  );
  process.exitCode = totals.missing > 0 || verified !== 0 ? 1 : 0;
}

await main();
