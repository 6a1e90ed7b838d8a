import { fillPlaceholders, is, Param, Placeholder, sql } from 'drizzle-orm';
import type { Db, Deferred, Tx } from './client';

type Runnable = { execute(values?: Record<string, unknown>): Promise<unknown> };
type Session = { session: { client: unknown } };

/**
 * A statement that runs on every request, built by Drizzle once per process instead of once per request:
 * `build` writes it with `sql.placeholder(name)` for each value, and each use fills them in. On PostgreSQL it
 * is also a named prepared statement, parsed once per connection. Building SQL text was a fifth of the
 * server's CPU under intake load (docs/performance.md), and a handful of statements are most of it.
 *
 * Drizzle binds a prepared statement to the client it was built on; each use here gets a copy bound to the
 * caller's — the pool, or the request's transaction — so that it runs inside that transaction. The unit test
 * holds Drizzle to the two things this relies on (the prepared statement keeps its client in `client`, and a
 * database or transaction keeps it in `session.client`), so that an upgrade that moves them fails there.
 */
export function prepared<T extends Runnable>(
  name: string,
  build: (on: Db | Tx) => { prepare(name: string): T },
) {
  // One per driver: a process that opens both PGlite and PostgreSQL (the tests) keeps one of each.
  const built = new Map<unknown, T>();
  return (on: Db | Tx): T => {
    const { session } = on as unknown as Session;
    let proto = built.get(session.constructor);
    if (!proto) {
      proto = nullSafe(build(on).prepare(`lx_${name}`));
      built.set(session.constructor, proto);
    }
    const bound = Object.create(proto) as T & { client: unknown };
    bound.client = session.client;
    return bound;
  };
}

/**
 * A prepared INSERT with its values, for `ctx.later`: written with COMMIT from the text built once
 * (db/client.ts inlines the values), or run when awaited (PGlite).
 */
export function withValues(bound: Runnable, values: Record<string, unknown>): Deferred {
  const { queryString, params } = bound as unknown as { queryString: string; params: unknown[] };
  return {
    toSQL: () => ({ sql: queryString, params: fillPlaceholders(params, values) }),
    // biome-ignore lint/suspicious/noThenProperty: awaiting a deferred insert runs it, as a Drizzle query does.
    then: (done, failed) => bound.execute(values).then(done, failed),
  };
}

/**
 * Drizzle encodes a placeholder's value with its column's encoder without the null check it makes for plain
 * values (a null timestamp would be `null.toISOString()`): each placeholder's encoder gets that check.
 */
function nullSafe<T extends Runnable>(statement: T): T {
  const holder = statement as unknown as { params: unknown[] };
  holder.params = holder.params.map((p) => {
    if (!is(p, Param) || !is(p.value, Placeholder)) {
      return p;
    }
    const { encoder } = p;
    return new Param(p.value, {
      mapToDriverValue: (v: unknown) => (v === null || v === undefined ? null : encoder.mapToDriverValue(v)),
    });
  });
  return statement;
}

/** `{ column: sql.placeholder(column) }` for each column: an INSERT whose every use names the same columns. */
export function placeholders<K extends string>(columns: readonly K[]): Record<K, Placeholder<K>> {
  return Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as Record<K, Placeholder<K>>;
}
