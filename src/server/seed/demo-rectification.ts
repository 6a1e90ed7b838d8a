import { randomUUID } from 'node:crypto';
import { addDays } from '../../shared/campaigns';
import type { MeasureHorizon, MeasureState, ProblemSource } from '../../shared/rectification-workflow';
import type { Tx } from '../db/client';
import { rectificationList, rectificationMeasure, rectificationProblem } from '../db/schema';
import { dayIn } from '../platform/time-zone';

// The demo region's rectification list (BRIEF §5, seed 001: 人民路街道 "13 problems, 26 measures"; 孟轲乡 "12 fixed
// at once, 40+ within deadlines, 8 long-term"), kept by 湖塘镇: 13 problems with 2 measures each — 12 立行立改
// measures done, 10 限期 (some late, one overdue), 4 长期 — and 5 problems closed.

type Place = { id: string; path: string; districtId: string };
type Seeder = { byNames: Map<string, Place>; accountByName: Map<string, string>; now: Date; zone: string };
/** [horizon, state, deadline (days from today), done (days from today)] */
type M = [MeasureHorizon, MeasureState, number | null, number | null];

const I_CHECKED: M = ['immediate', 'checked', null, -40];
const I_DONE: M = ['immediate', 'done', null, -3];
const PROBLEMS: [ProblemSource, string, string, [string, M], [string, M]][] = [
  [
    'residents',
    '四季花城小区东门道路破损，雨天积水',
    '城建办',
    ['修补东门破损路面', I_CHECKED],
    ['疏通东门排水沟', I_CHECKED],
  ],
  [
    'residents',
    '府东花园路灯损坏多处，夜间出行不便',
    '城管中队',
    ['更换损坏路灯 14 盏', I_CHECKED],
    ['建立路灯巡查台账', I_CHECKED],
  ],
  [
    'self_inspection',
    '便民服务中心窗口午间无人值守',
    '便民服务中心',
    ['实行午间轮值', I_CHECKED],
    ['公示午间值班电话', I_CHECKED],
  ],
  [
    'supervision',
    '群众来信来访回复不及时',
    '信访办',
    ['梳理积压件并逐件回复', I_CHECKED],
    ['明确 5 个工作日内答复', I_CHECKED],
  ],
  [
    'residents',
    '湾里社区出租房消防通道堵塞',
    '安监办',
    ['清理堵塞通道杂物', I_CHECKED],
    ['张贴消防通道禁停标识', I_CHECKED],
  ],
  [
    'self_inspection',
    '联系服务群众能力有待提升',
    '党政办',
    ['班子成员每周接待群众半天', I_CHECKED],
    ['开通“书记信箱”', I_DONE],
  ],
  [
    'self_inspection',
    '小区治理机制有待完善',
    '社区管理办',
    ['制定小区议事规则', ['deadline', 'checked', -10, -15]],
    ['成立 12 个小区议事会', ['deadline', 'checked', -5, -8]],
  ],
  [
    'residents',
    '部分村内供水管道老化，水压不足',
    '水利站',
    ['更换主管道 1.2 公里', ['deadline', 'done', -2, -4]],
    ['入户检查水表与支管', ['deadline', 'done', -1, 2 - 2]],
  ],
  [
    'residents',
    '老旧小区缆线杂乱，存在安全隐患',
    '城建办',
    ['联合运营商集中整治缆线', ['deadline', 'checked', -20, -25]],
    ['建立缆线入管长效机制', ['deadline', 'done', -6, -3]],
  ],
  [
    'supervision',
    '农贸市场周边占道经营',
    '城管中队',
    ['划定临时疏导点', ['deadline', 'open', -4, null]],
    ['错时执法巡查', ['deadline', 'open', 12, null]],
  ],
  [
    'self_inspection',
    '党员教育管理不够经常',
    '组织办',
    ['每月固定主题党日', ['deadline', 'checked', -30, -31]],
    ['建立党员积分台账', ['deadline', 'open', 20, null]],
  ],
  [
    'self_inspection',
    '集体经济发展不均衡',
    '农业农村办',
    ['制定薄弱村增收方案', ['long_term', 'open', null, null]],
    ['引导村企结对帮扶', ['long_term', 'open', null, null]],
  ],
  [
    'supervision',
    '基层治理数字化水平不高',
    '党政办',
    ['网格事项线上流转', ['long_term', 'open', null, null]],
    ['网格员移动端培训', ['long_term', 'open', null, null]],
  ],
];

export async function seedDemoRectification(tx: Tx, s: Seeder): Promise<void> {
  const town = s.byNames.get('武进区/湖塘镇');
  if (!town) {
    return;
  }
  const today = dayIn(s.zone, s.now);
  const by = s.accountByName.get('street') ?? null;
  const listId = randomUUID();
  const at = {
    districtId: town.districtId,
    listId,
    placePath: town.path,
    createdAt: s.now,
    updatedAt: s.now,
  };
  await tx.insert(rectificationList).values({
    id: listId,
    districtId: town.districtId,
    placeId: town.id,
    placePath: town.path,
    name: '专题民主生活会检视问题整改清单',
    period: `${today.slice(0, 4)}年`,
    createdBy: by,
    createdAt: s.now,
    updatedAt: s.now,
  });
  const problems = PROBLEMS.map(([source, description, ownerUnit, ...measures], i) => {
    const closed = measures.every(([, m]) => m[1] === 'checked');
    return {
      row: {
        ...at,
        id: randomUUID(),
        seq: i + 1,
        source,
        description,
        ownerUnit,
        state: closed ? ('closed' as const) : ('open' as const),
        closedAt: closed ? s.now : null,
        closedBy: closed ? by : null,
      },
      measures,
      ownerUnit,
    };
  });
  await tx.insert(rectificationProblem).values(problems.map((p) => p.row));
  await tx.insert(rectificationMeasure).values(
    problems.flatMap((p) =>
      p.measures.map(([description, [horizon, state, deadline, done]], j) => ({
        ...at,
        problemId: p.row.id,
        seq: j + 1,
        description,
        owner: p.ownerUnit,
        horizon,
        state,
        deadline: deadline === null ? null : addDays(today, deadline),
        doneOn: done === null || state === 'open' ? null : addDays(today, done),
        doneBy: state === 'open' ? null : by,
        evidence: state === 'open' ? null : `${description}：已完成，照片与台账已归档`,
        checkedAt: state === 'checked' ? s.now : null,
        checkedBy: state === 'checked' ? by : null,
      })),
    ),
  );
}
