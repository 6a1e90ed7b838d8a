import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StatusCounts } from '../../../shared/bulletin-figures';
import type { ZBulletinListQuery } from '../../../shared/bulletins';
import type { PageQuery } from '../../../shared/list';
import { bulletin } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { loadWritable } from '../places';
import { presentBulletin, presentListItem } from './presenter';

/** The caller's subtree as a filter that row-level security repeats. */
function inScope(ctx: Ctx) {
  const scope = scopeOf(ctx.actor);
  return scope === '*' ? undefined : sql`${bulletin.placePath} <@ ${scope}::ltree`;
}

const { figures: _figures, ...listColumns } = getTableColumns(bulletin);

/**
 * The bulletins of the caller's area (of one place's subtree when asked), the latest period first. Throws
 * not_found (place_not_found).
 */
export async function findBulletins(ctx: Ctx, query: z.infer<typeof ZBulletinListQuery> & PageQuery) {
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({ ...listColumns, counts: sql<StatusCounts>`${bulletin.figures} -> 'counts'` })
    .from(bulletin)
    .where(
      and(
        inScope(ctx),
        under ? sql`${bulletin.placePath} <@ ${under.path}::ltree` : undefined,
        query.period ? eq(bulletin.period, query.period) : undefined,
        after ? sql`(${bulletin.asOf}, ${bulletin.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(bulletin.asOf), desc(bulletin.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.asOf, r.id]);
  return { items: page.items.map(presentListItem), nextCursor: page.nextCursor };
}

/** One bulletin of the caller's area with all its figures. Throws not_found (bulletin_not_found). */
export async function getBulletin(ctx: Ctx, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(bulletin)
    .where(and(eq(bulletin.id, id), inScope(ctx)));
  if (!row) {
    throw notFound('bulletin_not_found');
  }
  return presentBulletin(row);
}
