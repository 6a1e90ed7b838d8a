import { asc, eq } from 'drizzle-orm';
import { type ProjectReport, type ProjectReportInput, plannedProgress } from '../../../shared/projects';
import { account, project, projectMilestone, projectReport } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { sendNotice } from '../notifications';
import { followersOf } from './followers';
import { PROJECT_NOTICES } from './notices';
import { mayReport } from './presenter';
import { milestoneShareOf, milestonesOf, progressOfAll } from './progress';
import { lockProject } from './repo';
import { getProject, todayOf } from './service';

/**
 * 进度填报: the lead unit's staff (or the office over the project) file the actual progress, what was done, the
 * spending so far and the milestones done with their evidence. Reports are never changed: each is a point of the
 * actual curve. Followers hear of the report, and of the status when it changed. Throws project_not_found,
 * forbidden (not the lead unit nor the office), conflict (done, has sub-projects), validation_failed (milestone).
 */
export async function fileReport(ctx: Ctx, id: string, input: ProjectReportInput) {
  const p = await lockProject(ctx.tx, id);
  if (!p) {
    throw notFound('project_not_found');
  }
  if (!mayReport(ctx, p)) {
    throw forbidden('project_not_reporter');
  }
  if (p.doneAt) {
    throw conflict('project_done');
  }
  const [child] = await ctx.tx
    .select({ id: project.id })
    .from(project)
    .where(eq(project.parentId, id))
    .limit(1);
  if (child) {
    throw conflict('project_has_children');
  }
  const today = todayOf(ctx);
  const before = (await progressOfAll(ctx, [p], today)).get(id);
  const milestones = (await milestonesOf(ctx.tx, [id])).get(id) ?? [];
  for (const [i, done] of input.milestonesDone.entries()) {
    const m = milestones.find((x) => x.id === done.milestoneId);
    if (!m) {
      throw invalidField(`body.milestonesDone.${i}.milestoneId`, 'project_milestone_not_found');
    }
    if (m.doneOn === null) {
      m.doneOn = today;
      m.evidence = done.evidence;
      await ctx.tx
        .update(projectMilestone)
        .set({ doneOn: today, evidence: done.evidence })
        .where(eq(projectMilestone.id, m.id));
    }
  }
  const reportId = crypto.randomUUID();
  await ctx.tx.insert(projectReport).values({
    id: reportId,
    projectId: id,
    districtId: p.districtId,
    placePath: p.placePath,
    reportedOn: today,
    progress: input.progress,
    milestoneShare: milestoneShareOf(milestones, today),
    note: input.note,
    spent: input.spent ?? null,
    milestonesDone: input.milestonesDone,
    reportedBy: ctx.actor.accountId,
    createdAt: ctx.now,
  });
  await ctx.tx
    .update(project)
    .set({ updatedAt: ctx.now, ...(input.spent === undefined ? {} : { spent: input.spent }) })
    .where(eq(project.id, id));
  await ctx.audit({
    action: 'project.report',
    targetType: 'project',
    targetId: id,
    districtId: p.districtId,
    after: {
      reportId,
      progress: input.progress,
      spent: input.spent,
      milestones: input.milestonesDone.length,
    },
  });
  const after = await getProject(ctx, id, today);
  const audience = await followersOf(ctx, id);
  const about = { districtId: p.districtId, subjectId: id, audience };
  await sendNotice(ctx, PROJECT_NOTICES, {
    ...about,
    template: 'report',
    params: { name: p.name, progress: input.progress, note: input.note },
  });
  // Against what followers were last told (the daily sweep may have told them of a slip already), else the
  // status just before this report.
  const told = p.statusTold ?? before?.status;
  if (told !== undefined && told !== after.status) {
    await sendNotice(ctx, PROJECT_NOTICES, {
      ...about,
      template: 'status',
      params: { name: p.name, status: after.status },
    });
  }
  await ctx.tx.update(project).set({ statusTold: after.status }).where(eq(project.id, id));
  return { id: reportId, project: after };
}

/**
 * The reports of a project, oldest first, each with the planned progress of its day: the two curves' points
 * (the planned curve's own corners are the milestones). Throws project_not_found.
 */
export async function findReports(ctx: Ctx, id: string): Promise<ProjectReport[]> {
  const [p] = await ctx.tx.select().from(project).where(eq(project.id, id));
  if (!p) {
    throw notFound('project_not_found');
  }
  const milestones = (await milestonesOf(ctx.tx, [id])).get(id) ?? [];
  const rows = await ctx.tx
    .select({ r: projectReport, reporterName: account.displayName })
    .from(projectReport)
    .leftJoin(account, eq(account.id, projectReport.reportedBy))
    .where(eq(projectReport.projectId, id))
    .orderBy(asc(projectReport.reportedOn), asc(projectReport.createdAt));
  return rows.map(({ r, reporterName }) => ({
    id: r.id,
    reportedOn: r.reportedOn,
    progress: r.progress,
    milestoneShare: r.milestoneShare,
    plannedProgress: plannedProgress(p.startDate, p.endDate, milestones, r.reportedOn),
    note: r.note,
    spent: r.spent,
    reporterName: reporterName ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
