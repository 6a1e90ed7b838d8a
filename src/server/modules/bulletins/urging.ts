import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { isoWeekOf } from '../../../shared/bulletin-periods';
import type { Urging, ZUrgingListQuery } from '../../../shared/bulletins';
import { addDays } from '../../../shared/campaigns';
import { ADVISORY_LOCKS } from '../../db/locks';
import { account, accountUnit, projectReminder } from '../../db/schema';
import { type Ctx, runAs, type Services, SYSTEM_ACTOR, scopeOf } from '../../platform/context';
import { dayIn, isoWeekday, minuteIn } from '../../platform/time-zone';
import { sendNotice } from '../notifications';
import { findProjectStandings, type ProjectStanding } from '../projects';
import { URGE_NOTICES } from './notices';
import { trySweepLock, wallDayHour } from './sweep-lock';

/** A project whose latest report is older than this many days is urged. */
export const QUIET_DAYS = 7;
/** The local hour on Monday from which the urging goes out (office hours). */
export const URGE_HOUR = 9;
/** The most urges one list answers (a district urges a few dozen projects a week). */
export const URGING_LIST_CAP = 500;

/**
 * Not done, and neither a report nor the start in the {@link QUIET_DAYS} days before `today`: a project that
 * never reported counts from its start, so a new one has its first week to report.
 */
export function isQuiet(
  p: Pick<ProjectStanding, 'status' | 'lastReportedOn' | 'startDate'>,
  today: string,
): boolean {
  return p.status !== 'done' && (p.lastReportedOn ?? p.startDate) < addDays(today, -QUIET_DAYS);
}

/**
 * Urges every quiet project of the installation once in the ISO week of `today`: a row per project and week
 * (a second writer's insert does nothing, so nobody is told twice) and a notice to the active staff of its lead
 * unit. Returns how many projects it urged.
 */
export async function urgeQuietProjects(ctx: Ctx, today: string): Promise<number> {
  const week = isoWeekOf(today);
  const quiet = (await findProjectStandings(ctx, null, today)).filter((p) => isQuiet(p, today));
  let urged = 0;
  for (const p of quiet) {
    const staff = await staffOf(ctx, p.leadUnitId);
    const [row] = await ctx.tx
      .insert(projectReminder)
      .values({
        districtId: p.districtId,
        projectId: p.id,
        projectName: p.name,
        leadUnitName: p.leadUnitName,
        placePath: p.placePath,
        week,
        urgedOn: today,
        lastReportedOn: p.lastReportedOn,
        recipients: staff.length,
        createdAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning({ id: projectReminder.id });
    if (row) {
      urged += 1;
      await sendNotice(ctx, URGE_NOTICES, {
        districtId: p.districtId,
        subjectId: p.id,
        audience: staff,
        template: 'urge',
        params: { name: p.name, lastReportedOn: p.lastReportedOn },
      });
    }
  }
  return urged;
}

async function staffOf(ctx: Ctx, unitId: string): Promise<string[]> {
  const rows = await ctx.tx
    .select({ id: account.id })
    .from(accountUnit)
    .innerJoin(account, eq(account.id, accountUnit.accountId))
    .where(and(eq(accountUnit.unitId, unitId), eq(account.kind, 'staff'), eq(account.status, 'active')));
  return rows.map((r) => r.id);
}

/**
 * The module's weekly sweep: on Mondays from {@link URGE_HOUR} (installation zone) it urges the quiet projects,
 * once. Idempotent per project and week; single-instance through a tried advisory lock.
 */
export function sweepUrging(services: Services): Promise<number> {
  return runAs(services, SYSTEM_ACTOR, { ip: null, userAgent: 'sweep', requestId: null }, async (ctx) => {
    const { day, hour } = wallDayHour(minuteIn(ctx.zone, ctx.now));
    if (isoWeekday(day) !== 1 || hour < URGE_HOUR) {
      return 0;
    }
    if (!(await trySweepLock(ctx, ADVISORY_LOCKS.urgeSweep))) {
      return 0;
    }
    // A round is one transaction: a row of this week means this week's round ran. Later in the day the quiet
    // set only shrinks (a report, an acceptance), so the other rounds of the Monday read nothing else.
    const [ran] = await ctx.tx
      .select({ id: projectReminder.id })
      .from(projectReminder)
      .where(eq(projectReminder.week, isoWeekOf(day)))
      .limit(1);
    return ran ? 0 : urgeQuietProjects(ctx, day);
  });
}

/** The urges of the caller's area (of one project when asked), newest first; since 28 days ago by default. */
export async function findUrgings(ctx: Ctx, query: z.infer<typeof ZUrgingListQuery>): Promise<Urging[]> {
  const scope = scopeOf(ctx.actor);
  const since = query.since ?? addDays(dayIn(ctx.zone, ctx.now), -28);
  const rows = await ctx.tx
    .select()
    .from(projectReminder)
    .where(
      and(
        scope === '*' ? undefined : sql`${projectReminder.placePath} <@ ${scope}::ltree`,
        query.projectId ? eq(projectReminder.projectId, query.projectId) : undefined,
        gte(projectReminder.urgedOn, since),
      ),
    )
    .orderBy(desc(projectReminder.urgedOn), desc(projectReminder.id))
    .limit(URGING_LIST_CAP);
  return rows.map((r) => ({
    id: r.id,
    projectId: r.projectId,
    projectName: r.projectName,
    leadUnitName: r.leadUnitName,
    week: r.week,
    urgedOn: r.urgedOn,
    lastReportedOn: r.lastReportedOn,
    recipients: r.recipients,
  }));
}
