import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConfiguredDatabase } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import { migrateDatabase } from '../../src/server/db/migrate';
import { rowsOf } from '../support/db';
import { createTestServices, type TestServices } from '../support/services';

/** The server's connections as configured: pool size and statement timeout (PostgreSQL only). */
describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL connections from configuration', () => {
  let t: TestServices;
  let url = '';
  const opened: Database[] = [];

  async function open(env: Record<string, string>): Promise<Database> {
    const database = await openConfiguredDatabase(loadConfig({ DATABASE_URL: url, ...env }));
    opened.push(database);
    return database;
  }
  async function timeoutOf(database: Database): Promise<string> {
    const [row] = await rowsOf<{ statement_timeout: string }>(database.db, sql`SHOW statement_timeout`);
    return String(row?.statement_timeout);
  }

  beforeAll(async () => {
    t = await createTestServices({}, { connectVia: (direct) => (url = direct) });
  });
  afterAll(async () => {
    for (const database of opened) {
      await database.close();
    }
    await t?.close();
  });

  it('open a pool of LIANXIN_DB_POOL connections, each with the statement timeout set at start-up', async () => {
    const database = await open({ LIANXIN_DB_POOL: '3', LIANXIN_STATEMENT_TIMEOUT_MS: '250' });
    expect(database.pool?.options.max).toBe(3);
    expect(await timeoutOf(database)).toBe('250ms');
    await expect(database.db.execute(sql`SELECT pg_sleep(5)`)).rejects.toMatchObject({
      cause: { code: '57014' },
    });
  });

  it('run migrations without the timeout and give the connection its own back', async () => {
    const database = await open({ LIANXIN_DB_POOL: '1', LIANXIN_STATEMENT_TIMEOUT_MS: '250' });
    await migrateDatabase(database);
    // One connection in the pool: the one the migrations used.
    expect(await timeoutOf(database)).toBe('250ms');
  });

  it('set no timeout with 0', async () => {
    expect(await timeoutOf(await open({ LIANXIN_STATEMENT_TIMEOUT_MS: '0' }))).toBe('0');
  });
});
