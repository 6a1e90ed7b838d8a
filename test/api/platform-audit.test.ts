import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../../src/server/db/schema';
import { entryHash, verifyAuditChain } from '../../src/server/platform/audit';
import { runAs } from '../../src/server/platform/context';
import { actorOf } from '../../src/server/platform/session';
import { type Call, type Callers, caller, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

/**
 * The audit trail (三员分立, 等保): hash-chained per district, append-only for the application, verified by
 * `npm run audit:verify` (verifyAuditChain), readable by the auditor alone; revealing a number is audited.
 */
let t: TestApp;
let cookies: Callers;
let call: Call;
const me: Record<string, { id: string; placeId: string }> = {};

type Entry = { districtId: string; seq: number; action: string; targetId: string | null; actorId: string };
async function rows<T>(query: SQL): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}
/** Runs statements as the superuser with the append-only trigger off: what an intruder with the DB would do. */
async function tamper(statement: SQL) {
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
  });
}
const entriesBy = (action: string, targetId: string) =>
  listAll<Entry>(call, 'auditor', `/api/audit?action=${action}&targetId=${targetId}`);

let edited: Entry; // a place.update entry in the middle of 武进区's chain

beforeAll(async () => {
  console.log('A');
  t = await createTestApp();
  console.log('B');
  cookies = await loginAll(t, ['admin', 'secadmin', 'auditor', 'community', 'street', 'leader']);
  call = caller(t, cookies);
  for (const who of Object.keys(cookies)) {
    me[who] = (await call(who, 'GET', '/api/auth/me')).json();
  }
  console.log('C');
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
  console.log('D');
  const updates = await entriesBy('place.update', compound?.id ?? '');
  expect(updates).toHaveLength(2);
  edited = updates[1] as Entry; // the older one: newer entries follow it in the chain
});
afterAll(async () => {
  await t?.close();
});

describe('the hash chain', () => {
  it('verifies after ordinary audited changes, as npm run audit:verify and as the auditor', async () => {
    const check = await verifyAuditChain(t.database.db);
    expect(check).toMatchObject({ ok: true, firstBroken: null });
    expect(check.checked).toBeGreaterThan(3);
    const api = await call('auditor', 'POST', '/api/audit/verify');
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({ ok: true, firstBroken: null });
  });

  it('is append-only for the application role: no UPDATE, DELETE or TRUNCATE', async () => {
    const [row] = await t.database.db.select().from(account).where(eq(account.username, 'auditor'));
    const auditor = await actorOf(t.database.db, row as typeof account.$inferSelect);
    const meta = { ip: null, userAgent: null, requestId: null };
    for (const statement of [
      sql`UPDATE audit_event SET action = 'forged'`,
      sql`DELETE FROM audit_event`,
      sql`TRUNCATE audit_event`,
    ]) {
      const error = await runAs(t.services, auditor, meta, (ctx) => ctx.tx.execute(statement)).then(
        () => null,
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
      expect(error).toMatch(/permission denied/);
    }
    // Even the superuser meets the trigger unless it is switched off first.
    await expect(t.database.db.execute(sql`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow();
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('names exactly the entry whose content was edited', async () => {
    await tamper(sql`UPDATE audit_event SET after = '{"name":"伪造"}'::jsonb
      WHERE district_id = ${edited.districtId} AND seq = ${edited.seq}`);
    const check = await verifyAuditChain(t.database.db);
    expect(check.ok).toBe(false);
    expect(check.firstBroken).toEqual({ districtId: edited.districtId, seq: edited.seq, reason: 'content' });
    const api = (await call('auditor', 'POST', '/api/audit/verify')).json();
    expect(api.firstBroken).toEqual(check.firstBroken);
    await tamper(sql`UPDATE audit_event SET after = ${JSON.stringify({ name: '府东花园(一期)' })}::jsonb
      WHERE district_id = ${edited.districtId} AND seq = ${edited.seq}`);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('catches an edit whose hash was recomputed at the next link', async () => {
    const [row] = await rows<Record<string, unknown>>(sql`SELECT * FROM audit_event
      WHERE district_id = ${edited.districtId} AND seq = ${edited.seq}`);
    const original = String(row?.hash);
    const [full] = await t.database.db.query.auditEvent.findMany({
      where: (e, { and, eq: is }) => and(is(e.districtId, edited.districtId), is(e.seq, edited.seq)),
    });
    const { hash: _, ...fields } = full as NonNullable<typeof full>;
    const forged = entryHash({ ...fields, actorName: '别人' });
    await tamper(sql`UPDATE audit_event SET actor_name = '别人', hash = ${forged}
      WHERE district_id = ${edited.districtId} AND seq = ${edited.seq}`);
    const check = await verifyAuditChain(t.database.db);
    expect(check.firstBroken).toEqual({ districtId: edited.districtId, seq: edited.seq + 1, reason: 'link' });
    await tamper(sql`UPDATE audit_event SET actor_name = ${String(row?.actor_name)}, hash = ${original}
      WHERE district_id = ${edited.districtId} AND seq = ${edited.seq}`);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('catches a deleted entry in the middle and a deleted tail', async () => {
    const [head] = await rows<{ seq: number }>(
      sql`SELECT seq::int FROM audit_head WHERE district_id = ${edited.districtId}`,
    );
    await tamper(
      sql`DELETE FROM audit_event WHERE district_id = ${edited.districtId} AND seq = ${head?.seq}`,
    );
    expect((await verifyAuditChain(t.database.db)).firstBroken).toEqual({
      districtId: edited.districtId,
      seq: head?.seq,
      reason: 'truncated',
    });
    await tamper(
      sql`DELETE FROM audit_event WHERE district_id = ${edited.districtId} AND seq = ${edited.seq}`,
    );
    expect((await verifyAuditChain(t.database.db)).firstBroken).toEqual({
      districtId: edited.districtId,
      seq: edited.seq,
      reason: 'missing',
    });
  });
});

describe('who reads the trail (三员分立)', () => {
  it('the auditor reads it; the system and security administrators and offices do not', async () => {
    expect((await call('auditor', 'GET', '/api/audit')).statusCode).toBe(200);
    for (const who of ['admin', 'secadmin', 'community', 'street', 'leader']) {
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
    const before = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_event`))[0]?.n;
    const other = (await call('admin', 'GET', '/api/accounts?q=resident2')).json().items[0];
    expect((await call('community', 'POST', `/api/accounts/${other.id}/reveal`)).statusCode).toBe(404);
    expect((await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_event`))[0]?.n).toBe(before);
  });
});
