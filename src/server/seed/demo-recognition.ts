import { and, eq, inArray } from 'drizzle-orm';
import type { TicketMove } from '../../shared/tickets';
import { account, serviceHour, serviceOffering } from '../db/schema';
import { confirmServiceHour } from '../modules/services';
import { createTicket, moveTicket } from '../modules/tickets';
import { getHonourCandidates, publishHonourRoll } from '../modules/volunteer-figures';
import { type Actor, runAs, type Services } from '../platform/context';
import { actorOf } from '../platform/session';
import { dayIn } from '../platform/time-zone';
import { withPromise } from './promise';

// Last month's service in 府东社区 (a haircut served and confirmed, a wish fulfilled), so that the volunteer
// figures of last month show hours and orders beside the activities held then, and the honour roll that the
// office published from last month's records (志愿服务数据, 荣誉榜).

const META = { ip: null, userAgent: 'seed', requestId: null };

/** Seeds last month's service and publishes its honour roll; answers whether it did (the demo accounts exist). */
export async function seedDemoRecognition(services: Services): Promise<boolean> {
  const rows = await services.db
    .select()
    .from(account)
    .where(inArray(account.username, ['resident', 'community', 'volunteer']));
  const actors = new Map<string, Actor>(
    await Promise.all(rows.map(async (r) => [r.username, await actorOf(services.db, r)] as const)),
  );
  const resident = actors.get('resident');
  const office = actors.get('community');
  const volunteer = actors.get('volunteer');
  const [haircut] = await services.db
    .select()
    .from(serviceOffering)
    .where(eq(serviceOffering.name, '免费理发'));
  if (!resident?.placeId || !office?.placeId || !volunteer || !haircut) {
    return false;
  }
  const now = services.clock();
  const thisMonth = dayIn(services.zone, now).slice(0, 7);
  const [y, m] = thisMonth.split('-').map(Number) as [number, number];
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  // The 15th of last month, mid-morning: the moves are dated then (runAs reads the clock).
  let at = Date.parse(`${lastMonth}-15T02:00:00Z`);
  const clock = () => {
    at += 600_000;
    return new Date(at);
  };
  const then: Services = { ...services, clock };
  const as = (actor: Actor, move: TicketMove) => (id: string) =>
    runAs(then, actor, META, (ctx) => moveTicket(ctx, id, withPromise(ctx, move)));
  const order = await runAs(then, resident, META, (ctx) =>
    createTicket(ctx, {
      kind: 'service',
      offeringId: haircut.id,
      title: '想预约上门理发',
      description: '老伴腿脚不便，麻烦上门。',
      placeId: resident.placeId ?? '',
      urgency: 'normal',
      horizon: 'immediate',
      isAnonymous: false,
      isPublic: false,
    }),
  );
  for (const step of [
    as(office, { action: 'accept' }),
    as(office, { action: 'dispatch', unitId: haircut.unitId }),
    as(volunteer, { action: 'receive' }),
    as(volunteer, { action: 'claim' }),
    as(volunteer, { action: 'resolve', result: '已上门理发，老人很满意。', minutes: 60 }),
    as(resident, { action: 'rate', rating: 'satisfied' }),
  ]) {
    await step(order.id);
  }
  const wish = await runAs(then, resident, META, (ctx) =>
    createTicket(ctx, {
      kind: 'wish',
      title: '想要一台收音机',
      description: '眼睛不好，想听听戏曲。',
      placeId: resident.placeId ?? '',
      urgency: 'normal',
      horizon: 'immediate',
      isAnonymous: false,
      isPublic: true,
    }),
  );
  for (const step of [
    as(office, { action: 'accept' }),
    as(office, { action: 'pool' }),
    as(volunteer, { action: 'claim' }),
    as(volunteer, { action: 'resolve', result: '收音机已送到。', minutes: 30 }),
    // The wall of thanks does not start empty: this resident agreed to show their words.
    as(resident, {
      action: 'rate',
      rating: 'satisfied',
      comment: '收音机音质很好，每天都能听戏，谢谢志愿者！',
      thanksPublic: true,
    }),
  ]) {
    await step(wish.id);
  }
  await runAs(then, office, META, async (ctx) => {
    const credits = await ctx.tx
      .select({ id: serviceHour.id })
      .from(serviceHour)
      .where(and(eq(serviceHour.ticketId, order.id), eq(serviceHour.entry, 'credit')));
    for (const c of credits) {
      await confirmServiceHour(ctx, c.id);
    }
  });
  await runAs(services, office, META, async (ctx) => {
    const query = { placeId: office.placeId ?? '', from: `${lastMonth}-01` };
    const candidates = await getHonourCandidates(ctx, query);
    const chosen = [
      ...candidates.volunteers.slice(0, 1),
      ...candidates.teams.slice(0, 1),
      ...candidates.stations.slice(0, 2),
    ];
    if (chosen.length > 0) {
      await publishHonourRoll(ctx, {
        ...query,
        to: candidates.to,
        title: `${lastMonth.replace('-', '年')}月 优秀志愿者、服务队和示范站`,
        entries: chosen.map((c) => ({ kind: c.kind, id: c.id })),
      });
    }
  });
  return true;
}
