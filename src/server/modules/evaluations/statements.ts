import { and, eq } from 'drizzle-orm';
import type { Statement, StatementInput } from '../../../shared/evaluations';
import { projectScore, projectStatement } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { isLeadUnitStaff, isOfficeOverProject, type ProjectRef, requireVisibleProject } from '../projects';

type StatementRow = typeof projectStatement.$inferSelect;

export function presentStatement(ctx: Ctx, r: StatementRow): Statement {
  return {
    id: r.id,
    projectId: r.projectId,
    period: r.period,
    done: r.done,
    problems: r.problems,
    nextSteps: r.nextSteps,
    filedByName: r.filedByName,
    isMine: r.filedBy === ctx.actor.accountId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Whether the caller states for the project: its lead unit's staff, or the office over it. */
export function mayState(ctx: Ctx, p: ProjectRef): boolean {
  return isLeadUnitStaff(ctx.actor, p) || isOfficeOverProject(ctx.actor, p);
}

export async function statementOf(ctx: Ctx, projectId: string, period: string) {
  const [row] = await ctx.tx
    .select()
    .from(projectStatement)
    .where(and(eq(projectStatement.projectId, projectId), eq(projectStatement.period, period)));
  return row;
}

/**
 * 述: files the lead unit's statement of a month. One per project and period: a second answers 409 naming who
 * filed the first (two clerks racing meet the unique key and get the same answer). Throws project_not_found,
 * forbidden (not the lead unit nor the office), conflict.
 */
export async function fileStatement(ctx: Ctx, projectId: string, input: StatementInput): Promise<Statement> {
  const p = await requireVisibleProject(ctx, projectId);
  if (!mayState(ctx, p)) {
    throw forbidden('evaluation_not_stater');
  }
  const existing = await statementOf(ctx, projectId, input.period);
  if (existing) {
    throw conflict('evaluation_statement_filed', { name: existing.filedByName });
  }
  const [row] = await ctx.tx
    .insert(projectStatement)
    .values({
      districtId: p.districtId,
      projectId,
      ...input,
      filedBy: ctx.actor.accountId,
      filedByName: ctx.actor.name ?? '',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    const winner = await statementOf(ctx, projectId, input.period);
    throw conflict('evaluation_statement_filed', { name: winner?.filedByName ?? '' });
  }
  await ctx.audit({
    action: 'evaluation.statement',
    targetType: 'project',
    targetId: projectId,
    districtId: p.districtId,
    after: input,
  });
  return presentStatement(ctx, row);
}

/**
 * Changes a statement: its author only, and only until a leader has scored that period. Throws
 * evaluation_statement_not_found, forbidden (not the author), conflict (scored).
 */
export async function editStatement(
  ctx: Ctx,
  id: string,
  patch: Omit<StatementInput, 'period'>,
): Promise<Statement> {
  const [before] = await ctx.tx
    .select()
    .from(projectStatement)
    .where(eq(projectStatement.id, id))
    .for('update');
  if (!before) {
    throw notFound('evaluation_statement_not_found');
  }
  if (before.filedBy !== ctx.actor.accountId) {
    throw forbidden('evaluation_not_author');
  }
  const [scored] = await ctx.tx
    .select({ id: projectScore.id })
    .from(projectScore)
    .where(and(eq(projectScore.projectId, before.projectId), eq(projectScore.period, before.period)))
    .limit(1);
  if (scored) {
    throw conflict('evaluation_statement_evaluated');
  }
  const [row] = await ctx.tx
    .update(projectStatement)
    .set({ ...patch, updatedAt: ctx.now })
    .where(eq(projectStatement.id, id))
    .returning();
  if (!row) {
    throw notFound('evaluation_statement_not_found');
  }
  await ctx.audit({
    action: 'evaluation.statement_edit',
    targetType: 'project',
    targetId: before.projectId,
    districtId: before.districtId,
    before: { done: before.done, problems: before.problems, nextSteps: before.nextSteps },
    after: patch,
  });
  return presentStatement(ctx, row);
}
