import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { Review, ReviewTaskInput, ZReviewInput, ZReviewQuery } from '../../../shared/selection';
import { monthlyReview, monthlyReviewTask, place } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';
import { addMilestone } from '../projects';
import { createTicket } from '../tickets';
import { insertCandidate } from './candidates';
import { roundWritable } from './rounds';

// 一月一调度 (BRIEF §5): the record of a monthly scheduling meeting — when, where, who, what was decided — and
// its new tasks, each of which becomes a milestone of a project, a ticket or a selection candidate in the same
// transaction; the record keeps a link to what each created.

type ReviewRow = typeof monthlyReview.$inferSelect;
type Place = { id: string; path: string; districtId: string | null };

/** Makes what a task asks for through the owning module, and says what it made. */
async function carryOut(ctx: Ctx, review: { id: string; title: string; place: Place }, t: ReviewTaskInput) {
  switch (t.kind) {
    case 'milestone':
      await addMilestone(ctx, t.projectId ?? '', {
        name: t.title,
        plannedDate: t.plannedDate ?? '',
        weight: 1,
      });
      return { projectId: t.projectId ?? null };
    case 'ticket': {
      const made = await createTicket(ctx, {
        kind: 'problem',
        title: t.title,
        description: t.detail ?? `${review.title}：${t.title}`,
        placeId: t.placeId ?? review.place.id,
        channel: 'meeting',
        urgency: 'normal',
        horizon: 'deadline',
        isAnonymous: false,
        isPublic: false,
      });
      return { ticketId: made.id };
    }
    case 'candidate': {
      const round = await roundWritable(ctx, t.roundId ?? '');
      const candidateId = await insertCandidate(
        ctx,
        round,
        { source: 'review', name: t.title, summary: t.detail ?? t.title, category: 'other' },
        review.id,
      );
      return { candidateId, roundId: round.id };
    }
    default:
      return assertNever(t.kind);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${String(x)}`);
}

/**
 * Records a monthly review and carries out its tasks, all or nothing. Throws place_not_found, and what the
 * owning modules throw for a task (project_not_found, selection_round_not_found, invalid_transition, …).
 */
export async function createReview(ctx: Ctx, input: z.infer<typeof ZReviewInput>) {
  const home = await loadWritable(ctx, input.placeId);
  const districtId = home.districtId ?? home.id;
  const [created] = await ctx.tx
    .insert(monthlyReview)
    .values({
      districtId,
      placeId: home.id,
      placePath: home.path,
      heldOn: input.heldOn,
      title: input.title,
      attendees: input.attendees,
      decisions: input.decisions,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
    })
    .returning({ id: monthlyReview.id });
  const id = created?.id ?? '';
  for (const [i, t] of input.tasks.entries()) {
    const made = await carryOut(ctx, { id, title: input.title, place: home }, t);
    await ctx.tx.insert(monthlyReviewTask).values({
      districtId,
      reviewId: id,
      placePath: home.path,
      seq: i + 1,
      kind: t.kind,
      title: t.title,
      detail: t.detail ?? null,
      ...made,
    });
  }
  await ctx.audit({
    action: 'review.create',
    targetType: 'monthly_review',
    targetId: id,
    districtId,
    after: input,
  });
  return getReview(ctx, id);
}

async function present(ctx: Ctx, rows: { r: ReviewRow; placeName: string }[]): Promise<Review[]> {
  const ids = rows.map((x) => x.r.id);
  const tasks =
    ids.length === 0
      ? []
      : await ctx.tx
          .select()
          .from(monthlyReviewTask)
          .where(inArray(monthlyReviewTask.reviewId, ids))
          .orderBy(asc(monthlyReviewTask.seq));
  return rows.map(({ r, placeName }) => ({
    id: r.id,
    placeId: r.placeId,
    placeName,
    heldOn: r.heldOn,
    title: r.title,
    attendees: r.attendees,
    decisions: r.decisions,
    tasks: tasks
      .filter((t) => t.reviewId === r.id)
      .map((t) => ({
        id: t.id,
        kind: t.kind,
        title: t.title,
        detail: t.detail,
        projectId: t.projectId,
        ticketId: t.ticketId,
        candidateId: t.candidateId,
        roundId: t.roundId,
      })),
  }));
}

/** One review with its tasks and what they made. Throws review_not_found. */
export async function getReview(ctx: Ctx, id: string): Promise<Review> {
  const rows = await ctx.tx
    .select({ r: monthlyReview, placeName: place.name })
    .from(monthlyReview)
    .innerJoin(place, eq(place.id, monthlyReview.placeId))
    .where(eq(monthlyReview.id, id));
  const [row] = rows;
  if (!row || !isWithin(row.r.placePath, scopeOf(ctx.actor))) {
    throw notFound('review_not_found');
  }
  const [review] = await present(ctx, [row]);
  if (!review) {
    throw notFound('review_not_found');
  }
  return review;
}

/** The reviews of the caller's subtree, latest meeting first. */
export async function findReviews(ctx: Ctx, query: z.infer<typeof ZReviewQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({ r: monthlyReview, placeName: place.name })
    .from(monthlyReview)
    .innerJoin(place, eq(place.id, monthlyReview.placeId))
    .where(
      and(
        scope === '*' ? undefined : sql`${monthlyReview.placePath} <@ ${scope}::ltree`,
        under ? sql`${monthlyReview.placePath} <@ ${under.path}::ltree` : undefined,
        after
          ? sql`(${monthlyReview.heldOn}, ${monthlyReview.id}) < (${after[0]}::date, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(monthlyReview.heldOn), desc(monthlyReview.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (x) => [x.r.heldOn, x.r.id]);
  return { items: await present(ctx, page.items), nextCursor: page.nextCursor };
}
