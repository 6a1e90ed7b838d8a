import { and, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DeadlineRule, DeadlineRuleInput } from '../../../shared/deadlines';
import type { Page } from '../../../shared/list';
import { category, deadlineRule } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, invalidField, notFound } from '../../platform/errors';
import type { Locale } from '../../platform/messages';

// The deadline rules (限时制): kind × category × urgency → response and handling limits. The ticket module
// reads the table for every new ticket (tickets/deadlines.ts `computeLimits`), so an edit applies to the next
// ticket filed; limits already set on open tickets stay as they were promised.

type RuleRow = typeof deadlineRule.$inferSelect;
type CategoryNames = Map<string, string>;

/** Category id → "上级 / 分类" in the caller's language. */
async function categoryNames(ctx: Ctx, locale: Locale): Promise<CategoryNames> {
  const rows = await ctx.tx.select().from(category);
  const own = new Map(rows.map((r) => [r.id, locale === 'en-US' ? r.nameEn : r.nameZh]));
  return new Map(
    rows.map((r) => [
      r.id,
      r.parentId ? `${own.get(r.parentId) ?? ''} / ${own.get(r.id)}` : (own.get(r.id) ?? ''),
    ]),
  );
}

function present(row: RuleRow, names: CategoryNames): DeadlineRule {
  return {
    id: row.id,
    kind: row.kind,
    categoryId: row.categoryId,
    categoryName: row.categoryId ? (names.get(row.categoryId) ?? null) : null,
    urgency: row.urgency,
    responseHours: row.responseHours,
    handleHours: row.handleHours,
    isCalendarTime: row.isCalendarTime,
    note: row.note,
    isDefault: !row.kind && !row.categoryId && !row.urgency,
  };
}

/** Most general first (the default rule on top), then by kind, category and urgency. One page: the table is small. */
export async function listRules(ctx: Ctx, locale: Locale): Promise<Page<DeadlineRule>> {
  const [rows, names] = await Promise.all([ctx.tx.select().from(deadlineRule), categoryNames(ctx, locale)]);
  const items = rows.map((r) => present(r, names));
  const weight = (r: DeadlineRule) => (r.kind ? 1 : 0) + (r.categoryId ? 4 : 0) + (r.urgency ? 2 : 0);
  items.sort(
    (a, b) =>
      weight(a) - weight(b) ||
      (a.kind ?? '').localeCompare(b.kind ?? '') ||
      (a.categoryName ?? '').localeCompare(b.categoryName ?? '', 'zh-CN') ||
      (a.urgency ?? '').localeCompare(b.urgency ?? ''),
  );
  return { items, nextCursor: null };
}

function sameKey(column: AnyPgColumn, value: string | null): SQL {
  return value === null ? isNull(column) : eq(column, value);
}

/**
 * The checks a rule must pass besides its schema. Throws validation_failed (body.categoryId unknown,
 * body.handleHours shorter than the response limit) and conflict (the same kind × category × urgency).
 */
async function checkRule(ctx: Ctx, id: string | null, input: DeadlineRuleInput) {
  if (input.handleHours < input.responseHours) {
    throw invalidField('body.handleHours', 'handle_before_response');
  }
  if (input.categoryId) {
    const [found] = await ctx.tx
      .select({ id: category.id })
      .from(category)
      .where(eq(category.id, input.categoryId));
    if (!found) {
      throw invalidField('body.categoryId', 'unknown_value', { value: input.categoryId });
    }
  }
  // Nulls are distinct in a unique index, so the key is checked here, serialised by a transaction lock.
  await ctx.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('lianxin.deadline_rule'))`);
  const [clash] = await ctx.tx
    .select({ id: deadlineRule.id })
    .from(deadlineRule)
    .where(
      and(
        sameKey(deadlineRule.kind, input.kind),
        sameKey(deadlineRule.categoryId, input.categoryId),
        sameKey(deadlineRule.urgency, input.urgency),
        id ? ne(deadlineRule.id, id) : undefined,
      ),
    );
  if (clash) {
    const message = 'rule_taken';
    throw new AppError('conflict', message, [
      { path: 'body.kind', message },
      { path: 'body.categoryId', message },
      { path: 'body.urgency', message },
    ]);
  }
}

async function presentOne(ctx: Ctx, row: RuleRow, locale: Locale) {
  return present(row, await categoryNames(ctx, locale));
}

/** Adds a rule. Throws validation_failed, conflict (see checkRule). */
export async function createRule(ctx: Ctx, input: DeadlineRuleInput, locale: Locale): Promise<DeadlineRule> {
  await checkRule(ctx, null, input);
  const [row] = await ctx.tx.insert(deadlineRule).values(input).returning();
  if (!row) {
    throw new Error('deadline_rule insert returned nothing');
  }
  await ctx.audit({
    action: 'deadline_rule.create',
    targetType: 'deadline_rule',
    targetId: row.id,
    after: input,
  });
  return presentOne(ctx, row, locale);
}

/** Changes a rule; tickets filed from now on get the new limits. Throws not_found, validation_failed, conflict. */
export async function updateRule(
  ctx: Ctx,
  id: string,
  input: DeadlineRuleInput,
  locale: Locale,
): Promise<DeadlineRule> {
  const [before] = await ctx.tx.select().from(deadlineRule).where(eq(deadlineRule.id, id));
  if (!before) {
    throw notFound();
  }
  await checkRule(ctx, id, input);
  const [row] = await ctx.tx.update(deadlineRule).set(input).where(eq(deadlineRule.id, id)).returning();
  if (!row) {
    throw notFound();
  }
  await ctx.audit({
    action: 'deadline_rule.update',
    targetType: 'deadline_rule',
    targetId: id,
    before,
    after: input,
  });
  return presentOne(ctx, row, locale);
}

/**
 * Deletes a rule; tickets it would have matched fall back to the next general rule (and, with no rule at all,
 * to 8 / 120 working hours). Throws not_found.
 */
export async function deleteRule(ctx: Ctx, id: string): Promise<void> {
  const [before] = await ctx.tx.delete(deadlineRule).where(eq(deadlineRule.id, id)).returning();
  if (!before) {
    throw notFound();
  }
  await ctx.audit({ action: 'deadline_rule.delete', targetType: 'deadline_rule', targetId: id, before });
}
