import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../../src/server/db/schema';
import { runAs } from '../../src/server/platform/context';
import { actorOf } from '../../src/server/platform/session';
import { type Call, type Callers, caller, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

/**
 * The audit trail (三员分立, 等保): chained per district under a key outside the database, append-only for the
 * application, verified by `npm run audit:verify`, readable by the auditor alone; revealing a number is
 * audited. Tampering is in platform-audit-tamper.test.ts, sealing in platform-audit-seal.test.ts.
 */
let t: TestApp;
let cookies: Callers;
let call: Call;
const me: Record<string, { id: string; placeId: string }> = {};

type Entry = { districtId: string; seq: number; action: string; targetId: string | null; actorId: string };
const rows = <T>(query: SQL) => rowsOf<T>(t.database.db, query);
const entriesBy = (action: string, targetId: string) =>
  listAll<Entry>(call, 'auditor', `/api/audit?action=${action}&targetId=${targetId}`);
const count = async (table: string) =>
  (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]?.n;

beforeAll(async () => {
  t = await createTestApp();
  cookies = await loginAll(t, ['admin', 'secadmin', 'auditor', 'community', 'street', 'leader', 'resident']);
  call = caller(t, cookies);
  for (const who of Object.keys(cookies)) {
    me[who] = (await call(who, 'GET', '/api/auth/me')).json();
  }
  // A few audited changes: rename a compound twice, add a unit.
  const [compound] = await listAll<{ id: string }>(
    call,
    'community',
    `/api/places?parentId=${me.community?.placeId}`,
  );
  for (const name of ['府东花园(一期)', '府东花园']) {
    const res = await call('community', 'PATCH', `/api/places/${compound?.id}`, { name });
    expect(res.statusCode, res.body).toBe(200);
  }
  const unit = await call('street', 'POST', '/api/units', {
    placeId: me.community?.placeId,
    kind: 'volunteer_team',
    name: '审计测试志愿队',
    phone: '13912345678',
  });
  expect(unit.statusCode, unit.body).toBe(201);
  // Read right after the requests: the trail seals before it is listed.
  expect(await entriesBy('place.update', compound?.id ?? '')).toHaveLength(2);
});
afterAll(async () => {
  await t?.close();
});

describe('the chain', () => {
  it('verifies after ordinary audited changes, as npm run audit:verify and as the auditor', async () => {
    await t.services.audit.seal();
    await t.services.audit.anchor();
    const check = await t.services.audit.verify(t.database.db);
    expect(check).toMatchObject({ ok: true, firstBroken: null });
    expect(check.checked).toBeGreaterThan(3);
    const api = await call('auditor', 'POST', '/api/audit/verify');
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({ ok: true, firstBroken: null });
  });
});

describe('the one append path (as the application role, SET LOCAL ROLE lianxin_staff)', () => {
  /** Runs one statement in a request transaction of `username`; answers the error, or null. */
  async function refusal(statement: SQL, username = 'auditor'): Promise<string | null> {
    const [row] = await t.database.db.select().from(account).where(eq(account.username, username));
    const actor = await actorOf(t.database.db, row as typeof account.$inferSelect);
    const meta = { ip: null, userAgent: null, requestId: null };
    return runAs(t.services, actor, meta, (ctx) => ctx.tx.execute(statement)).then(
      () => null,
      (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
    );
  }

  it('cannot update, delete, truncate or insert into the trail', async () => {
    for (const statement of [
      sql`UPDATE audit_event SET action = 'forged'`,
      sql`DELETE FROM audit_event`,
      sql`TRUNCATE audit_event`,
      sql`INSERT INTO audit_event (district_id, seq, at, actor_roles, action, target_type, prev_hash, hash)
        VALUES ('00000000-0000-0000-0000-000000000000', 999999, now(), '{}', 'forged', 'x', '', '')`,
    ]) {
      expect(await refusal(statement), String(statement.queryChunks[0])).toMatch(/permission denied/);
    }
    // Even the superuser meets the trigger unless it is switched off first.
    await expect(t.database.db.execute(sql`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow();
  });

  it('may insert a pending entry, and not read, change or delete one', async () => {
    const insert = sql`INSERT INTO audit_pending (district_id, at, actor_roles, action, target_type)
      VALUES ('00000000-0000-0000-0000-000000000000', now(), '{}', 'probe', 'x')`;
    await t.services.audit.seal();
    expect(await refusal(insert)).toBeNull();
    for (const statement of [
      sql`SELECT * FROM audit_pending`,
      sql`UPDATE audit_pending SET action = 'forged'`,
      sql`DELETE FROM audit_pending`,
      sql`TRUNCATE audit_pending`,
    ]) {
      expect(await refusal(statement), String(statement.queryChunks[0])).toMatch(/permission denied/);
    }
    // Not even the superuser drops an entry before it is sealed.
    await expect(t.database.db.execute(sql`DELETE FROM audit_pending`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`UPDATE audit_pending SET action = 'x'`)).rejects.toThrow();
    expect(await count('audit_pending')).toBe(1);
    await t.services.audit.seal();
    expect(await count('audit_pending')).toBe(0);
  });

  it('cannot delete timeline events nor change them', async () => {
    const home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
    const created = await call('resident', 'POST', '/api/tickets', {
      kind: 'problem',
      title: '楼道灯坏了',
      description: '三楼',
      placeId: home,
    });
    expect(created.statusCode, created.body).toBe(201);
    const [event] = await rows<{ district_id: string; id: string }>(
      sql`SELECT district_id, id FROM ticket_event WHERE ticket_id = ${created.json().id}`,
    );
    const one = sql`district_id = ${event?.district_id} AND id = ${event?.id}`;
    // As the submitter, who sees the event through row-level security.
    expect(await refusal(sql`DELETE FROM ticket_event WHERE ${one}`, 'resident')).toMatch(
      /permission denied/,
    );
    expect(await refusal(sql`TRUNCATE ticket_event`, 'resident')).toMatch(/permission denied/);
    for (const change of [
      sql`action = 'forged'`,
      sql`actor_name = '别人'`,
      sql`at = at - interval '1 day'`,
      sql`data = data || '{"probe":1}'::jsonb`,
    ]) {
      const update = sql`UPDATE ticket_event SET ${change} WHERE ${one}`;
      expect(await refusal(update, 'resident'), String(change.queryChunks[0])).toMatch(/permission denied/);
    }
    // Even the superuser meets the trigger.
    const superuserError = (statement: ReturnType<typeof sql>) =>
      t.database.db.execute(statement).then(
        () => null,
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await superuserError(sql`DELETE FROM ticket_event WHERE ${one}`)).toMatch(/append-only/);
    expect(await superuserError(sql`UPDATE ticket_event SET note = 'x' WHERE ${one}`)).toMatch(/append-only/);
  });
});

describe('who reads the trail (三员分立)', () => {
  it('the auditor reads it; the system and security administrators and offices do not', async () => {
    expect((await call('auditor', 'GET', '/api/audit')).statusCode).toBe(200);
    for (const who of ['admin', 'secadmin', 'community', 'street', 'leader', 'resident']) {
      expect((await call(who, 'GET', '/api/audit')).statusCode, who).toBe(403);
      expect((await call(who, 'POST', '/api/audit/verify')).statusCode, who).toBe(403);
    }
    expect((await call('nobody', 'GET', '/api/audit')).statusCode).toBe(401);
  });

  it('the auditor changes nothing else', async () => {
    expect((await call('auditor', 'GET', '/api/accounts')).statusCode).toBe(403);
    expect((await call('auditor', 'GET', '/api/security/policy')).statusCode).toBe(403);
    expect((await call('auditor', 'POST', '/api/places', {})).statusCode).toBe(403);
  });
});

describe('revealing a personal number', () => {
  it('shows the unmasked phone and writes an audit entry naming who looked', async () => {
    const [resident] = await listAll<{ id: string; phone: string }>(
      call,
      'community',
      '/api/accounts?q=resident&kind=resident',
    );
    expect(resident?.phone).toBe('138****0001');
    expect(await entriesBy('account.reveal', resident?.id ?? '')).toEqual([]);
    const shown = await call('community', 'POST', `/api/accounts/${resident?.id}/reveal`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().phone).toBe('13800000001');
    const entries = await entriesBy('account.reveal', resident?.id ?? '');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: me.community?.id, targetId: resident?.id });
    // The entry joins the resident's district chain, like every other change to that account.
    const [home] = await rows<{ district_id: string }>(
      sql`SELECT p.district_id FROM account a JOIN place p ON p.id = a.place_id WHERE a.id = ${resident?.id}`,
    );
    expect(entries[0]?.districtId).toBe(home?.district_id);
  });

  it('a reveal outside the subtree writes nothing', async () => {
    await t.services.audit.seal();
    const before = await count('audit_event');
    const other = (await call('admin', 'GET', '/api/accounts?q=resident2')).json().items[0];
    expect((await call('community', 'POST', `/api/accounts/${other.id}/reveal`)).statusCode).toBe(404);
    await t.services.audit.seal();
    expect(await count('audit_event')).toBe(before);
  });
});
