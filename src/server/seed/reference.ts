import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { category, deadlineRule, workCalendar } from '../db/schema';
import { OFFICIAL_CALENDAR } from './work-calendar';

/** The default taxonomy, two levels; admins edit it. `kinds` empty = offered for every kind. */
export const DEFAULT_CATEGORIES: {
  code: string;
  zh: string;
  en: string;
  kinds?: string[];
  children: [string, string, string][];
}[] = [
  {
    code: 'city',
    zh: '市容环境',
    en: 'City appearance',
    children: [
      ['city.garbage', '垃圾清运', 'Rubbish collection'],
      ['city.building', '违章搭建', 'Illegal construction'],
      ['city.stall', '占道经营', 'Street stalls'],
      ['city.green', '绿化养护', 'Greenery'],
    ],
  },
  {
    code: 'property',
    zh: '物业管理',
    en: 'Property management',
    children: [
      ['property.service', '物业服务', 'Property service'],
      ['property.lift', '电梯故障', 'Lift breakdown'],
      ['property.parking', '小区停车', 'Parking in the compound'],
      ['property.repair', '公共维修', 'Shared repairs'],
    ],
  },
  {
    code: 'traffic',
    zh: '道路交通',
    en: 'Roads and traffic',
    children: [
      ['traffic.road', '道路破损', 'Damaged roads'],
      ['traffic.signal', '交通信号', 'Traffic signals'],
      ['traffic.parking', '停车难', 'Parking shortage'],
      ['traffic.bus', '公交出行', 'Buses'],
    ],
  },
  {
    code: 'facility',
    zh: '公共设施',
    en: 'Public facilities',
    children: [
      ['facility.light', '路灯照明', 'Street lights'],
      ['facility.utilities', '水电气暖', 'Water, power, gas, heating'],
      ['facility.fitness', '健身器材', 'Fitness equipment'],
      ['facility.access', '无障碍设施', 'Accessibility'],
    ],
  },
  {
    code: 'security',
    zh: '社会保障',
    en: 'Social security',
    children: [
      ['security.assistance', '低保救助', 'Subsistence assistance'],
      ['security.jobs', '就业创业', 'Jobs'],
      ['security.insurance', '医保社保', 'Insurance'],
    ],
  },
  {
    code: 'health',
    zh: '医疗卫生',
    en: 'Health',
    children: [
      ['health.clinic', '社区医疗', 'Community clinics'],
      ['health.vaccine', '疫苗接种', 'Vaccination'],
      ['health.public', '公共卫生', 'Public health'],
    ],
  },
  {
    code: 'education',
    zh: '教育',
    en: 'Education',
    children: [
      ['education.enrol', '入学入托', 'School places'],
      ['education.safety', '校园周边', 'Around schools'],
    ],
  },
  {
    code: 'elderly',
    zh: '养老服务',
    en: 'Elderly care',
    children: [
      ['elderly.home', '居家养老', 'Care at home'],
      ['elderly.meals', '老年助餐', 'Meals for the elderly'],
      ['elderly.adapt', '适老化改造', 'Home adaptation'],
    ],
  },
  {
    code: 'safety',
    zh: '治安消防',
    en: 'Safety and fire',
    children: [
      ['safety.fire', '消防隐患', 'Fire hazards'],
      ['safety.patrol', '治安防范', 'Public order'],
      ['safety.ebike', '电动车充电', 'E-bike charging'],
    ],
  },
  {
    code: 'dispute',
    zh: '矛盾纠纷',
    en: 'Disputes',
    children: [
      ['dispute.neighbour', '邻里纠纷', 'Neighbours'],
      ['dispute.property', '物业纠纷', 'Property disputes'],
      ['dispute.wages', '劳资纠纷', 'Unpaid wages'],
    ],
  },
  {
    code: 'policy',
    zh: '政策咨询',
    en: 'Policy questions',
    children: [
      ['policy.benefits', '惠民政策', 'Benefits'],
      ['policy.papers', '证件办理', 'Papers and certificates'],
      ['policy.fraud', '反诈宣传', 'Fraud prevention'],
    ],
  },
  {
    code: 'wish',
    zh: '微心愿',
    en: 'Micro-wishes',
    kinds: ['wish'],
    children: [
      ['wish.goods', '生活物资', 'Daily necessities'],
      ['wish.study', '学习用品', 'School supplies'],
      ['wish.company', '陪伴关爱', 'Company and care'],
    ],
  },
  {
    code: 'service',
    zh: '志愿服务',
    en: 'Volunteer services',
    kinds: ['service'],
    children: [
      ['service.errand', '代购代办', 'Errands'],
      ['service.repair', '家电维修', 'Appliance repair'],
      ['service.haircut', '理发义诊', 'Haircuts and health checks'],
    ],
  },
];

/**
 * Reference data every installation needs, inserted when the tables are empty: the taxonomy, the default
 * deadline rules (after Beijing's 接诉即办: dispatch within 1 h for emergencies, 2 h for water, power, gas
 * and heating, a working day otherwise; complex matters within 15 working days) and the official calendar.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  const [cats] = await db.select({ n: count() }).from(category);
  if ((cats?.n ?? 0) === 0) {
    await db.transaction(async (tx) => {
      for (const [i, top] of DEFAULT_CATEGORIES.entries()) {
        const [parent] = await tx
          .insert(category)
          .values({ code: top.code, nameZh: top.zh, nameEn: top.en, kinds: top.kinds ?? [], sort: i })
          .returning({ id: category.id });
        await tx.insert(category).values(
          top.children.map(([code, zh, en], j) => ({
            parentId: parent?.id,
            code,
            nameZh: zh,
            nameEn: en,
            kinds: top.kinds ?? [],
            sort: j,
          })),
        );
      }
      const [utilities] = await tx.select().from(category).where(eq(category.code, 'facility.utilities'));
      await tx.insert(deadlineRule).values([
        { responseHours: 8, handleHours: 120, note: '默认：1 个工作日内响应，15 个工作日内办结' },
        {
          urgency: 'emergency',
          responseHours: 1,
          handleHours: 24,
          isCalendarTime: true,
          note: '紧急：1 小时内派单',
        },
        { urgency: 'urgent', responseHours: 2, handleHours: 24, note: '加急：2 个工作小时内响应' },
        {
          categoryId: utilities?.id,
          responseHours: 2,
          handleHours: 24,
          note: '水电气暖：2 个工作小时内派单',
        },
        { kind: 'consultation', responseHours: 8, handleHours: 40, note: '咨询：5 个工作日内答复' },
        { kind: 'wish', responseHours: 8, handleHours: 80, note: '微心愿：10 个工作日内认领办结' },
      ]);
    });
  }
  const [days] = await db.select({ n: count() }).from(workCalendar);
  if ((days?.n ?? 0) === 0) {
    await db.insert(workCalendar).values(OFFICIAL_CALENDAR);
  }
}
