import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Activity, Signup } from '../../../shared/activities';
import { activity, activitySignup } from '../../db/schema';
import { type Ctx, runAs, type Services, SYSTEM_ACTOR } from '../../platform/context';
import { uniqueOrConflict } from '../../platform/db-errors';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { maskPhone } from '../../platform/mask';
import { type Locale, translate } from '../../platform/messages';
import { minuteIn, w3cIn } from '../../platform/time-zone';
import { type Attendance, earnedMinutes } from './minutes';
import { settleAndTell } from './notices';
import { isOrganiser, presentSignup } from './presenter';
import { lockActivity, type SignupRow, waitlistPosition } from './repo';
import { getActivity, loadOrganised } from './service';

/** A forgotten check-out closes itself this long after the activity's end, at the end, and is flagged. */
export const AUTO_CLOSE_HOURS = 2;
const HOUR_MS = 3_600_000;

/**
 * Signs up the caller, or (an organiser) someone else by name and phone. Under the activity's lock the new
 * sign-up joins the end of the queue and the queue moves up into free places, so exactly `capacity` are ever
 * confirmed and the rest wait in arrival order. Throws not_found, forbidden (someone else, not an organiser),
 * invalid_transition (not planned or over), conflict (already signed up).
 */
export async function signUp(
  ctx: Ctx,
  activityId: string,
  other: { name: string; phone: string } | undefined,
): Promise<Signup> {
  const [a] = await ctx.tx.select().from(activity).where(eq(activity.id, activityId));
  if (!a) {
    throw notFound('activity_not_found');
  }
  if (other && !isOrganiser(ctx.actor, a.placePath)) {
    throw forbidden('activity_signup_others_forbidden');
  }
  if (a.state !== 'planned' || a.endsAt <= ctx.now) {
    throw new AppError('invalid_transition', 'activity_not_open');
  }
  await lockActivity(ctx.tx, activityId);
  const [row] = await uniqueOrConflict(
    () =>
      ctx.tx
        .insert(activitySignup)
        .values({
          activityId,
          accountId: other ? null : ctx.actor.accountId,
          name: other ? other.name : (ctx.actor.name ?? ''),
          phoneEnc: other ? ctx.vault.encrypt(other.phone) : null,
          phoneHash: other ? ctx.vault.blindIndex(other.phone) : null,
          status: 'waitlisted',
          addedBy: ctx.actor.accountId,
          createdAt: ctx.now,
        })
        .returning({ id: activitySignup.id }),
    other ? 'phone' : 'id',
    'activity_already_signed_up',
  );
  await settleAndTell(ctx, a);
  const signup = await loadSignup(ctx, row?.id ?? '');
  await ctx.audit({
    action: 'activity.signup',
    targetType: 'activity',
    targetId: activityId,
    districtId: a.districtId,
    after: { signupId: signup.id, status: signup.status, name: signup.name, phone: maskPhone(other?.phone) },
  });
  return signup;
}

/**
 * Withdraws a sign-up: one's own, or any of an activity one organises. The first on the waiting list moves up
 * into the freed place. Throws not_found, invalid_transition (already cancelled, or the activity is not open).
 */
export async function cancelSignup(ctx: Ctx, activityId: string, signupId: string): Promise<Activity> {
  const [s] = await ctx.tx
    .select({
      s: activitySignup,
      placePath: activity.placePath,
      state: activity.state,
      districtId: activity.districtId,
      title: activity.title,
      startsAt: activity.startsAt,
    })
    .from(activitySignup)
    .innerJoin(activity, eq(activity.id, activitySignup.activityId))
    .where(and(eq(activitySignup.id, signupId), eq(activitySignup.activityId, activityId)));
  const own = s?.s.accountId !== null && s?.s.accountId === ctx.actor.accountId;
  if (!s || !(own || isOrganiser(ctx.actor, s.placePath))) {
    throw notFound('activity_signup_not_found');
  }
  if (s.s.status === 'cancelled' || s.state !== 'planned') {
    throw new AppError('invalid_transition', 'activity_not_open');
  }
  await lockActivity(ctx.tx, activityId);
  await ctx.tx
    .update(activitySignup)
    .set({ status: 'cancelled', cancelledAt: ctx.now })
    .where(eq(activitySignup.id, signupId));
  await settleAndTell(ctx, { ...s, id: activityId });
  await ctx.audit({
    action: 'activity.signup_cancel',
    targetType: 'activity',
    targetId: activityId,
    districtId: s.districtId,
    before: { signupId, status: s.s.status },
  });
  return getActivity(ctx, activityId);
}

/** The caller's own sign-ups, the latest activity first (cancelled ones left out). */
export async function findMySignups(ctx: Ctx) {
  if (!ctx.actor.accountId) {
    return { items: [] };
  }
  const rows = await ctx.tx
    .select({ s: activitySignup, position: waitlistPosition(), a: activity })
    .from(activitySignup)
    .innerJoin(activity, eq(activity.id, activitySignup.activityId))
    .where(and(eq(activitySignup.accountId, ctx.actor.accountId), ne(activitySignup.status, 'cancelled')))
    .orderBy(desc(activity.startsAt))
    .limit(100);
  const minutes = earnedMinutes(rows.map((r) => attendanceOf(r.s, r.a, ctx.now)));
  return {
    items: rows.map((r) => ({
      ...presentSignup(ctx.zone, { ...r.s, waitlistPosition: r.position }, null, minutes.get(r.s.id) ?? 0),
      activity: {
        id: r.a.id,
        title: r.a.title,
        kind: r.a.kind,
        startsAt: w3cIn(ctx.zone, r.a.startsAt),
        endsAt: w3cIn(ctx.zone, r.a.endsAt),
        state: r.a.state,
        placeName: '',
      },
    })),
  };
}

/**
 * The attendance list of an activity for its organiser: every sign-up with its check-in, check-out and the
 * minutes it earns, forgotten check-outs closed first. Throws not_found.
 */
export async function getAttendance(ctx: Ctx, activityId: string, locale: Locale = 'zh-CN') {
  const a = await loadOrganised(ctx, activityId);
  await closeForgottenCheckouts(ctx, activityId);
  const rows = await ctx.tx
    .select({ s: activitySignup, position: waitlistPosition() })
    .from(activitySignup)
    .where(eq(activitySignup.activityId, activityId))
    .orderBy(asc(activitySignup.seq));
  const minutes = await minutesFor(
    ctx,
    rows.map((r) => r.s),
    a,
  );
  const items = rows.map((r) =>
    presentSignup(
      ctx.zone,
      { ...r.s, waitlistPosition: r.position },
      r.s.phoneEnc ? ctx.vault.decrypt(r.s.phoneEnc) : null,
      minutes.get(r.s.id) ?? 0,
    ),
  );
  const attended = rows.filter((r) => r.s.checkedInAt !== null).length;
  const served = a.peopleServed ?? attended;
  return {
    items,
    confirmedCount: a.confirmedCount,
    waitlistCount: a.waitlistCount,
    attendedCount: attended,
    autoClosedCount: rows.filter((r) => r.s.autoClosed).length,
    summaryText: translate('activity_summary', locale, {
      title: a.title,
      time: minuteIn(ctx.zone, a.startsAt),
      confirmed: a.confirmedCount,
      waiting: a.waitlistCount,
      attended,
      served,
    }),
  };
}

/**
 * Closes check-ins whose check-out was forgotten: AUTO_CLOSE_HOURS after the activity's end they are closed at
 * the end and flagged (`autoClosed`), so the organiser sees them before the hours are confirmed. Run lazily on
 * every attendance read and scan, and every minute for all activities by the module's sweep. Answers how many it
 * closed; several processes may run it at once (a closed check-in no longer matches).
 */
export async function closeForgottenCheckouts(ctx: Ctx, activityId?: string): Promise<number> {
  const cutoff = new Date(ctx.now.getTime() - AUTO_CLOSE_HOURS * HOUR_MS);
  const closed = await ctx.tx
    .update(activitySignup)
    .set({
      checkedOutAt: sql`(SELECT a.ends_at FROM activity a WHERE a.id = ${activitySignup.activityId})`,
      autoClosed: true,
    })
    .where(
      and(
        activityId ? eq(activitySignup.activityId, activityId) : undefined,
        isNotNull(activitySignup.checkedInAt),
        isNull(activitySignup.checkedOutAt),
        sql`${activitySignup.activityId} IN (SELECT a.id FROM activity a WHERE a.ends_at <= ${cutoff.toISOString()}::timestamptz)`,
      ),
    )
    .returning({ id: activitySignup.id });
  return closed.length;
}

/**
 * Minutes each of these sign-ups (of one activity) earns, with the other attendances of the same people that
 * the caller can read taken into account, so that overlapping ones never both earn.
 */
async function minutesFor(
  ctx: Ctx,
  signups: SignupRow[],
  a: typeof activity.$inferSelect,
): Promise<Map<string, number>> {
  const people = [...new Set(signups.map((s) => s.accountId).filter((id): id is string => id !== null))];
  const others =
    people.length === 0
      ? []
      : await ctx.tx
          .select({ s: activitySignup, a: activity })
          .from(activitySignup)
          .innerJoin(activity, eq(activity.id, activitySignup.activityId))
          .where(
            and(
              inArray(activitySignup.accountId, people),
              ne(activitySignup.activityId, a.id),
              isNotNull(activitySignup.checkedInAt),
              sql`${activity.startsAt} < ${a.endsAt.toISOString()}::timestamptz`,
              sql`${activity.endsAt} > ${a.startsAt.toISOString()}::timestamptz`,
            ),
          );
  return earnedMinutes([
    ...signups.map((s) => attendanceOf(s, a, ctx.now)),
    ...others.map((o) => attendanceOf(o.s, o.a, ctx.now)),
  ]);
}

/**
 * What the hours ledger credits for an activity (issue 12 capability 6): per attendee with an account, the
 * minutes their attendance earns, and whether its check-out was closed by the system. Run after the activity is
 * done; entries with 0 minutes are left out. Throws not_found (not an activity the caller organises).
 */
export async function earnedMinutesForActivity(
  ctx: Ctx,
  activityId: string,
): Promise<{ signupId: string; accountId: string; minutes: number; autoClosed: boolean }[]> {
  const a = await loadOrganised(ctx, activityId);
  await closeForgottenCheckouts(ctx, activityId);
  const rows = await ctx.tx.select().from(activitySignup).where(eq(activitySignup.activityId, activityId));
  const minutes = await minutesFor(ctx, rows, a);
  return rows.flatMap((s) =>
    s.accountId && (minutes.get(s.id) ?? 0) > 0
      ? [
          {
            signupId: s.id,
            accountId: s.accountId,
            minutes: minutes.get(s.id) ?? 0,
            autoClosed: s.autoClosed,
          },
        ]
      : [],
  );
}

function attendanceOf(s: SignupRow, a: typeof activity.$inferSelect, now: Date): Attendance {
  // A check-in whose check-out is overdue counts as closed at the end, as the sweep will record it.
  const overdue =
    !s.checkedOutAt && s.checkedInAt && now.getTime() >= a.endsAt.getTime() + AUTO_CLOSE_HOURS * HOUR_MS;
  return {
    id: s.id,
    accountId: s.accountId,
    checkedInAt: s.checkedInAt,
    checkedOutAt: s.checkedOutAt ?? (overdue ? a.endsAt : null),
    startsAt: a.startsAt,
    endsAt: a.endsAt,
  };
}

async function loadSignup(ctx: Ctx, id: string): Promise<Signup> {
  const [r] = await ctx.tx
    .select({ s: activitySignup, position: waitlistPosition() })
    .from(activitySignup)
    .where(eq(activitySignup.id, id));
  if (!r) {
    throw notFound('activity_signup_not_found');
  }
  const phone = r.s.phoneEnc ? ctx.vault.decrypt(r.s.phoneEnc) : null;
  return presentSignup(ctx.zone, { ...r.s, waitlistPosition: r.position }, phone, 0);
}

/** The module's sweep: forgotten check-outs of every activity, closed as the system. */
export function sweepForgottenCheckouts(services: Services): Promise<number> {
  return runAs(services, SYSTEM_ACTOR, { ip: null, userAgent: 'sweep', requestId: null }, (ctx) =>
    closeForgottenCheckouts(ctx),
  );
}
