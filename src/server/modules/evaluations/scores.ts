import { eq } from 'drizzle-orm';
import type { Criterion, ScoreInput, ScoreSheet } from '../../../shared/evaluations';
import { projectScore } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { requireVisibleProject } from '../projects';
import { rubricOf } from './rubric';

type ScoreRow = typeof projectScore.$inferSelect;

export function presentSheet(ctx: Ctx, r: ScoreRow): ScoreSheet {
  return {
    id: r.id,
    projectId: r.projectId,
    period: r.period,
    scorerName: r.scorerName,
    criteria: r.criteria,
    total: r.total,
    note: r.note,
    isMine: r.scorerId === ctx.actor.accountId,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The sheet's points on the rubric: every criterion scored, none unknown, none over its maximum. */
function pointsOn(criteria: readonly Criterion[], points: Record<string, number>) {
  const unknown = Object.keys(points).find((k) => !criteria.some((c) => c.key === k));
  if (unknown !== undefined) {
    throw invalidField(`body.points.${unknown}`, 'evaluation_criterion_unknown');
  }
  return criteria.map((c) => {
    const got = points[c.key];
    if (got === undefined) {
      throw invalidField(`body.points.${c.key}`, 'evaluation_criterion_missing');
    }
    if (got > c.maxPoints) {
      throw invalidField(`body.points.${c.key}`, 'evaluation_points_over', { max: c.maxPoints });
    }
    return { ...c, points: got };
  });
}

/**
 * 评: a leader scores a project for a month on the district's rubric. One sheet per leader, project and period
 * (409 on a second, also when two requests race). Throws project_not_found, validation_failed (points), conflict.
 */
export async function fileScore(ctx: Ctx, projectId: string, input: ScoreInput): Promise<ScoreSheet> {
  const p = await requireVisibleProject(ctx, projectId);
  const rubric = await rubricOf(ctx, p.districtId);
  const criteria = pointsOn(rubric.criteria, input.points);
  const [row] = await ctx.tx
    .insert(projectScore)
    .values({
      districtId: p.districtId,
      projectId,
      period: input.period,
      scorerId: ctx.actor.accountId ?? '',
      scorerName: ctx.actor.name ?? '',
      criteria,
      total: criteria.reduce((sum, c) => sum + c.points, 0),
      note: input.note ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    throw conflict('evaluation_score_filed');
  }
  await ctx.audit({
    action: 'evaluation.score',
    targetType: 'project',
    targetId: projectId,
    districtId: p.districtId,
    after: { period: input.period, points: input.points, total: row.total },
  });
  return presentSheet(ctx, row);
}

/**
 * Changes one's own sheet, on the rubric it was scored on. Throws evaluation_score_not_found, forbidden (not
 * its scorer), validation_failed (points).
 */
export async function editScore(
  ctx: Ctx,
  id: string,
  patch: Omit<ScoreInput, 'period'>,
): Promise<ScoreSheet> {
  const [before] = await ctx.tx.select().from(projectScore).where(eq(projectScore.id, id)).for('update');
  if (!before) {
    throw notFound('evaluation_score_not_found');
  }
  if (before.scorerId !== ctx.actor.accountId) {
    throw forbidden('evaluation_not_author');
  }
  const criteria = pointsOn(before.criteria, patch.points);
  const [row] = await ctx.tx
    .update(projectScore)
    .set({
      criteria,
      total: criteria.reduce((sum, c) => sum + c.points, 0),
      note: patch.note ?? null,
      updatedAt: ctx.now,
    })
    .where(eq(projectScore.id, id))
    .returning();
  if (!row) {
    throw notFound('evaluation_score_not_found');
  }
  await ctx.audit({
    action: 'evaluation.score_edit',
    targetType: 'project',
    targetId: before.projectId,
    districtId: before.districtId,
    before: { total: before.total },
    after: { points: patch.points, total: row.total },
  });
  return presentSheet(ctx, row);
}
