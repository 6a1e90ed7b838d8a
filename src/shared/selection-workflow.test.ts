import { describe, expect, it } from 'vitest';
import { countVotes, isAllowedIn, ROUND_WORKFLOW, rankCandidates } from './selection-workflow';
import { validateWorkflow } from './workflow';

const c = (id: string, votes: number, budget: number | null, seq: number) => ({ id, votes, budget, seq });

describe('the round machine', () => {
  it('is sound and takes ballots only while voting', () => {
    expect(validateWorkflow(ROUND_WORKFLOW)).toEqual([]);
    expect(isAllowedIn('castBallot', 'voting')).toBe(true);
    for (const s of ['collecting', 'screening', 'decided'] as const) {
      expect(isAllowedIn('castBallot', s)).toBe(false);
    }
    expect(isAllowedIn('addCandidate', 'screening')).toBe(false);
  });
});

describe('counting and ranking', () => {
  it('counts each ballot once per candidate', () => {
    const counts = countVotes([['a', 'b'], ['a'], ['b', 'b', 'c']]);
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 2, c: 1 });
  });

  it('ranks by votes, then the smaller budget, then the earlier entry; the first N win', () => {
    const ranked = rankCandidates(
      [c('late', 5, 100, 4), c('top', 9, null, 1), c('cheap', 5, 50, 3), c('low', 1, 10, 2)],
      2,
    );
    expect(ranked.map((r) => [r.id, r.rank, r.isWinner])).toEqual([
      ['top', 1, true],
      ['cheap', 2, true],
      ['late', 3, false],
      ['low', 4, false],
    ]);
    // cheap won on the tie-break against late: both are marked, the others not.
    expect(ranked.filter((r) => r.isTie).map((r) => r.id)).toEqual(['cheap', 'late']);
  });

  it('marks no tie when the boundary is clear, and all win when there are fewer than N', () => {
    expect(
      rankCandidates([c('a', 3, null, 1), c('b', 2, null, 2), c('d', 2, null, 3)], 1).some((r) => r.isTie),
    ).toBe(false);
    expect(
      rankCandidates([c('a', 0, null, 2), c('b', 0, null, 1)], 5).map((r) => [r.id, r.isWinner, r.isTie]),
    ).toEqual([
      ['b', true, false],
      ['a', true, false],
    ]);
  });
});
