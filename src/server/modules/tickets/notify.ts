import { and, eq, sql } from 'drizzle-orm';
import type { TicketAction } from '../../../shared/tickets';
import { prepared } from '../../db/prepared';
import { ticketFollower } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { sendNotice } from '../notifications';
import { isTold, TICKET_NOTICES } from './notices';
import { ABOVE_ROLES } from './relations';

type NoticeTicket = { districtId: string; id: string; number: string; title: string };

/** Everyone who follows a ticket: submitter, merged submitters, 关注. */
const readFollowers = prepared('ticket_followers', (tx) =>
  tx
    .select({ accountId: ticketFollower.accountId })
    .from(ticketFollower)
    .where(
      and(
        eq(ticketFollower.districtId, sql.placeholder('districtId')),
        eq(ticketFollower.ticketId, sql.placeholder('ticketId')),
      ),
    ),
);

async function followersOf(ctx: Ctx, t: NoticeTicket): Promise<string[]> {
  const rows = await readFollowers(ctx.tx).execute({ districtId: t.districtId, ticketId: t.id });
  return rows.map((r) => r.accountId);
}

/**
 * Tells the followers of a move: an inbox entry and an outbox message for the outside channels (one per
 * follower; the channel is picked when it is delivered, as the mover may not see the follower's account). The
 * actor is not told of their own move, nor anyone of an internal one (notices.ts).
 */
export async function notifyFollowers(
  ctx: Ctx,
  t: NoticeTicket,
  move: TicketAction | 'submit' | 'request_extension',
  note?: string | null,
): Promise<number> {
  if (!isTold(move)) {
    return 0;
  }
  return sendNotice(ctx, TICKET_NOTICES, {
    districtId: t.districtId,
    subjectId: t.id,
    audience: await followersOf(ctx, t),
    template: 'move',
    params: { number: t.number, title: t.title, move, note: note ?? null },
  });
}

/** Tells the followers that the ticket passed its handling limit and was urged (the overdue sweep). */
export async function notifyOverdue(ctx: Ctx, t: NoticeTicket): Promise<number> {
  return sendNotice(ctx, TICKET_NOTICES, {
    districtId: t.districtId,
    subjectId: t.id,
    audience: await followersOf(ctx, t),
    template: 'overdue',
    params: { number: t.number, title: t.title },
  });
}

/** Adds a follower once (submitter, merged submitter, or anyone who taps 关注). */
export async function follow(
  ctx: Ctx,
  t: { districtId: string; id: string },
  accountId: string,
  reason: string,
) {
  await ctx.tx
    .insert(ticketFollower)
    .values({ districtId: t.districtId, ticketId: t.id, accountId, reason, createdAt: ctx.now })
    .onConflictDoNothing();
}

/**
 * Tells the level above of an extension request (延期申请): an inbox entry for each approver on the nearest
 * node above the ticket's owner (queue extension_requests lists the same). Returns how many were told.
 */
export async function notifyApprovers(
  ctx: Ctx,
  t: { districtId: string; id: string; number: string; title: string; ownerPath: string },
  days: number,
  reason: string | null,
): Promise<number> {
  const result = (await ctx.tx.execute(
    sql`SELECT lianxin_extension_approvers(${t.ownerPath}::ltree, ${sql.param([...ABOVE_ROLES])}::text[]) AS id`,
  )) as unknown as { rows: { id: string }[] };
  return sendNotice(ctx, TICKET_NOTICES, {
    districtId: t.districtId,
    subjectId: t.id,
    audience: result.rows.map((r) => r.id),
    template: 'extension_requested',
    params: { number: t.number, title: t.title, days, requester: ctx.actor.name ?? '', reason },
  });
}

/**
 * Asks volunteers to take an order or a wish (their inbox opens it): the caller resolved who, among those the
 * ticket's suggestions name. Returns how many were told.
 */
export async function notifyVolunteersWanted(
  ctx: Ctx,
  t: NoticeTicket & { kind: string },
  accountIds: readonly string[],
): Promise<number> {
  return sendNotice(ctx, TICKET_NOTICES, {
    districtId: t.districtId,
    subjectId: t.id,
    audience: accountIds,
    template: 'volunteer_wanted',
    params: { number: t.number, title: t.title, kind: t.kind === 'wish' ? 'wish' : 'service' },
  });
}
