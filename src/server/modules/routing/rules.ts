import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { RoutingRule, RoutingRuleInput, ZRoutingRuleListQuery } from '../../../shared/routing';
import { category, place, routingRule, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { uniqueOrConflict } from '../../platform/db-errors';
import { AppError, invalidField, notFound } from '../../platform/errors';
import type { Locale } from '../../platform/messages';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isGranted } from '../../platform/permissions';
import { isWithin } from '../../platform/scope';
import { loadWritable, requirePlace } from '../places';
import { routingPermissions } from './permissions';
import { findRuleRows, findRuleUnits, type RuleRow, replaceRuleUnits, ruleUnitIds } from './repo';

type ListQuery = z.infer<typeof ZRoutingRuleListQuery> & PageQuery;

/**
 * The rules that concern the caller's area: those in its subtree and those above it (a street's rule decides a
 * community's dispatch; only the street changes it). Filters: a place (rules on it, above and below it), a
 * category (its own, the one above and those below), a unit. Throws not_found (place).
 */
export async function findRules(ctx: Ctx, query: ListQuery, locale: Locale) {
  const scope = scopeOf(ctx.actor);
  const target = query.placeId ? await requirePlace(ctx.tx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 3);
  const rows = await findRuleRows(
    ctx.tx,
    and(
      scope === '*' ? undefined : servingPath(scope),
      target ? servingPath(target.path) : undefined,
      query.categoryId
        ? inArray(routingRule.categoryId, await relatedCategories(ctx, query.categoryId))
        : undefined,
      query.unitId
        ? sql`EXISTS (SELECT 1 FROM routing_rule_unit ru WHERE ru.district_id = ${routingRule.districtId}
            AND ru.rule_id = ${routingRule.id} AND ru.unit_id = ${query.unitId})`
        : undefined,
      after
        ? sql`(nlevel(${routingRule.placePath}), ${place.code}, ${category.code}) > (${after[0]}, ${after[1]}, ${after[2]})`
        : undefined,
    ),
    query.limit + 1,
  );
  const page = toPage(rows, query.limit, (r) => [r.depth, r.placeCode, r.categoryCode]);
  return { items: await presentRules(ctx, page.items, locale), nextCursor: page.nextCursor };
}

/** One rule the caller may read. Throws not_found. */
export async function getRule(ctx: Ctx, id: string, locale: Locale): Promise<RoutingRule> {
  const [row] = await findRuleRows(ctx.tx, eq(routingRule.id, id));
  if (!row) {
    throw notFound('routing_rule_not_found');
  }
  const [rule] = await presentRules(ctx, [row], locale);
  return rule as RoutingRule;
}

/**
 * Adds a rule on a place of the caller's subtree. Throws not_found (place), validation_failed (category,
 * units), conflict (the place already has a rule for the category).
 */
export async function createRule(ctx: Ctx, input: RoutingRuleInput, locale: Locale) {
  const id = await insertRule(ctx, input);
  return getRule(ctx, id, locale);
}

/** Changes a rule of the caller's subtree (its place, category or units). Throws as createRule, and not_found. */
export async function updateRule(ctx: Ctx, id: string, input: RoutingRuleInput, locale: Locale) {
  const before = await ruleWritable(ctx, id);
  await writeRule(ctx, before, input);
  return getRule(ctx, id, locale);
}

/**
 * The rule for this category and place, created or its units replaced (the Excel import: a row per rule).
 * Throws as createRule.
 */
export async function saveRule(ctx: Ctx, input: RoutingRuleInput): Promise<void> {
  const [existing] = await ctx.tx
    .select()
    .from(routingRule)
    .where(and(eq(routingRule.placeId, input.placeId), eq(routingRule.categoryId, input.categoryId)));
  if (existing) {
    await writeRule(ctx, existing, input);
  } else {
    await insertRule(ctx, input);
  }
}

/** Deletes a rule of the caller's subtree. Throws not_found. */
export async function deleteRule(ctx: Ctx, id: string): Promise<void> {
  const before = await ruleWritable(ctx, id);
  const unitIds = await ruleUnitIds(ctx.tx, id);
  await ctx.tx
    .delete(routingRule)
    .where(and(eq(routingRule.districtId, before.districtId), eq(routingRule.id, id)));
  await ctx.audit({
    action: 'routing_rule.delete',
    targetType: 'routing_rule',
    targetId: id,
    districtId: before.districtId,
    before: { placeId: before.placeId, categoryId: before.categoryId, unitIds },
  });
}

type StoredRule = typeof routingRule.$inferSelect;

async function insertRule(ctx: Ctx, input: RoutingRuleInput): Promise<string> {
  const home = await checkedInput(ctx, input);
  const districtId = home.districtId ?? home.id;
  const [created] = await uniqueOrConflict(
    () =>
      ctx.tx
        .insert(routingRule)
        .values({
          districtId,
          placeId: home.id,
          placePath: home.path,
          categoryId: input.categoryId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: routingRule.id }),
    'body.categoryId',
    'routing_rule_exists',
  );
  const id = created?.id ?? '';
  await replaceRuleUnits(ctx.tx, { districtId, id }, input.unitIds);
  await ctx.audit({
    action: 'routing_rule.create',
    targetType: 'routing_rule',
    targetId: id,
    districtId,
    after: input,
  });
  return id;
}

async function writeRule(ctx: Ctx, before: StoredRule, input: RoutingRuleInput): Promise<void> {
  const home = await checkedInput(ctx, input);
  if ((home.districtId ?? home.id) !== before.districtId) {
    // The district is part of the rule's key: a rule does not move to another district, it is made there.
    throw invalidField('body.placeId', 'routing_other_district');
  }
  const unitIds = await ruleUnitIds(ctx.tx, before.id);
  await uniqueOrConflict(
    () =>
      ctx.tx
        .update(routingRule)
        .set({ placeId: home.id, placePath: home.path, categoryId: input.categoryId, updatedAt: ctx.now })
        .where(and(eq(routingRule.districtId, before.districtId), eq(routingRule.id, before.id))),
    'body.categoryId',
    'routing_rule_exists',
  );
  await replaceRuleUnits(ctx.tx, before, input.unitIds);
  await ctx.audit({
    action: 'routing_rule.update',
    targetType: 'routing_rule',
    targetId: before.id,
    districtId: before.districtId,
    before: { placeId: before.placeId, categoryId: before.categoryId, unitIds },
    after: input,
  });
}

/** The rule's place (writable by the caller), once the category and the units are known to fit it. */
async function checkedInput(ctx: Ctx, input: RoutingRuleInput) {
  const home = await loadWritable(ctx, input.placeId);
  const [known] = await ctx.tx
    .select({ id: category.id })
    .from(category)
    .where(eq(category.id, input.categoryId));
  if (!known) {
    throw invalidField('body.categoryId', 'unknown_value', { value: input.categoryId });
  }
  const serving = await ctx.tx
    .select({ id: unit.id })
    .from(unit)
    .where(and(inArray(unit.id, input.unitIds), servingPath(home.path, unit.placePath)));
  const found = new Set(serving.map((u) => u.id));
  const fields = input.unitIds.flatMap((id, i) => {
    if (input.unitIds.indexOf(id) !== i) {
      return [{ path: `body.unitIds.${i}`, message: 'routing_unit_twice' }];
    }
    return found.has(id) ? [] : [{ path: `body.unitIds.${i}`, message: 'routing_unit_not_serving' }];
  });
  if (fields.length > 0) {
    throw new AppError('validation_failed', 'validation_failed', fields);
  }
  return home;
}

/** A rule of the caller's own subtree (one above it is read-only to them). Throws not_found. */
async function ruleWritable(ctx: Ctx, id: string): Promise<StoredRule> {
  const [row] = await ctx.tx.select().from(routingRule).where(eq(routingRule.id, id));
  if (!row || !isWithin(row.placePath, scopeOf(ctx.actor))) {
    throw notFound('routing_rule_not_found');
  }
  return row;
}

/** `column` on `path`, above it or below it: what serves a place (units) or concerns it (rules). */
function servingPath(path: string, column: PgColumn = routingRule.placePath) {
  return or(sql`${column} <@ ${path}::ltree`, sql`${column} @> ${path}::ltree`);
}

/** A category, the one above it and those below it: the rules that decide its tickets or its subcategories'. */
async function relatedCategories(ctx: Ctx, id: string): Promise<string[]> {
  const rows = await ctx.tx
    .select({ id: category.id, parentId: category.parentId })
    .from(category)
    .where(or(eq(category.id, id), eq(category.parentId, id)));
  const own = rows.find((r) => r.id === id);
  return [...rows.map((r) => r.id), ...(own?.parentId ? [own.parentId] : [])];
}

async function presentRules(ctx: Ctx, rows: readonly RuleRow[], locale: Locale): Promise<RoutingRule[]> {
  const units = await findRuleUnits(
    ctx.tx,
    rows.map((r) => r.id),
  );
  const scope = scopeOf(ctx.actor);
  const mayWrite = isGranted(routingPermissions, ctx.actor.roles, 'routing.write');
  const en = locale === 'en-US';
  return rows.map((r) => ({
    id: r.id,
    placeId: r.placeId,
    placeName: r.placeName,
    placeLevel: r.placeLevel,
    categoryId: r.categoryId,
    categoryName: en ? r.categoryNameEn : r.categoryNameZh,
    parentCategoryName: (en ? r.parentNameEn : r.parentNameZh) ?? null,
    units: (units.get(r.id) ?? []).map(({ id, name, kind, placeName }) => ({ id, name, kind, placeName })),
    updatedAt: r.updatedAt.toISOString(),
    allowedActions: mayWrite && isWithin(r.placePath, scope) ? ['update', 'delete'] : [],
  }));
}
