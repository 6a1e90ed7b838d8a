import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { activity, activitySignup, place, station, unit } from '../../db/schema';

// SQL of the activities module: rows, no rules.

export type ActivityRow = typeof activity.$inferSelect;
export type SignupRow = typeof activitySignup.$inferSelect;
export type ActivityWithNames = {
  a: ActivityRow;
  placeName: string;
  stationName: string | null;
  unitName: string | null;
};

/** The activity's columns with the names a reader sees (a team or station the caller cannot read stays null). */
export function selectActivities(tx: Tx) {
  return tx
    .select({ a: activity, placeName: place.name, stationName: station.name, unitName: unit.name })
    .from(activity)
    .innerJoin(place, eq(place.id, activity.placeId))
    .leftJoin(station, eq(station.id, activity.stationId))
    .leftJoin(unit, eq(unit.id, activity.unitId))
    .$dynamic();
}

export async function findActivityRow(tx: Tx, id: string): Promise<ActivityWithNames | undefined> {
  const [row] = await selectActivities(tx).where(eq(activity.id, id));
  return row;
}

/**
 * Serialises every change to one activity's sign-ups (PostgreSQL: parallel requests queue here; PGlite has one
 * connection anyway). An advisory lock needs no UPDATE right on the activity, which residents do not have.
 */
export async function lockActivity(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${id}::text, 12))`);
}

/**
 * Moves the waiting list up into free places and recounts (the migration's SECURITY DEFINER function). Answers
 * the accounts that moved up (people signed up by name and phone have none).
 */
export async function settleActivity(tx: Tx, id: string): Promise<string[]> {
  const result = (await tx.execute(
    sql`SELECT lianxin_activity_settle(${id}::uuid) AS account_id`,
  )) as unknown as {
    rows: { account_id: string }[];
  };
  return result.rows.map((r) => r.account_id);
}

/** A sign-up's place on the waiting list (1 = next to move up), or null when it is not waiting. */
export function waitlistPosition() {
  return sql<number | null>`CASE WHEN ${activitySignup.status} = 'waitlisted'
    THEN lianxin_activity_waitlist_position(${activitySignup.activityId}, ${activitySignup.seq}) END`;
}

/** The caller's live sign-ups (not cancelled) of these activities. */
export async function mySignups(tx: Tx, accountId: string | null, activityIds: string[]) {
  if (!accountId || activityIds.length === 0) {
    return new Map<string, { id: string; status: SignupRow['status']; waitlistPosition: number | null }>();
  }
  const rows = await tx
    .select({
      id: activitySignup.id,
      activityId: activitySignup.activityId,
      status: activitySignup.status,
      waitlistPosition: waitlistPosition(),
    })
    .from(activitySignup)
    .where(
      and(
        eq(activitySignup.accountId, accountId),
        inArray(activitySignup.activityId, activityIds),
        ne(activitySignup.status, 'cancelled'),
      ),
    );
  return new Map(
    rows.map((r) => [r.activityId, { id: r.id, status: r.status, waitlistPosition: r.waitlistPosition }]),
  );
}
