import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { type Urge, urgeState } from '../../../shared/evaluations';
import { projectUrge } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { dayIn } from '../../platform/time-zone';
import { sendNotice } from '../notifications';
import { isLeadUnitStaff, type ProjectRef, requireVisibleProject, visibleProjects } from '../projects';
import { URGE_NOTICES } from './notices';

// 督查: supervisors and offices urge a project with a message and an answer-by day; the lead unit answers once.

type UrgeRow = typeof projectUrge.$inferSelect;

function presentUrge(ctx: Ctx, r: UrgeRow, p: ProjectRef): Urge {
  const state = urgeState(r.answeredAt, r.answerBy, dayIn(ctx.zone, ctx.now));
  return {
    id: r.id,
    projectId: r.projectId,
    projectName: p.name,
    message: r.message,
    answerBy: r.answerBy,
    urgedByName: r.urgedByName,
    urgedAt: r.urgedAt.toISOString(),
    answer: r.answer,
    answeredByName: r.answeredByName,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    state,
    canAnswer: state !== 'answered' && isLeadUnitStaff(ctx.actor, p),
  };
}

/**
 * Urges a project the caller sees; its lead unit's staff are told. Throws project_not_found, validation_failed
 * (answer-by day before today).
 */
export async function urgeProject(ctx: Ctx, projectId: string, input: { message: string; answerBy: string }) {
  const p = await requireVisibleProject(ctx, projectId);
  if (input.answerBy < dayIn(ctx.zone, ctx.now)) {
    throw invalidField('body.answerBy', 'evaluation_answer_by_past');
  }
  const [row] = await ctx.tx
    .insert(projectUrge)
    .values({
      districtId: p.districtId,
      projectId,
      message: input.message,
      answerBy: input.answerBy,
      urgedBy: ctx.actor.accountId,
      urgedByName: ctx.actor.name ?? '',
      urgedAt: ctx.now,
    })
    .returning();
  if (!row) {
    throw new Error('urge insert returned nothing');
  }
  await ctx.audit({
    action: 'project.urge',
    targetType: 'project',
    targetId: projectId,
    districtId: p.districtId,
    after: input,
  });
  const staff = (await ctx.tx.execute(
    sql`SELECT lianxin_unit_staff(${p.leadUnitId}::uuid) AS id`,
  )) as unknown as { rows: { id: string }[] };
  await sendNotice(ctx, URGE_NOTICES, {
    districtId: p.districtId,
    subjectId: projectId,
    audience: staff.rows.map((r) => r.id),
    template: 'urged',
    params: { name: p.name, message: input.message, answerBy: input.answerBy, urger: row.urgedByName },
  });
  return presentUrge(ctx, row, p);
}

/**
 * The lead unit answers an urge, once: of concurrent answers one wins (the update is conditional on no answer
 * yet), the others get 409 naming who answered. The urger is told. Throws evaluation_urge_not_found,
 * forbidden (not the lead unit's staff), conflict.
 */
export async function answerUrge(ctx: Ctx, id: string, answer: string): Promise<Urge> {
  const [before] = await ctx.tx.select().from(projectUrge).where(eq(projectUrge.id, id));
  if (!before) {
    throw notFound('evaluation_urge_not_found');
  }
  const p = await requireVisibleProject(ctx, before.projectId);
  if (!isLeadUnitStaff(ctx.actor, p)) {
    throw forbidden('evaluation_not_lead_unit');
  }
  const [row] = await ctx.tx
    .update(projectUrge)
    .set({
      answer,
      answeredBy: ctx.actor.accountId,
      answeredByName: ctx.actor.name ?? '',
      answeredAt: ctx.now,
    })
    .where(and(eq(projectUrge.id, id), isNull(projectUrge.answeredAt)))
    .returning();
  if (!row) {
    const [winner] = await ctx.tx.select().from(projectUrge).where(eq(projectUrge.id, id));
    throw conflict('evaluation_urge_answered', { name: winner?.answeredByName ?? '' });
  }
  await ctx.audit({
    action: 'project.urge_answer',
    targetType: 'project',
    targetId: p.id,
    districtId: p.districtId,
    after: { urgeId: id, answer },
  });
  await sendNotice(ctx, URGE_NOTICES, {
    districtId: p.districtId,
    subjectId: p.id,
    audience: before.urgedBy ? [before.urgedBy] : [],
    template: 'answered',
    params: { name: p.name, answer, answerer: row.answeredByName ?? '' },
  });
  return presentUrge(ctx, row, p);
}

/** A project's urges, newest first. Throws project_not_found. */
export async function findProjectUrges(ctx: Ctx, projectId: string): Promise<Urge[]> {
  const p = await requireVisibleProject(ctx, projectId);
  const rows = await ctx.tx
    .select()
    .from(projectUrge)
    .where(eq(projectUrge.projectId, projectId))
    .orderBy(desc(projectUrge.urgedAt));
  return rows.map((r) => presentUrge(ctx, r, p));
}

/** Unanswered urges on projects the caller sees (open includes overdue), the most pressing first. */
export async function findOpenUrges(ctx: Ctx, state: 'open' | 'overdue'): Promise<Urge[]> {
  const today = dayIn(ctx.zone, ctx.now);
  const rows = await ctx.tx
    .select()
    .from(projectUrge)
    .where(
      and(isNull(projectUrge.answeredAt), state === 'overdue' ? lt(projectUrge.answerBy, today) : undefined),
    )
    .orderBy(asc(projectUrge.answerBy), asc(projectUrge.urgedAt))
    .limit(500);
  const projects = await visibleProjects(ctx, { ids: [...new Set(rows.map((r) => r.projectId))] });
  const byId = new Map(projects.map((p) => [p.id, p]));
  return rows.flatMap((r) => {
    const p = byId.get(r.projectId);
    return p ? [presentUrge(ctx, r, p)] : [];
  });
}
