import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-region';
import { startServer } from '../support/server';

/**
 * Each server process keeps categories, deadline rules and the work calendar in memory (platform/config-cache.ts).
 * Two real server processes on one PostgreSQL database: a rule changed through one applies to the very next
 * ticket taken in by the other, whose copy was warm. PGlite belongs to one process, so this runs on PostgreSQL.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
type Server = Awaited<ReturnType<typeof startServer>>;
let first: Server;
let second: Server;

async function signIn(server: Server, username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
}

async function send(server: Server, cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(300);
  return JSON.parse(text);
}

describe.runIf(onPostgres)('configuration cached in two server processes', () => {
  beforeAll(async () => {
    // One installation: the same keys in both processes.
    const env = {
      LIANXIN_SECRET_KEY: randomBytes(32).toString('base64'),
      LIANXIN_AUDIT_KEY: randomBytes(32).toString('base64'),
    };
    first = await startServer({ env });
    second = await startServer({ shareDatabase: first.database ?? '', env });
  }, 180_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('a rule changed through one process sets the limits of the next ticket taken in by the other', async () => {
    const admin = await signIn(first, 'admin');
    const office = await signIn(second, 'community');
    const me = await send(second, office, 'GET', '/api/auth/me');
    const wish = {
      kind: 'wish',
      title: '想请人帮忙修收音机',
      description: '老收音机不响了',
      placeId: me.placeId,
    };
    const limitOf = (t: { createdAt: string; handleDueAt: string }) =>
      Date.parse(t.handleDueAt) - Date.parse(t.createdAt);

    await send(second, office, 'POST', '/api/tickets', wish);
    const rules = (await send(first, admin, 'GET', '/api/deadline-rules')).items;
    const rule = rules.find(
      (r: { kind: string | null; categoryId: string | null; urgency: string | null }) =>
        r.kind === 'wish' && !r.categoryId && !r.urgency,
    );
    for (const hours of [48, 72]) {
      const { id: _id, categoryName: _c, isDefault: _d, ...input } = rule;
      await send(first, admin, 'PUT', `/api/deadline-rules/${rule.id}`, {
        ...input,
        isCalendarTime: true,
        handleHours: hours,
      });
      const next = await send(second, office, 'POST', '/api/tickets', wish);
      expect(limitOf(next)).toBe(hours * 3_600_000);
    }
  });
});
