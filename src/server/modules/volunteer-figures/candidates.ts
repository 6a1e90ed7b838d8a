import { type SQL, sql } from 'drizzle-orm';
import type { HonourCandidate, HonourKind } from '../../../shared/volunteer-figures';
import type { Ctx } from '../../platform/context';
import { SCORE, type Selection } from './figures-sql';

// Who the records put forward for the honour roll (优秀志愿者, 优秀服务队, 示范站), ranked by their figures in
// the subtree and period; the same definitions as the figures (docs/volunteer-figures.md).

/** The most candidates of one kind a screen lists. */
export const CANDIDATE_LIMIT = 30;

type Bounds = { under: (path: SQL) => SQL; within: (at: SQL) => SQL };

function boundsOf(s: Selection): Bounds {
  const start = sql`${s.period.start.toISOString()}::timestamptz`;
  const end = sql`${s.period.end.toISOString()}::timestamptz`;
  return {
    under: (path) => (s.path ? sql`${path} <@ ${s.path}::ltree` : sql`true`),
    within: (at) => sql`${at} >= ${start} AND ${at} < ${end}`,
  };
}

const STATEMENTS: Record<HonourKind, (b: Bounds, only: SQL) => SQL> = {
  // Volunteers registered in the subtree: confirmed minutes served there, check-ins at activities held there,
  // the mean score of the rated orders they completed there.
  volunteer: (b, only) => sql`SELECT * FROM (SELECT v.account_id AS id, v.real_name AS name,
      (SELECT coalesce(sum(h.minutes), 0) FROM service_hour h JOIN place p ON p.id = h.place_id
        WHERE h.account_id = v.account_id AND h.entry IN ('confirm', 'reverse') AND ${b.under(sql`p.path`)}
          AND ${b.within(sql`h.served_at`)})::int AS "confirmedMinutes",
      (SELECT count(*) FROM activity_signup x JOIN activity a ON a.id = x.activity_id
        WHERE x.account_id = v.account_id AND x.checked_in_at IS NOT NULL AND a.state = 'done'
          AND ${b.under(sql`a.place_path`)} AND ${b.within(sql`a.starts_at`)})::int AS "activitiesAttended",
      (SELECT round(avg(${SCORE}), 2) FROM ticket t
        WHERE t.kind = 'service' AND v.account_id = ANY (t.claimant_ids) AND ${b.under(sql`t.place_path`)}
          AND ${b.within(sql`t.resolved_at`)})::float8 AS "averageRating"
    FROM volunteer v WHERE ${b.under(sql`v.place_path`)} AND ${only}) c
    WHERE "confirmedMinutes" > 0 OR "activitiesAttended" > 0
    ORDER BY "confirmedMinutes" DESC, "activitiesAttended" DESC, "averageRating" DESC NULLS LAST, name, id`,
  // Teams in the subtree: confirmed minutes served with the team, service orders it completed.
  team: (b, only) => sql`SELECT * FROM (SELECT u.id, u.name,
      (SELECT coalesce(sum(h.minutes), 0) FROM service_hour h
        WHERE h.unit_id = u.id AND h.entry IN ('confirm', 'reverse')
          AND ${b.within(sql`h.served_at`)})::int AS "confirmedMinutes",
      (SELECT count(*) FROM ticket t
        WHERE t.kind = 'service' AND t.unit_id = u.id AND cardinality(t.claimant_ids) > 0
          AND ${b.within(sql`t.resolved_at`)})::int AS "ordersCompleted"
    FROM unit u WHERE u.kind = 'volunteer_team' AND ${b.under(sql`u.place_path`)} AND ${only}) c
    WHERE "confirmedMinutes" > 0 OR "ordersCompleted" > 0
    ORDER BY "confirmedMinutes" DESC, "ordersCompleted" DESC, name, id`,
  // Stations (阵地) in the subtree: activities held there and the people they served.
  station: (b, only) => sql`SELECT * FROM (SELECT s.id, s.name,
      (SELECT count(*) FROM activity a WHERE a.station_id = s.id AND a.state = 'done'
        AND ${b.within(sql`a.starts_at`)})::int AS "activitiesHeld",
      (SELECT coalesce(sum(a.people_served), 0) FROM activity a WHERE a.station_id = s.id AND a.state = 'done'
        AND ${b.within(sql`a.starts_at`)})::int AS "peopleServed"
    FROM station s WHERE ${b.under(sql`s.place_path`)} AND ${only}) c
    WHERE "activitiesHeld" > 0
    ORDER BY "activitiesHeld" DESC, "peopleServed" DESC, name, id`,
};

/**
 * The candidates of one kind, best first: at most CANDIDATE_LIMIT, or exactly those of `ids` that have records
 * (to publish). Names are full: the office reads them.
 */
export async function findCandidates(
  ctx: Ctx,
  kind: HonourKind,
  s: Selection,
  ids?: string[],
): Promise<HonourCandidate[]> {
  const idColumn = { volunteer: sql`v.account_id`, team: sql`u.id`, station: sql`s.id` }[kind];
  const only = ids
    ? sql`${idColumn} IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`true`;
  const statement = STATEMENTS[kind](boundsOf(s), only);
  const result = (await ctx.tx.execute(
    ids ? statement : sql`${statement} LIMIT ${CANDIDATE_LIMIT}`,
  )) as unknown as {
    rows: ({ id: string; name: string } & Record<string, number | null>)[];
  };
  return result.rows.map(({ id, name, ...figures }) => ({ kind, id, name, figures }));
}
