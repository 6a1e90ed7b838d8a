import { and, eq, ne } from 'drizzle-orm';
import type { TicketAction } from '../../../shared/tickets';
import { notification, outboxMessage, ticketFollower } from '../../db/schema';
import type { Ctx } from '../../platform/context';

/** What a follower reads about each move, in plain words (DESIGN.md: a delivery tracker). */
const MOVE_TEXT: Record<TicketAction | 'submit', string> = {
  submit: '已收到您的诉求，我们会尽快受理',
  accept: '已受理',
  reject: '未予受理',
  merge: '与同类诉求合并办理，您将随主诉求收到进展',
  dispatch: '已派给承办单位办理',
  pool: '已发布到心愿墙，等待认领',
  receive: '承办单位已接单',
  claim: '已有志愿者认领',
  progress: '有新的办理进展',
  resolve: '已办结，请您评价',
  rate: '感谢您的评价',
  close: '已办结销号',
  return: '承办单位退回，正在重新派单',
  escalate: '已上报上级研判',
  urge: '已督办',
  extend: '办理时限已延长',
};

/**
 * Tells everyone who follows a ticket (submitter, merged submitters, 关注) of a move: an inbox entry and an
 * outbox message for the outside channel adapters. The actor is not told of their own move.
 */
export async function notifyFollowers(
  ctx: Ctx,
  t: { districtId: string; id: string; number: string; title: string },
  move: TicketAction | 'submit',
  note?: string | null,
): Promise<number> {
  const followers = await ctx.tx
    .select({ accountId: ticketFollower.accountId })
    .from(ticketFollower)
    .where(
      and(
        eq(ticketFollower.districtId, t.districtId),
        eq(ticketFollower.ticketId, t.id),
        ctx.actor.accountId ? ne(ticketFollower.accountId, ctx.actor.accountId) : undefined,
      ),
    );
  if (followers.length === 0) {
    return 0;
  }
  const title = `${t.number} ${MOVE_TEXT[move]}`;
  const body = note ? `「${t.title}」${MOVE_TEXT[move]}：${note}` : `「${t.title}」${MOVE_TEXT[move]}`;
  await ctx.tx.insert(notification).values(
    followers.map((f) => ({
      districtId: t.districtId,
      accountId: f.accountId,
      ticketId: t.id,
      title,
      body,
      createdAt: ctx.now,
    })),
  );
  await ctx.tx.insert(outboxMessage).values(
    followers.map((f) => ({
      districtId: t.districtId,
      channel: 'sms',
      accountId: f.accountId,
      ticketId: t.id,
      body: `【连心】${body}`,
      createdAt: ctx.now,
    })),
  );
  return followers.length;
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
