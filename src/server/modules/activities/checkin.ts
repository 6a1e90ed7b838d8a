import { and, eq, ne } from 'drizzle-orm';
import { activity, activitySignup } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { w3cIn } from '../../platform/time-zone';
import { earnedMinutes } from './minutes';
import { loadOrganised } from './service';
import { AUTO_CLOSE_HOURS, closeForgottenCheckouts } from './signups';

const HOUR_MS = 3_600_000;
/** Check-in opens this long before the start. */
const OPENS_BEFORE_MS = HOUR_MS;

/** The phone page a code opens: the scan page of the phone face, which checks in or out as whoever is signed in. */
export function checkinUrl(origin: string, token: string): string {
  return `${origin}/m/scan/${token}`;
}

/** The code of an activity for its organiser (to show on a screen or print). Throws not_found. */
export async function getCheckinCode(ctx: Ctx, activityId: string, origin: string) {
  const a = await loadOrganised(ctx, activityId);
  await ctx.audit({
    action: 'activity.checkin_code',
    targetType: 'activity',
    targetId: a.id,
    districtId: a.districtId,
  });
  return { token: a.checkinToken, url: checkinUrl(origin, a.checkinToken) };
}

/**
 * A scan of an activity's code by a signed-in volunteer or resident: the first scan checks in, the next checks
 * out. Someone who did not sign up is recorded as a walk-in (they came: they count as served, but take no
 * place). Open from an hour before the start to AUTO_CLOSE_HOURS after the end. Throws not_found (no such code),
 * conflict (outside the window, already checked out).
 */
export async function scanCheckin(ctx: Ctx, token: string) {
  const [a] = await ctx.tx.select().from(activity).where(eq(activity.checkinToken, token));
  if (!a || a.state === 'cancelled' || !ctx.actor.accountId) {
    throw notFound('activity_not_found');
  }
  const now = ctx.now.getTime();
  if (now < a.startsAt.getTime() - OPENS_BEFORE_MS || now > a.endsAt.getTime() + AUTO_CLOSE_HOURS * HOUR_MS) {
    await closeForgottenCheckouts(ctx, a.id);
    throw conflict('activity_checkin_closed', { hours: AUTO_CLOSE_HOURS });
  }
  const [mine] = await ctx.tx
    .select()
    .from(activitySignup)
    .where(
      and(
        eq(activitySignup.activityId, a.id),
        eq(activitySignup.accountId, ctx.actor.accountId),
        ne(activitySignup.status, 'cancelled'),
      ),
    );
  let result: 'checked_in' | 'checked_out';
  let minutes = 0;
  if (!mine) {
    await ctx.tx.insert(activitySignup).values({
      activityId: a.id,
      accountId: ctx.actor.accountId,
      name: ctx.actor.name ?? '',
      status: 'walk_in',
      addedBy: ctx.actor.accountId,
      createdAt: ctx.now,
      checkedInAt: ctx.now,
    });
    result = 'checked_in';
  } else if (!mine.checkedInAt) {
    await ctx.tx.update(activitySignup).set({ checkedInAt: ctx.now }).where(eq(activitySignup.id, mine.id));
    result = 'checked_in';
  } else if (!mine.checkedOutAt) {
    await ctx.tx.update(activitySignup).set({ checkedOutAt: ctx.now }).where(eq(activitySignup.id, mine.id));
    result = 'checked_out';
    minutes =
      earnedMinutes([{ ...mine, checkedOutAt: ctx.now, startsAt: a.startsAt, endsAt: a.endsAt }]).get(
        mine.id,
      ) ?? 0;
  } else {
    throw conflict('activity_already_checked_out');
  }
  await ctx.audit({
    action: `activity.${result === 'checked_in' ? 'checkin' : 'checkout'}`,
    targetType: 'activity',
    targetId: a.id,
    districtId: a.districtId,
  });
  return { activityId: a.id, title: a.title, result, at: w3cIn(ctx.zone, ctx.now), minutes };
}
