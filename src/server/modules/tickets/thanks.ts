import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import { maskName } from '../../../shared/mask';
import type { TicketMove, WishThanks, ZPublicWishQuery } from '../../../shared/tickets';
import { WISH_PROMISE_MAX_DAYS } from '../../../shared/tickets';
import { wallPlaceOf } from '../../../shared/wish-wall';
import { place, ticketEvent, wishThanks } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { fieldsRequired, invalidField } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { idOfLabel } from '../../platform/scope';
import { dayIn } from '../../platform/time-zone';
import { pathOfPlace } from '../places';
import type { TicketRow } from './repo';

const DAY_MS = 86_400_000;

/**
 * The day a claimant promises to fulfil a wish by (承诺完成日期): from today up to WISH_PROMISE_MAX_DAYS ahead, in
 * the installation's calendar. Throws validation_failed.
 */
export function checkPromise(ctx: Ctx, promisedOn: string): string {
  const today = dayIn(ctx.zone, ctx.now);
  const last = dayIn(ctx.zone, new Date(ctx.now.getTime() + WISH_PROMISE_MAX_DAYS * DAY_MS));
  if (promisedOn < today || promisedOn > last) {
    throw invalidField('body.promisedOn', 'promise_out_of_range', { days: WISH_PROMISE_MAX_DAYS });
  }
  return promisedOn;
}

/**
 * A resident's thank-you for a fulfilled wish, shown in public with their consent (BRIEF §4: 微心愿 … a thank-you
 * may be shown publicly). Only for a wish rated satisfied or better, with words to show. The public copy holds
 * what the wall may show: the community, the claimants' masked names, the words. Throws validation_failed.
 */
export async function recordThanks(ctx: Ctx, row: TicketRow, input: TicketMove): Promise<void> {
  if (row.kind !== 'wish') {
    throw invalidField('body.thanksPublic', 'not_for_kind');
  }
  if (input.rating === 'unsatisfied') {
    throw invalidField('body.thanksPublic', 'thanks_needs_satisfied');
  }
  const thanks = input.comment?.trim();
  if (!thanks) {
    throw fieldsRequired(['comment']);
  }
  const community = wallPlaceOf(row.placePath.split('.'));
  // The claimants as the timeline names them: the resident reads their own ticket's timeline, not accounts.
  const [claims, places] = await Promise.all([
    ctx.tx
      .select({ name: ticketEvent.actorName })
      .from(ticketEvent)
      .where(
        and(
          eq(ticketEvent.districtId, row.districtId),
          eq(ticketEvent.ticketId, row.id),
          eq(ticketEvent.action, 'claim'),
        ),
      )
      .orderBy(asc(ticketEvent.at)),
    community
      ? ctx.tx
          .select({ name: place.name })
          .from(place)
          .where(eq(place.id, idOfLabel(community)))
      : [],
  ]);
  const claimantNames = [
    ...new Set(claims.map((c) => maskName(c.name)).filter((n): n is string => n !== null)),
  ];
  ctx.later(
    ctx.tx.insert(wishThanks).values({
      districtId: row.districtId,
      ticketId: row.id,
      placePath: row.placePath,
      number: row.number,
      title: row.title,
      placeName: places[0]?.name ?? '',
      claimantNames,
      thanks,
      thankedAt: ctx.now,
    }),
  );
}

/**
 * The public wall of thanks (圆梦墙), newest first, all of it or one area. Runs as the public. Throws not_found
 * (place).
 */
export async function findWishThanks(
  ctx: Ctx,
  query: PageQuery & z.infer<typeof ZPublicWishQuery>,
): Promise<{ items: WishThanks[]; nextCursor: string | null }> {
  const under = await pathOfPlace(ctx.tx, query.placeId);
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select()
    .from(wishThanks)
    .where(
      and(
        under ? sql`${wishThanks.placePath} <@ ${under}::ltree` : undefined,
        after
          ? sql`(${wishThanks.thankedAt}, ${wishThanks.ticketId}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(wishThanks.thankedAt), desc(wishThanks.ticketId))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.thankedAt.toISOString(), r.ticketId]);
  return {
    items: page.items.map((r) => ({
      ticketId: r.ticketId,
      number: r.number,
      title: r.title,
      placeName: r.placeName,
      claimantNames: r.claimantNames,
      thanks: r.thanks,
      thankedAt: r.thankedAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}
