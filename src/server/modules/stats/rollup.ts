import { type SQL, sql } from 'drizzle-orm';
import { COUNTER_KEYS } from '../../../shared/stats';
import { TERMINAL_STATES } from '../../../shared/ticket-workflow';
import { OUTCOMES, RATINGS } from '../../../shared/tickets';
import type { Tx } from '../../db/client';
import { rollupColumnOf, ticket, ticketRollup } from '../../db/schema';
import { dayIn, instantAt, nextDay } from '../../platform/time-zone';
import { COUNTERS, type Params } from './definitions';
import { onDayOf, workingHoursAt, workingTimeTables } from './working-time';

/*
 * The roll-up of finished tickets (ticket_rollup; docs/rollups.md). Why it is exact:
 * - A finished ticket (TERMINAL_STATES: rejected, merged, closed) never moves again, and each of its counters in
 *   definitions.ts is independent of `now`: every move that finishes sets closed_at, and the only conditions
 *   that read `now` read it as coalesce(…, closed_at, now) or guard it with closed_at IS NULL. The random test
 *   (test/service/stats-rollup.test.ts) compares every figure against the direct count at later moments.
 * - Its row is added in the transaction of the move that finishes it, so a statement sees a ticket either
 *   unfinished (counted directly) or in the roll-up, never both nor neither.
 * - The averages are kept as the same per-ticket numeric values summed (never averaged), so sum ÷ count gives
 *   the very numbers avg() gives.
 * What can still change a finished ticket's figures, and how each is followed:
 * - a place move rewrites place_path in every table that has one (places/repo.ts), this one included;
 * - a work calendar change alters the working hours of tickets that span the changed days: the days those
 *   tickets were created on are folded again (refoldForCalendar, called by the calendar's writes);
 * - a change of LIANXIN_TIME_ZONE moves day boundaries: run `npm run stats:rebuild` after it.
 */

const t = ticket;
const r = ticketRollup;

/** `state IN ('rejected', 'merged', 'closed')` as literals, so the planner matches the partial index's predicate. */
export function isFinished(negate = false): SQL {
  const list = TERMINAL_STATES.map((s) => `'${s}'`).join(', ');
  return sql.raw(`"ticket"."state" ${negate ? 'NOT IN' : 'IN'} (${list})`);
}

type Column = { name: string; expr: SQL };

/**
 * The figures of a set of tickets as summable parts, one column each (the roll-up's columns): counts, and the
 * averages' numerators and denominators. Needs `wc` and `wr` joined (working-time.ts).
 */
export function partialColumns(p: Params, zone: string): Column[] {
  const resolved = COUNTERS.resolved.where(p);
  const working = sql`${workingHoursAt('wr', sql`${t.resolvedAt}`, zone)} - ${workingHoursAt('wc', sql`${t.createdAt}`, zone)}`;
  const handling = sql`extract(epoch FROM ${t.resolvedAt} - ${t.createdAt}) / 3600.0`;
  return [
    ...COUNTER_KEYS.map((k) => ({
      name: rollupColumnOf('c', k),
      expr: sql`count(*) FILTER (WHERE ${COUNTERS[k].where(p)})::int`,
    })),
    ...OUTCOMES.map((o) => ({
      name: rollupColumnOf('o', o),
      expr: sql`count(*) FILTER (WHERE ${t.closedAt} IS NOT NULL AND ${t.outcome} = ${o})::int`,
    })),
    ...RATINGS.map((x) => ({
      name: rollupColumnOf('r', x),
      expr: sql`count(*) FILTER (WHERE ${t.rating} = ${x})::int`,
    })),
    { name: 'n_response', expr: sql`count(${t.respondedAt})::int` },
    {
      name: 's_response_seconds',
      expr: sql`coalesce(sum(extract(epoch FROM ${t.respondedAt} - ${t.createdAt})), 0)`,
    },
    { name: 'n_handling', expr: sql`count(${handling}) FILTER (WHERE ${resolved})::int` },
    { name: 's_handling_hours', expr: sql`coalesce(sum(${handling}) FILTER (WHERE ${resolved}), 0)` },
    { name: 'n_working', expr: sql`count(${working}) FILTER (WHERE ${resolved})::int` },
    { name: 's_working_hours', expr: sql`coalesce(sum(${working}) FILTER (WHERE ${resolved}), 0)` },
  ];
}

/** The names of the summable columns, in partialColumns' order. */
export function partialNames(): string[] {
  return partialColumns({ now: new Date(0) }, 'UTC').map((c) => c.name);
}

/** The ticket's created day in the zone: the roll-up's `day`. */
export function createdDay(zone: string): SQL {
  return sql`(timezone(${zone}::text, ${t.createdAt}))::date`;
}

/** The `wc` / `wr` joins of the working-time tables onto `ticket`. */
export function workingJoins(zone: string): SQL {
  return sql`LEFT JOIN wt AS wc ON ${onDayOf('wc', sql`${t.createdAt}`, zone)}
    LEFT JOIN wt AS wr ON ${onDayOf('wr', sql`${t.resolvedAt}`, zone)}`;
}

type Fold = { where: SQL; firstDay: string; now: Date; zone: string };

/**
 * Adds the finished tickets matching `where` to the roll-up (an upsert: a row's counts and sums grow). The
 * working-time tables run from `firstDay` (a day before the earliest creation) to the day after `now`.
 */
async function fold(tx: Tx, f: Fold): Promise<void> {
  const columns = partialColumns({ now: f.now }, f.zone);
  const lastDay = dayIn(f.zone, new Date(f.now.getTime() + 86_400_000));
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const adds = sql.join(
    columns.map(
      (c) =>
        sql`${sql.identifier(c.name)} = ${r}.${sql.identifier(c.name)} + excluded.${sql.identifier(c.name)}`,
    ),
    sql`, `,
  );
  await tx.execute(sql`WITH ${workingTimeTables(f.firstDay, lastDay)}
    INSERT INTO ${r} (district_id, day, place_path, unit_id, ${names})
    SELECT ${t.districtId}, ${createdDay(f.zone)}, ${t.placePath}, ${t.unitId}, ${sql.join(
      columns.map((c) => c.expr),
      sql`, `,
    )}
    FROM ${t} ${workingJoins(f.zone)}
    WHERE ${isFinished()} AND ${f.where}
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ON CONSTRAINT ticket_rollup_key_uq DO UPDATE SET ${adds}`);
}

/**
 * Adds a ticket the move just finished to the roll-up, in the move's transaction (tickets/moves.ts). A ticket
 * that is not finished adds nothing.
 */
export async function addFinishedTicket(
  tx: Tx,
  ticketRef: { districtId: string; id: string; createdAt: Date },
  at: { now: Date; zone: string },
): Promise<void> {
  await fold(tx, {
    where: sql`${t.districtId} = ${ticketRef.districtId} AND ${t.id} = ${ticketRef.id}`,
    firstDay: dayBefore(at.zone, ticketRef.createdAt.getTime()),
    ...at,
  });
}

/** Empties the roll-up and folds every finished ticket again (`npm run stats:rebuild`). Returns the row count. */
export async function rebuildRollup(tx: Tx, at: { now: Date; zone: string }): Promise<number> {
  await tx.execute(sql`DELETE FROM ${r}`);
  const first = await firstCreation(tx, isFinished());
  if (first) {
    await fold(tx, { where: sql`true`, firstDay: dayBefore(at.zone, first.getTime()), ...at });
  }
  const result = (await tx.execute(sql`SELECT count(*)::int AS n FROM ${r}`)) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]?.n ?? 0;
}

/**
 * After the work calendar changed on the days [firstDay, lastDay]: the working hours of the finished tickets
 * resolved on or after firstDay and created on or before lastDay may have changed, so every roll-up row of the
 * days from the earliest such creation to lastDay is folded again (every district the caller sees). Past days
 * are rarely changed; a change ahead of today finds no ticket and costs one scan.
 */
export async function refoldForCalendar(
  tx: Tx,
  days: { firstDay: string; lastDay: string },
  at: { now: Date; zone: string },
): Promise<void> {
  const from = instantAt(at.zone, days.firstDay);
  const until = instantAt(at.zone, nextDay(days.lastDay));
  const spans = sql`${t.resolvedAt} >= ${new Date(from).toISOString()}::timestamptz
    AND ${t.createdAt} < ${new Date(until).toISOString()}::timestamptz`;
  const earliest = await firstCreation(tx, sql`${isFinished()} AND ${spans}`);
  if (!earliest) {
    return;
  }
  const first = dayIn(at.zone, earliest);
  const start = instantAt(at.zone, first);
  await tx.execute(
    sql`DELETE FROM ${r} WHERE ${r.day} >= ${first}::date AND ${r.day} <= ${days.lastDay}::date`,
  );
  await fold(tx, {
    where: sql`${t.createdAt} >= ${new Date(start).toISOString()}::timestamptz
      AND ${t.createdAt} < ${new Date(until).toISOString()}::timestamptz`,
    firstDay: dayBefore(at.zone, start),
    ...at,
  });
}

async function firstCreation(tx: Tx, where: SQL): Promise<Date | null> {
  const result = (await tx.execute(
    sql`SELECT min(${t.createdAt}) AS first FROM ${t} WHERE ${where}`,
  )) as unknown as { rows: { first: string | Date | null }[] };
  const first = result.rows[0]?.first;
  return first ? new Date(first) : null;
}

/** The zone's day before an instant's day: the working-time tables start there. */
function dayBefore(zone: string, at: number): string {
  return dayIn(zone, new Date(at - 86_400_000));
}
