import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CandidateInput, ZCandidateScreen } from '../../../shared/selection';
import { isAllowedIn, type RoundRule, type RoundState } from '../../../shared/selection-workflow';
import { selectionCandidate } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, invalidField, notFound } from '../../platform/errors';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';
import { getTicketRow } from '../tickets';
import { getRound, type RoundRow, roundWritable } from './rounds';

// 征集 and 筛选: candidates gathered from tickets, suggestions and monthly reviews, then shortlisted or rejected.

/** 409 unless the round's state allows `rule` (shared/selection-workflow.ts ROUND_RULES). */
export function requireState(rule: RoundRule, state: RoundState): void {
  if (!isAllowedIn(rule, state)) {
    throw new AppError('invalid_transition', 'selection_not_in_state', [], { state });
  }
}

/**
 * Adds a candidate to a round that is collecting, on a place of its subtree (default: the round's place). A ticket
 * candidate names its ticket, which must be one of the round's area. Used by the route and by monthly reviews
 * (source `review`). Throws selection_round_not_found, invalid_transition, place_not_found, validation_failed.
 */
export async function insertCandidate(
  ctx: Ctx,
  round: RoundRow,
  input: CandidateInput,
  reviewId: string | null = null,
): Promise<string> {
  requireState('addCandidate', round.state);
  const where = input.placeId ? await loadWritable(ctx, input.placeId) : null;
  if (where && !isWithin(where.path, round.placePath)) {
    throw notFound('place_not_found');
  }
  let ticketId: string | null = null;
  if (input.source === 'ticket') {
    const row = input.ticketId ? await getTicketRow(ctx.tx, input.ticketId) : undefined;
    if (!input.ticketId) {
      throw invalidField('body.ticketId', 'selection_ticket_required');
    }
    if (!row || !isWithin(row.placePath, round.placePath)) {
      throw notFound('ticket_not_found');
    }
    ticketId = row.id;
  }
  const [{ seq } = { seq: 1 }] = await ctx.tx
    .select({ seq: sql<number>`coalesce(max(${selectionCandidate.seq}), 0)::int + 1` })
    .from(selectionCandidate)
    .where(eq(selectionCandidate.roundId, round.id));
  const [created] = await ctx.tx
    .insert(selectionCandidate)
    .values({
      districtId: round.districtId,
      roundId: round.id,
      placePath: round.placePath,
      seq,
      source: reviewId ? 'review' : input.source,
      ticketId,
      reviewId,
      name: input.name,
      summary: input.summary,
      budget: input.budget ?? null,
      placeId: where?.id ?? round.placeId,
      category: input.category,
      proposer: input.proposer ?? null,
      status: 'proposed',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: selectionCandidate.id });
  const id = created?.id ?? '';
  await ctx.audit({
    action: 'selection.candidate_add',
    targetType: 'selection_round',
    targetId: round.id,
    districtId: round.districtId,
    after: { candidateId: id, ...input, reviewId },
  });
  return id;
}

/** The route's 征集: adds a candidate and answers the round. Throws as insertCandidate. */
export async function addCandidate(ctx: Ctx, roundId: string, input: CandidateInput) {
  const round = await roundWritable(ctx, roundId);
  await insertCandidate(ctx, round, input);
  return getRound(ctx, roundId);
}

/**
 * 筛选: marks a candidate shortlisted or rejected (with the reason), or back to proposed, while the round collects
 * or screens. Throws selection_round_not_found, selection_candidate_not_found, invalid_transition,
 * validation_failed (selection_reason_required).
 */
export async function screenCandidate(
  ctx: Ctx,
  roundId: string,
  candidateId: string,
  input: z.infer<typeof ZCandidateScreen>,
) {
  const round = await roundWritable(ctx, roundId);
  requireState('screenCandidate', round.state);
  if (input.status === 'rejected' && !input.reason) {
    throw invalidField('body.reason', 'selection_reason_required');
  }
  const changed = await ctx.tx
    .update(selectionCandidate)
    .set({
      status: input.status,
      reason: input.status === 'rejected' ? (input.reason ?? null) : null,
      updatedAt: ctx.now,
    })
    .where(and(eq(selectionCandidate.id, candidateId), eq(selectionCandidate.roundId, roundId)))
    .returning({ id: selectionCandidate.id });
  if (changed.length === 0) {
    throw notFound('selection_candidate_not_found');
  }
  await ctx.audit({
    action: 'selection.candidate_screen',
    targetType: 'selection_round',
    targetId: roundId,
    districtId: round.districtId,
    after: { candidateId, ...input },
  });
  return getRound(ctx, roundId);
}
