import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type StartedServer, startServer } from '../support/server';

/** The worker processes a primary forked (Linux: pgrep; tsx's esbuild service is a child too), in no order. */
function workersOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'src/server/main'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
  } catch {
    return [];
  }
}

/** Waits until `ready` holds; the test's own timeout bounds it. */
async function until(ready: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await ready())) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Signs in and out as admin: a session row, and an audit entry (`auth.logout`) in whichever worker answers. */
async function signInAndOut(server: StartedServer): Promise<void> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Lianxin@2026' }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const logout = await fetch(`${server.url}/api/auth/logout`, {
    method: 'POST',
    headers: { cookie, origin: server.url },
  });
  expect(logout.status).toBeLessThan(300);
}

async function countOf(url: string, query: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: number }>(query)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

/**
 * LIANXIN_WORKERS=2 as main.ts runs it (from the sources): the primary prepares the database and forks two
 * workers on one port, replaces one that dies, and on SIGTERM every worker finishes and seals its audit
 * entries before the primary exits. PostgreSQL only (refused on PGlite: src/server/config.test.ts).
 */
describe.skipIf(!process.env.DATABASE_URL)('several server processes', () => {
  it('serve one port, replace a worker that dies, and stop together with their audit sealed', async () => {
    const server = await startServer({ env: { LIANXIN_WORKERS: '2' } });
    try {
      await until(() => server.logs().includes('2 server processes'));
      const first = workersOf(server.pid);
      expect(first).toHaveLength(2);
      for (let i = 0; i < 4; i++) {
        await signInAndOut(server);
      }

      const [dead] = first;
      process.kill(dead as number, 'SIGKILL');
      await until(() => server.logs().includes('is serving'));
      expect(server.logs()).toContain(`server process ${dead} ended (signal SIGKILL); starting another`);
      const now = workersOf(server.pid);
      expect(now).toHaveLength(2);
      expect(now).not.toContain(dead);
      for (let i = 0; i < 4; i++) {
        await signInAndOut(server);
      }

      process.kill(server.pid, 'SIGTERM');
      expect(await server.exited).toBe(0);
      expect(workersOf(server.pid)).toEqual([]);
      const url = server.databaseUrl as string;
      expect(await countOf(url, 'SELECT count(*)::int AS n FROM audit_pending')).toBe(0);
      // An entry commits with its request: what the killed worker had not sealed, another one did.
      expect(
        await countOf(url, "SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.logout'"),
      ).toBe(8);
    } finally {
      await server.stop();
    }
  });
});
