import { asc, desc, eq, sql } from 'drizzle-orm';
import type { PublicRound } from '../../../shared/selection';
import { place, selectionBallot, selectionCandidate, selectionRound, selectionVoter } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { satisfactionOf } from './tally';

// The published results (公布): decided rounds only, read as the public role, whose grants hold no voter, ballot
// owner, proposer, ticket or rejection reason — the columns are not there to leak.

const ROUND_COLUMNS = {
  id: selectionRound.id,
  name: selectionRound.name,
  year: selectionRound.year,
  chooseCount: selectionRound.chooseCount,
  placeName: place.name,
  voters: sql<number>`(SELECT count(*)::int FROM ${selectionVoter} WHERE ${selectionVoter.roundId} = ${selectionRound.id})`,
  ballots: sql<number>`(SELECT count(*)::int FROM ${selectionBallot} WHERE ${selectionBallot.roundId} = ${selectionRound.id})`,
};

async function resultsOf(
  ctx: Ctx,
  round: Omit<PublicRound, 'results' | 'satisfaction'>,
): Promise<PublicRound> {
  const rows = await ctx.tx
    .select({
      name: selectionCandidate.name,
      category: selectionCandidate.category,
      budget: selectionCandidate.budget,
      votes: selectionCandidate.votes,
      rank: selectionCandidate.rank,
      isWinner: selectionCandidate.isWinner,
      isTie: selectionCandidate.isTie,
      projectId: selectionCandidate.projectId,
    })
    .from(selectionCandidate)
    .where(sql`${selectionCandidate.roundId} = ${round.id} AND ${selectionCandidate.rank} IS NOT NULL`)
    .orderBy(asc(selectionCandidate.rank));
  return {
    ...round,
    results: rows.map(({ projectId: _, ...r }) => r),
    satisfaction: await satisfactionOf(
      ctx,
      round.id,
      rows.filter((r) => r.isWinner),
    ),
  };
}

/** Decided rounds, newest year first, with their results and satisfaction. */
export async function findPublicRounds(ctx: Ctx): Promise<PublicRound[]> {
  const rounds = await ctx.tx
    .select(ROUND_COLUMNS)
    .from(selectionRound)
    .innerJoin(place, eq(place.id, selectionRound.placeId))
    .where(eq(selectionRound.state, 'decided'))
    .orderBy(desc(selectionRound.year), asc(selectionRound.name))
    .limit(50);
  return Promise.all(rounds.map((r) => resultsOf(ctx, r)));
}

/** One decided round's results. Throws selection_round_not_found (also for a round not decided yet). */
export async function getPublicRound(ctx: Ctx, id: string): Promise<PublicRound> {
  const [round] = await ctx.tx
    .select(ROUND_COLUMNS)
    .from(selectionRound)
    .innerJoin(place, eq(place.id, selectionRound.placeId))
    .where(sql`${selectionRound.id} = ${id} AND ${selectionRound.state} = 'decided'`);
  if (!round) {
    throw notFound('selection_round_not_found');
  }
  return resultsOf(ctx, round);
}
