import { and, eq, sql } from 'drizzle-orm';
import type { ProjectCreate } from '../../../shared/projects';
import type { RoundMove } from '../../../shared/selection';
import {
  countVotes,
  ROUND_WORKFLOW,
  type RoundAction,
  rankCandidates,
} from '../../../shared/selection-workflow';
import { selectionCandidate, selectionRound, selectionVoter } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, conflict, invalidField } from '../../platform/errors';
import { createProject, getProject, linkTicket } from '../projects';
import { getRound, type RoundRow, roundWritable } from './rounds';
import { ballotsOf, candidatesOf } from './tally';

// The round's moves (shared/selection-workflow.ts): 筛选, 票决 and the decision that turns the winners into the
// year's projects.

/**
 * Moves a round: `screen` ends gathering; `open_voting` needs at least N shortlisted candidates and a voter;
 * `decide` counts the ballots, ranks the shortlisted (rankCandidates) and makes each of the top N a project —
 * a new one with the lead unit the office names for it, or an existing one it names — all in this transaction.
 * A new project from a ticket candidate is linked to that ticket (409 project_ticket_linked when the ticket already
 * belongs to another project: name that project for the winner instead). Throws selection_round_not_found,
 * invalid_transition, conflict (selection_not_ready), validation_failed (selection_winners_missing), and what
 * createProject and linkTicket throw.
 */
export async function moveRound(ctx: Ctx, id: string, move: RoundMove) {
  const round = await roundWritable(ctx, id);
  const action: RoundAction = move.action;
  const def = ROUND_WORKFLOW.actions[action];
  if (!(def.from as readonly string[]).includes(round.state)) {
    throw new AppError('invalid_transition', 'selection_not_in_state', [], { state: round.state });
  }
  const effects: readonly string[] = 'effects' in def ? def.effects : [];
  if (effects.includes('require_ballot_ready')) {
    await requireReady(ctx, round);
  }
  const decided = effects.includes('create_projects') ? await decide(ctx, round, move) : null;
  await ctx.tx
    .update(selectionRound)
    .set({
      state: def.to,
      updatedAt: ctx.now,
      ...(decided ? { decidedAt: ctx.now, decidedBy: ctx.actor.accountId } : {}),
    })
    .where(eq(selectionRound.id, id));
  await ctx.audit({
    action: `selection.${action}`,
    targetType: 'selection_round',
    targetId: id,
    districtId: round.districtId,
    before: { state: round.state },
    after: { state: def.to, ...(decided ? { winners: decided } : {}) },
  });
  return getRound(ctx, id);
}

async function requireReady(ctx: Ctx, round: RoundRow) {
  const [{ shortlisted, voters } = { shortlisted: 0, voters: 0 }] = await ctx.tx
    .select({
      shortlisted: sql<number>`(SELECT count(*)::int FROM ${selectionCandidate} WHERE ${selectionCandidate.roundId} = ${round.id} AND ${selectionCandidate.status} = 'shortlisted')`,
      voters: sql<number>`(SELECT count(*)::int FROM ${selectionVoter} WHERE ${selectionVoter.roundId} = ${round.id})`,
    })
    .from(selectionRound)
    .where(eq(selectionRound.id, round.id));
  if (shortlisted < round.chooseCount || voters === 0) {
    throw conflict('selection_not_ready', { n: round.chooseCount });
  }
}

/** The project a winner becomes: the candidate's name, place, category and budget for the round's year. */
function projectFor(
  round: RoundRow,
  c: {
    name: string;
    summary: string;
    placeId: string;
    category: ProjectCreate['category'];
    budget: number | null;
  },
  leadUnitId: string,
): ProjectCreate {
  return {
    name: c.name,
    placeId: c.placeId,
    leadUnitId,
    startDate: `${round.year}-01-01`,
    endDate: `${round.year}-12-31`,
    category: c.category,
    groups: [],
    coUnitIds: [],
    ...(c.budget === null ? {} : { budget: c.budget }),
    target: c.summary,
    weight: 1,
    isPublished: false,
    milestones: [],
  };
}

/** Counts, ranks, writes the result on every shortlisted candidate and links or creates each winner's project. */
async function decide(ctx: Ctx, round: RoundRow, move: RoundMove) {
  const rows = await candidatesOf(ctx, round.id);
  const counts = countVotes(await ballotsOf(ctx, round.id));
  const ranked = rankCandidates(
    rows.filter((c) => c.status === 'shortlisted').map((c) => ({ ...c, votes: counts.get(c.id) ?? 0 })),
    round.chooseCount,
  );
  const targets = new Map((move.winners ?? []).map((w) => [w.candidateId, w]));
  const missing = ranked.filter((c) => c.isWinner && !targets.has(c.id));
  if (missing.length > 0) {
    throw invalidField('body.winners', 'selection_winners_missing', {
      names: missing.map((c) => c.name).join('、'),
    });
  }
  const winners: { candidateId: string; projectId: string; votes: number }[] = [];
  for (const c of ranked) {
    const target = c.isWinner ? targets.get(c.id) : undefined;
    let projectId: string | null = null;
    if (target?.projectId) {
      projectId = (await getProject(ctx, target.projectId)).id;
    } else if (target?.leadUnitId) {
      projectId = (await createProject(ctx, projectFor(round, c, target.leadUnitId))).id;
      // The resident's ticket follows its project: accepting the project resolves it (docs/projects.md).
      if (c.ticketId) {
        await linkTicket(ctx, projectId, c.ticketId);
      }
    }
    if (projectId) {
      winners.push({ candidateId: c.id, projectId, votes: c.votes });
    }
    await ctx.tx
      .update(selectionCandidate)
      .set({
        votes: c.votes,
        rank: c.rank,
        isWinner: c.isWinner,
        isTie: c.isTie,
        projectId,
        updatedAt: ctx.now,
      })
      .where(and(eq(selectionCandidate.id, c.id), eq(selectionCandidate.roundId, round.id)));
  }
  return winners;
}
