import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { OPEN_STATES, TICKET_WORKFLOW } from '../../../shared/ticket-workflow';
import type { SimilarTicket } from '../../../shared/tickets';
import { targetOf } from '../../../shared/workflow';
import { place, ticket } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { initialOwnerPath } from './relations';
import { getTicketRow } from './repo';

/** Below this the texts share too little to be worth a look (tuned on the demo data's near-duplicates). */
export const SIMILARITY_THRESHOLD = 0.2;
const SAME_PLACE_BONUS = 0.1;

/**
 * Open (or just resolved) tickets in the same community whose Chinese text is close to `text`: the duplicate
 * hint at intake and on a ticket's page. pg_trgm handles CJK identically on PGlite and PostgreSQL. Rows the
 * caller may not see are filtered by row-level security as well.
 */
export async function findSimilar(
  ctx: Ctx,
  where: { placeId: string; placePath: string },
  text: string,
  excludeId?: string,
): Promise<SimilarTicket[]> {
  const community = initialOwnerPath(where.placePath);
  const score = sql<number>`(similarity(${ticket.title} || ' ' || ${ticket.description}, ${text}::text)
    + CASE WHEN ${ticket.placeId} = ${where.placeId}::uuid THEN ${SAME_PLACE_BONUS}::float8 ELSE 0 END)`;
  const rows = await ctx.tx
    .select({
      id: ticket.id,
      number: ticket.number,
      title: ticket.title,
      state: ticket.state,
      placeName: place.name,
      createdAt: ticket.createdAt,
      score,
    })
    .from(ticket)
    .innerJoin(place, eq(place.id, ticket.placeId))
    .where(
      and(
        sql`${ticket.placePath} <@ ${community}::ltree`,
        inArray(ticket.state, [...OPEN_STATES, targetOf(TICKET_WORKFLOW, 'resolve')]),
        excludeId ? ne(ticket.id, excludeId) : undefined,
        sql`${score} >= ${SIMILARITY_THRESHOLD}::float8`,
      ),
    )
    .orderBy(desc(score))
    .limit(10);
  return rows.map((r) => ({ ...r, score: Number(r.score), createdAt: r.createdAt.toISOString() }));
}

/** Similar tickets for a new text at a place. Throws not_found (place). */
export async function findSimilarForText(ctx: Ctx, placeId: string, text: string) {
  const [where] = await ctx.tx
    .select({ id: place.id, path: place.path })
    .from(place)
    .where(eq(place.id, placeId));
  if (!where) {
    throw notFound('place_not_found');
  }
  return findSimilar(ctx, { placeId: where.id, placePath: where.path }, text);
}

/** Similar tickets for an existing one (the console's 相关工单 tab). Throws not_found. */
export async function findSimilarForTicket(ctx: Ctx, id: string) {
  const row = await getTicketRow(ctx.tx, id);
  if (!row) {
    throw notFound('ticket_not_found');
  }
  return findSimilar(ctx, row, `${row.title} ${row.description}`, row.id);
}
