import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { placeholders, prepared, withValues } from '../../db/prepared';
import { account, category, place, ticket, ticketEvent, unit } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { dayIn } from '../../platform/time-zone';

/** A ticket as services use it; the search vector stays in the database. */
export type TicketRow = Omit<typeof ticket.$inferSelect, 'searchText'>;

/** The columns of a TicketRow, for an INSERT or UPDATE … RETURNING that answers without reading back. */
export const { searchText: _vector, ...TICKET_ROW } = getTableColumns(ticket);

export type TicketEventRow = typeof ticketEvent.$inferSelect;
const EVENT_COLUMNS = Object.keys(getTableColumns(ticketEvent)) as (keyof TicketEventRow)[];
const insertEvent = prepared('ticket_event', (tx) =>
  tx.insert(ticketEvent).values(placeholders(EVENT_COLUMNS)),
);

/** Adds a line to a ticket's timeline, written with COMMIT: nothing later in the request reads it back. */
export function recordEvent(ctx: Ctx, event: TicketEventRow): void {
  ctx.later(withValues(insertEvent(ctx.tx), event));
}

/** A ticket by id with the names a presenter needs. Row-level security hides what the caller may not see. */
const readTicket = prepared('ticket_row', (tx) =>
  tx
    .select(TICKET_ROW)
    .from(ticket)
    .where(eq(ticket.id, sql.placeholder('id'))),
);
const lockTicket = prepared('ticket_row_locked', (tx) =>
  tx
    .select(TICKET_ROW)
    .from(ticket)
    .where(eq(ticket.id, sql.placeholder('id')))
    .for('update'),
);

export async function getTicketRow(
  tx: Tx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TicketRow | undefined> {
  const [row] = await (options.lock ? lockTicket : readTicket)(tx).execute({ id });
  return row;
}

/** The names a presenter shows for a page of tickets, in one round trip (row-level security applies). */
/** A place as a ticket names it: a grid or a building goes by its compound too (every compound has a 1栋). */
// Qualified by hand: a single-table select writes its columns bare, and a bare "path" inside the sub-select
// would be the compound's own.
export const placeDisplayName = sql<string>`CASE WHEN ${place.level} IN ('grid', 'building') THEN coalesce((SELECT c.name
    FROM place c WHERE c.path @> place.path AND c.level = 'compound') || ' ', '') || ${place.name}
    ELSE ${place.name} END`;

export async function namesFor(tx: Tx, rows: TicketRow[]) {
  const ids = (...picks: ((r: TicketRow) => string | null)[]) => [
    ...new Set(rows.flatMap((r) => picks.map((pick) => pick(r))).filter((v): v is string => Boolean(v))),
  ];
  const names = {
    places: new Map<string, string>(),
    categories: new Map<string, string>(),
    units: new Map<string, string>(),
    // Claimants and extension requesters (a name the caller may not read stays unknown).
    people: new Map<string, string>(),
  };
  const wanted: [keyof typeof names, PgTable, AnyPgColumn, AnyPgColumn | SQL, string[]][] = [
    ['places', place, place.id, placeDisplayName, ids((r) => r.placeId)],
    ['categories', category, category.id, category.nameZh, ids((r) => r.categoryId)],
    ['units', unit, unit.id, unit.name, ids((r) => r.unitId)],
    [
      'people',
      account,
      account.id,
      account.displayName,
      ids(
        (r) => r.claimantId,
        (r) => r.extensionRequestedBy,
      ),
    ],
  ];
  const parts = wanted
    .filter(([, , , , list]) => list.length > 0)
    .map(
      ([kind, table, id, name, list]) =>
        sql`SELECT ${kind}::text AS kind, ${id}::text AS id, ${name} AS name FROM ${table}
          WHERE ${id} = ANY(${sql.param(list)}::uuid[])`,
    );
  if (parts.length === 0) {
    return names;
  }
  const found = (await tx.execute(sql.join(parts, sql` UNION ALL `))) as unknown as {
    rows: { kind: keyof typeof names; id: string; name: string }[];
  };
  for (const row of found.rows) {
    names[row.kind].set(row.id, row.name);
  }
  return names;
}

const readEvents = prepared('ticket_events', (tx) =>
  tx
    .select()
    .from(ticketEvent)
    .where(
      and(
        eq(ticketEvent.districtId, sql.placeholder('districtId')),
        eq(ticketEvent.ticketId, sql.placeholder('ticketId')),
      ),
    )
    .orderBy(ticketEvent.at, ticketEvent.id),
);

export function findEvents(tx: Tx, districtId: string, ticketId: string): Promise<TicketEventRow[]> {
  return readEvents(tx).execute({ districtId, ticketId });
}

/**
 * The human-readable number as an SQL expression for the INSERT: the local day and the next serial of
 * `ticket_number_seq` (a sequence takes no row lock, so concurrent intakes never wait for each other).
 */
export function ticketNumber(now: Date, zone: string): SQL {
  return numberAfter(sql`${ticketNumberPrefix(now, zone)}`);
}

/** GD-20261203-: a ticket number's day, in the installation's time zone. */
export function ticketNumberPrefix(now: Date, zone: string): string {
  return `GD-${dayIn(zone, now).replaceAll('-', '')}-`;
}

/** The next serial after a prefix (a value, or a statement's placeholder). */
export function numberAfter(prefix: SQL): SQL {
  // lpad alone would cut serials past 999999 to six digits (and collide): pad short ones only.
  return sql`${prefix}::text || (SELECT CASE WHEN length(n) < 6 THEN lpad(n, 6, '0') ELSE n END
    FROM (SELECT nextval('ticket_number_seq')::text AS n) AS serial)`;
}
