import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../../src/server/db/schema';
import { auditKeys } from '../../src/server/platform/audit';
import { type Checkpoint, isSignedCheckpoint, readCheckpoints } from '../../src/server/platform/audit-anchor';
import { type Actor, runAs } from '../../src/server/platform/context';
import { actorOf } from '../../src/server/platform/session';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';
import { TEST_AUDIT_KEY } from '../support/template';

/**
 * Sealing: a request's entry is a plain insert that commits with it, requests in one district never wait on
 * each other for the trail, and the sealer chains what committed and anchors the heads outside the database.
 */
let t: TestApp;
let staff: Actor;
let witness: Server;
const witnessed: Checkpoint[] = [];
const meta = { ip: null, userAgent: null, requestId: null };
const anchor = auditKeys(TEST_AUDIT_KEY).anchor;

async function count(query: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(t.database.db, query);
  return Number(row?.n);
}
const pending = () => count(sql`SELECT count(*)::int AS n FROM audit_pending`);
const sealed = (action: string) =>
  count(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = ${action}`);
const audited = (action: string) =>
  runAs(t.services, staff, meta, (ctx) =>
    ctx.audit({ action, targetType: 'probe', districtId: staff.districtId }),
  );

beforeAll(async () => {
  witness = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      witnessed.push(...(JSON.parse(body) as { checkpoints: Checkpoint[] }).checkpoints);
      res.end('ok');
    });
  });
  await new Promise<void>((done) => witness.listen(0, '127.0.0.1', done));
  const port = (witness.address() as AddressInfo).port;
  t = await createTestApp({ LIANXIN_AUDIT_WITNESS_URL: `http://127.0.0.1:${port}/checkpoints` });
  const [row] = await t.database.db.select().from(account).where(eq(account.username, 'community'));
  staff = await actorOf(t.database.db, row as typeof account.$inferSelect);
});
afterAll(async () => {
  await t?.close();
  witness?.close();
});

describe('appending', () => {
  it('commits with the request and is chained by the next seal; a rolled-back request leaves nothing', async () => {
    await audited('probe.commit');
    await runAs(t.services, staff, meta, async (ctx) => {
      await ctx.audit({ action: 'probe.rollback', targetType: 'probe', districtId: staff.districtId });
      throw new Error('rolled back');
    }).catch(() => undefined);
    expect(await pending()).toBe(1);
    await t.services.audit.seal();
    expect(await pending()).toBe(0);
    expect(await sealed('probe.commit')).toBe(1);
    expect(await sealed('probe.rollback')).toBe(0);
  });

  // PGlite has one connection: two open transactions need PostgreSQL.
  it.skipIf(!process.env.DATABASE_URL)(
    'two requests in one district do not wait on each other, nor the sealer on them',
    async () => {
      let release = () => {};
      const open = new Promise<void>((resolve) => {
        release = resolve;
      });
      const first = runAs(t.services, staff, meta, async (ctx) => {
        await ctx.audit({ action: 'probe.first', targetType: 'probe', districtId: staff.districtId });
        await open;
      });
      // Give the first transaction time to append; it stays open until released.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const within = <T>(work: Promise<T>) =>
        Promise.race([
          work.then(() => 'done'),
          new Promise((resolve) => setTimeout(() => resolve('blocked'), 2000)),
        ]);
      try {
        expect(await within(audited('probe.second'))).toBe('done');
        expect(await within(t.services.audit.seal())).toBe('done');
        expect(await sealed('probe.second')).toBe(1);
        expect(await sealed('probe.first')).toBe(0);
      } finally {
        release();
        await first;
      }
      await t.services.audit.seal();
      expect(await sealed('probe.first')).toBe(1);
      expect(await t.services.audit.verify(t.database.db)).toMatchObject({ ok: true });
    },
  );
});

describe('checkpoints', () => {
  it('are written after a seal at most once per interval, signed, to the file and the witness', async () => {
    await t.services.audit.anchor();
    const file = t.services.config.auditAnchors.file;
    const before = readCheckpoints(file).length;
    await audited('probe.anchor.1');
    await t.services.audit.seal();
    // Within the interval: sealed, and not yet anchored.
    await audited('probe.anchor.2');
    await t.services.audit.seal();
    expect(readCheckpoints(file).length).toBe(before);
    t.clock.advance(60_000);
    await audited('probe.anchor.3');
    await t.services.audit.seal();
    const written = readCheckpoints(file).slice(before);
    expect(written).toHaveLength(1);
    const [latest] = written as [Checkpoint];
    expect(latest.districtId).toBe(staff.districtId);
    expect(isSignedCheckpoint(anchor, latest)).toBe(true);
    const head = await count(
      sql`SELECT max(seq)::int AS n FROM audit_event WHERE district_id = ${staff.districtId}`,
    );
    expect(latest.seq).toBe(head);
    expect(witnessed.at(-1)).toEqual(latest);
    expect(witnessed.every((c) => isSignedCheckpoint(anchor, c))).toBe(true);
  });
});

describe('the sealer loop', () => {
  it('seals on its own while running, and no more once stopped', async () => {
    const stop = t.services.audit.start((error) => {
      throw error;
    }, 20);
    await audited('probe.loop');
    for (let i = 0; i < 100 && (await pending()) > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await sealed('probe.loop')).toBe(1);
    await stop();
    await audited('probe.after');
    expect(await pending()).toBe(1);
  });
});
