import { inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { category, routingRule, routingRuleUnit } from '../db/schema';

/**
 * The demo region's routing catalogue (派单目录): what 湖塘镇 and 胜利路街道 decided goes where, after the
 * articles' 办实事 (城管 for 市容 and 路灯, 红色物业 for the compounds, the community's own property company and
 * party branch where it has one). `place` is a path of names from the district down; units are named as the
 * demo region names them. Small on purpose: most tickets still fall back to a street's rule or to none.
 */
export const DEMO_ROUTING: { place: string[]; category: string; units: string[] }[] = [
  { place: ['武进区'], category: 'health', units: ['武进区卫生健康委员会'] },
  { place: ['武进区', '湖塘镇'], category: 'city', units: ['湖塘镇综合行政执法队', '武进区城市管理局'] },
  {
    place: ['武进区', '湖塘镇'],
    category: 'facility.light',
    units: ['湖塘镇综合行政执法队', '武进区城市管理局'],
  },
  { place: ['武进区', '湖塘镇'], category: 'traffic', units: ['武进区交通运输局'] },
  { place: ['武进区', '湖塘镇'], category: 'property', units: ['湖塘镇红色物业服务中心'] },
  { place: ['武进区', '湖塘镇'], category: 'safety.ebike', units: ['湖塘镇综合行政执法队'] },
  {
    place: ['武进区', '湖塘镇', '府东社区'],
    category: 'property',
    units: ['府东物业服务有限公司', '湖塘镇红色物业服务中心'],
  },
  {
    place: ['武进区', '湖塘镇', '府东社区'],
    category: 'city.garbage',
    units: ['府东物业服务有限公司', '湖塘镇综合行政执法队'],
  },
  { place: ['武进区', '湖塘镇', '府东社区'], category: 'elderly', units: ['府东社区党支部', '武进区民政局'] },
  { place: ['华龙区', '胜利路街道'], category: 'city', units: ['胜利路街道综合行政执法队'] },
  { place: ['华龙区', '胜利路街道', '惠民社区'], category: 'property', units: ['惠民物业服务有限公司'] },
];

type PlaceRef = { id: string; path: string; districtId: string };

/** Writes the demo catalogue in the demo seed's transaction (trusted code). Throws on a name it cannot find. */
export async function seedDemoRouting(
  tx: Tx,
  placeByNames: ReadonlyMap<string, PlaceRef>,
  unitByName: ReadonlyMap<string, string>,
  now: Date,
): Promise<void> {
  const codes = [...new Set(DEMO_ROUTING.map((r) => r.category))];
  const categories = await tx
    .select({ id: category.id, code: category.code })
    .from(category)
    .where(inArray(category.code, codes));
  const categoryByCode = new Map(categories.map((c) => [c.code, c.id]));
  for (const spec of DEMO_ROUTING) {
    const home = placeByNames.get(spec.place.join('/'));
    const categoryId = categoryByCode.get(spec.category);
    const unitIds = spec.units.map((name) => unitByName.get(name));
    if (!home || !categoryId || unitIds.some((id) => !id)) {
      throw new Error(`demo routing rule ${spec.place.join('/')} × ${spec.category}: a name is unknown`);
    }
    const [rule] = await tx
      .insert(routingRule)
      .values({
        districtId: home.districtId,
        placeId: home.id,
        placePath: home.path,
        categoryId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: routingRule.id });
    await tx.insert(routingRuleUnit).values(
      unitIds.map((unitId, position) => ({
        districtId: home.districtId,
        ruleId: rule?.id ?? '',
        position,
        unitId: unitId ?? '',
      })),
    );
  }
}
