import { and, eq, inArray, or } from 'drizzle-orm';
import { type Period, periodOf, previousPeriod } from '../../shared/bulletin-periods';
import { place } from '../db/schema';
import { writeBulletin } from '../modules/bulletins';
import { runAs, type Services, SYSTEM_ACTOR } from '../platform/context';
import { dayIn } from '../platform/time-zone';
import { DEMO_PROJECT_DISTRICT } from './demo-projects';

/** How many past ten-day periods the demo shows bulletins of. */
const PAST_PERIODS = 3;

/**
 * The demo programme's past bulletins: the district's and its streets' for the last three periods that have
 * ended, written the way the sweep writes them (after the demo projects, whose reports they read). Answers
 * how many it wrote (0 when they are there, or without the demo district).
 */
export async function seedDemoBulletins(services: Services): Promise<number> {
  const today = dayIn(services.zone, services.clock());
  const periods: Period[] = [];
  for (let p = previousPeriod(periodOf(today)); periods.length < PAST_PERIODS; p = previousPeriod(p)) {
    periods.unshift(p);
  }
  return runAs(services, SYSTEM_ACTOR, { ip: null, userAgent: 'seed', requestId: null }, async (ctx) => {
    const [district] = await ctx.tx
      .select({ id: place.id })
      .from(place)
      .where(and(eq(place.name, DEMO_PROJECT_DISTRICT), eq(place.level, 'district')));
    if (!district) {
      return 0;
    }
    const places = await ctx.tx
      .select({ id: place.id, path: place.path, name: place.name, districtId: place.districtId })
      .from(place)
      .where(
        or(eq(place.id, district.id), and(eq(place.parentId, district.id), inArray(place.level, ['street']))),
      );
    let written = 0;
    for (const period of periods) {
      for (const at of places) {
        const result = await writeBulletin(ctx, { ...at, districtId: at.districtId ?? district.id }, period);
        written += result.created ? 1 : 0;
      }
    }
    return written;
  });
}
