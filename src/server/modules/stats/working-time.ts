import { type SQL, sql } from 'drizzle-orm';
import { HOURS_PER_WORKDAY, OFFICE_HOURS } from '../../platform/calendar';

/*
 * Working time inside one SQL statement, for averages over many tickets without a loop per ticket. It is the
 * same rule as platform/calendar.ts (office hours from OFFICE_HOURS, work_calendar overrides, else Monday to
 * Friday), expressed as a running total: the working hours before each day (`wt.before`) plus those elapsed
 * on the day itself. The API tests check it against workingHoursBetween.
 */

/**
 * The wall-clock time of a timestamptz expression in the installation's zone. A day when the clocks change
 * counts wall-clock hours here, which differs from platform/calendar.ts only if the change fell inside office
 * hours; none of the world's zones changes then.
 */
function localTime(ts: SQL, zone: string): SQL {
  return sql`timezone(${zone}::text, ${ts})`;
}

/** Office hours elapsed by a wall-clock time on its own day (0 before opening, 8 after closing). */
function elapsedOnDay(local: SQL): SQL {
  const hour = sql`(extract(epoch FROM (${local} - date_trunc('day', ${local}))) / 3600.0)`;
  const parts = OFFICE_HOURS.map(
    ([start, end]) => sql`least(greatest(${hour} - ${start}, 0), ${end - start})`,
  );
  return sql.join(parts, sql` + `);
}

/**
 * CTEs `wt_days`, `wt` (day, workday, before) and `wt_index` covering [firstDay, lastDay] (local days,
 * inclusive). `wt_index` is one row holding `wt` as arrays indexed by the day's distance from `first_day`, so a
 * ticket finds its day by subscript (workingJoin) rather than by a join the planner may turn into a loop over
 * every day for every ticket (MATERIALIZED: computed once, not again for each ticket). Days outside the range
 * find nothing, and their tickets drop out of the working-time average.
 */
export function workingTimeTables(firstDay: string, lastDay: string): SQL {
  return sql`wt_days AS (
    SELECT g::date AS day, coalesce(wc.is_workday, extract(isodow FROM g) < 6) AS workday
    FROM generate_series(${firstDay}::date, ${lastDay}::date, interval '1 day') AS g
    LEFT JOIN work_calendar wc ON wc.day = g::date
  ),
  wt AS (
    SELECT day, workday,
      coalesce(sum(CASE WHEN workday THEN ${HOURS_PER_WORKDAY} ELSE 0 END)
        OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
    FROM wt_days
  ),
  wt_index AS MATERIALIZED (
    SELECT min(day) AS first_day, array_agg(before ORDER BY day) AS befores, array_agg(workday ORDER BY day) AS workdays
    FROM wt
  )`;
}

/** The join of `wt_index` (one row) that workingHoursAt reads. */
export function workingJoin(): SQL {
  return sql`CROSS JOIN wt_index AS wi`;
}

/** Working hours from the start of the `wt` range to a timestamp (null outside it); needs workingJoin. */
export function workingHoursAt(ts: SQL, zone: string): SQL {
  const local = localTime(ts, zone);
  const at = sql`((${local})::date - wi.first_day + 1)`;
  return sql`(wi.befores[${at}] + CASE WHEN wi.workdays[${at}] THEN ${elapsedOnDay(local)} ELSE 0 END)`;
}
