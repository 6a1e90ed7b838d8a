import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PlaceLevel, UnitKind } from '../../../shared/roles';
import type { RoutedUnit } from '../../../shared/routing';
import type { Tx } from '../../db/client';
import { category, place, routingRule, routingRuleUnit, unit } from '../../db/schema';

const parentCategory = alias(category, 'parent_category');

/** A rule with the names its readers show (both languages of its category). */
export type RuleRow = Awaited<ReturnType<typeof findRuleRows>>[number];
/** A rule's unit with the path of its place, which decides which tickets it may take. */
export type RuleUnit = RoutedUnit & { ruleId: string; placePath: string };

/** Rules matching `where`, in the catalogue's order: places top down, then category codes (parents first). */
export function findRuleRows(tx: Tx, where: SQL | undefined, limit?: number) {
  const query = tx
    .select({
      id: routingRule.id,
      districtId: routingRule.districtId,
      placeId: routingRule.placeId,
      placePath: routingRule.placePath,
      placeName: place.name,
      placeCode: place.code,
      placeLevel: sql<PlaceLevel>`${place.level}`,
      depth: sql<number>`nlevel(${routingRule.placePath})`,
      categoryId: routingRule.categoryId,
      categoryCode: category.code,
      categoryNameZh: category.nameZh,
      categoryNameEn: category.nameEn,
      parentNameZh: parentCategory.nameZh,
      parentNameEn: parentCategory.nameEn,
      updatedAt: routingRule.updatedAt,
    })
    .from(routingRule)
    .innerJoin(place, eq(place.id, routingRule.placeId))
    .innerJoin(category, eq(category.id, routingRule.categoryId))
    .leftJoin(parentCategory, eq(parentCategory.id, category.parentId))
    .where(where)
    .orderBy(sql`nlevel(${routingRule.placePath})`, asc(place.code), asc(category.code))
    .$dynamic();
  return limit === undefined ? query : query.limit(limit);
}

/** The units of these rules, each rule's in order (units the caller cannot see are left out). */
export async function findRuleUnits(tx: Tx, ruleIds: readonly string[]): Promise<Map<string, RuleUnit[]>> {
  const byRule = new Map<string, RuleUnit[]>();
  if (ruleIds.length === 0) {
    return byRule;
  }
  const unitPlace = alias(place, 'unit_place');
  const rows = await tx
    .select({
      ruleId: routingRuleUnit.ruleId,
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      placeName: unitPlace.name,
      placePath: unit.placePath,
    })
    .from(routingRuleUnit)
    .innerJoin(unit, eq(unit.id, routingRuleUnit.unitId))
    .innerJoin(unitPlace, eq(unitPlace.id, unit.placeId))
    .where(inArray(routingRuleUnit.ruleId, [...ruleIds]))
    .orderBy(asc(routingRuleUnit.ruleId), asc(routingRuleUnit.position));
  for (const r of rows) {
    byRule.set(r.ruleId, [...(byRule.get(r.ruleId) ?? []), { ...r, kind: r.kind as UnitKind }]);
  }
  return byRule;
}

/** Sets a rule's units, in order (position 0 is the main handler). */
export async function replaceRuleUnits(
  tx: Tx,
  rule: { districtId: string; id: string },
  unitIds: readonly string[],
): Promise<void> {
  await tx
    .delete(routingRuleUnit)
    .where(and(eq(routingRuleUnit.districtId, rule.districtId), eq(routingRuleUnit.ruleId, rule.id)));
  await tx
    .insert(routingRuleUnit)
    .values(
      unitIds.map((unitId, position) => ({ districtId: rule.districtId, ruleId: rule.id, position, unitId })),
    );
}

/** The unit ids of one rule, in order. */
export async function ruleUnitIds(tx: Tx, ruleId: string): Promise<string[]> {
  const rows = await tx
    .select({ unitId: routingRuleUnit.unitId })
    .from(routingRuleUnit)
    .where(eq(routingRuleUnit.ruleId, ruleId))
    .orderBy(asc(routingRuleUnit.position));
  return rows.map((r) => r.unitId);
}
