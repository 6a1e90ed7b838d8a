import { actionsFrom, closedStates, defineWorkflow } from './workflow';

// 民生实事项目人大代表票决制 (征集 → 筛选 → 票决 → 实施 → 监督 → 评估): a selection round's machine. The office
// gathers candidates (征集), screens them (筛选), opens the vote to the registered voters (票决) and decides: the
// top N become the year's projects (实施, 监督 in the projects module); the voters rate each at the year's end (评估).
// docs/selection.md.

export const ROUND_WORKFLOW = defineWorkflow({
  initial: 'collecting',
  states: {
    collecting: { isOpen: true },
    screening: { isOpen: true },
    voting: { isOpen: true },
    decided: { isOpen: false },
  },
  actions: {
    // Gathering ends; the office marks each candidate shortlisted or rejected with a reason.
    screen: { from: ['collecting'], who: ['office'], requires: [], to: 'screening' },
    // Needs at least N shortlisted candidates and one voter (effect require_ballot_ready).
    open_voting: {
      from: ['screening'],
      who: ['office'],
      requires: [],
      to: 'voting',
      effects: ['require_ballot_ready'],
    },
    // Counts the ballots; the top N become projects (effect create_projects).
    decide: {
      from: ['voting'],
      who: ['office'],
      requires: ['winners'],
      to: 'decided',
      effects: ['create_projects'],
    },
  },
});
export type RoundState = keyof typeof ROUND_WORKFLOW.states;
export type RoundAction = keyof typeof ROUND_WORKFLOW.actions;
export const ROUND_STATES = Object.keys(ROUND_WORKFLOW.states) as RoundState[];
export const ROUND_ACTIONS = Object.keys(ROUND_WORKFLOW.actions) as RoundAction[];
export const CLOSED_ROUND_STATES = closedStates(ROUND_WORKFLOW); // decided

/** What may happen to a round's candidates and ballots in each state: the rule every write checks. */
export const ROUND_RULES = {
  addCandidate: ['collecting'],
  screenCandidate: ['collecting', 'screening'],
  registerVoter: ['collecting', 'screening', 'voting'],
  castBallot: ['voting'],
  rate: ['decided'],
} as const satisfies Record<string, readonly RoundState[]>;
export type RoundRule = keyof typeof ROUND_RULES;

/** Whether `rule` is open in `state`. */
export function isAllowedIn(rule: RoundRule, state: RoundState): boolean {
  return (ROUND_RULES[rule] as readonly RoundState[]).includes(state);
}

/** The round actions open from `state`. */
export const roundActionsFrom = (state: RoundState) => actionsFrom(ROUND_WORKFLOW, state);

/** Where candidates come from: a ticket (by id), a suggestion (free text), a monthly review's new task. */
export const CANDIDATE_SOURCES = ['ticket', 'suggestion', 'review'] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

/** 待筛选, 入围, 未入围. */
export const CANDIDATE_STATUSES = ['proposed', 'shortlisted', 'rejected'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** 满意, 基本满意, 不满意 (year-end satisfaction vote). */
export const RATINGS = ['satisfied', 'fairly_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

export type Rankable = { id: string; votes: number; budget: number | null; seq: number };
export type Ranked<T extends Rankable> = T & { rank: number; isWinner: boolean; isTie: boolean };

/**
 * The order of a vote: most votes first; among equal votes the smaller estimated budget (more projects for the
 * money; none given counts as largest), then the earlier candidate. The first `n` win. `isTie` marks every
 * candidate whose vote count equals that of the last winner while another with the same count lost, or won only
 * on the tie-break — the office sees that the rule, not the voters, split them. Pure: pinned by its unit test.
 */
export function rankCandidates<T extends Rankable>(candidates: readonly T[], n: number): Ranked<T>[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.votes - a.votes ||
      (a.budget ?? Number.MAX_SAFE_INTEGER) - (b.budget ?? Number.MAX_SAFE_INTEGER) ||
      a.seq - b.seq,
  );
  const lastWinner = sorted[Math.min(n, sorted.length) - 1];
  const firstLoser = sorted[n];
  const boundaryTied =
    lastWinner !== undefined && firstLoser !== undefined && lastWinner.votes === firstLoser.votes;
  return sorted.map((c, i) => ({
    ...c,
    rank: i + 1,
    isWinner: i < n,
    isTie: boundaryTied && c.votes === lastWinner?.votes,
  }));
}

/** Counts ballots per candidate: each ballot's choices once each. */
export function countVotes(ballots: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const choices of ballots) {
    for (const id of new Set(choices)) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}
