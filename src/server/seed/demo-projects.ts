import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  curvePoints,
  dayNumber,
  type ProjectCategory,
  type ProjectGroup,
  type ProjectLevel,
  plannedProgress,
} from '../../shared/projects';
import { account, place, project, projectMilestone, projectReport, unit } from '../db/schema';
import type { Services } from '../platform/context';
import { dayIn } from '../platform/time-zone';

// The district's programme of key livelihood projects (after 姜堰区's 236 为民办实事 projects, shared/seeds/002):
// a drainage station, two kindergartens, seven e-bike charging points for 300+ e-bikes, a 银发 programme for
// the elderly … in 武进区, started over the past year, with monthly reports, so that the lists show every status:
// on track, behind, seriously behind, overdue, done and not started. Written in one transaction of bulk inserts.

/** How a demo project went: its start and length (days from today), and how its reports kept pace. */
type Profile = { start: number; days: number; pace: number; done?: boolean };
const PROFILES = {
  on_track: { start: -120, days: 240, pace: 1 },
  behind: { start: -150, days: 270, pace: 0.72 },
  serious: { start: -180, days: 300, pace: 0.4 },
  overdue: { start: -280, days: 250, pace: 0.88 },
  done: { start: -300, days: 240, pace: 1.05, done: true },
  upcoming: { start: 10, days: 200, pace: 1 },
} satisfies Record<string, Profile>;
type ProfileName = keyof typeof PROFILES;

type Spec = {
  name: string;
  /** Names from the district down; the district alone for a district project. */
  place: string[];
  level: ProjectLevel;
  category: ProjectCategory;
  groups?: ProjectGroup[];
  /** The lead unit's name. */
  unit: string;
  profile: ProfileName;
  budget: number;
  target: string;
  children?: { name: string; place: string[]; profile: ProfileName; weight: number }[];
};

export const DEMO_PROJECT_DISTRICT = '武进区';
const D = DEMO_PROJECT_DISTRICT;
const HT = [D, '湖塘镇'];
const NX = [D, '南夏墅街道'];
const COMMUNITIES = ['府东社区', '晓柳社区', '永定社区', '中凉社区', '湾里社区', '丰乐社区', '长安蒋湾社区'];

const SPECS: Spec[] = [
  {
    name: '城区排涝站新建工程',
    place: [D],
    level: 'district',
    category: 'environment',
    unit: '武进区城市管理局',
    profile: 'behind',
    budget: 18_600_000,
    target: '新建排涝泵站 1 座，设计流量 6 立方米每秒，解决湖塘城区低洼片区汛期积水',
  },
  {
    name: '湖塘实验幼儿园新建工程',
    place: HT,
    level: 'street',
    category: 'education',
    groups: ['children'],
    unit: '武进区住房和城乡建设局',
    profile: 'on_track',
    budget: 42_000_000,
    target: '新建 18 个班幼儿园 1 所，新增学位 540 个',
  },
  {
    name: '南夏墅中心幼儿园扩建工程',
    place: NX,
    level: 'street',
    category: 'education',
    groups: ['children'],
    unit: '武进区住房和城乡建设局',
    profile: 'serious',
    budget: 16_500_000,
    target: '扩建 6 个班，新增学位 180 个',
  },
  {
    name: '电动车集中充电点建设（7 处，服务 300 余辆）',
    place: HT,
    level: 'street',
    category: 'transport',
    unit: '湖塘镇综合行政执法队',
    profile: 'on_track',
    budget: 1_050_000,
    target: '在 7 个社区各建 1 处集中充电点，满足 300 余辆电动自行车安全充电',
    children: COMMUNITIES.map((c, i) => ({
      name: `${c.replace('社区', '')}电动车集中充电点`,
      place: [...HT, c],
      profile:
        (['on_track', 'done', 'behind', 'on_track', 'serious', 'done', 'on_track'] as const)[i] ?? 'on_track',
      weight: i === 0 ? 2 : 1,
    })),
  },
  {
    name: '银发项目：居家养老服务提升',
    place: HT,
    level: 'street',
    category: 'elderly_care',
    groups: ['elderly'],
    unit: '武进区民政局',
    profile: 'on_track',
    budget: 2_400_000,
    target: '建成助餐点、日间照料中心，完成 120 户适老化改造',
    children: [
      { name: '府东社区老年助餐点', place: [...HT, '府东社区'], profile: 'done', weight: 2 },
      { name: '晓柳社区日间照料中心', place: [...HT, '晓柳社区'], profile: 'behind', weight: 2 },
      { name: '永定社区 120 户适老化改造', place: [...HT, '永定社区'], profile: 'on_track', weight: 1 },
    ],
  },
  {
    name: '社区卫生服务站标准化建设',
    place: HT,
    level: 'street',
    category: 'health',
    unit: '武进区卫生健康委员会',
    profile: 'on_track',
    budget: 3_200_000,
    target: '完成 5 个社区卫生服务站标准化改造',
  },
  {
    name: '府东花园老旧小区改造',
    place: [...HT, '府东社区', '府东花园'],
    level: 'compound',
    category: 'housing',
    unit: '湖塘镇红色物业服务中心',
    profile: 'behind',
    budget: 5_800_000,
    target: '外立面、管网、道路和绿化整体改造，惠及 860 户',
  },
  {
    name: '公交线路优化调整',
    place: [D],
    level: 'district',
    category: 'transport',
    unit: '武进区交通运输局',
    profile: 'done',
    budget: 600_000,
    target: '新开、优化公交线路 6 条，覆盖新建小区',
  },
  {
    name: '湖塘零工市场建设',
    place: HT,
    level: 'street',
    category: 'employment',
    groups: ['low_income'],
    unit: '湖塘镇党工委',
    profile: 'on_track',
    budget: 800_000,
    target: '建成零工市场 1 处，年服务灵活就业人员 3000 人次',
  },
  {
    name: '城乡居民医保参保服务下沉',
    place: [D],
    level: 'district',
    category: 'social_security',
    unit: '武进区卫生健康委员会',
    profile: 'done',
    budget: 300_000,
    target: '医保参保登记、缴费在社区即可办理',
  },
  {
    name: '背街小巷环境整治',
    place: HT,
    level: 'street',
    category: 'environment',
    unit: '湖塘镇综合行政执法队',
    profile: 'serious',
    budget: 2_100_000,
    target: '整治背街小巷 24 条，路面、管线、立面一并改造',
  },
  {
    name: '湖塘农贸市场改造提升',
    place: HT,
    level: 'street',
    category: 'other',
    unit: '湖塘镇综合行政执法队',
    profile: 'overdue',
    budget: 4_500_000,
    target: '改造农贸市场 2 处，实现干湿分区、明码标价',
  },
  {
    name: '口袋公园建设',
    place: HT,
    level: 'street',
    category: 'environment',
    unit: '武进区城市管理局',
    profile: 'on_track',
    budget: 1_600_000,
    target: '建成口袋公园 8 处',
  },
  {
    name: '公共厕所提档改造',
    place: NX,
    level: 'street',
    category: 'environment',
    unit: '南夏墅街道综合行政执法队',
    profile: 'overdue',
    budget: 900_000,
    target: '改造公共厕所 12 座',
  },
  {
    name: '中小学课后服务全覆盖',
    place: [D],
    level: 'district',
    category: 'education',
    groups: ['youth'],
    unit: '武进区民政局',
    profile: 'on_track',
    budget: 1_200_000,
    target: '课后服务覆盖全部义务教育学校',
  },
  {
    name: '夏城社区红色驿站建设',
    place: [...NX, '夏城社区'],
    level: 'community',
    category: 'culture',
    unit: '夏城社区党支部',
    profile: 'done',
    budget: 150_000,
    target: '建成红色驿站 1 处，为户外劳动者提供歇脚、饮水、充电',
  },
  {
    name: '延政新村既有住宅加装电梯',
    place: [...HT, '府东社区', '延政新村'],
    level: 'compound',
    category: 'housing',
    groups: ['elderly'],
    unit: '府东社区党支部',
    profile: 'behind',
    budget: 2_700_000,
    target: '加装电梯 9 部',
  },
  {
    name: '东方名苑停车位挖潜',
    place: [...HT, '府东社区', '东方名苑'],
    level: 'compound',
    category: 'transport',
    unit: '府东社区党支部',
    profile: 'on_track',
    budget: 380_000,
    target: '新增停车位 140 个',
  },
  {
    name: '独居老人智能守护',
    place: HT,
    level: 'street',
    category: 'elderly_care',
    groups: ['elderly'],
    unit: '武进区民政局',
    profile: 'serious',
    budget: 450_000,
    target: '为 300 名独居老人安装烟感、紧急呼叫设备',
  },
  {
    name: '低收入家庭就业帮扶',
    place: [D],
    level: 'district',
    category: 'employment',
    groups: ['low_income'],
    unit: '武进区民政局',
    profile: 'on_track',
    budget: 500_000,
    target: '帮助 200 名低收入家庭成员实现就业',
  },
  {
    name: '南湖社区雨污分流改造',
    place: [...NX, '南湖社区'],
    level: 'community',
    category: 'environment',
    unit: '南夏墅街道综合行政执法队',
    profile: 'behind',
    budget: 3_300_000,
    target: '完成雨污分流管网 4.6 公里',
  },
  {
    name: '大通社区文体广场',
    place: [...NX, '大通社区'],
    level: 'community',
    category: 'culture',
    unit: '大通社区党支部',
    profile: 'upcoming',
    budget: 700_000,
    target: '建成文体广场 1 处',
  },
  {
    name: '湖塘镇便民服务中心升级',
    place: HT,
    level: 'street',
    category: 'other',
    unit: '湖塘镇党工委',
    profile: 'done',
    budget: 1_000_000,
    target: '一窗通办事项扩至 180 项',
  },
  {
    name: '青少年心理健康驿站',
    place: HT,
    level: 'street',
    category: 'health',
    groups: ['youth'],
    unit: '武进区卫生健康委员会',
    profile: 'upcoming',
    budget: 260_000,
    target: '建成心理健康驿站 3 处',
  },
  {
    name: '残疾人之家建设',
    place: NX,
    level: 'street',
    category: 'social_security',
    groups: ['disabled'],
    unit: '武进区民政局',
    profile: 'on_track',
    budget: 600_000,
    target: '建成残疾人之家 1 处，提供日间照料与辅助性就业',
  },
  {
    name: '智能快递柜进小区',
    place: [...HT, '晓柳社区'],
    level: 'community',
    category: 'other',
    unit: '晓柳社区党支部',
    profile: 'done',
    budget: 120_000,
    target: '3 个小区各设智能快递柜',
  },
  {
    name: '主次干道路灯亮化',
    place: [D],
    level: 'district',
    category: 'transport',
    unit: '武进区城市管理局',
    profile: 'serious',
    budget: 2_900_000,
    target: '新增、更换路灯 1500 盏',
  },
  {
    name: '城区河道清淤整治',
    place: [D],
    level: 'district',
    category: 'environment',
    unit: '武进区城市管理局',
    profile: 'overdue',
    budget: 6_200_000,
    target: '清淤河道 11 条，消除黑臭水体',
  },
  {
    name: '永定社区长者食堂',
    place: [...HT, '永定社区'],
    level: 'community',
    category: 'elderly_care',
    groups: ['elderly'],
    unit: '永定社区党支部',
    profile: 'on_track',
    budget: 350_000,
    target: '长者食堂每日供餐 150 份',
  },
];

const MILESTONES = [
  { name: '前期手续', at: 0.2, weight: 1 },
  { name: '开工建设', at: 0.45, weight: 2 },
  { name: '主体完工', at: 0.8, weight: 2 },
  { name: '竣工验收', at: 1, weight: 1 },
];
const OWNERS = ['王建华', '李秀梅', '张国强', '刘志明', '陈玉兰', '杨海涛', '赵文静', '黄立新'];

function plusDays(day: string, n: number): string {
  return new Date((dayNumber(day) + n) * 86_400_000).toISOString().slice(0, 10);
}

/** Seeds the programme; answers how many projects it wrote (0 without the demo region, or when already there). */
export async function seedDemoProjects(services: Services): Promise<number> {
  const db = services.db;
  const [existing] = await db.select({ id: project.id }).from(project).limit(1);
  const [office] = await db.select({ id: account.id }).from(account).where(eq(account.username, 'community'));
  const [district] = await db
    .select()
    .from(place)
    .where(and(eq(place.name, D), eq(place.level, 'district')));
  if (existing || !office || !district) {
    return 0;
  }
  const places = await db
    .select({ id: place.id, name: place.name, path: place.path, parentId: place.parentId })
    .from(place)
    .where(eq(place.districtId, district.id));
  const byId = new Map(places.map((p) => [p.id, p]));
  const namePath = (p: { name: string; parentId: string | null }): string =>
    p.parentId && byId.get(p.parentId) ? `${namePath(byId.get(p.parentId) as typeof p)}/${p.name}` : p.name;
  const byNames = new Map(places.map((p) => [namePath(p), p]));
  const unitNames = [...new Set(SPECS.map((s) => s.unit))];
  const units = new Map(
    (await db.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.name, unitNames))).map(
      (u) => [u.name, u.id],
    ),
  );
  const today = dayIn(services.zone, services.clock());
  const projects: (typeof project.$inferInsert)[] = [];
  const milestones: (typeof projectMilestone.$inferInsert)[] = [];
  const reports: (typeof projectReport.$inferInsert)[] = [];

  const add = (
    spec: Omit<Spec, 'children'>,
    placeNames: string[],
    parentId: string | null,
    weight: number,
    serial: number,
  ) => {
    const at = byNames.get(placeNames.join('/'));
    const leadUnitId = units.get(spec.unit);
    if (!at || !leadUnitId) {
      return null;
    }
    const id = randomUUID();
    const profile: Profile = PROFILES[spec.profile];
    // Starts spread over a month, so that the list does not read as one project copied forty times.
    const startDate = plusDays(today, profile.start - (serial % 5) * 6);
    const endDate = plusDays(startDate, profile.days);
    const ms = MILESTONES.map((m, i) => ({
      id: randomUUID(),
      projectId: id,
      districtId: district.id,
      placePath: at.path,
      name: m.name,
      plannedDate: plusDays(startDate, Math.round(profile.days * m.at)),
      weight: m.weight,
      sort: i,
      doneOn: null as string | null,
      evidence: null as string | null,
    }));
    const points = curvePoints(startDate, endDate, ms);
    // Monthly reports from the first month to today (or to the end, for a finished one).
    let last = 0;
    for (
      let day = plusDays(startDate, 30);
      day <= today && day <= plusDays(endDate, 20);
      day = plusDays(day, 30)
    ) {
      const planned = plannedProgress(startDate, endDate, ms, day);
      const progress = Math.min(profile.done ? 100 : 95, Math.max(last, Math.round(planned * profile.pace)));
      last = progress;
      ms.forEach((m, i) => {
        if (m.doneOn === null && progress >= (points[i]?.value ?? 100) - 0.01) {
          m.doneOn = day;
          m.evidence = `${m.name}已完成，附现场照片和验收记录`;
        }
      });
      reports.push({
        projectId: id,
        districtId: district.id,
        placePath: at.path,
        reportedOn: day,
        progress,
        milestoneShare: Math.round((ms.reduce((n, m) => n + (m.doneOn ? m.weight : 0), 0) * 1000) / 6) / 10,
        note:
          progress >= 100
            ? '工程已完工，等待验收'
            : `完成${ms.find((m) => m.doneOn === null)?.name ?? '收尾'}阶段工作的 ${progress}%`,
        spent: Math.round((spec.budget * progress) / 100),
        createdAt: new Date(`${day}T09:00:00+08:00`),
      });
    }
    const doneOn = profile.done && last >= 100 ? plusDays(endDate, -5) : null;
    milestones.push(...ms);
    projects.push({
      id,
      districtId: district.id,
      placeId: at.id,
      placePath: at.path,
      parentId,
      weight,
      name: spec.name,
      level: spec.level,
      category: spec.category,
      groups: spec.groups ?? [],
      leadUnitId,
      ownerName: OWNERS[serial % OWNERS.length] ?? null,
      ownerPhoneEnc: services.vault.encrypt(`1391234${String(1000 + serial).slice(-4)}`),
      budget: spec.budget,
      spent: Math.round((spec.budget * last) / 100),
      startDate,
      endDate,
      target: spec.target,
      benefit: spec.groups?.includes('elderly') ? '让老年人就近享受服务' : '群众出行、生活更便利',
      isPublished: serial % 3 !== 2,
      doneAt: doneOn ? new Date(`${doneOn}T10:00:00+08:00`) : null,
      doneOn,
      doneNote: doneOn ? '经现场验收，项目已按计划建成投用' : null,
      createdBy: office.id,
    });
    return id;
  };

  let serial = 0;
  for (const spec of SPECS) {
    const parentId = add(spec, spec.place, null, 1, serial++);
    for (const child of spec.children ?? []) {
      add(
        {
          ...spec,
          name: child.name,
          level: 'community',
          profile: child.profile,
          budget: Math.round(spec.budget / 7),
        },
        child.place,
        parentId,
        child.weight,
        serial++,
      );
    }
  }
  // A parent's own milestones and reports are not read (its children roll up into it): it keeps none.
  const parents = new Set(projects.filter((p) => p.parentId).map((p) => p.parentId));
  const kept = reports.filter((r) => !parents.has(r.projectId));
  const plannedOwn = milestones.filter((m) => !parents.has(m.projectId));
  // A parent is done when all its children are; else open.
  for (const p of projects) {
    if (parents.has(p.id)) {
      p.doneAt = null;
      p.doneOn = null;
      p.doneNote = null;
    }
  }
  await db.transaction(async (tx) => {
    await tx.insert(project).values(projects.filter((p) => !p.parentId));
    await tx.insert(project).values(projects.filter((p) => p.parentId));
    await tx.insert(projectMilestone).values(plannedOwn);
    for (let i = 0; i < kept.length; i += 500) {
      await tx.insert(projectReport).values(kept.slice(i, i + 500));
    }
  });
  return projects.length;
}
