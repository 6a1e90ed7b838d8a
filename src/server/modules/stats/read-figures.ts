import { type SQL, sql } from 'drizzle-orm';
import { AVERAGE_KEYS, type AverageKey, COUNTER_KEYS } from '../../../shared/stats';
import { OUTCOMES, RATINGS } from '../../../shared/tickets';
import type { Tx } from '../../db/client';
import { type RollupGrain, rollupColumnOf, ticket, ticketRollup } from '../../db/schema';
import { dayIn, instantAt, nextDay, nextMonth } from '../../platform/time-zone';
import { type GroupKey, type RawFigures, type Selection, TICKET_KEYS, toRaw } from './repo';
import { COMMUNITY_DEPTH, isFinished, partialColumns, partialNames } from './rollup';
import { workingJoin, workingTimeTables } from './working-time';

const t = ticket;
const r = ticketRollup;
const ROLLUP_KEYS = { placePath: sql`${r.placePath}`, unitId: sql`${r.unitId}` };

/** sum ÷ count of the parts, as avg() divides (numeric), in hours. */
const AVERAGE_OF: Record<AverageKey, SQL> = {
  responseHours: sql`sum(s_response_seconds) / nullif(sum(n_response), 0) / 3600.0`,
  handlingHours: sql`sum(s_handling_hours) / nullif(sum(n_handling), 0)`,
  handlingWorkingHours: sql`sum(s_working_hours) / nullif(sum(n_working), 0)`,
};

/**
 * The same figures as aggregateFigures (repo.ts), read in ONE statement from three parts that never overlap:
 * the roll-up rows of the whole days inside [from, to) (finished tickets: month rows for the whole months,
 * day rows for the days around them), the unfinished tickets of [from, to) counted directly (a partial index
 * holds them), and the finished tickets of the part-days at either end counted directly. One statement, so
 * one snapshot: a ticket finishing meanwhile is counted once. The roll-up keeps paths down to the community,
 * so a target below it, or a grouping by children below a street, counts every ticket directly (a community's
 * tickets are few).
 */
export async function readFigures(tx: Tx, s: Selection, groupBy?: GroupKey): Promise<RawFigures[]> {
  const columns = partialColumns({ now: s.now }, s.zone);
  const ticketKey = groupBy ? groupBy(TICKET_KEYS) : sql`NULL::text`;
  const rollupKey = groupBy ? groupBy(ROLLUP_KEYS) : sql`NULL::text`;
  const counted = (from: Date, to: Date, which?: SQL) =>
    sql`SELECT ${ticketKey} AS key, ${sql.join(
      columns.map((c) => sql`${c.expr} AS ${sql.identifier(c.name)}`),
      sql`, `,
    )}
    FROM ${t} ${workingJoin()}
    WHERE ${sql.join(
      [
        s.districtId ? sql`${t.districtId} = ${s.districtId}` : undefined,
        sql`${t.createdAt} >= ${from.toISOString()}::timestamptz`,
        sql`${t.createdAt} < ${to.toISOString()}::timestamptz`,
        s.path ? sql`${t.placePath} <@ ${s.path}::ltree` : undefined,
        which,
      ].filter((c): c is SQL => c !== undefined),
      sql` AND `,
    )}
    GROUP BY 1`;
  const rolled = (grain: RollupGrain, first: string, end: string) => {
    const names = partialNames().map((n) => sql`${r}.${sql.identifier(n)}`);
    return sql`SELECT ${rollupKey} AS key, ${sql.join(names, sql`, `)}
      FROM ${r}
      WHERE ${sql.join(
        [
          s.districtId ? sql`${r.districtId} = ${s.districtId}` : undefined,
          sql`${r.grain} = ${grain}`,
          sql`${r.day} >= ${first}::date`,
          sql`${r.day} < ${end}::date`,
          s.path ? sql`${r.placePath} <@ ${s.path}::ltree` : undefined,
        ].filter((c): c is SQL => c !== undefined),
        sql` AND `,
      )}`;
  };
  const depth = s.path ? s.path.split('.').length : 0;
  const days = Math.max(depth, groupBy?.pathLabels ?? 0) <= COMMUNITY_DEPTH ? wholeDays(s) : null;
  const parts: SQL[] = [];
  if (days) {
    parts.push(counted(s.from, s.to, isFinished(true)));
    if (s.from < days.start) {
      parts.push(counted(s.from, days.start, isFinished()));
    }
    if (days.stop < s.to) {
      parts.push(counted(days.stop, s.to, isFinished()));
    }
    parts.push(...rollupRanges(days).map((g) => rolled(g.grain, g.first, g.end)));
  } else {
    parts.push(counted(s.from, s.to));
  }
  const totals = [
    ...COUNTER_KEYS.map((k) => sum(rollupColumnOf('c', k), `c_${k}`)),
    ...OUTCOMES.map((o) => sum(rollupColumnOf('o', o), `o_${o}`)),
    ...RATINGS.map((x) => sum(rollupColumnOf('r', x), `r_${x}`)),
    ...AVERAGE_KEYS.map((k) => sql`(${AVERAGE_OF[k]})::float8 AS ${sql.identifier(`a_${k}`)}`),
  ];
  const firstDay = dayIn(s.zone, new Date(s.from.getTime() - 86_400_000));
  const lastDay = dayIn(s.zone, new Date(Math.max(s.now.getTime(), s.to.getTime()) + 86_400_000));
  const query = sql`WITH ${workingTimeTables(firstDay, lastDay)}
    SELECT key, ${sql.join(totals, sql`, `)}
    FROM (${sql.join(parts, sql` UNION ALL `)}) AS parts
    GROUP BY key`;
  const result = (await tx.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  return result.rows.map(toRaw);
}

/** The whole days [first, end) as roll-up ranges: month rows for the whole months, day rows around them. */
export function rollupRanges(days: { first: string; end: string }) {
  const monthsFirst = days.first.endsWith('-01') ? days.first : nextMonth(days.first);
  const monthsEnd = `${days.end.slice(0, 7)}-01`;
  if (monthsFirst >= monthsEnd) {
    return [{ grain: 'day' as const, first: days.first, end: days.end }];
  }
  return [
    { grain: 'day' as const, first: days.first, end: monthsFirst },
    { grain: 'month' as const, first: monthsFirst, end: monthsEnd },
    { grain: 'day' as const, first: monthsEnd, end: days.end },
  ].filter((g) => g.first < g.end);
}

function sum(column: string, as: string): SQL {
  return sql`coalesce(sum(${sql.identifier(column)}), 0)::int AS ${sql.identifier(as)}`;
}

/**
 * The whole days of the zone inside [from, to): `first` (inclusive) to `end` (exclusive) and their instants,
 * or null when there is none.
 */
export function wholeDays(s: Pick<Selection, 'from' | 'to' | 'zone'>) {
  const fromDay = dayIn(s.zone, s.from);
  const first = instantAt(s.zone, fromDay) < s.from.getTime() ? nextDay(fromDay) : fromDay;
  const end = dayIn(s.zone, s.to);
  if (first >= end) {
    return null;
  }
  return { first, end, start: new Date(instantAt(s.zone, first)), stop: new Date(instantAt(s.zone, end)) };
}
