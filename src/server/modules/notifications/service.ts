import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { PageQuery } from '../../../shared/list';
import { notification } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { Locale } from '../../platform/messages';
import { decodeCursor, toPage } from '../../platform/pagination';
import { renderInbox } from './subjects';

/**
 * The caller's own inbox, newest first, in the caller's language where the entry's template speaks it. Row-level
 * security limits it to the caller's rows as well.
 */
export async function findNotifications(
  ctx: Ctx,
  query: PageQuery & { unread?: 'true' | 'false' | undefined },
  locale: Locale,
) {
  const me = ctx.actor.accountId ?? '';
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select()
    .from(notification)
    .where(
      and(
        eq(notification.accountId, me),
        query.unread === 'true' ? isNull(notification.readAt) : undefined,
        after
          ? sql`(${notification.createdAt}, ${notification.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return {
    items: page.items.map((r) => ({
      id: r.id,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      ticketId: r.ticketId,
      ...(renderInbox(r, locale) ?? { title: r.title, body: r.body }),
      isRead: r.readAt !== null,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

export async function countUnread(ctx: Ctx): Promise<number> {
  const [row] = await ctx.tx
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.accountId, ctx.actor.accountId ?? ''), isNull(notification.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one of the caller's notifications read. Throws not_found for anyone else's. */
export async function markRead(ctx: Ctx, id: string) {
  const updated = await ctx.tx
    .update(notification)
    .set({ readAt: ctx.now })
    .where(and(eq(notification.id, id), eq(notification.accountId, ctx.actor.accountId ?? '')))
    .returning({ id: notification.id });
  if (updated.length === 0) {
    throw notFound();
  }
}

export async function markAllRead(ctx: Ctx): Promise<number> {
  const updated = await ctx.tx
    .update(notification)
    .set({ readAt: ctx.now })
    .where(and(eq(notification.accountId, ctx.actor.accountId ?? ''), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return updated.length;
}
