import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { account, category, place, ticket, ticketEvent, unit } from '../../db/schema';

export type TicketRow = typeof ticket.$inferSelect;

/** A ticket by id with the names a presenter needs. Row-level security hides what the caller may not see. */
export async function getTicketRow(tx: Tx, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(ticket).where(eq(ticket.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function namesFor(tx: Tx, rows: TicketRow[]) {
  const ids = (pick: (r: TicketRow) => string | null) => [
    ...new Set(rows.map(pick).filter((v): v is string => Boolean(v))),
  ];
  const [places, categories, units, claimants] = await Promise.all([
    lookup(
      tx,
      place,
      place.id,
      place.name,
      ids((r) => r.placeId),
    ),
    lookup(
      tx,
      category,
      category.id,
      category.nameZh,
      ids((r) => r.categoryId),
    ),
    lookup(
      tx,
      unit,
      unit.id,
      unit.name,
      ids((r) => r.unitId),
    ),
    lookup(
      tx,
      account,
      account.id,
      account.displayName,
      ids((r) => r.claimantId),
    ),
  ]);
  return { places, categories, units, claimants };
}

async function lookup(
  tx: Tx,
  table: PgTable,
  idColumn: AnyPgColumn,
  nameColumn: AnyPgColumn,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = (await tx
    .select({ id: idColumn, name: nameColumn })
    .from(table)
    .where(sql`${idColumn} = ANY(${sql.param(ids)}::uuid[])`)) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findEvents(tx: Tx, districtId: string, ticketId: string) {
  return tx
    .select()
    .from(ticketEvent)
    .where(and(eq(ticketEvent.districtId, districtId), eq(ticketEvent.ticketId, ticketId)))
    .orderBy(ticketEvent.at, ticketEvent.id);
}

/**
 * The human-readable number as an SQL expression for the INSERT: the Beijing day and the next serial of
 * `ticket_number_seq` (a sequence takes no row lock, so concurrent intakes never wait for each other).
 */
export function ticketNumber(now: Date): SQL {
  const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  // lpad alone would cut serials past 999999 to six digits (and collide): pad short ones only.
  return sql`${`GD-${day}-`} || (SELECT CASE WHEN length(n) < 6 THEN lpad(n, 6, '0') ELSE n END
    FROM (SELECT nextval('ticket_number_seq')::text AS n) AS serial)`;
}
