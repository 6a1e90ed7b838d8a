import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { place, project } from '../../db/schema';
import type { Actor, Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { isOfficeOver } from '../../platform/office';
import { projectPermissions } from './permissions';
import { scopeFilter } from './service';

// What other modules (evaluations) learn of a project: who may see it, who leads it, whose office it is.

/** A project as other modules see it: no owner, phone or note (columns residents may read too). */
export type ProjectRef = {
  id: string;
  name: string;
  districtId: string;
  placePath: string;
  leadUnitId: string;
  isPublished: boolean;
};

const REF_COLUMNS = {
  id: project.id,
  name: project.name,
  districtId: project.districtId,
  placePath: project.placePath,
  leadUnitId: project.leadUnitId,
  isPublished: project.isPublished,
};

/** Staff: their subtree or projects their unit leads; anyone else: published projects only. */
function visibleTo(ctx: Ctx) {
  return ctx.actor.kind === 'staff' || ctx.actor.kind === 'system'
    ? scopeFilter(ctx)
    : eq(project.isPublished, true);
}

/** A project the caller may see. Throws project_not_found. */
export async function requireVisibleProject(ctx: Ctx, id: string): Promise<ProjectRef> {
  const [row] = await ctx.tx
    .select(REF_COLUMNS)
    .from(project)
    .where(and(eq(project.id, id), visibleTo(ctx)));
  if (!row) {
    throw notFound('project_not_found');
  }
  return row;
}

/** The projects the caller sees, by name, optionally under a place (its path) or among `ids`. */
export async function visibleProjects(
  ctx: Ctx,
  filter: { underPlaceId?: string; ids?: readonly string[] } = {},
): Promise<ProjectRef[]> {
  if (filter.ids?.length === 0) {
    return [];
  }
  return ctx.tx
    .select(REF_COLUMNS)
    .from(project)
    .where(
      and(
        visibleTo(ctx),
        filter.ids ? inArray(project.id, [...filter.ids]) : undefined,
        filter.underPlaceId
          ? sql`${project.placePath} <@ (SELECT ${place.path} FROM ${place} WHERE ${place.id} = ${filter.underPlaceId})`
          : undefined,
      ),
    )
    .orderBy(asc(project.name), asc(project.id));
}

/** Staff of the project's lead unit (an account whose units include it, wherever it sits). */
export function isLeadUnitStaff(actor: Actor, p: ProjectRef): boolean {
  return actor.kind === 'staff' && actor.unitIds.includes(p.leadUnitId);
}

/** The office over the project: the caller may plan and publish it. */
export function isOfficeOverProject(actor: Actor, p: ProjectRef): boolean {
  return isOfficeOver(actor, p.placePath, projectPermissions, 'project.write');
}
