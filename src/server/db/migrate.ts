import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client';
import { ADVISORY_LOCKS } from './locks';

// Next to this module: src/server/db/ when run from the sources, dist/server/ in the build, where this module is
// part of main.js and scripts/build.mjs copies the folder beside it.
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies the committed SQL migrations; on PostgreSQL under an advisory lock (several servers may start at once). */
export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR };
  if (database.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the concrete driver type
    await migratePglite(database.db as any, config);
    return;
  }
  // The lock belongs to one session: take it, migrate and release it on the same connection.
  if (!database.pool) {
    throw new Error('PostgreSQL database without a pool');
  }
  const client = await database.pool.connect();
  try {
    // No statement timeout here: waiting for another server's migrations, or building an index on a large
    // table, may take longer than any request should. RESET below restores the connection's own.
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.migration]);
    await migratePg(drizzle(client), config);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.migration]).catch(() => undefined);
    await client.query('RESET statement_timeout').catch(() => undefined);
    client.release();
  }
}

/** How many migrations are applied (for /api/health). */
export async function migrationLevel(database: Database): Promise<number> {
  const result = (await database.db.execute(
    sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
  )) as {
    rows: { n: number }[];
  };
  return Number(result.rows[0]?.n ?? 0);
}
