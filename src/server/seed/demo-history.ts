import { eq, isNotNull } from 'drizzle-orm';
import type { Channel, Rating, TicketKind, TicketMove } from '../../shared/tickets';
import { category, place, unit } from '../db/schema';
import { createTicket, initialOwnerPath, loadCalendar, moveTicket } from '../modules/tickets';
import { addWorkingHours } from '../platform/calendar';
import { type Actor, runAs, type Services } from '../platform/context';
import { createRandom } from '../platform/random';
import { withPromise } from './promise';

// Three months of a region's work, so the demo's queues, rates and rankings say something. The matters are the
// ones the source articles list (停车难, 路灯, 电梯, 电动车充电, 独居老人, 反诈, 生育登记 …); callers are invented.
const MATTERS: { kind: TicketKind; category: string; title: string; description: string }[] = [
  {
    kind: 'problem',
    category: 'traffic.parking',
    title: '小区停车难，晚上车位不够',
    description: '下班回来经常找不到车位，只能停在路边。',
  },
  {
    kind: 'problem',
    category: 'facility.light',
    title: '楼下路灯不亮',
    description: '路灯坏了一个多星期，晚上出门很黑，老人不敢下楼。',
  },
  {
    kind: 'problem',
    category: 'property.lift',
    title: '电梯经常故障',
    description: '电梯这个月停了三次，楼上老人上下楼困难。',
  },
  {
    kind: 'problem',
    category: 'safety.ebike',
    title: '电动车在楼道充电',
    description: '有住户把电动车推进楼道充电，存在消防隐患。',
  },
  {
    kind: 'problem',
    category: 'city.garbage',
    title: '垃圾清运不及时',
    description: '垃圾桶满了没人清，夏天气味很大。',
  },
  {
    kind: 'problem',
    category: 'traffic.road',
    title: '小区门口道路破损',
    description: '门口路面塌了一块，下雨积水，电动车容易摔。',
  },
  {
    kind: 'problem',
    category: 'dispute.neighbour',
    title: '楼上噪音扰民',
    description: '楼上深夜装修，多次沟通无果。',
  },
  {
    kind: 'problem',
    category: 'facility.fitness',
    title: '健身器材损坏',
    description: '广场上的健身器材松动，孩子玩有危险。',
  },
  {
    kind: 'problem',
    category: 'city.stall',
    title: '路口占道经营',
    description: '早市摊点占了人行道，行人只能走机动车道。',
  },
  {
    kind: 'suggestion',
    category: 'elderly.meals',
    title: '建议增设老年助餐点',
    description: '附近老人多，吃饭不方便，希望能有助餐点。',
  },
  {
    kind: 'suggestion',
    category: 'facility.access',
    title: '建议老旧楼栋加装扶手',
    description: '楼梯没有扶手，老人上下楼不安全。',
  },
  {
    kind: 'consultation',
    category: 'policy.fraud',
    title: '反诈APP怎么下载',
    description: '想给父母装反诈APP，不知道怎么操作。',
  },
  {
    kind: 'consultation',
    category: 'policy.papers',
    title: '生育登记怎么办理',
    description: '需要带哪些材料，去哪里办？',
  },
  {
    kind: 'consultation',
    category: 'policy.benefits',
    title: '独生子女扶助金要哪些材料',
    description: '父母年满60岁，想申请扶助金。',
  },
  {
    kind: 'wish',
    category: 'wish.company',
    title: '希望有人陪老人聊聊天',
    description: '独居老人，子女在外地，想有人每周来看看。',
  },
  {
    kind: 'wish',
    category: 'wish.study',
    title: '孩子想要一套课外书',
    description: '困难家庭，孩子喜欢读书。',
  },
];
const CHANNELS: Channel[] = [
  'hotline',
  'grid_visit',
  'wish_card',
  'collection_box',
  'meeting',
  'service_desk',
  'reception',
];
const CALLERS = ['王阿姨', '李大爷', '张女士', '刘先生', '陈奶奶', '杨师傅', '赵老师', '周阿婆'];
const DAY = 86_400_000;

function staff(
  name: string,
  roles: Actor['roles'],
  where: { id: string; path: string; districtId: string },
  unitIds: string[] = [],
): Actor {
  return {
    kind: 'staff',
    accountId: null,
    name,
    roles,
    placeId: where.id,
    placePath: where.path,
    districtId: where.districtId,
    unitIds,
  };
}

/**
 * Files `count` tickets spread over the 90 days before `now` across the region's buildings and walks each
 * through the loop with the real services (so events, audit entries and deadlines are genuine), each move at
 * its own moment in working time. Most end resolved and rated; some late, reopened, explained, rejected,
 * transferred; the newest are still open. Returns how many it filed.
 */
export async function seedDemoHistory(services: Services, now: Date, count = 80): Promise<number> {
  // Seeded, so every demo start tells the same story.
  const rnd = createRandom(20_261_122);
  const buildings = await services.db
    .select({ id: place.id, path: place.path, districtId: place.districtId })
    .from(place)
    .where(eq(place.level, 'building'));
  const units = await services.db.select({ id: unit.id, path: unit.placePath, kind: unit.kind }).from(unit);
  const categories = new Map(
    (
      await services.db
        .select({ id: category.id, code: category.code })
        .from(category)
        .where(isNotNull(category.parentId))
    ).map((c) => [c.code, c.id]),
  );
  const calendar = await loadCalendar(services.db, new Date(now.getTime() - 120 * DAY), services.zone);
  const meta = { ip: null, userAgent: 'seed', requestId: null };
  let made = 0;
  for (let i = 0; i < count; i++) {
    const building = rnd.pick(buildings);
    const districtId = building.districtId ?? '';
    const communityPath = initialOwnerPath(building.path);
    const community = { id: communityPath.split('.').at(-1) ?? '', path: communityPath, districtId };
    const office = staff('社区工作人员', ['community_staff'], community);
    const matter = rnd.pick(MATTERS);
    const ageDays = Math.floor(rnd.next() * 90);
    let at = new Date(now.getTime() - ageDays * DAY - Math.floor(rnd.next() * 8) * 3_600_000);
    const as = (actor: Actor, fn: Parameters<typeof runAs>[3]) =>
      runAs({ ...services, clock: () => at }, actor, meta, fn);
    const later = (workingHours: number) => {
      at = addWorkingHours(calendar, at, workingHours);
      return at <= now;
    };
    const { id } = (await as(office, (ctx) =>
      createTicket(ctx, {
        kind: matter.kind,
        title: matter.title,
        description: matter.description,
        placeId: building.id,
        categoryId: categories.get(matter.category),
        channel: rnd.pick(CHANNELS),
        urgency: rnd.next() < 0.1 ? 'urgent' : 'normal',
        horizon: rnd.next() < 0.7 ? 'immediate' : 'deadline',
        submitterName: rnd.pick(CALLERS),
        submitterPhone: `139${String(10_000_000 + Math.floor(rnd.next() * 89_999_999))}`,
        isAnonymous: false,
        isPublic: matter.kind === 'wish' || rnd.next() < 0.5,
      }),
    )) as { id: string };
    made++;
    const move = async (actor: Actor, hours: number, input: TicketMove) => {
      if (!later(hours)) {
        return false;
      }
      await as(actor, (ctx) => moveTicket(ctx, id, withPromise(ctx, input)));
      return true;
    };
    const fate = rnd.next();
    const responseHours = rnd.next() < 0.85 ? 1 + rnd.next() * 6 : 9 + rnd.next() * 16;
    if (fate < 0.04) {
      await move(office, responseHours, {
        action: 'reject',
        reason: '不属于本社区受理范围，已告知来电人向相关部门反映。',
      });
      continue;
    }
    if (!(await move(office, responseHours, { action: 'accept' }))) {
      continue;
    }
    if (fate < 0.12) {
      await move(office, 4, {
        action: 'close',
        outcome: 'explained',
        reason: '涉及规划调整，暂无法解决，已向居民当面解释。',
      });
      continue;
    }
    if (matter.kind === 'consultation') {
      if (await move(office, 1, { action: 'resolve', result: '已电话解答，并发送了办事指南。' })) {
        await closeRated(move, office, rnd.next() < 0.9 ? 'satisfied' : 'basically_satisfied');
      }
      continue;
    }
    const serving = units.filter(
      (u) =>
        u.kind !== 'volunteer_team' &&
        (building.path.startsWith(`${u.path}.`) ||
          u.path.startsWith(`${communityPath}.`) ||
          u.path === communityPath),
    );
    const target = serving.length > 0 ? rnd.pick(serving) : undefined;
    if (!target || matter.kind === 'wish') {
      if (await move(office, 1, { action: 'pool' })) {
        // A made-up volunteer has no account, so the database cannot know it as the claimant (a volunteer reads
        // only what it claimed, migration 0021): it claims with a field worker's reach.
        const volunteer = staff('志愿者', ['volunteer', 'grid_worker'], community);
        if (rnd.next() < 0.7 && (await move(volunteer, 8 + rnd.next() * 24, { action: 'claim' }))) {
          await move(office, 16, { action: 'resolve', result: '心愿已送到，老人很高兴。' });
        }
      }
      continue;
    }
    if (!(await move(office, 1, { action: 'dispatch', unitId: target.id }))) {
      continue;
    }
    const where = { id: target.id, path: target.path, districtId };
    const handler = staff('承办人员', ['handler'], where, [target.id]);
    if (fate > 0.95) {
      if (await move(handler, 2, { action: 'return', reason: '不属于本单位职责，请重新派单。' })) {
        await move(office, 2, { action: 'close', outcome: 'transferred', reason: '已转交供电公司处理。' });
      }
      continue;
    }
    if (!(await move(handler, 2 + rnd.next() * 6, { action: 'receive' }))) {
      continue;
    }
    await move(handler, 8 + rnd.next() * 24, { action: 'progress', note: '已到现场查看，正在协调处理。' });
    const late = rnd.next() < 0.15 ? 60 : 0;
    if (
      !(await move(handler, 8 + rnd.next() * 40 + late, {
        action: 'resolve',
        result: '已处理完毕，现场拍照留存。',
      }))
    ) {
      continue;
    }
    const rating: Rating =
      fate < 0.22 ? 'unsatisfied' : rnd.next() < 0.8 ? 'satisfied' : 'basically_satisfied';
    if (rating === 'unsatisfied') {
      if (!(await move(office, 24, { action: 'rate', rating, comment: '问题没有彻底解决。' }))) {
        continue;
      }
      if (!(await move(handler, 16, { action: 'resolve', result: '返工处理，已彻底解决。' }))) {
        continue;
      }
    }
    await closeRated(move, office, rating === 'unsatisfied' ? 'basically_satisfied' : rating);
  }
  return made;
}

async function closeRated(
  move: (actor: Actor, hours: number, input: TicketMove) => Promise<boolean>,
  office: Actor,
  rating: Rating,
) {
  if (await move(office, 8, { action: 'rate', rating })) {
    await move(office, 4, { action: 'close', outcome: 'resolved' });
  }
}
