import { and, inArray, sql } from 'drizzle-orm';
import { duePeriod } from '../../../shared/bulletin-periods';
import { ADVISORY_LOCKS } from '../../db/locks';
import { bulletin, place } from '../../db/schema';
import { runAs, type Services, SYSTEM_ACTOR } from '../../platform/context';
import { minuteIn } from '../../platform/time-zone';
import { BULLETIN_LEVELS, writeBulletin } from './generate';
import { trySweepLock, wallDayHour } from './sweep-lock';

/** Bulletins one round writes at most: a round stays a short transaction; the next minute goes on. */
const BATCH = 20;

/**
 * The module's ten-day sweep: from 20:00 on the 10th, the 20th and a month's last day (installation zone) it
 * writes the period's bulletin of every district and street that has none yet; before that hour, and on the
 * other days, the previous period's (a server that was down catches up). Idempotent — one row per place and
 * period — and single-instance through a tried advisory lock. Returns how many bulletins it wrote.
 */
export function sweepBulletins(services: Services): Promise<number> {
  return runAs(services, SYSTEM_ACTOR, { ip: null, userAgent: 'sweep', requestId: null }, async (ctx) => {
    if (!(await trySweepLock(ctx, ADVISORY_LOCKS.bulletinSweep))) {
      return 0;
    }
    const { day, hour } = wallDayHour(minuteIn(ctx.zone, ctx.now));
    const period = duePeriod(day, hour);
    const missing = await ctx.tx
      .select({ id: place.id, path: place.path, name: place.name, districtId: place.districtId })
      .from(place)
      .where(
        and(
          inArray(place.level, [...BULLETIN_LEVELS]),
          sql`NOT EXISTS (SELECT 1 FROM ${bulletin} b WHERE b.place_id = ${place.id} AND b.period = ${period.key})`,
        ),
      )
      .orderBy(place.path)
      .limit(BATCH);
    let written = 0;
    for (const at of missing) {
      const result = await writeBulletin(ctx, { ...at, districtId: at.districtId ?? at.id }, period);
      written += result.created ? 1 : 0;
    }
    return written;
  });
}
