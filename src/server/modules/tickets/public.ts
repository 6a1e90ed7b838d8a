import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import { allowedActions, WISH_WALL_STATES } from '../../../shared/ticket-workflow';
import type { PublicWish, ZPublicWishQuery } from '../../../shared/tickets';
import { wallNameOf, wallPlaceOf } from '../../../shared/wish-wall';
import { place, ticket, ticketFollower } from '../../db/schema';
import type { Actor, Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { idOfLabel, labelOf } from '../../platform/scope';
import { pathOfPlace } from '../places';
import { follow } from './notify';
import { relationsOf } from './relations';
import { getTicketRow } from './repo';

type PublicWishQuery = z.infer<typeof ZPublicWishQuery>;

/**
 * The wish wall (心愿墙): wishes their residents agreed to show, waiting to be claimed or in hand, newest first,
 * all of them or those in one area. It runs as the public (`ctx` is a public transaction: row-level security
 * lets that role see exactly the wall, migration 0014) and shows what shared/wish-wall.ts says the wall shows —
 * the name masked, the community instead of the place. A signed-in `viewer` also learns, per wish, the moves
 * the workflow gives them (a volunteer's claim); the move itself is checked again under their own role.
 * Throws not_found (place).
 */
export async function findPublicWishes(
  ctx: Ctx,
  query: PageQuery & PublicWishQuery,
  viewer: Actor = ctx.actor,
): Promise<{ items: PublicWish[]; nextCursor: string | null }> {
  const underPath = await pathOfPlace(ctx.tx, query.placeId);
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select(WALL_COLUMNS)
    .from(ticket)
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
  const places = await wallPlaceNames(
    ctx,
    page.items.map((r) => r.placePath),
  );
  return {
    items: page.items.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      description: r.description,
      placeName: places.get(wallPlaceLabel(r.placePath)) ?? '',
      submitterName: wallNameOf(r.submitterName, r.isAnonymous),
      state: r.state,
      createdAt: r.createdAt.toISOString(),
      allowedActions: allowedActions(r, relationsOf(viewer, r)),
    })),
    nextCursor: page.nextCursor,
  };
}

/** What a wall entry is made of: what the card shows, and the facts the workflow decides the viewer's moves by. */
const WALL_COLUMNS = {
  id: ticket.id,
  number: ticket.number,
  title: ticket.title,
  description: ticket.description,
  kind: ticket.kind,
  state: ticket.state,
  createdAt: ticket.createdAt,
  submitterName: ticket.submitterName,
  isAnonymous: ticket.isAnonymous,
  placePath: ticket.placePath,
  ownerPath: ticket.ownerPath,
  unitId: ticket.unitId,
  claimantId: ticket.claimantId,
  claimantIds: ticket.claimantIds,
  claimsNeeded: ticket.claimsNeeded,
  acceptUnitId: ticket.acceptUnitId,
  autoDispatchUnitId: ticket.autoDispatchUnitId,
  submitterId: ticket.submitterId,
  reopenCount: ticket.reopenCount,
  extensionRequestedBy: ticket.extensionRequestedBy,
  extensionRequestedAt: ticket.extensionRequestedAt,
};

/** The label of the node the wall names for a place path (its community). */
function wallPlaceLabel(path: string): string {
  return wallPlaceOf(path.split('.')) ?? '';
}

/** The names of the communities a page of wishes is in, by path label, in one look-up by primary key. */
async function wallPlaceNames(ctx: Ctx, paths: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(paths.map(wallPlaceLabel).filter(Boolean))].map(idOfLabel);
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await ctx.tx
    .select({ id: place.id, name: place.name })
    .from(place)
    .where(inArray(place.id, ids));
  return new Map(rows.map((r) => [labelOf(r.id), r.name]));
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
