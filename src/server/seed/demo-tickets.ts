import { eq, inArray } from 'drizzle-orm';
import type { TicketKind, TicketMove } from '../../shared/tickets';
import { account, category, unit } from '../db/schema';
import { createTicket, moveTicket } from '../modules/tickets';
import { runAs, type Services } from '../platform/context';
import { actorOf } from '../platform/session';
import { withPromise } from './promise';

type Script = {
  kind: TicketKind;
  category: string;
  title: string;
  description: string;
  /** Moves after submission: [account, move]. */
  moves: [string, Omit<TicketMove, 'unitId'> & { unit?: boolean }][];
  isPublic?: boolean;
};

// What the source articles describe residents asking for: 停车难, 路灯, 电梯, 独居老人, 微心愿 …
const SCRIPTS: Script[] = [
  {
    kind: 'problem',
    category: 'facility.light',
    title: '府东花园3栋门口路灯不亮',
    description: '已经一周了，晚上很黑，老人出门不方便。',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'dispatch', unit: true }],
      ['handler', { action: 'receive' }],
      ['handler', { action: 'resolve', result: '已更换灯具，恢复照明。' }],
      ['resident', { action: 'rate', rating: 'satisfied' }],
      ['community', { action: 'close' }],
    ],
    isPublic: true,
  },
  {
    kind: 'problem',
    category: 'traffic.parking',
    title: '小区门口停车难，车辆乱停堵路',
    description: '早晚高峰电动车和汽车混停，消防通道被占。',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'dispatch', unit: true }],
      ['handler', { action: 'receive' }],
      ['handler', { action: 'progress', note: '已联系交警中队现场勘察，拟施划停车位。' }],
    ],
  },
  {
    kind: 'problem',
    category: 'property.lift',
    title: '2栋电梯经常停运',
    description: '电梯每周都坏，住在高层的老人下不了楼。',
    moves: [['community', { action: 'accept' }]],
  },
  {
    kind: 'problem',
    category: 'safety.ebike',
    title: '楼道里有人给电动车充电',
    description: '飞线充电很危险，希望安装集中充电桩。',
    moves: [],
  },
  {
    kind: 'wish',
    category: 'wish.company',
    title: '想请人陪我去医院复查',
    description: '独居，腿脚不便，下周二上午要去医院。',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'pool' }],
    ],
    isPublic: true,
  },
  {
    kind: 'wish',
    category: 'wish.study',
    title: '孩子想要一套课外读物',
    description: '孩子上四年级，喜欢看科普书。',
    moves: [
      ['community', { action: 'accept' }],
      ['community', { action: 'pool' }],
      ['volunteer', { action: 'claim' }],
    ],
    isPublic: true,
  },
  {
    kind: 'consultation',
    category: 'policy.fraud',
    title: '反诈APP怎么下载安装',
    description: '儿子让我装，但我不会弄。',
    moves: [
      ['grid', { action: 'accept' }],
      ['grid', { action: 'resolve', result: '网格员上门帮助下载并完成注册。' }],
    ],
  },
  {
    kind: 'suggestion',
    category: 'elderly.meals',
    title: '建议社区办老年助餐点',
    description: '附近老人多，吃饭不方便，希望能有助餐点。',
    moves: [
      ['community', { action: 'accept' }],
      [
        'community',
        {
          action: 'close',
          outcome: 'explained',
          reason: '已纳入明年民生实事项目清单，暂无法立即解决，已向居民解释。',
        },
      ],
    ],
  },
];

/** A few tickets in every state of the loop, so the demo's lists and rates are not empty. */
export async function seedDemoTickets(services: Services): Promise<number> {
  const names = ['resident', 'community', 'handler', 'grid', 'volunteer'];
  const rows = await services.db.select().from(account).where(inArray(account.username, names));
  const actors = new Map(
    await Promise.all(rows.map(async (r) => [r.username, await actorOf(services.db, r)] as const)),
  );
  const resident = actors.get('resident');
  const handler = actors.get('handler');
  if (!resident?.placeId || !handler) {
    return 0;
  }
  const [handlerUnit] = await services.db
    .select({ id: unit.id })
    .from(unit)
    .where(eq(unit.id, handler.unitIds[0] ?? ''));
  const meta = { ip: null, userAgent: 'seed', requestId: null };
  let made = 0;
  for (const script of SCRIPTS) {
    const [cat] = await services.db
      .select({ id: category.id })
      .from(category)
      .where(eq(category.code, script.category));
    const { id } = await runAs(services, resident, meta, (ctx) =>
      createTicket(ctx, {
        kind: script.kind,
        title: script.title,
        description: script.description,
        placeId: resident.placeId ?? '',
        categoryId: cat?.id,
        urgency: 'normal',
        horizon: 'deadline',
        isAnonymous: false,
        isPublic: script.isPublic ?? false,
      }),
    );
    for (const [who, { unit: withUnit, ...move }] of script.moves) {
      const actor = actors.get(who);
      if (!actor) {
        throw new Error(`demo tickets: no account ${who}`);
      }
      await runAs(services, actor, meta, (ctx) =>
        moveTicket(ctx, id, withPromise(ctx, { ...move, ...(withUnit ? { unitId: handlerUnit?.id } : {}) })),
      );
    }
    made++;
  }
  return made;
}
