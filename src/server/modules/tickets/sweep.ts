import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import { OPEN_STATES } from '../../../shared/ticket-workflow';
import { ADVISORY_LOCKS } from '../../db/locks';
import { ticket, ticketEvent } from '../../db/schema';
import type { Services } from '../../platform/context';
import { type Ctx, runAs, SYSTEM_ACTOR } from '../../platform/context';
import { notifyOverdue } from './notify';

const BATCH = 500;

/**
 * Marks open tickets past their handling limit (red) once, with a timeline event and a notice to their
 * followers. Idempotent (a marked ticket is never marked again) and single-instance: the transaction takes a
 * PostgreSQL advisory lock and skips the round when another server holds it. Returns how many it marked.
 */
export async function sweepOverdue(services: Services): Promise<number> {
  return runAs(services, SYSTEM_ACTOR, { ip: null, userAgent: 'sweep', requestId: null }, async (ctx) => {
    const locked = (await ctx.tx.execute(
      sql`SELECT pg_try_advisory_xact_lock(${ADVISORY_LOCKS.overdueSweep}) AS ok`,
    )) as unknown as {
      rows: { ok: boolean }[];
    };
    if (!locked.rows[0]?.ok) {
      return 0;
    }
    const due = await ctx.tx
      .select()
      .from(ticket)
      .where(
        and(
          inArray(ticket.state, [...OPEN_STATES]),
          lt(ticket.handleDueAt, ctx.now),
          isNull(ticket.overdueNotifiedAt),
        ),
      )
      .limit(BATCH)
      .for('update', { skipLocked: true });
    for (const row of due) {
      await markOverdue(ctx, row);
    }
    return due.length;
  });
}

async function markOverdue(ctx: Ctx, row: typeof ticket.$inferSelect) {
  await ctx.tx
    .update(ticket)
    .set({ overdueNotifiedAt: ctx.now })
    .where(and(sql`${ticket.districtId} = ${row.districtId}`, sql`${ticket.id} = ${row.id}`));
  await ctx.tx.insert(ticketEvent).values({
    districtId: row.districtId,
    ticketId: row.id,
    action: 'overdue',
    fromState: row.state,
    toState: row.state,
    actorName: 'system',
    data: { handleDueAt: row.handleDueAt.toISOString() },
    at: ctx.now,
  });
  await notifyOverdue(ctx, row);
}
