import { and, eq } from 'drizzle-orm';
import { project, projectFollower } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';

/** Follows a project: staff who read it, or anyone signed in once it is published. Throws project_not_found. */
export async function followProject(ctx: Ctx, id: string, isFollowing: boolean): Promise<void> {
  if (!ctx.actor.accountId) {
    throw forbidden();
  }
  const [p] = await ctx.tx.select({ id: project.id }).from(project).where(eq(project.id, id));
  if (!p) {
    throw notFound('project_not_found');
  }
  if (isFollowing) {
    await ctx.tx
      .insert(projectFollower)
      .values({ projectId: id, accountId: ctx.actor.accountId, createdAt: ctx.now })
      .onConflictDoNothing();
  } else {
    await ctx.tx
      .delete(projectFollower)
      .where(and(eq(projectFollower.projectId, id), eq(projectFollower.accountId, ctx.actor.accountId)));
  }
}

export async function followersOf(ctx: Ctx, id: string): Promise<string[]> {
  const rows = await ctx.tx
    .select({ accountId: projectFollower.accountId })
    .from(projectFollower)
    .where(eq(projectFollower.projectId, id));
  return rows.map((r) => r.accountId);
}
