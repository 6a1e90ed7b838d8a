import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type {
  Measure,
  Problem,
  RectificationList,
  RectificationListDetail,
  ZRectificationListInput,
  ZRectificationListPatch,
  ZRectificationListQuery,
} from '../../../shared/rectification';
import { measureActionsFrom, problemActionsFrom } from '../../../shared/rectification-workflow';
import { place, rectificationList, rectificationMeasure, rectificationProblem } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { isOfficeOver } from '../../platform/office';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isWithin } from '../../platform/scope';
import { dayIn } from '../../platform/time-zone';
import { loadWritable } from '../places';
import { countFigures, isOverdue } from './figures';
import { rectificationPermissions } from './permissions';

type ListRow = typeof rectificationList.$inferSelect;
type ProblemRow = typeof rectificationProblem.$inferSelect;
type MeasureRow = typeof rectificationMeasure.$inferSelect;

const listColumns = { l: rectificationList, placeName: place.name };

const isOffice = (ctx: Ctx, path: string) =>
  isOfficeOver(ctx.actor, path, rectificationPermissions, 'rectification.write');

/** A list in the caller's subtree. Throws rectification_list_not_found. */
export async function listReadable(ctx: Ctx, id: string): Promise<{ l: ListRow; placeName: string }> {
  const [row] = await ctx.tx
    .select(listColumns)
    .from(rectificationList)
    .innerJoin(place, eq(place.id, rectificationList.placeId))
    .where(eq(rectificationList.id, id));
  if (!row || !isWithin(row.l.placePath, scopeOf(ctx.actor))) {
    throw notFound('rectification_list_not_found');
  }
  return row;
}

/** A list the caller's office keeps (locked against concurrent moves). Throws rectification_list_not_found. */
export async function listWritable(ctx: Ctx, id: string): Promise<ListRow> {
  const [row] = await ctx.tx.select().from(rectificationList).where(eq(rectificationList.id, id));
  if (!row || !isOffice(ctx, row.placePath)) {
    throw notFound('rectification_list_not_found');
  }
  return row;
}

function presentMeasure(ctx: Ctx, m: MeasureRow, problemOpen: boolean, today: string): Measure {
  return {
    id: m.id,
    problemId: m.problemId,
    seq: m.seq,
    description: m.description,
    owner: m.owner,
    horizon: m.horizon,
    deadline: m.deadline,
    state: m.state,
    evidence: m.evidence,
    doneOn: m.doneOn,
    checkedAt: m.checkedAt ? m.checkedAt.toISOString() : null,
    isOverdue: isOverdue(m, today),
    allowedActions: problemOpen && isOffice(ctx, m.placePath) ? measureActionsFrom(m.state) : [],
  };
}

function presentProblem(ctx: Ctx, p: ProblemRow, measures: MeasureRow[], today: string): Problem {
  const office = isOffice(ctx, p.placePath);
  const open = p.state === 'open';
  return {
    id: p.id,
    seq: p.seq,
    source: p.source,
    description: p.description,
    ownerUnit: p.ownerUnit,
    state: p.state,
    closedAt: p.closedAt ? p.closedAt.toISOString() : null,
    measures: measures.map((m) => presentMeasure(ctx, m, open, today)),
    allowedActions: office
      ? [...problemActionsFrom(p.state), ...(open ? (['add_measure'] as const) : [])]
      : [],
  };
}

function presentList(
  ctx: Ctx,
  row: { l: ListRow; placeName: string },
  problems: ProblemRow[],
  measures: MeasureRow[],
): RectificationList {
  const office = isOffice(ctx, row.l.placePath);
  return {
    id: row.l.id,
    name: row.l.name,
    placeId: row.l.placeId,
    placeName: row.placeName,
    period: row.l.period,
    figures: countFigures(problems, measures, dayIn(ctx.zone, ctx.now)),
    allowedActions: office ? ['edit', 'add_problem'] : [],
  };
}

async function contentsOf(ctx: Ctx, listIds: string[]) {
  if (listIds.length === 0) {
    return { problems: [] as ProblemRow[], measures: [] as MeasureRow[] };
  }
  const problems = await ctx.tx
    .select()
    .from(rectificationProblem)
    .where(inArray(rectificationProblem.listId, listIds))
    .orderBy(asc(rectificationProblem.seq));
  const measures = await ctx.tx
    .select()
    .from(rectificationMeasure)
    .where(inArray(rectificationMeasure.listId, listIds))
    .orderBy(asc(rectificationMeasure.seq));
  return { problems, measures };
}

/** The lists of the caller's subtree, newest first, each with its figures. */
export async function findRectificationLists(
  ctx: Ctx,
  query: z.infer<typeof ZRectificationListQuery> & PageQuery,
) {
  const scope = scopeOf(ctx.actor);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select(listColumns)
    .from(rectificationList)
    .innerJoin(place, eq(place.id, rectificationList.placeId))
    .where(
      and(
        scope === '*' ? undefined : sql`${rectificationList.placePath} <@ ${scope}::ltree`,
        under ? sql`${rectificationList.placePath} <@ ${under.path}::ltree` : undefined,
        after
          ? sql`(${rectificationList.createdAt}, ${rectificationList.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(rectificationList.createdAt), desc(rectificationList.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.l.createdAt.toISOString(), r.l.id]);
  const { problems, measures } = await contentsOf(
    ctx,
    page.items.map((r) => r.l.id),
  );
  return {
    items: page.items.map((r) =>
      presentList(
        ctx,
        r,
        problems.filter((p) => p.listId === r.l.id),
        measures.filter((m) => m.listId === r.l.id),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}

/** A list with its problems, their measures and its figures. Throws rectification_list_not_found. */
export async function getRectificationList(ctx: Ctx, id: string): Promise<RectificationListDetail> {
  const row = await listReadable(ctx, id);
  const { problems, measures } = await contentsOf(ctx, [id]);
  const today = dayIn(ctx.zone, ctx.now);
  return {
    ...presentList(ctx, row, problems, measures),
    problems: problems.map((p) =>
      presentProblem(
        ctx,
        p,
        measures.filter((m) => m.problemId === p.id),
        today,
      ),
    ),
  };
}

/** Starts a list on a place of the caller's area. Throws place_not_found. */
export async function createRectificationList(ctx: Ctx, input: z.infer<typeof ZRectificationListInput>) {
  const home = await loadWritable(ctx, input.placeId);
  const [created] = await ctx.tx
    .insert(rectificationList)
    .values({
      districtId: home.districtId ?? home.id,
      placeId: home.id,
      placePath: home.path,
      name: input.name,
      period: input.period,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: rectificationList.id });
  const id = created?.id ?? '';
  await ctx.audit({
    action: 'rectification.create',
    targetType: 'rectification_list',
    targetId: id,
    districtId: home.districtId,
    after: input,
  });
  return getRectificationList(ctx, id);
}

/** Renames a list or changes its period. Throws rectification_list_not_found. */
export async function patchRectificationList(
  ctx: Ctx,
  id: string,
  patch: z.infer<typeof ZRectificationListPatch>,
) {
  const before = await listWritable(ctx, id);
  await ctx.tx
    .update(rectificationList)
    .set({ ...patch, updatedAt: ctx.now })
    .where(eq(rectificationList.id, id));
  await ctx.audit({
    action: 'rectification.update',
    targetType: 'rectification_list',
    targetId: id,
    districtId: before.districtId,
    before: { name: before.name, period: before.period },
    after: patch,
  });
  return getRectificationList(ctx, id);
}
