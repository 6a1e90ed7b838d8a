import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  type Criterion,
  type Evaluation,
  meanOf,
  type VOTE_CHOICES,
  type VoteCounts,
} from '../../../shared/evaluations';
import { projectComment, projectScore, projectStatement, projectVote } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { type ProjectRef, requireVisibleProject, visibleProjects } from '../projects';
import { rubricOf } from './rubric';
import { presentSheet } from './scores';
import { presentStatement, statementOf } from './statements';

type SheetRow = typeof projectScore.$inferSelect;

/**
 * The evaluation of a project and month from its parts: whether the lead unit stated, the votes by choice, the
 * approved comments, and the leaders' sheets — the mean of their totals and, for each criterion of the current
 * rubric, the mean of the sheets that scored it (one decimal). Pure, so the figures are tested without a database.
 */
export function evaluationOf(input: {
  project: { id: string; name: string };
  period: string;
  hasStatement: boolean;
  votes: readonly { choice: (typeof VOTE_CHOICES)[number]; count: number }[];
  approvedComments: number;
  sheets: readonly Pick<SheetRow, 'total' | 'criteria'>[];
  rubric: readonly Criterion[];
}): Evaluation {
  const votes: VoteCounts = { satisfied: 0, basically_satisfied: 0, dissatisfied: 0, total: 0 };
  for (const v of input.votes) {
    votes[v.choice] += v.count;
    votes.total += v.count;
  }
  return {
    projectId: input.project.id,
    projectName: input.project.name,
    period: input.period,
    hasStatement: input.hasStatement,
    votes,
    approvedComments: input.approvedComments,
    scorers: input.sheets.length,
    meanTotal: meanOf(input.sheets.map((s) => s.total)),
    criteria: input.rubric.map((c) => ({
      ...c,
      mean: meanOf(
        input.sheets.flatMap((s) => s.criteria.filter((x) => x.key === c.key).map((x) => x.points)),
      ),
    })),
    maxTotal: input.rubric.reduce((sum, c) => sum + c.maxPoints, 0),
  };
}

/** The evaluations of projects the caller sees, for one month (a few queries for the whole set). */
async function evaluationsOf(ctx: Ctx, projects: readonly ProjectRef[], period: string) {
  const ids = projects.map((p) => p.id);
  if (ids.length === 0) {
    return { evaluations: [], sheets: [] as SheetRow[] };
  }
  const stated = await ctx.tx
    .select({ projectId: projectStatement.projectId })
    .from(projectStatement)
    .where(and(inArray(projectStatement.projectId, ids), eq(projectStatement.period, period)));
  const votes = await ctx.tx
    .select({
      projectId: projectVote.projectId,
      choice: projectVote.choice,
      count: sql<number>`count(*)::int`,
    })
    .from(projectVote)
    .where(and(inArray(projectVote.projectId, ids), eq(projectVote.period, period)))
    .groupBy(projectVote.projectId, projectVote.choice);
  const comments = await ctx.tx
    .select({ projectId: projectComment.projectId, count: sql<number>`count(*)::int` })
    .from(projectComment)
    .where(
      and(
        inArray(projectComment.projectId, ids),
        eq(projectComment.period, period),
        eq(projectComment.state, 'approved'),
      ),
    )
    .groupBy(projectComment.projectId);
  const sheets = await ctx.tx
    .select()
    .from(projectScore)
    .where(and(inArray(projectScore.projectId, ids), eq(projectScore.period, period)))
    .orderBy(asc(projectScore.createdAt));
  const rubrics = new Map<string, Criterion[]>();
  for (const districtId of new Set(projects.map((p) => p.districtId))) {
    rubrics.set(districtId, (await rubricOf(ctx, districtId)).criteria);
  }
  const evaluations = projects.map((p) =>
    evaluationOf({
      project: p,
      period,
      hasStatement: stated.some((s) => s.projectId === p.id),
      votes: votes.filter((v) => v.projectId === p.id),
      approvedComments: comments.find((c) => c.projectId === p.id)?.count ?? 0,
      sheets: sheets.filter((s) => s.projectId === p.id),
      rubric: rubrics.get(p.districtId) ?? [],
    }),
  );
  return { evaluations, sheets };
}

/** A project's evaluation of a month with its statement and sheets. Throws project_not_found. */
export async function getEvaluation(ctx: Ctx, projectId: string, period: string) {
  const p = await requireVisibleProject(ctx, projectId);
  const { evaluations, sheets } = await evaluationsOf(ctx, [p], period);
  const statement = await statementOf(ctx, projectId, period);
  const [evaluation] = evaluations;
  if (!evaluation) {
    throw new Error('an evaluation of one project is missing');
  }
  return {
    ...evaluation,
    statement: statement ? presentStatement(ctx, statement) : null,
    sheets: sheets.map((s) => presentSheet(ctx, s)),
  };
}

/**
 * The evaluations of a month of every project the caller sees, by mean total (unscored last, then by name).
 */
export async function findEvaluations(ctx: Ctx, query: { period: string; sort: 'total' | '-total' }) {
  const projects = await visibleProjects(ctx);
  const { evaluations } = await evaluationsOf(ctx, projects, query.period);
  const sign = query.sort === 'total' ? 1 : -1;
  return evaluations.sort((a, b) => {
    if (a.meanTotal === null || b.meanTotal === null) {
      return a.meanTotal === b.meanTotal ? 0 : a.meanTotal === null ? 1 : -1;
    }
    return sign * (a.meanTotal - b.meanTotal);
  });
}
