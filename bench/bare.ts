import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import { type Database, openDatabase } from '../src/server/db/client';
import { ticket, ticketEvent } from '../src/server/db/schema';
import type { TicketState } from '../src/shared/tickets';
import { percentile } from './stats';

export type Row = { row: PgInsertValue<typeof ticket>; event: typeof ticketEvent.$inferInsert };

/** The same measures for the app and its bare baseline, so a table can put them side by side. */
export type Measured = {
  /** Successful operations per second. */
  perSecond: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
};

/**
 * A database handle for the bare baseline with `connections` connections: on PostgreSQL its own pool on the same
 * database through the same driver (`pg` under Drizzle), so the baseline runs at the concurrency the app is
 * loaded with; PGlite has one connection, shared with the app.
 */
export async function openBare(database: Database, url: string | null, connections: number) {
  if (database.kind !== 'postgres' || !url) {
    return { db: database.db, close: async () => undefined };
  }
  const own = await openDatabase({ databaseUrl: url, poolSize: connections });
  return { db: own.db, close: () => own.close() };
}

/**
 * Runs `op` from `connections` loops at once for `seconds` (or until `op` has no more work, answering false),
 * timing each call: the closed-loop model autocannon drives the app with.
 */
export async function closedLoop(
  connections: number,
  seconds: number,
  op: (i: number) => Promise<boolean>,
): Promise<Measured> {
  const times: number[] = [];
  let next = 0;
  let errors = 0;
  let done = false;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!done && performance.now() < until) {
        const t0 = performance.now();
        try {
          if (!(await op(next++))) {
            done = true;
            break;
          }
          times.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    perSecond: +(times.length / elapsed).toFixed(1),
    ok: times.length,
    errors,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}

/** A fresh copy of a prepared row: a new id and number, as a new ticket would have. */
export function freshRow(template: Row, number: ReturnType<typeof sql>): Row {
  const id = randomUUID();
  return { row: { ...template.row, id, number }, event: { ...template.event, ticketId: id } };
}

/** The bare intake: the ticket row and its submit event in one transaction, nothing else. */
export async function bareInsert(db: Database['db'], item: Row): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(ticket).values(item.row);
    await tx.insert(ticketEvent).values(item.event);
  });
}

/** The bare move: one row's state and its columns in one statement, as autocommit. */
export async function bareUpdate(
  db: Database['db'],
  districtId: string,
  id: string,
  set: Partial<typeof ticket.$inferInsert>,
): Promise<void> {
  await db
    .update(ticket)
    .set(set)
    .where(and(eq(ticket.districtId, districtId), eq(ticket.id, id)));
}

/** Ids of tickets in `state` among `ids`, for checking what a run moved. */
export async function countInState(db: Database['db'], ids: string[], state: TicketState): Promise<number> {
  let count = 0;
  for (let i = 0; i < ids.length; i += 5000) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(ticket)
      .where(and(inArray(ticket.id, ids.slice(i, i + 5000)), eq(ticket.state, state)));
    count += row?.n ?? 0;
  }
  return count;
}
