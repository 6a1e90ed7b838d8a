import { eq } from 'drizzle-orm';
import type { Comment } from '../../../shared/evaluations';
import { projectComment } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { isOfficeOverProject, requireVisibleProject } from '../projects';
import { presentComment } from './deliberation';

/**
 * An office approves a comment (the public page shows it) or hides it with a reason; both are audited, and a
 * hidden comment can be approved again (a mistaken hide is undone the same way). Throws
 * evaluation_comment_not_found (not a comment of a project the caller's office is over).
 */
export async function moderateComment(
  ctx: Ctx,
  id: string,
  move: { action: 'approve' | 'hide'; reason?: string | undefined },
): Promise<Comment> {
  const [before] = await ctx.tx.select().from(projectComment).where(eq(projectComment.id, id)).for('update');
  const p = before ? await requireVisibleProject(ctx, before.projectId).catch(() => null) : null;
  if (!before || !p || !isOfficeOverProject(ctx.actor, p)) {
    throw notFound('evaluation_comment_not_found');
  }
  const state = move.action === 'approve' ? 'approved' : 'hidden';
  const [row] = await ctx.tx
    .update(projectComment)
    .set({
      state,
      hideReason: move.action === 'hide' ? (move.reason ?? null) : null,
      moderatedBy: ctx.actor.accountId,
      moderatedAt: ctx.now,
    })
    .where(eq(projectComment.id, id))
    .returning();
  if (!row) {
    throw notFound('evaluation_comment_not_found');
  }
  await ctx.audit({
    action: `evaluation.comment_${move.action}`,
    targetType: 'project_comment',
    targetId: id,
    districtId: before.districtId,
    before: { state: before.state },
    after: { state, reason: move.reason },
  });
  return presentComment(row);
}
