import type pg from 'pg';
import type { Database, Tx } from '../src/server/db/client';
import { type Actor, runAs, type Services } from '../src/server/platform/context';

// EXPLAIN ANALYZE of the exact statements the app sends: captured from the transactions a request or a service
// call opens, then explained in a transaction with the same role and scope settings (runAs), so row-level
// security is part of the plan. Reaches into Drizzle's transaction for the driver's client (pg's PoolClient or
// PGlite's transaction): bench code only.

export type Statement = { text: string; values: unknown[] };
type RawResult = { rows: Record<string, unknown>[] };
type RawClient = { query: (...args: unknown[]) => Promise<RawResult> };

function rawClient(tx: Tx): RawClient {
  const client = (tx as unknown as { session?: { client?: RawClient } }).session?.client;
  if (!client || typeof client.query !== 'function') {
    throw new Error('bench: cannot reach the driver client of a Drizzle transaction');
  }
  return client;
}

/**
 * Records every statement a request's transaction sends while `during` runs (an HTTP request, a service call):
 * on PostgreSQL from the pooled clients it checks out (transactionWith builds its transaction on one), on PGlite
 * from inside `db.transaction(…)`.
 */
export async function captureStatements(
  database: Database,
  during: () => Promise<unknown>,
): Promise<Statement[]> {
  const seen: Statement[] = [];
  if (database.pool) {
    return capturePooled(database.pool, during);
  }
  const db = database.db;
  const target = db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> };
  const original = target.transaction;
  target.transaction = function (this: unknown, fn: unknown, ...rest: unknown[]) {
    const wrapped = async (tx: Tx) => {
      const client = rawClient(tx);
      const query = client.query;
      const own = Object.hasOwn(client, 'query');
      client.query = (...args: unknown[]) => {
        const first = args[0] as string | { text: string };
        seen.push({
          text: typeof first === 'string' ? first : first.text,
          values: (args[1] as unknown[]) ?? [],
        });
        return query.apply(client, args);
      };
      try {
        return await (fn as (tx: Tx) => Promise<unknown>)(tx);
      } finally {
        // A pooled pg client is reused: leave no own property behind that would hide its prototype's method.
        if (own) {
          client.query = query;
        } else {
          delete (client as { query?: unknown }).query;
        }
      }
    };
    return original.call(db, wrapped, ...rest);
  };
  try {
    await during();
  } finally {
    target.transaction = original;
  }
  return seen;
}

/** The first captured statement that matches, explained with ANALYZE and BUFFERS as `actor`. */
export async function explainAs(
  services: Services,
  actor: Actor,
  statements: Statement[],
  pick: RegExp,
): Promise<string[]> {
  const statement = statements.find((s) => pick.test(s.text));
  if (!statement) {
    return [`(no statement matching ${pick})`];
  }
  const meta = { ip: null, userAgent: 'bench', requestId: null };
  return runAs(services, actor, meta, async (ctx) => {
    const result = await rawClient(ctx.tx).query(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
      statement.values,
    );
    return result.rows.map((r) => String(Object.values(r)[0]));
  });
}

async function capturePooled(pool: pg.Pool, during: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const connect = pool.connect;
  const watched: { client: RawClient; query: RawClient['query'] }[] = [];
  const watch = (client: RawClient) => {
    const query = client.query;
    watched.push({ client, query });
    client.query = (...args: unknown[]) => {
      const first = args[0] as string | { text: string };
      seen.push({
        text: typeof first === 'string' ? first : first.text,
        values: (args[1] as unknown[]) ?? [],
      });
      return query.apply(client, args);
    };
    return client;
  };
  // pool.query() checks out with a callback; transactionWith awaits the promise form.
  type Done = (error: Error | undefined, client?: RawClient, release?: unknown) => void;
  const patched = (callback?: Done) => {
    if (callback) {
      return (connect as (cb: Done) => void).call(pool, (error, client, release) =>
        callback(error, client ? watch(client) : client, release),
      );
    }
    return (connect as () => Promise<RawClient>).call(pool).then(watch);
  };
  (pool as unknown as { connect: unknown }).connect = patched;
  try {
    await during();
  } finally {
    (pool as unknown as { connect: unknown }).connect = connect;
    for (const { client } of watched) {
      // A pooled client is reused: leave no own property behind that would hide its prototype's method.
      delete (client as { query?: unknown }).query;
    }
  }
  return seen;
}
