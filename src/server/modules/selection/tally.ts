import { asc, eq, sql } from 'drizzle-orm';
import type { Candidate, Satisfaction } from '../../../shared/selection';
import { countVotes, type Rating, rankCandidates } from '../../../shared/selection-workflow';
import { place, selectionBallot, selectionCandidate, selectionRating } from '../../db/schema';
import type { Ctx } from '../../platform/context';

// The counts of a round, read the same way by the office, the voters' page and the public results: ballots are
// counted per candidate and ranked by shared/selection-workflow.ts; once decided, the stored result is the one.

type CandidateRow = typeof selectionCandidate.$inferSelect & { placeName: string };
type Round = { id: string; state: string; chooseCount: number };

/** A round's candidates in their order of entry, with their place's name. */
export async function candidatesOf(ctx: Ctx, roundId: string): Promise<CandidateRow[]> {
  const rows = await ctx.tx
    .select({ c: selectionCandidate, placeName: place.name })
    .from(selectionCandidate)
    .innerJoin(place, eq(place.id, selectionCandidate.placeId))
    .where(eq(selectionCandidate.roundId, roundId))
    .orderBy(asc(selectionCandidate.seq));
  return rows.map((r) => ({ ...r.c, placeName: r.placeName }));
}

/** The ballots' choices of a round (no voter named). */
export async function ballotsOf(ctx: Ctx, roundId: string): Promise<string[][]> {
  const rows = await ctx.tx
    .select({ ids: selectionBallot.candidateIds })
    .from(selectionBallot)
    .where(eq(selectionBallot.roundId, roundId));
  return rows.map((r) => r.ids);
}

/**
 * The candidates as the office sees them: while voting, the live count and the ranking it would give among the
 * shortlisted; once decided, the stored result. Rejected and proposed ones carry no count.
 */
export function presentCandidates(round: Round, rows: CandidateRow[], ballots: string[][]): Candidate[] {
  const counting = round.state === 'voting';
  const counts = countVotes(ballots);
  const ranked = counting
    ? rankCandidates(
        rows
          .filter((c) => c.status === 'shortlisted')
          .map((c) => ({ id: c.id, votes: counts.get(c.id) ?? 0, budget: c.budget, seq: c.seq })),
        round.chooseCount,
      )
    : [];
  const byId = new Map(ranked.map((r) => [r.id, r]));
  return rows.map((c) => {
    const live = byId.get(c.id);
    return {
      id: c.id,
      seq: c.seq,
      source: c.source,
      ticketId: c.ticketId,
      reviewId: c.reviewId,
      name: c.name,
      summary: c.summary,
      budget: c.budget,
      placeId: c.placeId,
      placeName: c.placeName,
      category: c.category,
      proposer: c.proposer,
      status: c.status,
      reason: c.reason,
      votes: live ? live.votes : c.votes,
      rank: live ? live.rank : c.rank,
      isWinner: live ? live.isWinner : c.isWinner,
      isTie: live ? live.isTie : c.isTie,
      projectId: c.projectId,
    };
  });
}

const ZERO: Record<Rating, number> = { satisfied: 0, fairly_satisfied: 0, dissatisfied: 0 };

/**
 * 年终满意度测评: per project of the round, how many voters said 满意, 基本满意, 不满意, and the satisfaction rate
 * (满意 + 基本满意 over all ratings, one decimal; null before any rating).
 */
export async function satisfactionOf(
  ctx: Ctx,
  roundId: string,
  winners: readonly { projectId: string | null; name: string }[],
): Promise<Satisfaction[]> {
  const rows = await ctx.tx
    .select({
      projectId: selectionRating.projectId,
      rating: selectionRating.rating,
      n: sql<number>`count(*)::int`,
    })
    .from(selectionRating)
    .where(eq(selectionRating.roundId, roundId))
    .groupBy(selectionRating.projectId, selectionRating.rating);
  return winners.flatMap((w) => {
    if (!w.projectId) {
      return [];
    }
    const counts = { ...ZERO };
    for (const r of rows.filter((x) => x.projectId === w.projectId)) {
      counts[r.rating] = r.n;
    }
    const all = counts.satisfied + counts.fairly_satisfied + counts.dissatisfied;
    return [
      {
        projectId: w.projectId,
        name: w.name,
        satisfied: counts.satisfied,
        fairlySatisfied: counts.fairly_satisfied,
        dissatisfied: counts.dissatisfied,
        rate: all === 0 ? null : Math.round(((counts.satisfied + counts.fairly_satisfied) * 1000) / all) / 10,
      },
    ];
  });
}
