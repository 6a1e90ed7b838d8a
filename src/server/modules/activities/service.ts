import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Activity,
  ActivityCreate,
  ActivityUpdate,
  ZActivityListQuery,
  ZActivityMove,
} from '../../../shared/activities';
import { ACTIVITY_WORKFLOW } from '../../../shared/activity-workflow';
import type { PageQuery } from '../../../shared/list';
import { SERVICE_MINUTES } from '../../../shared/services';
import { account, activity, station, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { randomToken } from '../../platform/crypto';
import { AppError, invalidField, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { dayIn, instantAt } from '../../platform/time-zone';
import { holidaysBetween } from '../deadlines';
import { loadWritable, requirePlace } from '../places';
import { creditHours } from '../services';
import { bookRoomForActivity, releaseActivityRooms } from '../stations';
import { settleAndTell } from './notices';
import { isOrganiser, presentActivity } from './presenter';
import { addDays, expandRecurrence } from './recurrence';
import { type ActivityRow, findActivityRow, lockActivity, mySignups, selectActivities } from './repo';
import { earnedMinutesForActivity } from './signups';

const HOUR_MS = 3_600_000;
const MAX_LENGTH_MS = 24 * HOUR_MS;

/** Reads one activity with the caller's own sign-up. Throws not_found. */
export async function getActivity(ctx: Ctx, id: string): Promise<Activity> {
  const row = await findActivityRow(ctx.tx, id);
  if (!row) {
    throw notFound('activity_not_found');
  }
  const mine = await mySignups(ctx.tx, ctx.actor.accountId, [id]);
  return presentActivity(ctx.actor, ctx.zone, row, mine.get(id) ?? null);
}

/**
 * Activities for a list or a calendar, by start time. Staff see their subtree and the nodes above it; a resident
 * with no place asked sees those "near me" — at their home's community and below, and above it. Throws not_found
 * for a place that does not exist.
 */
export async function findActivities(ctx: Ctx, query: z.infer<typeof ZActivityListQuery> & PageQuery) {
  const under = query.placeId ? await requirePlace(ctx.tx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await selectActivities(ctx.tx)
    .where(
      and(
        under ? sql`${activity.placePath} <@ ${under.path}::ltree` : defaultArea(ctx),
        query.from
          ? sql`${activity.startsAt} >= ${new Date(query.from).toISOString()}::timestamptz`
          : undefined,
        query.to ? sql`${activity.startsAt} < ${new Date(query.to).toISOString()}::timestamptz` : undefined,
        query.kind ? eq(activity.kind, query.kind) : undefined,
        query.state ? eq(activity.state, query.state) : undefined,
        query.seriesId ? eq(activity.seriesId, query.seriesId) : undefined,
        after
          ? sql`(${activity.startsAt}, ${activity.id}) > (${String(after[0])}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(activity.startsAt), asc(activity.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.a.startsAt.toISOString(), r.a.id]);
  const mine = await mySignups(
    ctx.tx,
    ctx.actor.accountId,
    page.items.map((r) => r.a.id),
  );
  return {
    items: page.items.map((r) => presentActivity(ctx.actor, ctx.zone, r, mine.get(r.a.id) ?? null)),
    nextCursor: page.nextCursor,
  };
}

function defaultArea(ctx: Ctx) {
  const scope = scopeOf(ctx.actor);
  if (scope === '*') {
    return undefined;
  }
  const home = ctx.actor.kind === 'staff' ? scope : (ctx.actor.placePath ?? '');
  if (!home) {
    return sql`false`;
  }
  // A resident's home is a building: the community is the third label (district.street.community).
  const area = ctx.actor.kind === 'staff' ? home : home.split('.').slice(0, 3).join('.');
  return sql`(${activity.placePath} <@ ${area}::ltree OR ${activity.placePath} @> ${home}::ltree)`;
}

/**
 * Creates an activity — or, with a recurrence, one activity per occurrence, sharing a series id, so that sign-ups
 * are per occurrence. Throws not_found (place, station, team), validation_failed (times, no occurrence left).
 */
export async function createActivity(
  ctx: Ctx,
  input: ActivityCreate,
): Promise<Activity & { occurrences: number }> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  checkTimes(startsAt, endsAt);
  const home = await loadWritable(ctx, input.placeId);
  await checkLinks(ctx, input);
  const firstDay = dayIn(ctx.zone, startsAt);
  let days = [firstDay];
  if (input.recurrence) {
    const holidays = await holidaysBetween(
      ctx.tx,
      firstDay,
      input.recurrence.until ?? addDays(firstDay, 800),
    );
    days = expandRecurrence(firstDay, input.recurrence, (d) => holidays.has(d));
    if (days.length === 0) {
      throw invalidField('recurrence', 'activity_too_many');
    }
  }
  const offsetHours = (startsAt.getTime() - instantAt(ctx.zone, firstDay)) / HOUR_MS;
  const length = endsAt.getTime() - startsAt.getTime();
  const seriesId = input.recurrence ? crypto.randomUUID() : null;
  const rows = days.map((day) => {
    const start = new Date(instantAt(ctx.zone, day, offsetHours));
    return {
      districtId: home.districtId ?? home.id,
      placeId: home.id,
      placePath: home.path,
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      stationId: input.stationId ?? null,
      room: input.room ?? null,
      unitId: input.unitId ?? null,
      organiserId: ctx.actor.accountId,
      organiserName: ctx.actor.name,
      startsAt: start,
      endsAt: new Date(start.getTime() + length),
      capacity: input.capacity,
      seriesId,
      checkinToken: randomToken(24),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
  });
  const created = await ctx.tx
    .insert(activity)
    .values(rows)
    .returning({ id: activity.id, startsAt: activity.startsAt, endsAt: activity.endsAt });
  created.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const a of created) {
    await bookStationRoom(ctx, { ...input, activityId: a.id, startsAt: a.startsAt, endsAt: a.endsAt });
  }
  const first = created[0]?.id ?? '';
  await ctx.audit({
    action: 'activity.create',
    targetType: 'activity',
    targetId: first,
    districtId: home.districtId,
    after: { ...input, occurrences: created.length, seriesId },
  });
  return { ...(await getActivity(ctx, first)), occurrences: created.length };
}

/**
 * Changes one occurrence. A larger capacity moves the waiting list up; a smaller one never drops anyone already
 * confirmed (it only stops new confirmations). Throws not_found, invalid_transition (not planned).
 */
export async function updateActivity(ctx: Ctx, id: string, input: ActivityUpdate): Promise<Activity> {
  const before = await loadOrganised(ctx, id);
  if (before.state !== 'planned') {
    throw new AppError('invalid_transition', 'activity_not_open');
  }
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  checkTimes(startsAt, endsAt);
  await checkLinks(ctx, input);
  await lockActivity(ctx.tx, id);
  await ctx.tx
    .update(activity)
    .set({
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      stationId: input.stationId ?? null,
      room: input.room ?? null,
      unitId: input.unitId ?? null,
      startsAt,
      endsAt,
      capacity: input.capacity,
      updatedAt: ctx.now,
    })
    .where(eq(activity.id, id));
  // The room follows the activity: its old slot is freed, the new one booked (or the update refused).
  await releaseActivityRooms(ctx, id);
  await bookStationRoom(ctx, { ...input, activityId: id, startsAt, endsAt });
  await settleAndTell(ctx, { id, districtId: before.districtId, title: input.title, startsAt });
  await ctx.audit({
    action: 'activity.update',
    targetType: 'activity',
    targetId: id,
    districtId: before.districtId,
    before: { title: before.title, startsAt: before.startsAt, capacity: before.capacity },
    after: input,
  });
  return getActivity(ctx, id);
}

/**
 * Records an activity as held (with its summary and the people served) or calls it off (with a reason), as the
 * workflow allows. Throws not_found, invalid_transition, validation_failed (reason).
 */
export async function moveActivity(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof ZActivityMove>,
): Promise<Activity> {
  const before = await loadOrganised(ctx, id);
  const move = ACTIVITY_WORKFLOW.actions[input.action];
  if (!(move.from as readonly string[]).includes(before.state)) {
    throw new AppError('invalid_transition', 'activity_move_invalid');
  }
  if ((move.requires as readonly string[]).includes('reason') && !input.reason) {
    throw invalidField('reason', 'activity_reason_required');
  }
  await ctx.tx
    .update(activity)
    .set({
      state: move.to,
      updatedAt: ctx.now,
      ...(input.action === 'cancel' ? { cancelReason: input.reason ?? null } : {}),
      ...(input.action === 'complete'
        ? { summary: input.summary ?? null, peopleServed: input.peopleServed ?? null }
        : {}),
    })
    .where(eq(activity.id, id));
  await ctx.audit({
    action: `activity.${input.action}`,
    targetType: 'activity',
    targetId: id,
    districtId: before.districtId,
    before: { state: before.state },
    after: { state: move.to, reason: input.reason, summary: input.summary, peopleServed: input.peopleServed },
  });
  if (input.action === 'complete') {
    await creditAttendance(ctx, before);
  }
  if (input.action === 'cancel') {
    await releaseActivityRooms(ctx, id);
  }
  return getActivity(ctx, id);
}

/**
 * An activity held earns its volunteers service hours (志愿服务时长): each volunteer who attended gets a pending
 * entry of the minutes their attendance earned (check-in to check-out within the activity's own time, overlaps
 * earning once), for the organiser to confirm. People who came to be served (a class's pupils, a haircut's
 * customers) earn nothing: only accounts holding the volunteer role.
 */
async function creditAttendance(ctx: Ctx, held: ActivityRow): Promise<void> {
  const earned = await earnedMinutesForActivity(ctx, held.id);
  if (earned.length === 0) {
    return;
  }
  const volunteers = new Set(
    (
      await ctx.tx
        .select({ id: account.id })
        .from(account)
        .where(
          and(
            inArray(
              account.id,
              earned.map((e) => e.accountId),
            ),
            sql`'volunteer' = ANY(${account.roles})`,
          ),
        )
    ).map((r) => r.id),
  );
  for (const e of earned) {
    if (!volunteers.has(e.accountId)) {
      continue;
    }
    await creditHours(ctx, {
      accountId: e.accountId,
      minutes: Math.min(e.minutes, SERVICE_MINUTES.max),
      placeId: held.placeId,
      districtId: held.districtId,
      content: held.title,
      unitId: held.unitId,
      servedAt: held.startsAt,
      activityId: held.id,
    });
  }
}

/** The activity, when the caller organises it (an office over its place). Throws not_found otherwise. */
export async function loadOrganised(ctx: Ctx, id: string): Promise<ActivityRow> {
  const [row] = await ctx.tx.select().from(activity).where(eq(activity.id, id));
  if (!row || !isOrganiser(ctx.actor, row.placePath)) {
    throw notFound('activity_not_found');
  }
  return row;
}

function checkTimes(startsAt: Date, endsAt: Date): void {
  const length = endsAt.getTime() - startsAt.getTime();
  if (length <= 0 || length > MAX_LENGTH_MS) {
    throw invalidField('endsAt', 'activity_times');
  }
}

/** Books the station's room the activity names, when it is one of its rooms (stations module rules). */
async function bookStationRoom(
  ctx: Ctx,
  a: { stationId?: string | undefined; room?: string | undefined; title: string; activityId: string } & {
    startsAt: Date;
    endsAt: Date;
  },
) {
  if (a.stationId && a.room) {
    await bookRoomForActivity(ctx, { ...a, stationId: a.stationId, room: a.room });
  }
}

/** The station and the team must be ones the caller can read; a team is a unit of kind volunteer_team. */
async function checkLinks(ctx: Ctx, input: { stationId?: string | undefined; unitId?: string | undefined }) {
  if (input.stationId) {
    const [s] = await ctx.tx.select({ id: station.id }).from(station).where(eq(station.id, input.stationId));
    if (!s) {
      throw notFound('station_not_found');
    }
  }
  if (input.unitId) {
    const [u] = await ctx.tx
      .select({ id: unit.id })
      .from(unit)
      .where(and(eq(unit.id, input.unitId), eq(unit.kind, 'volunteer_team')));
    if (!u) {
      throw notFound('activity_team_not_found');
    }
  }
}
