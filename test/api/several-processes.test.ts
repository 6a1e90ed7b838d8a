import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/server/boot';
import { type Database, openDatabase } from '../../src/server/db/client';
import { deliverOutbox } from '../../src/server/modules/notifications/outbox';
import { sweepOverdue } from '../../src/server/modules/tickets/sweep';
import { auditKeys } from '../../src/server/platform/audit';
import { sealAudit } from '../../src/server/platform/audit-seal';
import type { AppServices } from '../../src/server/platform/http';
import { rowsOf } from '../support/db';
import { createStaffedCommunity, createTicketIn, personOf } from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';
import { TEST_AUDIT_KEY, TEST_SECRET } from '../support/template';

/**
 * Several server processes on one database (LIANXIN_WORKERS, or several hosts) each run every background loop.
 * Two instances of each — two pools, two sets of services, as two processes have — run at once against one
 * database, and nothing is done twice. PostgreSQL only: PGlite has one connection in one process.
 */
describe.skipIf(!process.env.DATABASE_URL)('background loops in two processes at once', () => {
  let t: TestServices;
  let other: Database;
  /** The second process's services and what its SMS adapter printed. */
  let b: AppServices;
  const bSms: string[] = [];

  beforeAll(async () => {
    let url = '';
    t = await createTestServices({}, { connectVia: (direct) => (url = direct) });
    other = await openDatabase({ databaseUrl: url, poolSize: 5 });
    b = createServices(
      t.services.config,
      other,
      { secret: TEST_SECRET, audit: TEST_AUDIT_KEY },
      (line) => bSms.push(line),
      () => t.clock.now,
    );
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  const count = async (query: ReturnType<typeof sql>) =>
    Number((await rowsOf<{ n: number }>(t.database.db, query))[0]?.n);

  it('marks each overdue ticket once: one overdue event, one notice round', async () => {
    const c = await createStaffedCommunity(t);
    const tickets = [];
    for (let i = 0; i < 6; i++) {
      tickets.push(await createTicketIn(t, c, i % 2 ? 'submitted' : 'dispatched'));
    }
    const ids = tickets.map((ticket) => ticket.id);
    await t.database.db.execute(
      sql`UPDATE ticket SET handle_due_at = ${new Date(t.clock.now.getTime() - 3_600_000)}
          WHERE id IN (${sql.join(ids, sql`, `)})`,
    );
    let marked = 0;
    for (let round = 0; round < 3; round++) {
      const [a, other] = await Promise.all([sweepOverdue(t.services), sweepOverdue(b)]);
      marked += a + other;
    }
    expect(marked).toBe(ids.length);
    const events = await rowsOf<{ ticket_id: string; n: number }>(
      t.database.db,
      sql`SELECT ticket_id, count(*)::int AS n FROM ticket_event
          WHERE action = 'overdue' AND ticket_id IN (${sql.join(ids, sql`, `)}) GROUP BY ticket_id`,
    );
    expect(events.map((e) => e.n)).toEqual(ids.map(() => 1));
  });

  it('sends each outbox message once, the two sharing the work', async () => {
    const resident = await personOf(t, 'resident');
    const [district] = await rowsOf<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM place WHERE level = 'district' ORDER BY code LIMIT 1`,
    );
    // Whatever earlier tests queued goes first, so that only this test's messages are counted.
    await t.database.db.execute(sql`UPDATE outbox_message SET status = 'sent' WHERE status = 'pending'`);
    const total = 250;
    await t.database.db.execute(sql`INSERT INTO outbox_message
        (district_id, channel, account_id, subject_type, subject_id, body, created_at)
      SELECT ${district?.id}, 'sms', ${resident.id}, 'ticket', gen_random_uuid(), 'probe ' || n, now()
      FROM generate_series(1, ${total}) AS n`);
    t.sms.length = 0;
    const drain = async (services: AppServices) => {
      for (;;) {
        const round = await deliverOutbox(services);
        if (round.sent + round.failed + round.skipped === 0) {
          return;
        }
      }
    };
    await Promise.all([drain(t.services), drain(b)]);
    const sent = [...t.sms, ...bSms].map((line) => /probe \d+/.exec(line)?.[0]).filter(Boolean);
    expect(sent).toHaveLength(total);
    expect(new Set(sent).size).toBe(total);
    expect(await count(sql`SELECT count(*)::int AS n FROM outbox_message WHERE status = 'pending'`)).toBe(0);
  });

  it('seals each pending audit entry once, every chain unbroken', async () => {
    // Earlier tests' entries may still be pending: they are sealed with these.
    const before = await count(
      sql`SELECT (SELECT count(*) FROM audit_event) + (SELECT count(*) FROM audit_pending) AS n`,
    );
    const pending = 1_200;
    await t.database.db.execute(sql`INSERT INTO audit_pending (district_id, at, actor_roles, action, target_type)
      SELECT d.id, now(), '{}', 'probe', 'probe'
      FROM generate_series(1, ${pending}) AS n
      JOIN LATERAL (SELECT id FROM place WHERE level = 'district' ORDER BY code OFFSET n % 3 LIMIT 1) d ON true`);
    const keys = auditKeys(TEST_AUDIT_KEY);
    await Promise.all([sealAudit(t.database.db, keys), sealAudit(other.db, keys)]);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_pending`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_event`)).toBe(before + pending);
    const check = await t.services.audit.verify(t.database.db);
    expect(check).toMatchObject({ ok: true });
  });

  it('deletes each ended rate-limit window once', async () => {
    const ended = 300;
    await t.database.db.execute(sql`INSERT INTO rate_limit (key, points, expire)
      SELECT 'probe:' || n, 1, now() - interval '1 minute' FROM generate_series(1, ${ended}) AS n`);
    const before = await count(sql`SELECT count(*)::int AS n FROM rate_limit WHERE expire < now()`);
    const [a, other] = await Promise.all([t.services.limits.sweep(), b.limits.sweep()]);
    expect(a + other).toBe(before);
    expect(await count(sql`SELECT count(*)::int AS n FROM rate_limit WHERE expire < now()`)).toBe(0);
  });
});
