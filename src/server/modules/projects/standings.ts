import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { ProjectStatus } from '../../../shared/projects';
import { project, unit } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { progressOfAll } from './progress';

/** Where one project stood on a day: what a bulletin or a reminder reads of it, nothing private. */
export type ProjectStanding = {
  id: string;
  districtId: string;
  name: string;
  placeId: string;
  placePath: string;
  leadUnitId: string;
  leadUnitName: string;
  startDate: string;
  endDate: string;
  plannedProgress: number;
  actualProgress: number;
  status: ProjectStatus;
  lastReportedOn: string | null;
};

/**
 * The projects that take reports (those without sub-projects — a parent is counted through its parts) started
 * on or before `asOf`, in the subtree of `placePath` (every one when null), with their progress and status as of
 * that day, ordered by id. The caller's row-level security applies as to any read.
 */
export async function findProjectStandings(
  ctx: Ctx,
  placePath: string | null,
  asOf: string,
): Promise<ProjectStanding[]> {
  const rows = await ctx.tx
    .select({
      id: project.id,
      districtId: project.districtId,
      name: project.name,
      placeId: project.placeId,
      placePath: project.placePath,
      leadUnitId: project.leadUnitId,
      leadUnitName: sql<string>`coalesce(${unit.name}, '')`,
      parentId: project.parentId,
      weight: project.weight,
      startDate: project.startDate,
      endDate: project.endDate,
      doneOn: project.doneOn,
    })
    .from(project)
    .leftJoin(unit, eq(unit.id, project.leadUnitId))
    .where(
      and(
        placePath === null ? undefined : sql`${project.placePath} <@ ${placePath}::ltree`,
        lte(project.startDate, asOf),
        sql`NOT EXISTS (SELECT 1 FROM project c WHERE c.parent_id = ${project.id})`,
      ),
    )
    .orderBy(asc(project.id));
  const progress = await progressOfAll(ctx, rows, asOf);
  return rows.flatMap((r) => {
    const p = progress.get(r.id);
    return p
      ? [
          {
            id: r.id,
            districtId: r.districtId,
            name: r.name,
            placeId: r.placeId,
            placePath: r.placePath,
            leadUnitId: r.leadUnitId,
            leadUnitName: r.leadUnitName,
            startDate: r.startDate,
            endDate: r.endDate,
            plannedProgress: p.plannedProgress,
            actualProgress: p.actualProgress,
            status: p.status,
            lastReportedOn: p.lastReportedOn,
          },
        ]
      : [];
  });
}
