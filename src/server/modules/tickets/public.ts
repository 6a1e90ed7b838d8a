import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PageQuery } from '../../../shared/list';
import { WISH_WALL_STATES } from '../../../shared/ticket-workflow';
import { place, ticket, ticketFollower } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { follow } from './notify';
import { getTicketRow } from './repo';

/**
 * The public wish wall (no sign-in): wishes their residents agreed to show, waiting to be claimed or just
 * claimed, with nothing that identifies the resident. Row-level security lets the public role see only these.
 */
export async function findPublicWishes(ctx: Ctx, query: PageQuery & { placeId?: string | undefined }) {
  let underPath: string | undefined;
  if (query.placeId) {
    const [p] = await ctx.tx.select({ path: place.path }).from(place).where(eq(place.id, query.placeId));
    if (!p) {
      throw notFound('place_not_found');
    }
    underPath = p.path;
  }
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({
      id: ticket.id,
      number: ticket.number,
      title: ticket.title,
      description: ticket.description,
      placeName: place.name,
      state: ticket.state,
      createdAt: ticket.createdAt,
    })
    .from(ticket)
    .innerJoin(place, eq(place.id, ticket.placeId))
    .where(
      and(
        eq(ticket.kind, 'wish'),
        eq(ticket.isPublic, true),
        inArray(ticket.state, [...WISH_WALL_STATES]),
        underPath ? sql`${ticket.placePath} <@ ${underPath}::ltree` : undefined,
        after
          ? sql`(${ticket.createdAt}, ${ticket.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(ticket.createdAt), desc(ticket.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return {
    items: page.items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
  };
}

/** 关注: the caller is told of every move from now on. Throws not_found when they may not see the ticket. */
export async function followTicket(ctx: Ctx, id: string) {
  const row = await getTicketRow(ctx.tx, id);
  if (!row || !ctx.actor.accountId) {
    throw notFound('ticket_not_found');
  }
  await follow(ctx, row, ctx.actor.accountId, 'follow');
}

/** Stops following. Throws not_found when the caller may not see the ticket. */
export async function unfollowTicket(ctx: Ctx, id: string) {
  const row = await getTicketRow(ctx.tx, id);
  if (!row || !ctx.actor.accountId) {
    throw notFound('ticket_not_found');
  }
  await ctx.tx
    .delete(ticketFollower)
    .where(
      and(
        eq(ticketFollower.districtId, row.districtId),
        eq(ticketFollower.ticketId, row.id),
        eq(ticketFollower.accountId, ctx.actor.accountId),
      ),
    );
}
