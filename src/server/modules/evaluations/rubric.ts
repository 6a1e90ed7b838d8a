import { eq } from 'drizzle-orm';
import { DEFAULT_RUBRIC, type Rubric } from '../../../shared/evaluations';
import { evaluationRubric } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { forbidden } from '../../platform/errors';

/** The district's rubric, or the default one when its offices set none. */
export async function rubricOf(ctx: Ctx, districtId: string | null) {
  const [row] = districtId
    ? await ctx.tx.select().from(evaluationRubric).where(eq(evaluationRubric.districtId, districtId))
    : [];
  const criteria = row?.criteria ?? DEFAULT_RUBRIC.criteria;
  return {
    criteria,
    isDefault: !row,
    maxTotal: criteria.reduce((sum, c) => sum + c.maxPoints, 0),
  };
}

/** The caller's district rubric. */
export function getRubric(ctx: Ctx) {
  return rubricOf(ctx, ctx.actor.districtId);
}

/**
 * Sets the caller's district rubric. Score sheets already filed keep the rubric they were scored on; the
 * evaluation lists each current criterion with the mean of the sheets that scored it. Throws forbidden (an
 * account of no district).
 */
export async function setRubric(ctx: Ctx, rubric: Rubric) {
  const districtId = ctx.actor.districtId;
  if (!districtId) {
    throw forbidden('evaluation_rubric_no_district');
  }
  const before = await rubricOf(ctx, districtId);
  await ctx.tx
    .insert(evaluationRubric)
    .values({ districtId, criteria: rubric.criteria, updatedBy: ctx.actor.accountId, updatedAt: ctx.now })
    .onConflictDoUpdate({
      target: evaluationRubric.districtId,
      set: { criteria: rubric.criteria, updatedBy: ctx.actor.accountId, updatedAt: ctx.now },
    });
  await ctx.audit({
    action: 'evaluation.rubric',
    targetType: 'district',
    targetId: districtId,
    districtId,
    before: { criteria: before.criteria },
    after: { criteria: rubric.criteria },
  });
  return getRubric(ctx);
}
