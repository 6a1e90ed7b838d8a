import { type SQL, sql } from 'drizzle-orm';
import { VOLUNTEER_FIGURE_KEYS, type VolunteerFigures } from '../../../shared/volunteer-figures';
import type { Tx } from '../../db/client';
import type { Period } from './period';

// The figures read straight from the records of the services, activities, volunteers and tickets modules, by
// SQL on their tables, as the stats module reads tickets (stats/read-figures.ts): one grouped statement per
// source, each a plain count that the tests repeat by hand (test/api/volunteer-figures.test.ts). The caller's
// row-level security applies to every statement. Definitions: docs/volunteer-figures.md.

/** How rows are grouped: all together, by the child of the target they lie under, or by team. */
export type Grouping = { by: 'all' } | { by: 'child'; depth: number } | { by: 'team' };

/** The subtree (null: the whole tree) and period counted. */
export type Selection = { path: string | null; period: Period };

type Columns = { path: SQL; unitId: SQL };

function keyOf(g: Grouping, c: Columns): SQL {
  switch (g.by) {
    case 'all':
      return sql`NULL::text`;
    case 'child':
      return sql`CASE WHEN nlevel(${c.path}) > ${g.depth} THEN subpath(${c.path}, ${g.depth}, 1)::text END`;
    case 'team':
      return sql`${c.unitId}::text`;
  }
}

function under(path: SQL, s: Selection): SQL {
  return s.path ? sql`${path} <@ ${s.path}::ltree` : sql`true`;
}

function within(at: SQL, s: Selection): SQL {
  return sql`${at} >= ${s.period.start.toISOString()}::timestamptz AND ${at} < ${s.period.end.toISOString()}::timestamptz`;
}

/** 满意 3, 基本满意 2, 不满意 1 (docs/volunteer-figures.md). */
export const SCORE = sql`CASE t.rating WHEN 'satisfied' THEN 3 WHEN 'basically_satisfied' THEN 2 WHEN 'unsatisfied' THEN 1 END`;

/** Each source: its statement, whose columns are `key` and figure names. */
function statements(s: Selection, g: Grouping): SQL[] {
  const team = keyOf(g, { path: sql`u.place_path`, unitId: sql`u.id` });
  const hour = keyOf(g, { path: sql`p.path`, unitId: sql`h.unit_id` });
  const act = keyOf(g, { path: sql`a.place_path`, unitId: sql`a.unit_id` });
  const tk = keyOf(g, { path: sql`t.place_path`, unitId: sql`t.unit_id` });
  return [
    // Teams and their members now (a membership is account_unit on a unit of kind volunteer_team).
    sql`SELECT ${team} AS key, count(DISTINCT m.account_id) AS "volunteers",
        count(DISTINCT m.account_id) FILTER (WHERE v.is_party_member) AS "partyMembers",
        count(DISTINCT u.id) AS "teams"
      FROM unit u LEFT JOIN account_unit m ON m.unit_id = u.id LEFT JOIN volunteer v ON v.account_id = m.account_id
      WHERE u.kind = 'volunteer_team' AND ${under(sql`u.place_path`, s)} GROUP BY 1`,
    // The hours ledger: confirmed = confirm + reverse entries; pending = credits nothing refers to yet.
    sql`SELECT ${hour} AS key,
        coalesce(sum(h.minutes) FILTER (WHERE h.entry IN ('confirm', 'reverse')), 0) AS "confirmedMinutes",
        coalesce(sum(h.minutes) FILTER (WHERE h.entry = 'credit' AND NOT EXISTS
          (SELECT 1 FROM service_hour r WHERE r.ref_id = h.id)), 0) AS "pendingMinutes"
      FROM service_hour h JOIN place p ON p.id = h.place_id
      WHERE ${under(sql`p.path`, s)} AND ${within(sql`h.served_at`, s)} GROUP BY 1`,
    // Activities held (done) that started in the period, their check-ins and the people served they recorded.
    sql`SELECT ${act} AS key, count(*) AS "activitiesHeld",
        coalesce(sum((SELECT count(*) FROM activity_signup x
          WHERE x.activity_id = a.id AND x.checked_in_at IS NOT NULL)), 0) AS "attendance",
        coalesce(sum(a.people_served), 0) AS "peopleServed"
      FROM activity a
      WHERE a.state = 'done' AND ${under(sql`a.place_path`, s)} AND ${within(sql`a.starts_at`, s)} GROUP BY 1`,
    // Claims (领单): one per volunteer and order or wish, when it was claimed.
    sql`SELECT ${tk} AS key, count(*) FILTER (WHERE t.kind = 'service') AS "ordersClaimed",
        count(*) FILTER (WHERE t.kind = 'wish') AS "wishesClaimed"
      FROM ticket_event e JOIN ticket t ON t.district_id = e.district_id AND t.id = e.ticket_id
      WHERE e.action = 'claim' AND t.kind IN ('service', 'wish') AND ${under(sql`t.place_path`, s)}
        AND ${within(sql`e.at`, s)} GROUP BY 1`,
    // Completed: claimed and resolved in the period (a reopen clears resolved_at: tickets/moves.ts); the rating
    // of the completed orders.
    sql`SELECT ${tk} AS key, count(*) FILTER (WHERE t.kind = 'service') AS "ordersCompleted",
        count(*) FILTER (WHERE t.kind = 'wish') AS "wishesCompleted",
        count(*) FILTER (WHERE t.kind = 'service' AND t.rating IS NOT NULL) AS "ratedOrders",
        avg(${SCORE}) FILTER (WHERE t.kind = 'service') AS "averageRating"
      FROM ticket t
      WHERE t.kind IN ('service', 'wish') AND cardinality(t.claimant_ids) > 0 AND ${under(sql`t.place_path`, s)} AND ${within(sql`t.resolved_at`, s)}
      GROUP BY 1`,
  ];
}

export function emptyFigures(): VolunteerFigures {
  return {
    ...(Object.fromEntries(VOLUNTEER_FIGURE_KEYS.map((k) => [k, 0])) as Record<
      (typeof VOLUNTEER_FIGURE_KEYS)[number],
      number
    >),
    averageRating: null,
  };
}

/** The figures of the selection, one set per group key (null: rows outside every group, or `all`). */
export async function readVolunteerFigures(
  tx: Tx,
  s: Selection,
  g: Grouping,
): Promise<Map<string | null, VolunteerFigures>> {
  const out = new Map<string | null, VolunteerFigures>();
  for (const statement of statements(s, g)) {
    const result = (await tx.execute(statement)) as unknown as { rows: Record<string, unknown>[] };
    for (const row of result.rows) {
      const key = (row.key as string | null) ?? null;
      const figures = out.get(key) ?? emptyFigures();
      for (const [name, value] of Object.entries(row)) {
        if (name === 'averageRating') {
          figures.averageRating = value === null ? null : Math.round(Number(value) * 100) / 100;
        } else if (name !== 'key') {
          figures[name as (typeof VOLUNTEER_FIGURE_KEYS)[number]] = Number(value);
        }
      }
      out.set(key, figures);
    }
  }
  return out;
}
