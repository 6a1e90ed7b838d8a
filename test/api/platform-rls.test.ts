import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../src/server/db/client';
import { account } from '../../src/server/db/schema';
import { type Actor, PUBLIC_ACTOR, runAs } from '../../src/server/platform/context';
import { actorOf } from '../../src/server/platform/session';
import { caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

/**
 * Row-level security as the second fence (docs/architecture.md §4): inside a request transaction, a query
 * that forgot its scope filter still sees only the caller's subtree. Each check also runs the same query as
 * the connecting superuser (no SET LOCAL ROLE) to show that there was something to hide.
 */
let t: TestApp;
const actors: Record<string, Actor> = {};
let fudong: string; // 府东社区's path
let huimin: string; // 惠民社区's path (community2)
const META = { ip: '127.0.0.1', userAgent: 'platform-rls', requestId: null };

type Row = Record<string, unknown>;
const run = (tx: Pick<Tx, 'execute'>, query: SQL) => rowsOf<Row>(tx, query);
/** The same unfiltered query as `who` (through runAs) and as the superuser. */
async function both(who: string, query: SQL) {
  const actor = actors[who];
  if (!actor) {
    throw new Error(`no actor ${who}`);
  }
  const scoped = await runAs(t.services, actor, META, (ctx) => run(ctx.tx, query));
  const superuser = await run(t.database.db, query);
  return { scoped, superuser };
}
const within = (path: unknown, scope: string) => path === scope || String(path).startsWith(`${scope}.`);
const above = (path: unknown, scope: string) => scope.startsWith(`${String(path)}.`);

beforeAll(async () => {
  t = await createTestApp();
  for (const username of ['community', 'community2', 'resident', 'auditor']) {
    const [row] = await t.database.db.select().from(account).where(eq(account.username, username));
    if (!row) {
      throw new Error(`no demo account ${username}`);
    }
    actors[username] = await actorOf(t.database.db, row);
  }
  fudong = actors.community?.placePath ?? '';
  huimin = actors.community2?.placePath ?? '';
  // Something to hide in 惠民社区: a ticket from resident2.
  const cookies = await loginAll(t, ['resident2']);
  const me = (await caller(t, cookies)('resident2', 'GET', '/api/auth/me')).json();
  const res = await caller(t, cookies)('resident2', 'POST', '/api/tickets', {
    kind: 'problem',
    title: '小区门口积水',
    description: '下雨天进不去',
    placeId: me.placeId,
  });
  expect(res.statusCode, res.body).toBe(201);
  // The sign-in and the ticket are audited: sealed, so the trail has entries to hide.
  await t.services.audit.seal();
});
afterAll(async () => {
  await t?.close();
});

describe('an unfiltered query in a community office request', () => {
  it('place: only the subtree and its ancestors (breadcrumbs)', async () => {
    const { scoped, superuser } = await both('community', sql`SELECT id, path::text AS path FROM place`);
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.filter((r) => !within(r.path, fudong) && !above(r.path, fudong))).toEqual([]);
    expect(superuser.some((r) => within(r.path, huimin))).toBe(true);
    expect(superuser.length).toBeGreaterThan(scoped.length * 5);
  });

  it('account: only accounts in the subtree (and its own)', async () => {
    const { scoped, superuser } = await both(
      'community',
      sql`SELECT username, place_path::text AS path FROM account`,
    );
    expect(scoped.map((r) => r.username)).toContain('resident');
    expect(scoped.filter((r) => !within(r.path, fudong))).toEqual([]);
    const everyone = superuser.map((r) => r.username);
    for (const hidden of ['community2', 'resident2', 'admin', 'auditor', 'street']) {
      expect(everyone).toContain(hidden);
      expect(scoped.map((r) => r.username)).not.toContain(hidden);
    }
  });

  it('unit and station: the subtree and the offices above it, nothing elsewhere', async () => {
    for (const table of ['unit', 'station']) {
      const { scoped, superuser } = await both(
        'community',
        sql`SELECT id, place_path::text AS path FROM ${sql.identifier(table)}`,
      );
      expect(scoped.length, table).toBeGreaterThan(0);
      expect(scoped.filter((r) => !within(r.path, fudong) && !above(r.path, fudong))).toEqual([]);
      expect(
        superuser.some((r) => within(r.path, huimin)),
        table,
      ).toBe(true);
    }
  });

  it('ticket: nothing from another community', async () => {
    const { scoped, superuser } = await both(
      'community',
      sql`SELECT id, place_path::text AS path FROM ticket`,
    );
    expect(superuser.some((r) => within(r.path, huimin))).toBe(true);
    expect(scoped.filter((r) => within(r.path, huimin))).toEqual([]);
    expect(scoped.filter((r) => !within(r.path, fudong))).toEqual([]);
  });

  it('audit trail, one-time codes and the SMS outbox: nothing at all', async () => {
    for (const table of ['audit_event', 'sms_code', 'sms_outbox']) {
      const { scoped } = await both('community', sql`SELECT * FROM ${sql.identifier(table)}`);
      expect(scoped, table).toEqual([]);
    }
    const { superuser } = await both('community', sql`SELECT * FROM audit_event`);
    expect(superuser.length).toBeGreaterThan(0);
  });

  it('cannot change or create rows outside the subtree', async () => {
    const [target] = await run(t.database.db, sql`SELECT id FROM place WHERE path = ${huimin}::ltree`);
    const changed = await runAs(t.services, actors.community as Actor, META, (ctx) =>
      run(ctx.tx, sql`UPDATE place SET name = 'hacked' WHERE id = ${target?.id} RETURNING id`),
    );
    expect(changed).toEqual([]);
    const [own] = await run(t.database.db, sql`SELECT id FROM place WHERE path = ${fudong}::ltree`);
    const insertUnit = (placeId: unknown, path: string) =>
      runAs(t.services, actors.community as Actor, META, (ctx) =>
        run(
          ctx.tx,
          sql`INSERT INTO unit (place_id, place_path, kind, name, created_at, updated_at)
            VALUES (${placeId}, ${path}::ltree, 'department', 'rls-probe', now(), now()) RETURNING id`,
        ),
      );
    // The same statement works inside the subtree, so the refusal below is the policy, not the statement.
    expect(await insertUnit(own?.id, fudong)).toHaveLength(1);
    const refused = await insertUnit(target?.id, huimin).then(
      () => null,
      (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
    );
    expect(refused).toMatch(/row-level security/);
    const [after] = await run(t.database.db, sql`SELECT name FROM place WHERE id = ${target?.id}`);
    expect(after?.name).toBe('惠民社区');
  });
});

describe('other callers', () => {
  it('a resident sees only their own account and no other resident’s tickets', async () => {
    const { scoped, superuser } = await both('resident', sql`SELECT username FROM account`);
    expect(scoped.map((r) => r.username)).toEqual(['resident']);
    expect(superuser.length).toBeGreaterThan(5);
    const tickets = await both(
      'resident',
      sql`SELECT t.id FROM ticket t JOIN account a ON a.id = t.submitter_id WHERE a.username = 'resident2'`,
    );
    expect(tickets.superuser.length).toBeGreaterThan(0);
    expect(tickets.scoped).toEqual([]);
  });

  it('the auditor reads the audit trail; nobody else does', async () => {
    const { scoped } = await both('auditor', sql`SELECT seq FROM audit_event`);
    expect(scoped.length).toBeGreaterThan(0);
  });

  it('the app role without any scope setting sees nothing (a forgotten setting leaks nothing)', async () => {
    for (const role of ['lianxin_app', 'lianxin_staff', 'lianxin_resident']) {
      const rows = await t.database.db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL ROLE ${sql.identifier(role)}`);
        return run(
          tx,
          sql`SELECT (SELECT count(*) FROM place)::int AS places, (SELECT count(*) FROM account)::int AS accounts,
            (SELECT count(*) FROM unit)::int AS units, (SELECT count(*) FROM ticket)::int AS tickets`,
        );
      });
      expect(rows[0], role).toEqual({ places: 0, accounts: 0, units: 0, tickets: 0 });
    }
  });

  it('nobody signed in has a role of its own: published open wishes and reference data, nothing else', async () => {
    const asPublic = (query: SQL) => runAs(t.services, PUBLIC_ACTOR, META, (ctx) => run(ctx.tx, query));
    const call = caller(t, await loginAll(t, ['resident', 'community']));
    const home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
    const wish = await submitTicket(call, 'resident', home, {
      kind: 'wish',
      title: '想学用智能手机',
      isPublic: true,
    });
    await call('community', 'POST', `/api/tickets/${wish.id}/actions`, { action: 'accept' });
    expect(
      (await call('community', 'POST', `/api/tickets/${wish.id}/actions`, { action: 'pool' })).statusCode,
    ).toBe(200);
    const seen = await asPublic(sql`SELECT id, kind, is_public, state FROM ticket`);
    expect(seen.map((r) => r.id)).toContain(wish.id);
    expect(
      seen.filter(
        (r) =>
          r.kind !== 'wish' ||
          !r.is_public ||
          !['pooled', 'claimed', 'in_progress'].includes(String(r.state)),
      ),
    ).toEqual([]);
    expect(
      (await run(t.database.db, sql`SELECT id FROM ticket WHERE kind <> 'wish'`)).length,
    ).toBeGreaterThan(0);
    expect((await asPublic(sql`SELECT count(*)::int AS n FROM place`))[0]?.n).toBeGreaterThan(0);
    const role = await asPublic(
      sql`SELECT current_user AS name, pg_has_role('lianxin_app', 'MEMBER') AS app`,
    );
    expect(role[0]).toEqual({ name: 'lianxin_public', app: false });
    // The public project pages name each published project's lead unit: those units' id, name and kind only.
    const units = await asPublic(sql`SELECT id FROM unit`);
    const leads = await run(
      t.database.db,
      sql`SELECT DISTINCT lead_unit_id AS id FROM project WHERE is_published`,
    );
    expect(units.map((r) => String(r.id)).sort()).toEqual(leads.map((r) => String(r.id)).sort());
    const unitPaths = await runAs(t.services, PUBLIC_ACTOR, META, (ctx) =>
      ctx.tx.execute(sql`SELECT place_path FROM unit LIMIT 1`),
    ).then(
      () => null,
      (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
    );
    expect(unitPaths).toMatch(/permission denied/);
    for (const table of ['account', 'ticket_event', 'ticket_photo', 'notification', 'session']) {
      const refused = await runAs(t.services, PUBLIC_ACTOR, META, (ctx) =>
        ctx.tx.execute(sql`SELECT 1 FROM ${sql.identifier(table)} LIMIT 1`),
      ).then(
        () => null,
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
      expect(refused, table).toMatch(/permission denied/);
    }
  });
});
