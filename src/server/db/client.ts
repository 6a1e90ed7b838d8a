import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type services see: the same on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services receive it explicitly (PGlite has one connection: never assume a pool). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PostgreSQL only: for work that needs one session (advisory locks). */
  pool?: pg.Pool;
  /** PGlite only: the whole data directory as a tarball (test templates). */
  dump?(): Promise<Blob>;
};

export type DatabaseOptions = {
  databaseUrl?: string | undefined;
  /** PGlite's directory; ignored with a URL. `memory://` keeps it in memory. */
  dataDir?: string;
  /** PGlite: start from this dump instead of the directory's contents (test templates). */
  loadDataDir?: Blob;
  poolSize?: number;
  /** PostgreSQL: statement_timeout of every connection (ms); unset or 0: none. */
  statementTimeoutMs?: number;
  /** PostgreSQL: how long to wait for a connection before giving up (ms). */
  connectTimeoutMs?: number;
};

export const PGLITE_EXTENSIONS = { ltree, pg_trgm, btree_gin };

/** How long closing waits for connections to say goodbye before it stops waiting. */
const GOODBYE_WAIT_MS = 5000;

/**
 * Ends the pool and waits until its connections have closed: `pool.end()` resolves first, and a DROP DATABASE
 * … WITH FORCE right after (the tests' clones) would kill connections still saying goodbye. Each connection is
 * followed by its own 'end' event: the pool's 'remove' is not emitted for a connection that died while it
 * was being opened, so counting removals could wait forever after the database was lost.
 */
async function endPool(pool: pg.Pool, open: Set<pg.Client>): Promise<void> {
  await pool.end();
  const deadline = Date.now() + GOODBYE_WAIT_MS;
  while (open.size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // Sessions speak UTC (timestamps are timestamptz everywhere) and get their statement timeout as start-up
    // options: no extra statement per connection, none racing the pool's first query.
    const settings = ['-c TimeZone=UTC'];
    if (options.statementTimeoutMs) {
      settings.push(`-c statement_timeout=${options.statementTimeoutMs}`);
    }
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      options: settings.join(' '),
      // While the database is down a request waits this long for a connection, then answers 503.
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      keepAlive: true,
    });
    // An idle connection can die under the pool (a server restart, DROP DATABASE … WITH FORCE); the pool has
    // already let it go and the next query opens another. Unheard, the pool's 'error' would end the process.
    pool.on('error', (error) => console.error(`database: an idle connection was lost: ${error.message}`));
    // A connection can also die while a request holds it (pg_terminate_backend, a failover): its query
    // rejects and the request answers 503, but the client emits 'error' as well, which unheard would end
    // the process. Released after the failure, the broken client is discarded by the pool.
    const open = new Set<pg.Client>();
    pool.on('connect', (client) => {
      open.add(client);
      client.once('end', () => open.delete(client));
      client.on('error', (error) =>
        console.error(`database: a connection in use was lost: ${error.message}`),
      );
    });
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      kind: 'postgres',
      close: () => endPool(pool, open),
      pool,
    };
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  }
  const client = await PGlite.create({
    dataDir,
    extensions: PGLITE_EXTENSIONS,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await client.exec("SET TIME ZONE 'UTC'");
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    close: () => client.close(),
    dump: () => client.dumpDataDir('none') as Promise<Blob>,
  };
}

/** What a node-postgres Drizzle database keeps in its session: enough to build a transaction on one client. */
type PgSessionParts = { client: unknown; dialect: unknown; schema: unknown; options: unknown };

/**
 * An INSERT built by Drizzle that nothing in the transaction reads back (an audit entry): it is written with
 * COMMIT. Awaiting it runs it; `toSQL` gives its text and parameters.
 */
export type Deferred = PromiseLike<unknown> & { toSQL(): { sql: string; params: unknown[] } };

const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue(value: unknown): unknown;
};

/**
 * A Drizzle INSERT as one statement of literals, for the simple query that also commits (which takes no
 * parameters). Each value goes through the driver's own conversion (dates, arrays, JSON) and literal escaping;
 * Drizzle writes identifiers quoted and every value as a parameter, so `$n` appears nowhere else in the text.
 */
function inlined(client: pg.PoolClient, query: { sql: string; params: unknown[] }): string {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = prepareValue(query.params[Number(n) - 1]);
    if (value === null || value === undefined) {
      return 'NULL';
    }
    if (Buffer.isBuffer(value)) {
      throw new Error('a deferred insert cannot carry bytes');
    }
    return client.escapeLiteral(String(value));
  });
}

/**
 * One transaction with transaction-local settings (`set_config(name, value, true)`: the role and the caller's
 * scope), run as Drizzle runs one (savepoints inside, rollback on a throw). On PostgreSQL the settings travel
 * with BEGIN and the deferred inserts with COMMIT, each in one simple query: two round trips every request
 * saves. The settings come from the server (an account's role and place), never from a request body, and are
 * quoted by the driver's literal escaping like the deferred values.
 */
export async function transactionWith<T>(
  db: Db,
  settings: [string, string][],
  fn: (tx: Tx, defer: (insert: Deferred) => void) => Promise<T>,
): Promise<T> {
  const deferred: Deferred[] = [];
  const defer = (insert: Deferred) => {
    deferred.push(insert);
  };
  const session = (db as unknown as { session: unknown }).session;
  const parts = session as PgSessionParts;
  if (!(session instanceof NodePgSession) || !(parts.client instanceof pg.Pool)) {
    return db.transaction(async (tx) => {
      if (settings.length > 0) {
        const calls = settings.map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
        await tx.execute(sql`SELECT ${sql.join(calls, sql`, `)}`);
      }
      const result = await fn(tx, defer);
      for (const insert of deferred) {
        await insert;
      }
      return result;
    });
  }
  const client = await parts.client.connect();
  // biome-ignore lint/suspicious/noExplicitAny: Drizzle's session constructor takes its own internal types.
  const own = new NodePgSession(client, parts.dialect as any, parts.schema as any, parts.options as any);
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  const tx = new NodePgTransaction(parts.dialect as any, own, parts.schema as any) as unknown as Tx;
  const calls = settings.map(
    ([name, value]) => `set_config(${client.escapeLiteral(name)}, ${client.escapeLiteral(value)}, true)`,
  );
  let broken: Error | undefined;
  try {
    await client.query(calls.length > 0 ? `BEGIN; SELECT ${calls.join(', ')}` : 'BEGIN');
    const result = await fn(tx, defer);
    await client.query([...deferred.map((insert) => inlined(client, insert.toSQL())), 'COMMIT'].join(';\n'));
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((lost: Error) => {
      broken = lost;
    });
    throw error;
  } finally {
    // A connection that could not even roll back is dropped, not handed to the next request.
    client.release(broken);
  }
}
