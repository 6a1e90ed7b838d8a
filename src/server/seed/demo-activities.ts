import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { ActivityKind, Recurrence } from '../../shared/activities';
import { account, activity, activitySignup, place, unit } from '../db/schema';
import { createActivity, signUp } from '../modules/activities';
import { type Actor, runAs, type Services, SYSTEM_ACTOR } from '../platform/context';
import { actorOf } from '../platform/session';
import { dayIn, instantAt, w3cIn } from '../platform/time-zone';

// The demo's activities (issue 12 capability 5), after seed 003 (席井村: weekly 老年学校 courses, monthly 主题党日,
// 红领巾课堂 twice a month, free haircuts and health checks) and 府东社区's teams: past occurrences held, with
// attendance, and upcoming ones with sign-ups and a waiting list, so neither the calendar nor the phone starts empty.

type Series = {
  community: string;
  kind: ActivityKind;
  title: string;
  room: string;
  /** Days from today to the first occurrence (negative: in the past). */
  firstIn: number;
  startHour: number;
  hours: number;
  capacity: number;
  recurrence?: Omit<Recurrence, 'interval' | 'skipDates'>;
  team?: string;
};

const SERIES: Series[] = [
  {
    community: '府东社区',
    kind: 'elder_school',
    title: '老年学校 书法课',
    room: '党群服务中心 活动室',
    firstIn: -56,
    startHour: 9,
    hours: 2,
    capacity: 20,
    recurrence: { frequency: 'weekly', count: 12 },
  },
  {
    community: '府东社区',
    kind: 'party_day',
    title: '主题党日：学习贯彻全会精神',
    room: '党群服务中心 会议室',
    firstIn: -75,
    startHour: 14,
    hours: 2,
    capacity: 40,
    recurrence: { frequency: 'monthly_day', count: 4 },
  },
  {
    community: '府东社区',
    kind: 'red_scarf_class',
    title: '红领巾课堂：安全自护',
    room: '新时代文明实践站',
    firstIn: -60,
    startHour: 15,
    hours: 1.5,
    capacity: 25,
    recurrence: { frequency: 'twice_monthly', monthDays: [10, 25], count: 6 },
  },
  {
    community: '府东社区',
    kind: 'convenience_day',
    title: '便民服务日：免费理发',
    room: '府东花园 广场',
    firstIn: -20,
    startHour: 8.5,
    hours: 3,
    capacity: 30,
    team: '蓝衣天使志愿服务队',
  },
  {
    community: '府东社区',
    kind: 'convenience_day',
    title: '便民服务日：免费理发',
    room: '府东花园 广场',
    firstIn: 5,
    startHour: 8.5,
    hours: 3,
    capacity: 6,
    team: '蓝衣天使志愿服务队',
  },
  {
    community: '府东社区',
    kind: 'volunteer_service',
    title: '法治科普进小区',
    room: '东方名苑 小广场',
    firstIn: 9,
    startHour: 9,
    hours: 2,
    capacity: 15,
    team: '法治科普志愿队',
  },
  {
    community: '席井村',
    kind: 'elder_school',
    title: '老年学校 健康养生课',
    room: '党群服务站 老年学校教室',
    firstIn: -49,
    startHour: 9,
    hours: 2,
    capacity: 30,
    recurrence: { frequency: 'weekly', count: 10 },
  },
  {
    community: '席井村',
    kind: 'party_day',
    title: '主题党日：志愿服务在身边',
    room: '党群服务站 党员活动室',
    firstIn: -80,
    startHour: 9,
    hours: 3,
    capacity: 50,
    recurrence: { frequency: 'monthly_weekday', count: 4 },
  },
  {
    community: '席井村',
    kind: 'red_scarf_class',
    title: '红领巾课堂：村史馆里讲家风',
    room: '村史馆',
    firstIn: -58,
    startHour: 14,
    hours: 2,
    capacity: 30,
    recurrence: { frequency: 'twice_monthly', monthDays: [5, 20], count: 6 },
  },
  {
    community: '席井村',
    kind: 'convenience_day',
    title: '便民服务日：免费理发、健康义诊',
    room: '党群服务站 便民服务空间',
    firstIn: -12,
    startHour: 8,
    hours: 4,
    capacity: 40,
  },
  {
    community: '席井村',
    kind: 'convenience_day',
    title: '便民服务日：免费理发、健康义诊',
    room: '党群服务站 便民服务空间',
    firstIn: 16,
    startHour: 8,
    hours: 4,
    capacity: 40,
  },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = [
  '秀英',
  '桂兰',
  '建国',
  '玉梅',
  '志强',
  '淑珍',
  '国华',
  '凤英',
  '德明',
  '美华',
  '小雨',
  '子涵',
];

/** Seeds the demo activities; answers how many were made (0 when the demo accounts are missing). */
export async function seedDemoActivities(services: Services): Promise<number> {
  const rows = await services.db
    .select()
    .from(account)
    .where(inArray(account.username, ['community', 'resident', 'volunteer']));
  const actors = new Map<string, Actor>(
    await Promise.all(rows.map(async (r) => [r.username, await actorOf(services.db, r)] as const)),
  );
  const office = actors.get('community');
  if (!office) {
    return 0;
  }
  const meta = { ip: null, userAgent: 'seed', requestId: null };
  const now = services.clock();
  const today = dayIn(services.zone, now);
  let made = 0;
  let person = 0;
  for (const s of SERIES) {
    const [home] = await services.db
      .select()
      .from(place)
      .where(and(eq(place.name, s.community), eq(place.level, 'community')));
    if (!home) {
      continue;
    }
    const [team] = s.team
      ? await services.db
          .select({ id: unit.id })
          .from(unit)
          .where(and(eq(unit.name, s.team), eq(unit.placeId, home.id)))
      : [];
    const firstDay = new Date(Date.parse(`${today}T00:00:00Z`) + s.firstIn * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const start = new Date(instantAt(services.zone, firstDay, s.startHour));
    const actor = s.community === '府东社区' ? office : SYSTEM_ACTOR;
    const created = await runAs(services, actor, meta, (ctx) =>
      createActivity(ctx, {
        title: s.title,
        kind: s.kind,
        placeId: home.id,
        startsAt: w3cIn(services.zone, start),
        endsAt: w3cIn(services.zone, new Date(start.getTime() + s.hours * 3_600_000)),
        capacity: s.capacity,
        room: s.room,
        ...(team ? { unitId: team.id } : {}),
        ...(s.recurrence ? { recurrence: { interval: 1, skipDates: [], ...s.recurrence } } : {}),
      }),
    );
    made += created.occurrences;
    const occurrences = await services.db
      .select()
      .from(activity)
      .where(created.seriesId ? eq(activity.seriesId, created.seriesId) : eq(activity.id, created.id));
    for (const a of occurrences) {
      if (actor === SYSTEM_ACTOR) {
        await services.db
          .update(activity)
          .set({ organiserName: `${s.community}党委` })
          .where(eq(activity.id, a.id));
      }
      if (a.endsAt < now) {
        person = await seedAttendance(services, a, actors, person);
      } else {
        for (const who of ['resident', 'volunteer']) {
          const signer = actors.get(who);
          if (signer && s.community === '府东社区') {
            await runAs(services, signer, meta, (ctx) => signUp(ctx, a.id, undefined));
          }
        }
        // Neighbours signed up at the desk, by name and phone — more than the places for the next haircut day.
        const extra = Math.min(a.capacity + 2, 8);
        if (s.community === '府东社区' && a.startsAt.getTime() - now.getTime() < 10 * 86_400_000) {
          for (let i = 0; i < extra; i++, person++) {
            await runAs(services, office, meta, (ctx) => signUp(ctx, a.id, neighbour(person)));
          }
        }
      }
    }
  }
  return made;
}

function neighbour(n: number) {
  return {
    name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7 + Math.floor(n / SURNAMES.length)) % GIVEN.length]}`,
    phone: `136${String(10_000_000 + n * 7919).slice(-8)}`,
  };
}

/**
 * A held occurrence: about four in five places taken, most checked in a few minutes after the start and out a
 * few before the end, one forgotten check-out closed by the system; recorded as done with its people served.
 */
async function seedAttendance(
  services: Services,
  a: typeof activity.$inferSelect,
  actors: Map<string, Actor>,
  first: number,
): Promise<number> {
  const taken = Math.max(3, Math.round(a.capacity * (0.6 + ((first * 13) % 30) / 100)));
  const minute = 60_000;
  let n = first;
  const values: (typeof activitySignup.$inferInsert)[] = [];
  const own = [actors.get('resident'), actors.get('volunteer')].filter((x): x is Actor =>
    Boolean(x?.accountId),
  );
  for (let i = 0; i < taken; i++) {
    const self =
      i < own.length && a.placePath.includes(own[0]?.placePath?.split('.')[2] ?? '-') ? own[i] : undefined;
    const who = self ? { name: self.name ?? '', phone: null } : neighbour(n++);
    const forgot = i === taken - 1;
    values.push({
      activityId: a.id,
      accountId: self?.accountId ?? null,
      name: who.name,
      phoneEnc: who.phone ? services.vault.encrypt(who.phone) : null,
      phoneHash: who.phone ? services.vault.blindIndex(who.phone) : null,
      status: 'confirmed',
      addedBy: self?.accountId ?? null,
      createdAt: new Date(a.startsAt.getTime() - 3 * 86_400_000 + i * minute),
      checkedInAt: new Date(a.startsAt.getTime() + ((i * 3) % 15) * minute),
      checkedOutAt: forgot ? a.endsAt : new Date(a.endsAt.getTime() - ((i * 7) % 20) * minute),
      autoClosed: forgot,
    });
  }
  await runAs(services, SYSTEM_ACTOR, { ip: null, userAgent: 'seed', requestId: null }, async (ctx) => {
    await ctx.tx.insert(activitySignup).values(values);
    await ctx.tx.execute(sql`SELECT lianxin_activity_settle(${a.id}::uuid)`);
    await ctx.tx
      .update(activity)
      .set({
        state: 'done',
        peopleServed: a.kind === 'convenience_day' ? taken * 3 : taken,
        summary: `签到 ${taken} 人，活动按计划完成。`,
      })
      .where(and(eq(activity.id, a.id), lt(activity.endsAt, ctx.now)));
  });
  return n;
}
