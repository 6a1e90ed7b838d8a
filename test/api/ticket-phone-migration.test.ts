import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client';
import { MIGRATIONS_DIR } from '../../src/server/db/migrate';
import { migrationsUpTo, rowsOf } from '../support/db';

// Residents' tickets written before intake copied the account phone: migration 0016 copies it, so the office
// can call them back too; tickets that carry a number of their own, or whose submitter has none, keep theirs.
const DISTRICT = '00000000-0000-0000-0000-0000000000d1';
const RESIDENT = '00000000-0000-0000-0000-0000000000a1';
const NO_PHONE = '00000000-0000-0000-0000-0000000000a2';

let database: Database;
let earlier: string;

async function insertTicket(id: string, submitterId: string | null, phoneEnc: string | null) {
  await database.db.execute(sql`
    INSERT INTO ticket (district_id, id, number, kind, channel, place_id, place_path, owner_path, urgency,
      horizon, title, description, state, submitter_id, submitter_phone_enc, response_due_at, handle_due_at,
      warn_at, created_at, updated_at)
    VALUES (${DISTRICT}, ${id}, ${`GD-${id.slice(-2)}`}, 'problem', 'resident_app', ${DISTRICT}, 'd1', 'd1',
      'normal', 'deadline', '路灯', '不亮', 'submitted', ${submitterId}, ${phoneEnc}, now(), now(), now(), now(),
      now())`);
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  earlier = migrationsUpTo('0015_notice_subjects');
  // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the concrete driver type
  const db = database.db as any;
  await migrate(db, { migrationsFolder: earlier });
  await database.db.execute(sql`
    INSERT INTO place (id, code, name, level, path, district_id) VALUES (${DISTRICT}, 'd1', '区', 'district', 'd1',
      ${DISTRICT})`);
  await database.db.execute(sql`
    INSERT INTO account (id, username, display_name, kind, roles, password_hash, phone_enc, phone_hash) VALUES
      (${RESIDENT}, 'old-resident', '老居民', 'resident', '{resident}', 'x', 'enc:resident', 'hash:resident'),
      (${NO_PHONE}, 'no-phone', '无电话', 'resident', '{resident}', 'x', NULL, NULL)`);
  await insertTicket('00000000-0000-0000-0000-0000000000c1', RESIDENT, null);
  await insertTicket('00000000-0000-0000-0000-0000000000c2', RESIDENT, 'enc:typed');
  await insertTicket('00000000-0000-0000-0000-0000000000c3', NO_PHONE, null);
  await insertTicket('00000000-0000-0000-0000-0000000000c4', null, null);
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
});
afterAll(async () => {
  await database?.close();
  rmSync(earlier, { recursive: true, force: true });
});

describe('migration 0016 (a ticket carries the phone to call back on)', () => {
  it("copies a resident's account phone onto their tickets without one, and nothing else", async () => {
    expect(
      await rowsOf(
        database.db,
        sql`SELECT number, submitter_phone_enc AS phone, submitter_phone_hash AS hash FROM ticket ORDER BY number`,
      ),
    ).toEqual([
      { number: 'GD-c1', phone: 'enc:resident', hash: 'hash:resident' },
      { number: 'GD-c2', phone: 'enc:typed', hash: null },
      { number: 'GD-c3', phone: null, hash: null },
      { number: 'GD-c4', phone: null, hash: null },
    ]);
  });
});
