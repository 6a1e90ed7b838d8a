import { and, isNull, lt, or, sql } from 'drizzle-orm';
import { ADVISORY_LOCKS } from '../../db/locks';
import { project } from '../../db/schema';
import { runAs, type Services, SYSTEM_ACTOR } from '../../platform/context';
import { sendNotice } from '../notifications';
import { followersOf } from './followers';
import { PROJECT_NOTICES } from './notices';
import { progressOfAll } from './progress';
import { todayOf } from './service';

const BATCH = 200;

/**
 * A project slips behind (or turns overdue) as days pass, with nobody filing anything: once a day each open
 * project's status is computed, and its followers are told when it differs from the one they were last told of.
 * The first look only records it. Single-instance (a tried advisory lock) and idempotent (status_checked_on);
 * returns how many projects it looked at.
 */
export async function sweepProjectStatus(services: Services): Promise<number> {
  return runAs(services, SYSTEM_ACTOR, { ip: null, userAgent: 'sweep', requestId: null }, async (ctx) => {
    const locked = (await ctx.tx.execute(
      sql`SELECT pg_try_advisory_xact_lock(${ADVISORY_LOCKS.projectStatusSweep}) AS ok`,
    )) as unknown as { rows: { ok: boolean }[] };
    if (!locked.rows[0]?.ok) {
      return 0;
    }
    const today = todayOf(ctx);
    const rows = await ctx.tx
      .select()
      .from(project)
      .where(
        and(isNull(project.doneOn), or(isNull(project.statusCheckedOn), lt(project.statusCheckedOn, today))),
      )
      .limit(BATCH)
      .for('update', { skipLocked: true });
    const progress = await progressOfAll(ctx, rows, today);
    for (const row of rows) {
      const status = progress.get(row.id)?.status ?? row.statusTold;
      if (row.statusTold !== null && status !== row.statusTold && status) {
        await sendNotice(ctx, PROJECT_NOTICES, {
          districtId: row.districtId,
          subjectId: row.id,
          audience: await followersOf(ctx, row.id),
          template: 'status',
          params: { name: row.name, status },
        });
      }
      await ctx.tx
        .update(project)
        .set({ statusTold: status, statusCheckedOn: today })
        .where(sql`${project.id} = ${row.id}`);
    }
    return rows.length;
  });
}
