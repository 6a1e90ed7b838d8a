import { asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { MAX_RULE_UNITS } from '../../../shared/routing';
import { category, routingRule, routingRuleUnit, unit } from '../../db/schema';
import { saveRule } from '../routing';
import type { Column, SheetRow } from './columns';
import { within } from './refs';
import {
  categoryCell,
  categoryLookup,
  type Lookup,
  placeLookup,
  placeNames,
  unitLookup,
} from './routing-refs';
import { listOf, type RowErrors, textOf } from './rows';
import { type ExchangeSpec, fieldColumns, type ImportStep } from './spec';

const COLUMNS: readonly Column[] = [
  {
    code: 'category',
    header: '类别',
    isRequired: true,
    note: '诉求分类：名称（如“垃圾清运”）、“大类/小类”（如“市容环境/垃圾清运”）或分类编码；大类的规则覆盖其下各小类',
    width: 24,
  },
  {
    code: 'place',
    header: '地点',
    isRequired: true,
    note:
      '您管辖范围内的节点：名称（唯一时）、从上到下的名称（如“湖塘镇/府东社区”）或节点编码；街道的规则覆盖其下各社区，' +
      '除非社区有自己的规则',
    width: 32,
  },
  {
    code: 'responsibleUnits',
    header: '责任单位',
    isRequired: true,
    isList: true,
    note: `单位名称或编码，多个用“、”或“,”分隔（至多 ${MAX_RULE_UNITS} 个），第一个为主办单位；单位须挂靠在该地点、其上级或下级`,
    width: 48,
  },
];

const parentCategory = alias(category, 'parent_category');

/**
 * The routing catalogue (派单目录): one row per rule. A row for a category and place that already have a rule
 * replaces its units; rules missing from the file stay as they are.
 */
export const routingSpec: ExchangeSpec = {
  kind: 'routing',
  title: '派单目录',
  columns: COLUMNS,
  read: 'routing.read',
  write: 'routing.write',
  columnOf: fieldColumns({
    'body.categoryId': 'category',
    'body.placeId': 'place',
    'body.unitIds': 'responsibleUnits',
  }),
  fallbackColumn: 'place',

  async exportRows(ctx, under) {
    // Only the rules of the caller's subtree: those above it decide for them but are not theirs to re-import.
    const rules = await ctx.tx
      .select({
        id: routingRule.id,
        placePath: routingRule.placePath,
        name: category.nameZh,
        parentName: parentCategory.nameZh,
      })
      .from(routingRule)
      .innerJoin(category, eq(category.id, routingRule.categoryId))
      .leftJoin(parentCategory, eq(parentCategory.id, category.parentId))
      .where(within(routingRule.placePath, under))
      .orderBy(sql`nlevel(${routingRule.placePath})`, asc(routingRule.placePath), asc(category.code));
    const names = await placeNames(
      ctx,
      rules.map((r) => r.placePath),
    );
    const units =
      rules.length === 0
        ? []
        : await ctx.tx
            .select({ ruleId: routingRuleUnit.ruleId, name: unit.name })
            .from(routingRuleUnit)
            .innerJoin(unit, eq(unit.id, routingRuleUnit.unitId))
            .where(
              inArray(
                routingRuleUnit.ruleId,
                rules.map((r) => r.id),
              ),
            )
            .orderBy(asc(routingRuleUnit.position));
    return rules.map((r) => ({
      category: categoryCell(r.name, r.parentName),
      place: (names.get(r.placePath) ?? []).join('/'),
      responsibleUnits: units
        .filter((u) => u.ruleId === r.id)
        .map((u) => u.name)
        .join('、'),
    }));
  },

  async plan(ctx, _services, rows, errors) {
    const categoryOf = await categoryLookup(ctx);
    const placeOf = await placeLookup(
      ctx,
      rows.flatMap((r) => textOf(r, 'place') ?? []),
    );
    const unitOf = await unitLookup(
      ctx,
      rows.flatMap((r) => listOf(r, 'responsibleUnits')),
    );
    const seen = new Map<string, number>();
    return rows.flatMap((r): ImportStep[] => {
      const categoryId = found(r, 'category', categoryOf(textOf(r, 'category') ?? ''), errors);
      const home = found(r, 'place', placeOf(textOf(r, 'place') ?? ''), errors);
      const names = listOf(r, 'responsibleUnits');
      if (names.length > MAX_RULE_UNITS) {
        errors.add(r.row, 'responsibleUnits', 'import_too_many_values', { max: MAX_RULE_UNITS });
      }
      const unitIds = home?.path
        ? names.map((name) => found(r, 'responsibleUnits', unitOf(name, home.path ?? ''), errors, name)?.id)
        : [];
      if (!categoryId || !home || unitIds.length === 0 || unitIds.some((id) => !id)) {
        return [];
      }
      const key = `${home.id}:${categoryId.id}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.add(r.row, 'place', 'duplicate_in_file', { row: earlier });
        return [];
      }
      seen.set(key, r.row);
      const input = { categoryId: categoryId.id, placeId: home.id, unitIds: unitIds as string[] };
      return [{ row: r.row, run: (ctx) => saveRule(ctx, input) }];
    });
  },
};

/** The id a cell came to, or an error on its column. */
function found(r: SheetRow, column: string, lookup: Lookup, errors: RowErrors, name?: string) {
  const text = name ?? textOf(r, column) ?? '';
  if (lookup === 'not_found') {
    errors.add(
      r.row,
      column,
      column === 'responsibleUnits' ? 'import_unit_not_serving' : 'import_name_not_found',
      {
        name: text,
      },
    );
    return undefined;
  }
  if (lookup === 'ambiguous') {
    errors.add(r.row, column, 'import_name_ambiguous', { name: text });
    return undefined;
  }
  return lookup;
}
