import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZMeasureInput, ZMeasureMove, ZProblemInput, ZProblemMove } from '../../../shared/rectification';
import {
  MEASURE_WORKFLOW,
  type MeasureAction,
  PROBLEM_WORKFLOW,
  type ProblemAction,
} from '../../../shared/rectification-workflow';
import { rectificationMeasure, rectificationProblem } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors';
import { dayIn } from '../../platform/time-zone';
import { getRectificationList, listWritable } from './service';

type ProblemRow = typeof rectificationProblem.$inferSelect;

/** The problem, locked: measure moves and the closing of it take turns. Throws rectification_problem_not_found. */
async function lockProblem(ctx: Ctx, listId: string, problemId: string): Promise<ProblemRow> {
  const [row] = await ctx.tx
    .select()
    .from(rectificationProblem)
    .where(and(eq(rectificationProblem.id, problemId), eq(rectificationProblem.listId, listId)))
    .for('update');
  if (!row) {
    throw notFound('rectification_problem_not_found');
  }
  return row;
}

const refused = (state: string) =>
  new AppError('invalid_transition', 'rectification_move_refused', [], { state });

/** Adds a problem found (检视问题) at the end of the list. Throws rectification_list_not_found. */
export async function addProblem(ctx: Ctx, listId: string, input: z.infer<typeof ZProblemInput>) {
  const list = await listWritable(ctx, listId);
  await ctx.tx.execute(sql`SELECT 1 FROM rectification_list WHERE id = ${listId}::uuid FOR UPDATE`);
  const [{ seq } = { seq: 1 }] = await ctx.tx
    .select({ seq: sql<number>`coalesce(max(${rectificationProblem.seq}), 0)::int + 1` })
    .from(rectificationProblem)
    .where(eq(rectificationProblem.listId, listId));
  const [created] = await ctx.tx
    .insert(rectificationProblem)
    .values({
      districtId: list.districtId,
      listId,
      placePath: list.placePath,
      seq,
      ...input,
      state: PROBLEM_WORKFLOW.initial,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: rectificationProblem.id });
  await ctx.audit({
    action: 'rectification.problem_add',
    targetType: 'rectification_list',
    targetId: listId,
    districtId: list.districtId,
    after: { problemId: created?.id, ...input },
  });
  return getRectificationList(ctx, listId);
}

/** Adds a measure (整改措施) to an open problem. Throws not_found, conflict (rectification_problem_closed). */
export async function addMeasure(
  ctx: Ctx,
  listId: string,
  problemId: string,
  input: z.infer<typeof ZMeasureInput>,
) {
  const list = await listWritable(ctx, listId);
  const problem = await lockProblem(ctx, listId, problemId);
  if (problem.state !== 'open') {
    throw conflict('rectification_problem_closed');
  }
  const [{ seq } = { seq: 1 }] = await ctx.tx
    .select({ seq: sql<number>`coalesce(max(${rectificationMeasure.seq}), 0)::int + 1` })
    .from(rectificationMeasure)
    .where(eq(rectificationMeasure.problemId, problemId));
  await ctx.tx.insert(rectificationMeasure).values({
    districtId: list.districtId,
    listId,
    problemId,
    placePath: list.placePath,
    seq,
    description: input.description,
    owner: input.owner,
    horizon: input.horizon,
    deadline: input.horizon === 'deadline' ? (input.deadline ?? null) : null,
    state: MEASURE_WORKFLOW.initial,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await ctx.audit({
    action: 'rectification.measure_add',
    targetType: 'rectification_list',
    targetId: listId,
    districtId: list.districtId,
    after: { problemId, ...input },
  });
  return getRectificationList(ctx, listId);
}

/**
 * Moves a measure: `complete` with its evidence (done on today), `check` (验收) by the office, `reopen` with a
 * reason. A closed problem's measures stay as they are until the problem is reopened. Throws not_found,
 * validation_failed (evidence, note), invalid_transition, conflict (rectification_problem_closed).
 */
export async function moveMeasure(
  ctx: Ctx,
  listId: string,
  measureId: string,
  move: z.infer<typeof ZMeasureMove>,
) {
  const list = await listWritable(ctx, listId);
  const [measure] = await ctx.tx
    .select()
    .from(rectificationMeasure)
    .where(and(eq(rectificationMeasure.id, measureId), eq(rectificationMeasure.listId, listId)));
  if (!measure) {
    throw notFound('rectification_measure_not_found');
  }
  const problem = await lockProblem(ctx, listId, measure.problemId);
  if (problem.state !== 'open') {
    throw conflict('rectification_problem_closed');
  }
  const [current] = await ctx.tx
    .select()
    .from(rectificationMeasure)
    .where(eq(rectificationMeasure.id, measureId))
    .for('update');
  const state = current?.state ?? measure.state;
  const action: MeasureAction = move.action;
  const def = MEASURE_WORKFLOW.actions[action];
  if (!(def.from as readonly string[]).includes(state)) {
    throw refused(state);
  }
  const changes = changesFor(ctx, action, move);
  await ctx.tx
    .update(rectificationMeasure)
    .set({ ...changes, state: def.to, updatedAt: ctx.now })
    .where(eq(rectificationMeasure.id, measureId));
  await ctx.audit({
    action: `rectification.measure_${action}`,
    targetType: 'rectification_list',
    targetId: listId,
    districtId: list.districtId,
    before: { measureId, state },
    after: { measureId, state: def.to, evidence: move.evidence, note: move.note },
  });
  return getRectificationList(ctx, listId);
}

function changesFor(ctx: Ctx, action: MeasureAction, move: z.infer<typeof ZMeasureMove>) {
  switch (action) {
    case 'complete':
      if (!move.evidence) {
        throw invalidField('body.evidence', 'rectification_evidence_required');
      }
      return { evidence: move.evidence, doneOn: dayIn(ctx.zone, ctx.now), doneBy: ctx.actor.accountId };
    case 'check':
      return { checkedAt: ctx.now, checkedBy: ctx.actor.accountId, checkNote: move.note ?? null };
    case 'reopen':
      if (!move.note) {
        throw invalidField('body.note', 'rectification_note_required');
      }
      return { checkedAt: null, checkedBy: null, doneOn: null, checkNote: move.note };
    default:
      return assertNever(action);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${String(x)}`);
}

/**
 * Closes (销号) or reopens a problem. Closing needs at least one measure and every measure done and checked
 * (effect require_measures_checked); otherwise 409 saying how many are not done and not checked. Throws not_found,
 * invalid_transition, conflict (rectification_no_measures, rectification_measures_pending), validation_failed.
 */
export async function moveProblem(
  ctx: Ctx,
  listId: string,
  problemId: string,
  move: z.infer<typeof ZProblemMove>,
) {
  const list = await listWritable(ctx, listId);
  const problem = await lockProblem(ctx, listId, problemId);
  const action: ProblemAction = move.action;
  const def = PROBLEM_WORKFLOW.actions[action];
  if (!(def.from as readonly string[]).includes(problem.state)) {
    throw refused(problem.state);
  }
  const effects: readonly string[] = 'effects' in def ? def.effects : [];
  if (effects.includes('require_measures_checked')) {
    const measures = await ctx.tx
      .select({ state: rectificationMeasure.state })
      .from(rectificationMeasure)
      .where(eq(rectificationMeasure.problemId, problemId));
    if (measures.length === 0) {
      throw conflict('rectification_no_measures');
    }
    const open = measures.filter((m) => m.state === 'open').length;
    const done = measures.filter((m) => m.state === 'done').length;
    if (open + done > 0) {
      throw conflict('rectification_measures_pending', { open, done });
    }
  }
  if ((def.requires as readonly string[]).includes('note') && !move.note) {
    throw invalidField('body.note', 'rectification_note_required');
  }
  await ctx.tx
    .update(rectificationProblem)
    .set({
      state: def.to,
      closedAt: action === 'close' ? ctx.now : null,
      closedBy: action === 'close' ? ctx.actor.accountId : null,
      updatedAt: ctx.now,
    })
    .where(eq(rectificationProblem.id, problemId));
  await ctx.audit({
    action: `rectification.problem_${action}`,
    targetType: 'rectification_list',
    targetId: listId,
    districtId: list.districtId,
    before: { problemId, state: problem.state },
    after: { problemId, state: def.to, note: move.note },
  });
  return getRectificationList(ctx, listId);
}
