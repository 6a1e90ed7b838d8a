import type { Project, ProjectAction } from '../../../shared/projects';
import type { Ctx } from '../../platform/context';
import { maskPhone } from '../../platform/mask';
import { isOfficeOver } from '../../platform/office';
import { isGranted } from '../../platform/permissions';
import { projectPermissions } from './permissions';
import type { Progress, ProjectRow } from './progress';

/** A project row with the names and counts its answer shows (repo.ts projectColumns). */
export type ProjectWithNames = {
  p: ProjectRow;
  placeName: string;
  leadUnitName: string;
  childCount: number;
  isFollowing: boolean;
};

/** Whether the caller files progress on it: the lead unit's staff, or the office over it. */
export function mayReport(ctx: Ctx, p: ProjectRow): boolean {
  const a = ctx.actor;
  if (a.kind !== 'staff' || !isGranted(projectPermissions, a.roles, 'project.report')) {
    return false;
  }
  return (
    a.unitIds.includes(p.leadUnitId) || isOfficeOver(a, p.placePath, projectPermissions, 'project.write')
  );
}

function actionsOf(ctx: Ctx, row: ProjectWithNames): ProjectAction[] {
  const { p } = row;
  const isOffice = isOfficeOver(ctx.actor, p.placePath, projectPermissions, 'project.write');
  const open = p.doneAt === null;
  const actions: ProjectAction[] = [];
  if (isOffice && open) {
    actions.push('edit', 'link_ticket', 'accept_done');
  }
  if (isOffice) {
    actions.push('publish');
  }
  if (open && row.childCount === 0 && mayReport(ctx, p)) {
    actions.push('report');
  }
  return actions;
}

/** A project as staff see it: the owner's phone masked (PIPL), the progress as of `asOf`. */
export function presentProject(ctx: Ctx, row: ProjectWithNames, progress: Progress, asOf: string): Project {
  const { p } = row;
  return {
    id: p.id,
    name: p.name,
    level: p.level,
    category: p.category,
    groups: p.groups,
    placeId: p.placeId,
    placeName: row.placeName,
    leadUnitId: p.leadUnitId,
    leadUnitName: row.leadUnitName,
    coUnitIds: p.coUnitIds,
    ownerName: p.ownerName,
    ownerPhone: maskPhone(p.ownerPhoneEnc ? ctx.vault.decrypt(p.ownerPhoneEnc) : null),
    budget: p.budget,
    spent: p.spent,
    startDate: p.startDate,
    endDate: p.endDate,
    target: p.target,
    benefit: p.benefit,
    internalNote: p.internalNote,
    parentId: p.parentId,
    weight: p.weight,
    childCount: row.childCount,
    isPublished: p.isPublished,
    doneAt: p.doneAt?.toISOString() ?? null,
    asOf,
    ...progress,
    isFollowing: row.isFollowing,
    allowedActions: actionsOf(ctx, row),
  };
}
