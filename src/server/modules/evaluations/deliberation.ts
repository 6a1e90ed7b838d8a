import { and, asc, desc, eq } from 'drizzle-orm';
import { type Comment, type CommentState, periodOf, type VoteChoice } from '../../../shared/evaluations';
import { projectComment, projectVote } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { maskName } from '../../platform/mask';
import { dayIn } from '../../platform/time-zone';
import { requireVisibleProject } from '../projects';

// 议: residents and volunteers comment on a published project (pending until an office approves) and vote once
// a month. The period is the month the comment or vote is made in (the installation's zone), never chosen.

type CommentRow = typeof projectComment.$inferSelect;

export function presentComment(r: CommentRow): Comment {
  return {
    id: r.id,
    body: r.body,
    authorName: r.authorName,
    createdAt: r.createdAt.toISOString(),
    period: r.period,
    state: r.state,
    hideReason: r.hideReason,
    moderatedAt: r.moderatedAt?.toISOString() ?? null,
  };
}

export function currentPeriod(ctx: Ctx): string {
  return periodOf(dayIn(ctx.zone, ctx.now));
}

/**
 * Comments on a project the caller sees, published ones for residents and volunteers: pending until moderated.
 * The author's name is stored masked, as the public page shows it. Throws project_not_found.
 */
export async function postComment(ctx: Ctx, projectId: string, body: string): Promise<Comment> {
  const p = await requireVisibleProject(ctx, projectId);
  if (!p.isPublished) {
    throw notFound('project_not_found');
  }
  const [row] = await ctx.tx
    .insert(projectComment)
    .values({
      districtId: p.districtId,
      projectId,
      period: currentPeriod(ctx),
      body,
      authorId: ctx.actor.accountId ?? '',
      authorName: maskName(ctx.actor.name) ?? '*',
      createdAt: ctx.now,
    })
    .returning();
  if (!row) {
    throw new Error('comment insert returned nothing');
  }
  return presentComment(row);
}

/** Votes on a published project for this month, once. Throws project_not_found, conflict (already voted). */
export async function castVote(ctx: Ctx, projectId: string, choice: VoteChoice) {
  const p = await requireVisibleProject(ctx, projectId);
  if (!p.isPublished || !ctx.actor.accountId) {
    throw notFound('project_not_found');
  }
  const period = currentPeriod(ctx);
  const [row] = await ctx.tx
    .insert(projectVote)
    .values({
      districtId: p.districtId,
      projectId,
      period,
      accountId: ctx.actor.accountId,
      choice,
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    throw conflict('evaluation_vote_cast');
  }
  return { period, choice };
}

/** The caller's own vote and comments on a project this month. Throws project_not_found. */
export async function myDeliberation(ctx: Ctx, projectId: string) {
  await requireVisibleProject(ctx, projectId);
  const period = currentPeriod(ctx);
  const accountId = ctx.actor.accountId ?? '';
  const [vote] = await ctx.tx
    .select({ choice: projectVote.choice })
    .from(projectVote)
    .where(
      and(
        eq(projectVote.projectId, projectId),
        eq(projectVote.period, period),
        eq(projectVote.accountId, accountId),
      ),
    );
  const comments = await ctx.tx
    .select()
    .from(projectComment)
    .where(and(eq(projectComment.projectId, projectId), eq(projectComment.authorId, accountId)))
    .orderBy(desc(projectComment.createdAt));
  return { period, vote: vote?.choice ?? null, comments: comments.map(presentComment) };
}

/** A project's comments for the desks that read it, newest first, optionally of one state. */
export async function findComments(ctx: Ctx, projectId: string, state?: CommentState) {
  await requireVisibleProject(ctx, projectId);
  const rows = await ctx.tx
    .select()
    .from(projectComment)
    .where(and(eq(projectComment.projectId, projectId), state ? eq(projectComment.state, state) : undefined))
    .orderBy(desc(projectComment.createdAt));
  return rows.map(presentComment);
}

/** The approved comments of a published project, oldest first: what the public page shows. */
export async function findPublicComments(ctx: Ctx, projectId: string) {
  await requireVisibleProject(ctx, projectId);
  const rows = await ctx.tx
    .select({
      id: projectComment.id,
      body: projectComment.body,
      authorName: projectComment.authorName,
      createdAt: projectComment.createdAt,
    })
    .from(projectComment)
    .where(and(eq(projectComment.projectId, projectId), eq(projectComment.state, 'approved')))
    .orderBy(asc(projectComment.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
