import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client';
import { MIGRATIONS_DIR } from '../../src/server/db/migrate';
import { migrationsUpTo, rowsOf } from '../support/db';

// Notices written before they named a subject: migration 0015 must carry them over, text and all.
const BEFORE = '0014_public_role';
const DISTRICT = '00000000-0000-0000-0000-0000000000d1';
const ACCOUNT = '00000000-0000-0000-0000-0000000000a1';
const TICKET = '00000000-0000-0000-0000-0000000000c1';

let database: Database;
let earlier: string;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  earlier = migrationsUpTo(BEFORE);
  // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the concrete driver type
  const db = database.db as any;
  await migrate(db, { migrationsFolder: earlier });
  await database.db.execute(sql`
    INSERT INTO account (id, username, display_name, kind, roles, password_hash)
      VALUES (${ACCOUNT}, 'old-resident', '老居民', 'resident', '{resident}', 'x')`);
  await database.db.execute(sql`
    INSERT INTO notification (district_id, account_id, ticket_id, title, body, created_at)
      VALUES (${DISTRICT}, ${ACCOUNT}, ${TICKET}, 'GD-1 已受理', '「路灯」已受理', now())`);
  await database.db.execute(sql`
    INSERT INTO outbox_message (district_id, channel, account_id, ticket_id, body, payload, created_at)
      VALUES (${DISTRICT}, 'auto', ${ACCOUNT}, ${TICKET}, '【连心】「路灯」已受理',
              ${JSON.stringify({ ticketId: TICKET, number: 'GD-1', title: '路灯', move: '已受理', note: null, at: '2026-11-23T06:05:00.000Z' })}::jsonb, now())`);
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
});
afterAll(async () => {
  await database?.close();
  rmSync(earlier, { recursive: true, force: true });
});

describe('migration 0015 (notices name their subject)', () => {
  it('turns ticket rows into ticket subjects and keeps their text, payload and ticket column', async () => {
    expect(
      await rowsOf(
        database.db,
        sql`SELECT subject_type, subject_id, ticket_id, template, title, body FROM notification`,
      ),
    ).toEqual([
      {
        subject_type: 'ticket',
        subject_id: TICKET,
        ticket_id: TICKET,
        template: null,
        title: 'GD-1 已受理',
        body: '「路灯」已受理',
      },
    ]);
    const [queued] = await rowsOf<Record<string, unknown>>(
      database.db,
      sql`SELECT subject_type, subject_id, ticket_id, status, payload FROM outbox_message`,
    );
    expect(queued).toMatchObject({
      subject_type: 'ticket',
      subject_id: TICKET,
      ticket_id: TICKET,
      status: 'pending',
    });
    expect(queued?.payload).toMatchObject({ ticketId: TICKET, number: 'GD-1' });
  });
});
