import { and, eq, ne, sql } from 'drizzle-orm';
import type { TicketAction } from '../../../shared/tickets';
import { notification, outboxMessage, ticketFollower } from '../../db/schema';
import type { TicketNotice } from '../../platform/channels';
import type { Ctx } from '../../platform/context';
import { ABOVE_ROLES } from './relations';

/**
 * What a follower reads about each move, in plain words (DESIGN.md: a delivery tracker); null: an internal
 * matter the followers are not told of (an extension asked for or refused).
 */
const MOVE_TEXT: Record<TicketAction | 'submit' | 'request_extension', string | null> = {
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
  request_extension: null,
  approve_extension: '办理时限已延长',
  deny_extension: null,
};

/**
 * Tells everyone who follows a ticket (submitter, merged submitters, 关注) of a move: an inbox entry and an
 * outbox message for the outside channels (one per follower; the channel is picked when it is delivered, as the
 * mover may not see the follower's account). The actor is not told of their own move.
 */
export async function notifyFollowers(
  ctx: Ctx,
  t: { districtId: string; id: string; number: string; title: string },
  move: TicketAction | 'submit' | 'request_extension',
  note?: string | null,
): Promise<number> {
  const text = MOVE_TEXT[move];
  if (text === null) {
    return 0;
  }
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
  const title = `${t.number} ${text}`;
  const notice: TicketNotice = {
    ticketId: t.id,
    number: t.number,
    title: t.title,
    move: text,
    note: note ?? null,
    at: ctx.now.toISOString(),
  };
  const body = note ? `「${t.title}」${text}：${note}` : `「${t.title}」${text}`;
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
      // Chosen at delivery from the follower's addresses (notifications/outbox.ts): WeChat when bound, else SMS.
      channel: 'auto',
      accountId: f.accountId,
      ticketId: t.id,
      body: `【连心】${body}`,
      payload: notice,
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
  const approvers = result.rows.map((r) => r.id).filter((id) => id !== ctx.actor.accountId);
  if (approvers.length === 0) {
    return 0;
  }
  await ctx.tx.insert(notification).values(
    approvers.map((accountId) => ({
      districtId: t.districtId,
      accountId,
      ticketId: t.id,
      title: `${t.number} 申请延期 ${days} 个工作日，待您审批`,
      body: `「${t.title}」${ctx.actor.name ?? ''}申请延期 ${days} 个工作日${reason ? `：${reason}` : ''}`,
      createdAt: ctx.now,
    })),
  );
  return approvers.length;
}
