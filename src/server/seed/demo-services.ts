import { and, eq, inArray, like } from 'drizzle-orm';
import type { OfferingCreate } from '../../shared/services';
import type { TicketMove } from '../../shared/tickets';
import type { Tx } from '../db/client';
import { account, place, serviceHour, unit } from '../db/schema';
import { confirmServiceHour, createOffering } from '../modules/services';
import { createTicket, moveTicket } from '../modules/tickets';
import { runAs, type Services } from '../platform/context';
import { actorOf } from '../platform/session';

/** 府东社区's service menu (资源清单): what its teams offer, by the team's name ending. */
const MENU: (Omit<OfferingCreate, 'unitId' | 'placeId'> & { team: string })[] = [
  {
    team: '红马甲便民理发志愿队',
    name: '免费理发',
    description: '志愿者为辖区老人、残疾人免费理发，行动不便的可预约上门。',
    audience: 'all',
    schedule: '每月第一个周六上午 8:30—11:30',
    location: '府东社区新时代文明实践站 志愿服务室；可上门',
    volunteersNeeded: 1,
  },
  {
    team: '法治科普志愿队',
    name: '法律咨询',
    description: '婚姻家庭、邻里纠纷、劳动报酬、防范电信诈骗等法律问题，律师志愿者一对一解答。',
    audience: 'all',
    schedule: '每周三下午 14:00—17:00',
    location: '府东社区党群服务站 议事厅',
    volunteersNeeded: 1,
  },
  {
    team: '蓝衣天使志愿服务队',
    name: '上门助老',
    description: '为独居、高龄老人上门打扫卫生、代办代购、陪同就医。',
    audience: 'elderly',
    schedule: '工作日预约，两天内上门',
    location: '上门服务',
    volunteersNeeded: 2,
  },
  {
    team: '蓝衣天使志愿服务队',
    name: '健康义诊',
    description: '量血压、测血糖、健康咨询，慢病老人建档随访。',
    audience: 'elderly',
    schedule: '每月 15 日上午',
    location: '府东社区新时代文明实践站',
    volunteersNeeded: 1,
  },
  {
    team: '应急救护宣传志愿队',
    name: '应急救护培训',
    description: '心肺复苏、AED 使用、海姆立克急救法，进楼栋、进家庭培训。',
    audience: 'all',
    schedule: '预约后两周内安排',
    location: '小区活动室或上门',
    volunteersNeeded: 2,
  },
];

type Order = {
  offering: string;
  title: string;
  description: string;
  /** Moves after submission: [account, move]; `team` dispatches to the offering's team. */
  moves: [string, TicketMove & { team?: boolean }][];
  /** The office confirms the hours this order credited. */
  confirm?: boolean;
};

const ORDERS: Order[] = [
  {
    offering: '免费理发',
    title: '预约上门理发',
    description: '老伴卧床，想请志愿者上门给他理个发。',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'dispatch', team: true, unitId: '' }],
      ['volunteer', { action: 'receive' }],
      ['volunteer', { action: 'claim' }],
      ['volunteer', { action: 'resolve', result: '已上门理发，老人很满意。', minutes: 40 }],
      ['resident', { action: 'rate', rating: 'satisfied' }],
    ],
    confirm: true,
  },
  {
    offering: '法律咨询',
    title: '咨询物业费纠纷怎么处理',
    description: '物业说欠费要停水，想问问合不合法。',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'dispatch', team: true, unitId: '' }],
      ['volunteer', { action: 'receive' }],
      ['volunteer', { action: 'claim' }],
      ['volunteer', { action: 'resolve', result: '已当面解答，并协助写了书面意见。', minutes: 60 }],
    ],
  },
  {
    offering: '免费理发',
    title: '想给孩子剪个头发',
    description: '周六上午带孩子过来，可以吗？',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'dispatch', team: true, unitId: '' }],
      ['volunteer', { action: 'receive' }],
    ],
  },
  {
    offering: '免费理发',
    title: '预约本月理发',
    description: '腿脚不便，希望排在上午。',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'dispatch', team: true, unitId: '' }],
    ],
  },
  {
    offering: '上门助老',
    title: '想请人帮忙打扫卫生',
    description: '一个人住，年纪大了爬不上去擦窗户。',
    moves: [['community', { action: 'accept' }]],
  },
  { offering: '健康义诊', title: '想量量血压', description: '最近头晕，想请医生看看。', moves: [] },
];

/**
 * 府东社区's service menu, orders in the states of their path (百姓点单 → 阵地派单 → 组织接单 → 志愿者领单 → 群众评单)
 * and the demo volunteer's hours, pending and confirmed, so that neither the menu nor the ledger starts empty.
 * Written through the modules' public services. Returns how many orders it made.
 */
export async function seedDemoServices(services: Services): Promise<number> {
  const names = ['resident', 'community', 'volunteer'];
  const rows = await services.db.select().from(account).where(inArray(account.username, names));
  const actors = new Map(
    await Promise.all(rows.map(async (r) => [r.username, await actorOf(services.db, r)] as const)),
  );
  const resident = actors.get('resident');
  const office = actors.get('community');
  if (!resident?.placeId || !office?.placeId) {
    return 0;
  }
  const [community] = await services.db.select().from(place).where(eq(place.id, office.placeId));
  if (!community) {
    return 0;
  }
  const meta = { ip: null, userAgent: 'seed', requestId: null };
  const offerings = new Map<string, { id: string; unitId: string }>();
  for (const { team, ...item } of MENU) {
    const [found] = await services.db
      .select({ id: unit.id })
      .from(unit)
      .where(and(eq(unit.placeId, community.id), like(unit.name, `%${team}`)));
    if (!found) {
      continue;
    }
    const created = await runAs(services, office, meta, (ctx) =>
      createOffering(ctx, { ...item, unitId: found.id, placeId: community.id }),
    );
    offerings.set(item.name, { id: created.id, unitId: found.id });
  }
  let made = 0;
  for (const order of ORDERS) {
    const offering = offerings.get(order.offering);
    if (!offering) {
      continue;
    }
    const { id } = await runAs(services, resident, meta, (ctx) =>
      createTicket(ctx, {
        kind: 'service',
        offeringId: offering.id,
        title: order.title,
        description: order.description,
        placeId: resident.placeId ?? '',
        urgency: 'normal',
        horizon: 'immediate',
        isAnonymous: false,
        isPublic: false,
      }),
    );
    for (const [who, { team, ...move }] of order.moves) {
      const actor = actors.get(who);
      if (!actor) {
        throw new Error(`demo services: no account ${who}`);
      }
      await runAs(services, actor, meta, (ctx) =>
        moveTicket(ctx, id, team ? { ...move, unitId: offering.unitId } : move),
      );
    }
    if (order.confirm) {
      await runAs(services, office, meta, async (ctx) => {
        for (const entryId of await creditsOf(ctx.tx, id)) {
          await confirmServiceHour(ctx, entryId);
        }
      });
    }
    made++;
  }
  return made;
}

/** The credits a ticket gave, read as the office that confirms them. */
async function creditsOf(tx: Tx, ticketId: string) {
  const rows = await tx
    .select({ id: serviceHour.id })
    .from(serviceHour)
    .where(and(eq(serviceHour.ticketId, ticketId), eq(serviceHour.entry, 'credit')));
  return rows.map((r) => r.id);
}
