import { type SQL, sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../src/server/db/client';
import {
  auditKeys,
  type ChainFields,
  canonicalJson,
  chainFields,
  entryHash,
  GENESIS,
} from '../../src/server/platform/audit';
import { readCheckpoints, signCheckpoint } from '../../src/server/platform/audit-anchor';
import { type ChainCheck, verifyAuditChain } from '../../src/server/platform/audit-verify';
import { sha256 } from '../../src/server/platform/crypto';
import { type Call, caller, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';
import { TEST_AUDIT_KEY } from '../support/template';

/**
 * What someone with the database but without the audit key does to the trail, and that `npm run audit:verify`
 * names the first broken entry each time. Each tampering runs in a transaction that is rolled back after the
 * check, so the tests start from the same intact chain.
 */
let t: TestApp;
let call: Call;
let district: string;
let head: number; // the district's last seq, anchored by a checkpoint
const keys = auditKeys(TEST_AUDIT_KEY);

type Row = Record<string, unknown> & { seq: number; hash: string; prev_hash: string };

async function verifyTampered(...statements: SQL[]): Promise<ChainCheck> {
  let check: ChainCheck | undefined;
  await t.database.db
    .transaction(async (tx: Tx) => {
      // What an intruder with the database does first: the append-only trigger off.
      await tx.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
      for (const statement of statements) {
        await tx.execute(statement);
      }
      check = await t.services.audit.verify(tx);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) {
        throw error;
      }
    });
  return check as ChainCheck;
}
async function entry(seq: number): Promise<Row> {
  const [row] = await rowsOf<Row>(
    t.database.db,
    sql`SELECT * FROM audit_event WHERE district_id = ${district} AND seq = ${seq}`,
  );
  return row as Row;
}
/** The hash the old unkeyed chain used: anyone with the database could compute it. */
async function bareHash(seq: number, change: Partial<ChainFields>): Promise<string> {
  const [row] = await t.database.db.query.auditEvent.findMany({
    where: (e, { and, eq }) => and(eq(e.districtId, district), eq(e.seq, seq)),
  });
  return sha256(canonicalJson(chainFields({ ...(row as ChainFields), ...change })));
}
const at = (seq: number) => sql`district_id = ${district} AND seq = ${seq}`;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['community', 'auditor']));
  const me = (await call('community', 'GET', '/api/auth/me')).json();
  const [compound] = await listAll<{ id: string }>(call, 'community', `/api/places?parentId=${me.placeId}`);
  for (const name of ['一期', '二期', '三期', '府东花园']) {
    const res = await call('community', 'PATCH', `/api/places/${compound?.id}`, { name });
    expect(res.statusCode, res.body).toBe(200);
  }
  await t.services.audit.seal();
  await t.services.audit.anchor();
  const places = (await t.database.db.execute(
    sql`SELECT district_id FROM place WHERE id = ${me.placeId}`,
  )) as unknown as { rows: { district_id: string }[] };
  district = places.rows[0]?.district_id as string;
  const last = readCheckpoints(t.services.config.auditAnchors.file).filter((c) => c.districtId === district);
  head = Math.max(...last.map((c) => c.seq));
  expect(head).toBeGreaterThan(4);
});
afterAll(async () => {
  await t?.close();
});

describe('npm run audit:verify names the first broken entry', () => {
  it('passes on the intact chain', async () => {
    expect(await verifyTampered()).toMatchObject({ ok: true, firstBroken: null });
  });

  it('an edited entry', async () => {
    const check = await verifyTampered(
      sql`UPDATE audit_event SET after = '{"name":"伪造"}'::jsonb WHERE ${at(head - 2)}`,
    );
    expect(check.firstBroken).toEqual({ districtId: district, seq: head - 2, reason: 'content' });
  });

  it('an edited entry whose hash was recomputed without the key (bare SHA-256, as the old chain allowed)', async () => {
    // The whole rest of the chain re-linked, as the intruder would: only the key is missing.
    const edited = await bareHash(head - 2, { actorName: '别人' });
    const next = await bareHash(head - 1, { prevHash: edited });
    const last = await bareHash(head, { prevHash: next });
    const check = await verifyTampered(
      sql`UPDATE audit_event SET actor_name = '别人', hash = ${edited} WHERE ${at(head - 2)}`,
      sql`UPDATE audit_event SET prev_hash = ${edited}, hash = ${next} WHERE ${at(head - 1)}`,
      sql`UPDATE audit_event SET prev_hash = ${next}, hash = ${last} WHERE ${at(head)}`,
    );
    expect(check.firstBroken).toEqual({ districtId: district, seq: head - 2, reason: 'content' });
  });

  it('a deleted entry', async () => {
    const check = await verifyTampered(sql`DELETE FROM audit_event WHERE ${at(head - 2)}`);
    expect(check.firstBroken).toEqual({ districtId: district, seq: head - 2, reason: 'missing' });
  });

  it('an inserted (forged) entry', async () => {
    const last = await entry(head);
    // A copy of the head, renamed, linked after it and hashed the unkeyed way.
    const hash = await bareHash(head, { seq: head + 1, action: 'place.delete', prevHash: last.hash });
    const check = await verifyTampered(sql`INSERT INTO audit_event
      (district_id, seq, at, actor_id, actor_name, actor_roles, ip, user_agent, request_id, action, target_type,
       target_id, before, after, prev_hash, hash)
      SELECT district_id, ${head + 1}, at, actor_id, actor_name, actor_roles, ip, user_agent, request_id,
        'place.delete', target_type, target_id, before, after, ${last.hash}, ${hash}
      FROM audit_event WHERE ${at(head)}`);
    expect(check.firstBroken).toEqual({ districtId: district, seq: head + 1, reason: 'content' });
  });

  it('a reordered pair', async () => {
    const check = await verifyTampered(
      sql`UPDATE audit_event SET seq = -1 WHERE ${at(head - 2)}`,
      sql`UPDATE audit_event SET seq = ${head - 2} WHERE ${at(head - 1)}`,
      sql`UPDATE audit_event SET seq = ${head - 1} WHERE ${at(-1)}`,
    );
    expect(check.firstBroken).toEqual({ districtId: district, seq: head - 2, reason: 'link' });
  });

  it('a truncated tail after a checkpoint', async () => {
    const check = await verifyTampered(
      sql`DELETE FROM audit_event WHERE district_id = ${district} AND seq > ${head - 2}`,
    );
    expect(check.firstBroken).toEqual({ districtId: district, seq: head - 1, reason: 'truncated' });
  });

  it('a whole district deleted after a checkpoint', async () => {
    const check = await verifyTampered(sql`DELETE FROM audit_event WHERE district_id = ${district}`);
    expect(check.firstBroken).toEqual({ districtId: district, seq: 1, reason: 'truncated' });
  });

  it('a rewritten head: the last entry replaced, hashed without the key', async () => {
    const forged = await bareHash(head, { action: 'place.delete' });
    const check = await verifyTampered(
      sql`UPDATE audit_event SET action = 'place.delete', hash = ${forged} WHERE ${at(head)}`,
    );
    expect(check.firstBroken).toEqual({ districtId: district, seq: head, reason: 'content' });
  });

  it('a rewritten head even with the key (an insider): the checkpoint still holds the old hash', async () => {
    const [row] = await t.database.db.query.auditEvent.findMany({
      where: (e, { and, eq }) => and(eq(e.districtId, district), eq(e.seq, head)),
    });
    const fields = row as NonNullable<typeof row>;
    const hash = entryHash(keys.chain, { ...fields, action: 'place.delete' });
    const check = await verifyTampered(
      sql`UPDATE audit_event SET action = 'place.delete', hash = ${hash} WHERE ${at(head)}`,
    );
    expect(check.firstBroken).toEqual({ districtId: district, seq: head, reason: 'checkpoint' });
  });

  it('a checkpoint not signed with the key', async () => {
    const checkpoints = readCheckpoints(t.services.config.auditAnchors.file);
    const forged = signCheckpoint(
      auditKeys(Buffer.alloc(32, 1)).anchor,
      { districtId: district, seq: 1, hash: GENESIS },
      new Date(),
    );
    const check = await verifyAuditChain(t.database.db, keys, [...checkpoints, forged]);
    expect(check.firstBroken).toEqual({ districtId: district, seq: 1, reason: 'checkpoint_forged' });
  });

  it('the auditor sees the same answer through the API', async () => {
    const edit = (after: string) =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
        await tx.execute(sql`UPDATE audit_event SET after = ${after}::jsonb WHERE ${at(head - 2)}`);
        await tx.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
      });
    const original = JSON.stringify((await entry(head - 2)).after);
    await edit('{"name":"伪造"}');
    const api = await call('auditor', 'POST', '/api/audit/verify');
    expect(api.json().firstBroken).toEqual({ districtId: district, seq: head - 2, reason: 'content' });
    await edit(original);
    expect((await call('auditor', 'POST', '/api/audit/verify')).json()).toMatchObject({ ok: true });
  });
});
