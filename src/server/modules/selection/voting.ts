import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { BallotView, ZBallotInput, ZRatingInput, ZVoterInput } from '../../../shared/selection';
import {
  account,
  selectionBallot,
  selectionCandidate,
  selectionRating,
  selectionRound,
  selectionVoter,
} from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { uniqueOrConflict } from '../../platform/db-errors';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { requireState } from './candidates';
import { getRound, roundWritable } from './rounds';

// 票决 and 评估: the office registers the voters; each voter casts one ballot per round and rates each project of
// the round once at the year's end. Whether a caller may vote is decided per round by the registration.

/**
 * Registers accounts of the office's area as voters (deputies or representatives) until voting ends; already
 * registered ones stay as they are. Throws selection_round_not_found, invalid_transition,
 * selection_voter_not_found.
 */
export async function registerVoters(ctx: Ctx, roundId: string, input: z.infer<typeof ZVoterInput>) {
  const round = await roundWritable(ctx, roundId);
  requireState('registerVoter', round.state);
  const ids = [...new Set(input.accountIds)];
  const people = await ctx.tx
    .select({ id: account.id, name: account.displayName })
    .from(account)
    .where(inArray(account.id, ids));
  if (people.length !== ids.length) {
    throw notFound('selection_voter_not_found');
  }
  await ctx.tx
    .insert(selectionVoter)
    .values(
      people.map((p) => ({
        roundId,
        accountId: p.id,
        districtId: round.districtId,
        placePath: round.placePath,
        role: input.role,
        name: p.name,
        createdAt: ctx.now,
      })),
    )
    .onConflictDoNothing();
  await ctx.audit({
    action: 'selection.voters_add',
    targetType: 'selection_round',
    targetId: roundId,
    districtId: round.districtId,
    after: input,
  });
  return getRound(ctx, roundId);
}

/** The round as its registered voter sees it. Throws selection_round_not_found, forbidden (not a voter). */
async function asVoter(ctx: Ctx, roundId: string) {
  const [round] = await ctx.tx.select().from(selectionRound).where(eq(selectionRound.id, roundId));
  if (!round) {
    throw notFound('selection_round_not_found');
  }
  const [voter] = await ctx.tx
    .select()
    .from(selectionVoter)
    .where(and(eq(selectionVoter.roundId, roundId), eq(selectionVoter.accountId, ctx.actor.accountId ?? '')));
  if (!voter) {
    throw forbidden('selection_not_voter');
  }
  return round;
}

/** The rounds the caller votes in, newest first, each as their ballot page shows it. */
export async function myBallots(ctx: Ctx): Promise<BallotView[]> {
  const mine = await ctx.tx
    .select({ roundId: selectionVoter.roundId })
    .from(selectionVoter)
    .where(eq(selectionVoter.accountId, ctx.actor.accountId ?? ''));
  const views = await Promise.all(mine.map((m) => ballotView(ctx, m.roundId)));
  return views.sort((a, b) => b.year - a.year || a.name.localeCompare(b.name));
}

/**
 * A voter's ballot page: the shortlist and N while voting, their own choices once cast, and after the decision
 * the round's projects with their own rating. Throws selection_round_not_found, forbidden.
 */
export async function ballotView(ctx: Ctx, roundId: string): Promise<BallotView> {
  const round = await asVoter(ctx, roundId);
  const candidates = await ctx.tx
    .select()
    .from(selectionCandidate)
    .where(eq(selectionCandidate.roundId, roundId))
    .orderBy(selectionCandidate.seq);
  const [mine] = await ctx.tx
    .select({ ids: selectionBallot.candidateIds })
    .from(selectionBallot)
    .where(and(eq(selectionBallot.roundId, roundId), eq(selectionBallot.voterId, ctx.actor.accountId ?? '')));
  const ratings = await ctx.tx
    .select({ projectId: selectionRating.projectId, rating: selectionRating.rating })
    .from(selectionRating)
    .where(and(eq(selectionRating.roundId, roundId), eq(selectionRating.voterId, ctx.actor.accountId ?? '')));
  return {
    roundId,
    name: round.name,
    year: round.year,
    state: round.state,
    chooseCount: round.chooseCount,
    candidates: candidates
      .filter((c) => c.status === 'shortlisted')
      .map((c) => ({ id: c.id, name: c.name, summary: c.summary, budget: c.budget, category: c.category })),
    myChoices: mine ? mine.ids : null,
    projects: candidates.flatMap((c) =>
      c.isWinner && c.projectId
        ? [
            {
              projectId: c.projectId,
              name: c.name,
              myRating: ratings.find((r) => r.projectId === c.projectId)?.rating ?? null,
            },
          ]
        : [],
    ),
  };
}

/**
 * Casts the caller's one ballot: up to N shortlisted candidates of a round in voting. A second ballot, or the
 * loser of two at once (the unique key decides), gets 409; so does a ballot that lost the race against the
 * decision (the decision holds the round's row, which the ballot's key check waits for, and the state is read
 * again after the write). Throws selection_round_not_found, forbidden, invalid_transition, validation_failed,
 * conflict (selection_already_voted).
 */
export async function castBallot(ctx: Ctx, roundId: string, input: z.infer<typeof ZBallotInput>) {
  const round = await asVoter(ctx, roundId);
  requireState('castBallot', round.state);
  const chosen = [...new Set(input.candidateIds)];
  if (chosen.length > round.chooseCount) {
    throw new AppError('validation_failed', 'selection_too_many', [], { n: round.chooseCount });
  }
  const shortlisted = await ctx.tx
    .select({ id: selectionCandidate.id })
    .from(selectionCandidate)
    .where(
      and(
        eq(selectionCandidate.roundId, roundId),
        eq(selectionCandidate.status, 'shortlisted'),
        inArray(selectionCandidate.id, chosen),
      ),
    );
  if (shortlisted.length !== chosen.length) {
    throw new AppError('validation_failed', 'selection_not_shortlisted');
  }
  await uniqueOrConflict(
    () =>
      ctx.tx.insert(selectionBallot).values({
        districtId: round.districtId,
        roundId,
        placePath: round.placePath,
        voterId: ctx.actor.accountId ?? '',
        candidateIds: chosen,
        castAt: ctx.now,
      }),
    'body.candidateIds',
    'selection_already_voted',
  );
  const [now] = await ctx.tx
    .select({ state: selectionRound.state })
    .from(selectionRound)
    .where(eq(selectionRound.id, roundId));
  requireState('castBallot', now?.state ?? 'decided');
  // Who voted is audited, never what: the ballot row is the only record of the choices.
  await ctx.audit({
    action: 'selection.ballot_cast',
    targetType: 'selection_round',
    targetId: roundId,
    districtId: round.districtId,
  });
  return ballotView(ctx, roundId);
}

/**
 * 年终满意度测评: a voter rates one project of a decided round once (满意, 基本满意, 不满意). Throws
 * selection_round_not_found, forbidden, invalid_transition, not_found (selection_not_winner), conflict
 * (selection_already_rated).
 */
export async function rateProject(ctx: Ctx, roundId: string, input: z.infer<typeof ZRatingInput>) {
  const round = await asVoter(ctx, roundId);
  requireState('rate', round.state);
  const [winner] = await ctx.tx
    .select({ id: selectionCandidate.id })
    .from(selectionCandidate)
    .where(
      and(
        eq(selectionCandidate.roundId, roundId),
        eq(selectionCandidate.projectId, input.projectId),
        eq(selectionCandidate.isWinner, true),
      ),
    );
  if (!winner) {
    throw notFound('selection_not_winner');
  }
  await uniqueOrConflict(
    () =>
      ctx.tx.insert(selectionRating).values({
        roundId,
        projectId: input.projectId,
        voterId: ctx.actor.accountId ?? '',
        districtId: round.districtId,
        placePath: round.placePath,
        rating: input.rating,
        ratedAt: ctx.now,
      }),
    'body.projectId',
    'selection_already_rated',
  );
  await ctx.audit({
    action: 'selection.rate',
    targetType: 'selection_round',
    targetId: roundId,
    districtId: round.districtId,
  });
  return ballotView(ctx, roundId);
}
