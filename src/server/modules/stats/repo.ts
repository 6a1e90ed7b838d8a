import { type SQL, sql } from 'drizzle-orm';
import { AVERAGE_KEYS, type AverageKey, COUNTER_KEYS, type CounterKey } from '../../../shared/stats';
import { OUTCOMES, type Outcome, RATINGS, type Rating } from '../../../shared/tickets';
import type { Tx } from '../../db/client';
import { ticket } from '../../db/schema';
import { dayIn } from '../../platform/time-zone';
import { COUNTERS, type Params } from './definitions';
import { workingHoursAt, workingJoin, workingTimeTables } from './working-time';

export type Selection = {
  /** The subtree (ltree path); null = the whole tree. */
  path: string | null;
  /** The subtree's district, when it lies inside one: lets the planner use the district-leading indexes. */
  districtId: string | null;
  from: Date;
  to: Date;
  now: Date;
  /** The installation's time zone: the days working time is counted on. */
  zone: string;
};

/** One group's raw figures: the counters, outcomes and ratings as counts, averages in hours. */
export type RawFigures = {
  key: string | null;
  counts: Record<CounterKey, number>;
  outcomes: Record<Outcome, number>;
  ratings: Record<Rating, number>;
  averages: Record<AverageKey, number | null>;
};

const t = ticket;
const HOURS = sql`/ 3600.0`;

/**
 * Every figure of the selection in ONE aggregate statement over `ticket` (count(*) FILTER per counter),
 * optionally grouped (by child node, by unit). The conditions come from definitions.ts; the WHERE clause is
 * (district_id, created_at range, place_path <@ subtree) so a district × month reads one index range.
 */
export async function aggregateFigures(tx: Tx, s: Selection, groupBy?: GroupKey): Promise<RawFigures[]> {
  const p: Params = { now: s.now };
  const firstDay = dayIn(s.zone, new Date(s.from.getTime() - 86_400_000));
  const lastDay = dayIn(s.zone, new Date(Math.max(s.now.getTime(), s.to.getTime()) + 86_400_000));
  const columns: SQL[] = [
    ...COUNTER_KEYS.map(
      (k) => sql`count(*) FILTER (WHERE ${COUNTERS[k].where(p)})::int AS ${sql.raw(`"c_${k}"`)}`,
    ),
    ...OUTCOMES.map(
      (o) =>
        sql`count(*) FILTER (WHERE ${t.closedAt} IS NOT NULL AND ${t.outcome} = ${o})::int AS ${sql.raw(`"o_${o}"`)}`,
    ),
    ...RATINGS.map((r) => sql`count(*) FILTER (WHERE ${t.rating} = ${r})::int AS ${sql.raw(`"r_${r}"`)}`),
    sql`(avg(extract(epoch FROM ${t.respondedAt} - ${t.createdAt})) ${HOURS})::float8 AS "a_responseHours"`,
    sql`(avg(extract(epoch FROM ${t.resolvedAt} - ${t.createdAt}) ${HOURS})
      FILTER (WHERE ${COUNTERS.resolved.where(p)}))::float8 AS "a_handlingHours"`,
    sql`(avg(${workingHoursAt(sql`${t.resolvedAt}`, s.zone)} - ${workingHoursAt(sql`${t.createdAt}`, s.zone)})
      FILTER (WHERE ${COUNTERS.resolved.where(p)}))::float8 AS "a_handlingWorkingHours"`,
  ];
  const where = sql.join(
    [
      s.districtId ? sql`${t.districtId} = ${s.districtId}` : undefined,
      sql`${t.createdAt} >= ${s.from.toISOString()}::timestamptz`,
      sql`${t.createdAt} < ${s.to.toISOString()}::timestamptz`,
      s.path ? sql`${t.placePath} <@ ${s.path}::ltree` : undefined,
    ].filter((c): c is SQL => c !== undefined),
    sql` AND `,
  );
  const key = groupBy ? groupBy(TICKET_KEYS) : sql`NULL::text`;
  const query = sql`WITH ${workingTimeTables(firstDay, lastDay)}
    SELECT ${key} AS "key", ${sql.join(columns, sql`, `)}
    FROM ${t}
    ${workingJoin()}
    WHERE ${where}
    ${groupBy ? sql`GROUP BY 1` : sql``}`;
  const result = (await tx.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  return result.rows.map(toRaw);
}

export function toRaw(row: Record<string, unknown>): RawFigures {
  const num = (k: string) => Number(row[k] ?? 0);
  const avg = (k: string) => (row[k] === null || row[k] === undefined ? null : Number(row[k]));
  return {
    key: (row.key as string | null) ?? null,
    counts: Object.fromEntries(COUNTER_KEYS.map((k) => [k, num(`c_${k}`)])) as Record<CounterKey, number>,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, num(`o_${o}`)])) as Record<Outcome, number>,
    ratings: Object.fromEntries(RATINGS.map((r) => [r, num(`r_${r}`)])) as Record<Rating, number>,
    averages: Object.fromEntries(AVERAGE_KEYS.map((k) => [k, avg(`a_${k}`)])) as Record<
      AverageKey,
      number | null
    >,
  };
}

/**
 * A group key over a table's place path and unit (the ticket's, or the roll-up's copy of them), and how many
 * labels of the path it reads (the roll-up keeps only the first few: read-figures.ts).
 */
export type GroupKey = ((columns: { placePath: SQL; unitId: SQL }) => SQL) & { pathLabels: number };
export const TICKET_KEYS = { placePath: sql`${t.placePath}`, unitId: sql`${t.unitId}` };

/** Group key: the label of the child node under a path of `depth` labels (null: the node itself). */
export function childLabelKey(depth: number): GroupKey {
  return Object.assign(
    (c: { placePath: SQL }) =>
      sql`CASE WHEN nlevel(${c.placePath}) > ${depth} THEN subpath(${c.placePath}, ${depth}, 1)::text END`,
    { pathLabels: depth + 1 },
  );
}

/** Group key: the unit the ticket is with now (null: not dispatched, or returned). */
export function unitKey(): GroupKey {
  return Object.assign((c: { unitId: SQL }) => sql`${c.unitId}::text`, { pathLabels: 0 });
}
