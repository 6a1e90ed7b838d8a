import { type SQL, sql } from 'drizzle-orm';
import { COUNTER_KEYS } from '../../../shared/stats';
import { TERMINAL_STATES } from '../../../shared/ticket-workflow';
import { OUTCOMES, RATINGS } from '../../../shared/tickets';
import type { Tx } from '../../db/client';
import { ROLLUP_GRAINS, type RollupGrain, rollupColumnOf, ticket, ticketRollup } from '../../db/schema';
import { dayIn, instantAt, nextDay, nextMonth } from '../../platform/time-zone';
import { COUNTERS, type Params } from './definitions';
import { workingHoursAt, workingJoin, workingTimeTables } from './working-time';

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
 * - A row sums the tickets of one community (the path cut after COMMUNITY_DEPTH labels), unit and created day
 *   or month: the reads use it only for targets and groups at or above that depth (read-figures.ts).
 * What can still change a finished ticket's figures, and how each is followed:
 * - a place move at or above the community rewrites place_path in every table that has one (places/repo.ts),
 *   this one included; a move below it takes tickets from one community to another: the two communities'
 *   rows are folded again (refoldForPlaceMove, called by the place move);
 * - a work calendar change alters the working hours of tickets that span the changed days: the months those
 *   tickets were created in are folded again (refoldForCalendar, called by the calendar's writes);
 * - a change of LIANXIN_TIME_ZONE moves day boundaries: run `npm run stats:rebuild` after it.
 */

const t = ticket;
const r = ticketRollup;

/** The depth of a community's path (district.street.community): the roll-up keeps paths down to it. */
export const COMMUNITY_DEPTH = 3;

/** A place path cut to the roll-up's depth. */
function communityOf(path: string): string {
  return path.split('.').slice(0, COMMUNITY_DEPTH).join('.');
}

/** `state IN ('rejected', 'merged', 'closed')` as literals, so the planner matches the partial index's predicate. */
export function isFinished(negate = false): SQL {
  const list = TERMINAL_STATES.map((s) => `'${s}'`).join(', ');
  return sql.raw(`"ticket"."state" ${negate ? 'NOT IN' : 'IN'} (${list})`);
}

type Column = { name: string; expr: SQL };

/**
 * The figures of a set of tickets as summable parts, one column each (the roll-up's columns): counts, and the
 * averages' numerators and denominators. Needs workingJoin (working-time.ts).
 */
export function partialColumns(p: Params, zone: string): Column[] {
  const resolved = COUNTERS.resolved.where(p);
  const working = sql`${workingHoursAt(sql`${t.resolvedAt}`, zone)} - ${workingHoursAt(sql`${t.createdAt}`, zone)}`;
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

/** The ticket's created day in the zone. */
function createdDay(zone: string): SQL {
  return sql`(timezone(${zone}::text, ${t.createdAt}))::date`;
}

type Fold = { where: SQL; firstDay: string; now: Date; zone: string };

/**
 * Adds the finished tickets matching `where` to their rows of `grains` (an upsert: a row's counts and sums
 * grow). The working-time tables run from `firstDay` (a day before the earliest creation) to the day after
 * `now`.
 */
async function fold(tx: Tx, f: Fold, grains: readonly RollupGrain[]): Promise<void> {
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
  // Rows are written in key order, so two moves finishing tickets of one community, unit and day lock the same
  // rows (day, then month) in the same order and never wait on each other in a cycle.
  await tx.execute(sql`WITH ${workingTimeTables(f.firstDay, lastDay)}
    INSERT INTO ${r} (district_id, grain, day, place_path, unit_id, ${names})
    SELECT ${t.districtId}, g.grain,
      CASE WHEN g.grain = 'month' THEN date_trunc('month', ${createdDay(f.zone)})::date ELSE ${createdDay(f.zone)} END,
      subpath(${t.placePath}, 0, least(nlevel(${t.placePath}), ${COMMUNITY_DEPTH})), ${t.unitId},
      ${sql.join(
        columns.map((c) => c.expr),
        sql`, `,
      )}
    FROM ${t} ${workingJoin()} CROSS JOIN (VALUES ${sql.join(
      grains.map((g) => sql`(${g}::text)`),
      sql`, `,
    )}) AS g(grain)
    WHERE ${isFinished()} AND ${f.where}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT ticket_rollup_key_uq DO UPDATE SET ${adds}`);
}

/**
 * Folds the finished tickets matching `f.where` into rows deleted beforehand: the day rows from the tickets,
 * then the month rows from those day rows (`days` selects them, whole months of them), which costs half of
 * folding every ticket twice. The month rows must be gone: an insert that meets one fails.
 */
async function refold(tx: Tx, f: Fold, days: SQL): Promise<void> {
  await fold(tx, f, ['day']);
  const names = partialNames();
  // The sums (s_) are numeric, every other column an integer count.
  const sums = names.map((n) => sql`sum(${sql.identifier(n)})${sql.raw(n.startsWith('s_') ? '' : '::int')}`);
  await tx.execute(sql`INSERT INTO ${r} (district_id, grain, day, place_path, unit_id, ${sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  )})
    SELECT district_id, 'month', date_trunc('month', day)::date, place_path, unit_id, ${sql.join(sums, sql`, `)}
    FROM ${r}
    WHERE grain = 'day' AND ${days}
    GROUP BY 1, 2, 3, 4, 5`);
}

/**
 * Adds a ticket the move just finished to the roll-up, in the move's transaction (tickets/moves.ts). A ticket
 * that is not finished adds nothing. Runs as trusted code: the community's rows sum tickets the mover may not
 * see (a resident withdrawing their own ticket, a worker below the community), and the move has already
 * checked that they may finish this one.
 */
export async function addFinishedTicket(
  tx: Tx,
  ticketRef: { districtId: string; id: string; createdAt: Date },
  at: { now: Date; zone: string },
): Promise<void> {
  await asTrusted(tx, () =>
    fold(
      tx,
      {
        where: sql`${t.districtId} = ${ticketRef.districtId} AND ${t.id} = ${ticketRef.id}`,
        firstDay: dayBefore(at.zone, ticketRef.createdAt.getTime()),
        ...at,
      },
      ROLLUP_GRAINS,
    ),
  );
}

/** Runs `fn` under the database's trusted role (every row), then back under the caller's. */
async function asTrusted(tx: Tx, fn: () => Promise<void>): Promise<void> {
  const result = (await tx.execute(sql`SELECT current_user::text AS caller`)) as unknown as {
    rows: { caller: string }[];
  };
  const caller = result.rows[0]?.caller ?? 'lianxin_system';
  await tx.execute(sql`SELECT set_config('role', 'lianxin_system', true)`);
  await fn();
  await tx.execute(sql`SELECT set_config('role', ${caller}, true)`);
}

/** Empties the roll-up and folds every finished ticket again (`npm run stats:rebuild`). Returns the row count. */
export async function rebuildRollup(tx: Tx, at: { now: Date; zone: string }): Promise<number> {
  await lockForRefold(tx);
  await tx.execute(sql`DELETE FROM ${r}`);
  const first = await firstCreation(tx, isFinished());
  if (first) {
    await refold(tx, { where: sql`true`, firstDay: dayBefore(at.zone, first.getTime()), ...at }, sql`true`);
  }
  const result = (await tx.execute(sql`SELECT count(*)::int AS n FROM ${r}`)) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]?.n ?? 0;
}

/**
 * After the work calendar changed on the days [firstDay, lastDay]: the working hours of the finished tickets
 * resolved on or after firstDay and created on or before lastDay may have changed, so every roll-up row of the
 * months from the earliest such creation to lastDay is folded again (every district the caller sees). Past days
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
  await lockForRefold(tx);
  const earliest = await firstCreation(tx, sql`${isFinished()} AND ${spans}`);
  if (!earliest) {
    return;
  }
  // Whole months, so that the month rows are folded from all their tickets.
  const first = `${dayIn(at.zone, earliest).slice(0, 7)}-01`;
  const end = nextMonth(days.lastDay);
  await tx.execute(sql`DELETE FROM ${r} WHERE ${r.day} >= ${first}::date AND ${r.day} < ${end}::date`);
  await refold(
    tx,
    {
      where: sql`${t.createdAt} >= ${new Date(instantAt(at.zone, first)).toISOString()}::timestamptz
        AND ${t.createdAt} < ${new Date(instantAt(at.zone, end)).toISOString()}::timestamptz`,
      firstDay: dayBefore(at.zone, instantAt(at.zone, first)),
      ...at,
    },
    sql`${r.day} >= ${first}::date AND ${r.day} < ${end}::date`,
  );
}

/**
 * After a place moved from `oldPath` to `newPath` (places/service.ts, once the paths are rewritten): a move at
 * or above the community level was followed by the rewrite of place_path, this table's included; a move below
 * it (a compound to another community, a building to a grid of another community) takes finished tickets from
 * one community's rows to another's, which the rewrite cannot reach. The rows of both communities are folded
 * again from their tickets. The caller (an administrator over both) sees every row concerned.
 */
export async function refoldForPlaceMove(
  tx: Tx,
  paths: { oldPath: string; newPath: string },
  at: { now: Date; zone: string },
): Promise<void> {
  const before = communityOf(paths.oldPath);
  const after = communityOf(paths.newPath);
  if (paths.oldPath.split('.').length <= COMMUNITY_DEPTH || before === after) {
    return;
  }
  const where = sql`(${t.placePath} <@ ${before}::ltree OR ${t.placePath} <@ ${after}::ltree)`;
  await lockForRefold(tx);
  const rows = sql`${r.placePath} IN (${before}::ltree, ${after}::ltree)`;
  await tx.execute(sql`DELETE FROM ${r} WHERE ${rows}`);
  const first = await firstCreation(tx, sql`${isFinished()} AND ${where}`);
  if (first) {
    await refold(tx, { where, firstDay: dayBefore(at.zone, first.getTime()), ...at }, rows);
  }
}

/**
 * A refold deletes rows and folds them again from the tickets: a move finishing a ticket meanwhile could add
 * it to a row the refold has not deleted yet and that the refold then adds it to again. This lock waits for
 * the moves already writing the roll-up to commit and makes the next ones wait for the refold's commit (it
 * is rare: a calendar edit, a place move below the community).
 */
async function lockForRefold(tx: Tx): Promise<void> {
  await tx.execute(sql`LOCK TABLE ${r} IN SHARE ROW EXCLUSIVE MODE`);
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
