import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { TEXT_LIMITS } from '../../../shared/limits';
import { ZTicketKind } from '../../../shared/tickets';
import { category } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { uniqueOrConflict } from '../../platform/db-errors';
import { invalidField, notFound } from '../../platform/errors';
import type { Locale } from '../../platform/messages';

export const ZCategoryInput = z.object({
  parentId: z.uuid().nullable().describe('null for a top-level category'),
  code: z
    .string()
    .trim()
    .min(1)
    .max(TEXT_LIMITS.categoryCode.max)
    .regex(/^[a-z0-9_.-]+$/, 'format_category_code'),
  nameZh: z.string().trim().min(1).max(TEXT_LIMITS.categoryNameZh.max),
  nameEn: z.string().trim().min(1).max(TEXT_LIMITS.categoryNameEn.max),
  kinds: z.array(ZTicketKind).max(5).default([]),
  sort: z.number().int().min(0).max(1000).default(0),
  isActive: z.boolean().default(true),
});

type Row = typeof category.$inferSelect;

function present(row: Row, locale: Locale) {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    name: locale === 'en-US' ? row.nameEn : row.nameZh,
    kinds: row.kinds as z.infer<typeof ZTicketKind>[],
    sort: row.sort,
    isActive: row.isActive,
  };
}

/** The whole taxonomy, parents before children, in the caller's language. */
export async function listCategories(ctx: Ctx, locale: Locale) {
  const rows = await ctx.tx.select().from(category).orderBy(asc(category.sort), asc(category.code));
  const parents = rows.filter((r) => !r.parentId);
  const ordered = parents.flatMap((p) => [p, ...rows.filter((r) => r.parentId === p.id)]);
  return { items: ordered.map((r) => present(r, locale)), nextCursor: null };
}

/** Adds a category (two levels at most). Throws validation_failed, conflict. */
export async function saveCategory(
  ctx: Ctx,
  id: string | null,
  input: z.infer<typeof ZCategoryInput>,
  locale: Locale,
) {
  if (input.parentId) {
    const [parent] = await ctx.tx.select().from(category).where(eq(category.id, input.parentId));
    if (!parent || parent.parentId) {
      throw invalidField('body.parentId', 'unknown_value', { value: input.parentId });
    }
  }
  const write = id
    ? () => ctx.tx.update(category).set(input).where(eq(category.id, id)).returning()
    : () => ctx.tx.insert(category).values(input).returning();
  const [row] = await uniqueOrConflict(write, 'body.code', 'code_taken', { code: input.code });
  if (!row) {
    throw notFound();
  }
  await ctx.audit({
    action: id ? 'category.update' : 'category.create',
    targetType: 'category',
    targetId: row.id,
    after: input,
  });
  return present(row, locale);
}
