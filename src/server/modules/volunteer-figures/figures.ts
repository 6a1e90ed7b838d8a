import { and, asc, eq, sql } from 'drizzle-orm';
import type { FiguresQuery, FiguresReport } from '../../../shared/volunteer-figures';
import { place, unit } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { depthOf, labelOf } from '../../platform/scope';
import { resolveTarget } from '../stats';
import { emptyFigures, readVolunteerFigures } from './figures-sql';
import { resolvePeriod } from './period';

/**
 * 志愿服务数据: the figures of a subtree over a period (default: the caller's node, this month), with one row per
 * child node (zeros included) and one per team in the subtree. Throws forbidden (out_of_scope: a place outside
 * the caller's subtree), validation_failed (a reversed or over-long period).
 */
export async function getVolunteerFigures(ctx: Ctx, query: FiguresQuery): Promise<FiguresReport> {
  const target = await resolveTarget(ctx, query.placeId);
  const period = resolvePeriod(ctx, query);
  const s = { path: target.path, period };
  const totals = (await readVolunteerFigures(ctx.tx, s, { by: 'all' })).get(null) ?? emptyFigures();
  const depth = target.path ? depthOf(target.path) : 0;
  const byLabel = await readVolunteerFigures(ctx.tx, s, { by: 'child', depth });
  const children = await ctx.tx
    .select({ id: place.id, name: place.name })
    .from(place)
    .where(target.placeId ? eq(place.parentId, target.placeId) : eq(place.level, 'district'))
    .orderBy(asc(place.sort), asc(place.name));
  const byTeamId = await readVolunteerFigures(ctx.tx, s, { by: 'team' });
  const teams = await ctx.tx
    .select({ id: unit.id, name: unit.name, placeName: place.name })
    .from(unit)
    .innerJoin(place, eq(place.id, unit.placeId))
    .where(
      and(
        eq(unit.kind, 'volunteer_team'),
        target.path ? sql`${unit.placePath} <@ ${target.path}::ltree` : undefined,
      ),
    )
    .orderBy(asc(place.name), asc(unit.name));
  return {
    placeId: target.placeId,
    placeName: target.placeName,
    from: period.from,
    to: period.to,
    asOf: ctx.now.toISOString(),
    totals,
    byChild: children.map((c) => ({
      ...c,
      figures: byLabel.get(labelOf(c.id)) ?? emptyFigures(),
    })),
    byTeam: teams.map((t) => ({ ...t, figures: byTeamId.get(t.id) ?? emptyFigures() })),
  };
}
