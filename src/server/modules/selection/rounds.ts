import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { Round, RoundDetail, ZRoundInput, ZRoundQuery } from '../../../shared/selection';
import { ROUND_WORKFLOW, roundActionsFrom } from '../../../shared/selection-workflow';
import { place, selectionBallot, selectionCandidate, selectionRound, selectionVoter } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { isOfficeOver } from '../../platform/office';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';
import { selectionPermissions } from './permissions';
import { ballotsOf, candidatesOf, presentCandidates, satisfactionOf } from './tally';

export type RoundRow = typeof selectionRound.$inferSelect;
type Listed = { r: RoundRow; placeName: string };

const isOffice = (ctx: Ctx, path: string) =>
  isOfficeOver(ctx.actor, path, selectionPermissions, 'selection.write');

/** A round of the caller's subtree. Throws selection_round_not_found. */
async function roundReadable(ctx: Ctx, id: string): Promise<Listed> {
  const [row] = await ctx.tx
    .select({ r: selectionRound, placeName: place.name })
    .from(selectionRound)
    .innerJoin(place, eq(place.id, selectionRound.placeId))
    .where(eq(selectionRound.id, id));
  if (!row || !isWithin(row.r.placePath, scopeOf(ctx.actor))) {
    throw notFound('selection_round_not_found');
  }
  return row;
}

/**
 * A round the caller's office runs, locked: moves, screening, registrations and decide take turns with each
 * other (ballots lock it shared). Throws selection_round_not_found.
 */
export async function roundWritable(ctx: Ctx, id: string): Promise<RoundRow> {
  const [row] = await ctx.tx.select().from(selectionRound).where(eq(selectionRound.id, id)).for('update');
  if (!row || !isOffice(ctx, row.placePath)) {
    throw notFound('selection_round_not_found');
  }
  return row;
}

async function countsOf(ctx: Ctx, ids: string[]) {
  const count = async (table: typeof selectionBallot | typeof selectionVoter | typeof selectionCandidate) =>
    ids.length === 0
      ? new Map<string, number>()
      : new Map(
          (
            await ctx.tx
              .select({ id: table.roundId, n: sql<number>`count(*)::int` })
              .from(table)
              .where(inArray(table.roundId, ids))
              .groupBy(table.roundId)
          ).map((r) => [r.id, r.n]),
        );
  const shortlisted =
    ids.length === 0
      ? []
      : await ctx.tx
          .select({ id: selectionCandidate.roundId, n: sql<number>`count(*)::int` })
          .from(selectionCandidate)
          .where(and(inArray(selectionCandidate.roundId, ids), eq(selectionCandidate.status, 'shortlisted')))
          .groupBy(selectionCandidate.roundId);
  return {
    candidates: await count(selectionCandidate),
    voters: await count(selectionVoter),
    ballots: await count(selectionBallot),
    shortlisted: new Map(shortlisted.map((r) => [r.id, r.n])),
  };
}

function presentRound(ctx: Ctx, row: Listed, counts: Awaited<ReturnType<typeof countsOf>>): Round {
  const { r } = row;
  return {
    id: r.id,
    name: r.name,
    placeId: r.placeId,
    placeName: row.placeName,
    year: r.year,
    chooseCount: r.chooseCount,
    state: r.state,
    candidates: counts.candidates.get(r.id) ?? 0,
    shortlisted: counts.shortlisted.get(r.id) ?? 0,
    voters: counts.voters.get(r.id) ?? 0,
    ballots: counts.ballots.get(r.id) ?? 0,
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
    allowedActions: isOffice(ctx, r.placePath) ? roundActionsFrom(r.state) : [],
  };
}

/** The rounds of the caller's subtree, newest year first. */
export async function findRounds(ctx: Ctx, query: z.infer<typeof ZRoundQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({ r: selectionRound, placeName: place.name })
    .from(selectionRound)
    .innerJoin(place, eq(place.id, selectionRound.placeId))
    .where(
      and(
        scope === '*' ? undefined : sql`${selectionRound.placePath} <@ ${scope}::ltree`,
        under ? sql`${selectionRound.placePath} <@ ${under.path}::ltree` : undefined,
        query.year === undefined ? undefined : eq(selectionRound.year, query.year),
        after
          ? sql`(${selectionRound.createdAt}, ${selectionRound.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(selectionRound.createdAt), desc(selectionRound.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.r.createdAt.toISOString(), r.r.id]);
  const counts = await countsOf(
    ctx,
    page.items.map((r) => r.r.id),
  );
  return { items: page.items.map((r) => presentRound(ctx, r, counts)), nextCursor: page.nextCursor };
}

/** A round with its candidates (live count while voting), voters (who has voted, not how) and satisfaction. */
export async function getRound(ctx: Ctx, id: string): Promise<RoundDetail> {
  const row = await roundReadable(ctx, id);
  const rows = await candidatesOf(ctx, id);
  const candidateList = presentCandidates(row.r, rows, await ballotsOf(ctx, id));
  const voters = await ctx.tx.select().from(selectionVoter).where(eq(selectionVoter.roundId, id));
  const voted = new Set(
    (
      await ctx.tx
        .select({ id: selectionBallot.voterId })
        .from(selectionBallot)
        .where(eq(selectionBallot.roundId, id))
    ).map((b) => b.id),
  );
  return {
    ...presentRound(ctx, row, await countsOf(ctx, [id])),
    candidateList,
    voterList: voters
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      .map((v) => ({ accountId: v.accountId, name: v.name, role: v.role, hasVoted: voted.has(v.accountId) })),
    satisfaction: await satisfactionOf(
      ctx,
      id,
      rows.filter((c) => c.isWinner),
    ),
  };
}

/** Opens a round (征集) for a district or street and a year. Throws place_not_found. */
export async function createRound(ctx: Ctx, input: z.infer<typeof ZRoundInput>) {
  const home = await loadWritable(ctx, input.placeId);
  const [created] = await ctx.tx
    .insert(selectionRound)
    .values({
      districtId: home.districtId ?? home.id,
      placeId: home.id,
      placePath: home.path,
      name: input.name,
      year: input.year,
      chooseCount: input.chooseCount,
      state: ROUND_WORKFLOW.initial,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: selectionRound.id });
  const id = created?.id ?? '';
  await ctx.audit({
    action: 'selection.create',
    targetType: 'selection_round',
    targetId: id,
    districtId: home.districtId,
    after: input,
  });
  return getRound(ctx, id);
}
