import { and, eq, sql } from 'drizzle-orm';
import type { MilestoneInput } from '../../../shared/projects';
import { projectMilestone } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { checkMilestoneDates, getProject, projectWritable } from './service';

// A project's milestones (任务节点) changed one at a time by its office; each change is audited.

export async function addMilestone(ctx: Ctx, id: string, input: MilestoneInput) {
  const p = await projectWritable(ctx, id);
  checkMilestoneDates(p.startDate, p.endDate, [input]);
  const [{ n } = { n: 0 }] = await ctx.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(projectMilestone)
    .where(eq(projectMilestone.projectId, id));
  await ctx.tx.insert(projectMilestone).values({
    projectId: id,
    districtId: p.districtId,
    placePath: p.placePath,
    name: input.name,
    plannedDate: input.plannedDate,
    weight: input.weight,
    sort: n,
  });
  await ctx.audit({
    action: 'project.milestone.add',
    targetType: 'project',
    targetId: id,
    districtId: p.districtId,
    after: input,
  });
  return getProject(ctx, id);
}

export async function updateMilestone(ctx: Ctx, id: string, milestoneId: string, input: MilestoneInput) {
  const p = await projectWritable(ctx, id);
  checkMilestoneDates(p.startDate, p.endDate, [input]);
  const changed = await ctx.tx
    .update(projectMilestone)
    .set({ name: input.name, plannedDate: input.plannedDate, weight: input.weight })
    .where(and(eq(projectMilestone.id, milestoneId), eq(projectMilestone.projectId, id)))
    .returning({ id: projectMilestone.id });
  if (changed.length === 0) {
    throw notFound('project_milestone_not_found');
  }
  await ctx.audit({
    action: 'project.milestone.update',
    targetType: 'project',
    targetId: id,
    districtId: p.districtId,
    after: { milestoneId, ...input },
  });
  return getProject(ctx, id);
}

export async function deleteMilestone(ctx: Ctx, id: string, milestoneId: string) {
  const p = await projectWritable(ctx, id);
  const gone = await ctx.tx
    .delete(projectMilestone)
    .where(and(eq(projectMilestone.id, milestoneId), eq(projectMilestone.projectId, id)))
    .returning({ name: projectMilestone.name });
  if (gone.length === 0) {
    throw notFound('project_milestone_not_found');
  }
  await ctx.audit({
    action: 'project.milestone.delete',
    targetType: 'project',
    targetId: id,
    districtId: p.districtId,
    before: { milestoneId, name: gone[0]?.name },
  });
  return getProject(ctx, id);
}
