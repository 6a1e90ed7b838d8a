import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import {
  type MilestoneInput,
  PROJECT_LEVELS,
  type ProjectCreate,
  type ProjectDetail,
  type ProjectLevel,
  type ProjectPatch,
  type ZProjectListQuery,
} from '../../../shared/projects';
import { project, projectMilestone, projectTicket, ticket, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, invalidField, notFound } from '../../platform/errors';
import { maskPhone } from '../../platform/mask';
import { isOfficeOver } from '../../platform/office';
import { decodeCursor, encodeCursor } from '../../platform/pagination';
import { dayIn } from '../../platform/time-zone';
import { loadWritable } from '../places';
import { projectPermissions } from './permissions';
import { presentProject } from './presenter';
import { milestonesOf, type ProjectRow, progressOfAll } from './progress';
import { getProjectRow, projectColumns } from './repo';

type ListQuery = z.infer<typeof ZProjectListQuery> & PageQuery;

/** Today in the installation's zone: the day progress is computed for when none is asked. */
export function todayOf(ctx: Ctx): string {
  return dayIn(ctx.zone, ctx.now);
}

/**
 * Projects the caller reads (their subtree, or led by their unit), optionally under a place, of a category or
 * status, by name. The status is computed, not stored: with a status filter the page is filled from the rows
 * after the cursor until it holds `limit` matches (a district has hundreds of projects, not millions).
 * Throws not_found (place).
 */
export async function findProjects(ctx: Ctx, query: ListQuery) {
  const asOf = query.asOf ?? todayOf(ctx);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const where = and(
    scopeFilter(ctx),
    under ? sql`${project.placePath} <@ ${under.path}::ltree` : undefined,
    query.category ? eq(project.category, query.category) : undefined,
    query.parentId ? eq(project.parentId, query.parentId) : undefined,
    query.q ? sql`strpos(${project.name}, ${query.q}) > 0` : undefined,
    after ? sql`(${project.name}, ${project.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
  );
  const items = [];
  let last: { name: string; id: string } | null = null;
  let more = false;
  // Reads in chunks so that a status filter never loads the whole district at once.
  const chunk = query.status ? Math.max(query.limit * 4, 100) : query.limit + 1;
  let cursorKey = after;
  for (;;) {
    const rows = await ctx.tx
      .select(projectColumns(ctx.actor.accountId))
      .from(project)
      .where(
        and(
          where,
          cursorKey && cursorKey !== after
            ? sql`(${project.name}, ${project.id}) > (${cursorKey[0]}, ${cursorKey[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(project.name), asc(project.id))
      .limit(chunk);
    const progress = await progressOfAll(
      ctx,
      rows.map((r) => r.p),
      asOf,
    );
    for (const r of rows) {
      const pr = progress.get(r.p.id);
      if (!pr || (query.status && pr.status !== query.status)) {
        continue;
      }
      if (items.length === query.limit) {
        more = true;
        break;
      }
      items.push(presentProject(ctx, r, pr, asOf));
      last = { name: r.p.name, id: r.p.id };
    }
    const tail = rows.at(-1);
    if (more || rows.length < chunk || !tail) {
      break;
    }
    if (!query.status) {
      more = true;
      break;
    }
    cursorKey = [tail.p.name, tail.p.id];
  }
  return { items, nextCursor: more && last ? encodeCursor([last.name, last.id]) : null };
}

/** A project with its milestones, sub-projects and linked tickets, as of `asOf`. Throws project_not_found. */
export async function getProject(ctx: Ctx, id: string, asOf = todayOf(ctx)): Promise<ProjectDetail> {
  const row = await getProjectRow(ctx.tx, id, ctx.actor.accountId);
  if (!row) {
    throw notFound('project_not_found');
  }
  const children = await ctx.tx
    .select()
    .from(project)
    .where(eq(project.parentId, id))
    .orderBy(asc(project.name));
  const progress = await progressOfAll(ctx, [row.p, ...children], asOf);
  const milestones = (await milestonesOf(ctx.tx, [id])).get(id) ?? [];
  const tickets = await ctx.tx
    .select({ id: ticket.id, number: ticket.number, title: ticket.title, state: ticket.state })
    .from(projectTicket)
    .innerJoin(
      ticket,
      and(eq(ticket.districtId, projectTicket.districtId), eq(ticket.id, projectTicket.ticketId)),
    )
    .where(eq(projectTicket.projectId, id))
    .orderBy(asc(ticket.number));
  const own = progress.get(id);
  if (!own) {
    throw notFound('project_not_found');
  }
  return {
    ...presentProject(ctx, row, own, asOf),
    milestones: milestones.map((m) => ({
      id: m.id,
      name: m.name,
      plannedDate: m.plannedDate,
      weight: m.weight,
      doneOn: m.doneOn,
      evidence: m.evidence,
    })),
    children: children.map((c) => {
      const pr = progress.get(c.id);
      return {
        id: c.id,
        name: c.name,
        weight: c.weight,
        plannedProgress: pr?.plannedProgress ?? 0,
        actualProgress: pr?.actualProgress ?? 0,
        status: pr?.status ?? 'on_track',
      };
    }),
    tickets,
  };
}

/**
 * Creates a project with its milestones on a place of the caller's subtree. Throws not_found (place),
 * validation_failed (lead unit, parent, level, milestone dates).
 */
export async function createProject(ctx: Ctx, input: ProjectCreate): Promise<ProjectDetail> {
  const home = await loadWritable(ctx, input.placeId);
  const level = levelOf(input.level, home.level);
  await checkUnits(ctx, input.leadUnitId, input.coUnitIds);
  if (input.parentId) {
    await checkParent(ctx, input.parentId, null);
  }
  checkMilestoneDates(input.startDate, input.endDate, input.milestones);
  const [created] = await ctx.tx
    .insert(project)
    .values({
      districtId: home.districtId ?? home.id,
      placeId: home.id,
      placePath: home.path,
      parentId: input.parentId ?? null,
      weight: input.weight,
      name: input.name,
      level,
      category: input.category,
      groups: input.groups,
      leadUnitId: input.leadUnitId,
      coUnitIds: input.coUnitIds,
      ownerName: input.ownerName ?? null,
      ownerPhoneEnc: input.ownerPhone ? ctx.vault.encrypt(input.ownerPhone) : null,
      budget: input.budget ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      target: input.target ?? null,
      benefit: input.benefit ?? null,
      internalNote: input.internalNote ?? null,
      isPublished: input.isPublished,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!created) {
    throw new Error('project insert returned nothing');
  }
  await insertMilestones(ctx, created, input.milestones);
  await ctx.audit({
    action: 'project.create',
    targetType: 'project',
    targetId: created.id,
    districtId: created.districtId,
    after: { ...input, ownerPhone: maskPhone(input.ownerPhone) },
  });
  return getProject(ctx, created.id);
}

export async function insertMilestones(ctx: Ctx, p: ProjectRow, milestones: readonly MilestoneInput[]) {
  if (milestones.length === 0) {
    return;
  }
  await ctx.tx.insert(projectMilestone).values(
    milestones.map((m, i) => ({
      projectId: p.id,
      districtId: p.districtId,
      placePath: p.placePath,
      name: m.name,
      plannedDate: m.plannedDate,
      weight: m.weight,
      sort: i,
    })),
  );
}

/** Changes what is given of a project. Throws project_not_found, project_done, validation_failed. */
export async function patchProject(ctx: Ctx, id: string, patch: ProjectPatch): Promise<ProjectDetail> {
  const before = await projectWritable(ctx, id);
  if (before.doneAt) {
    throw conflict('project_done');
  }
  const home = patch.placeId ? await loadWritable(ctx, patch.placeId) : null;
  if (patch.leadUnitId || patch.coUnitIds) {
    await checkUnits(ctx, patch.leadUnitId ?? before.leadUnitId, patch.coUnitIds ?? []);
  }
  if (patch.parentId) {
    await checkParent(ctx, patch.parentId, id);
  }
  const startDate = patch.startDate ?? before.startDate;
  const endDate = patch.endDate ?? before.endDate;
  if (startDate > endDate) {
    throw invalidField('body.endDate', 'project_dates_order');
  }
  const milestones = (await milestonesOf(ctx.tx, [id])).get(id) ?? [];
  checkMilestoneDates(startDate, endDate, milestones);
  const { ownerPhone, placeId: _placeId, level, ...rest } = patch;
  await ctx.tx
    .update(project)
    .set({
      ...rest,
      ...(home
        ? { placeId: home.id, placePath: home.path, level: levelOf(level, home.level) }
        : level
          ? { level }
          : {}),
      ...(ownerPhone === undefined ? {} : { ownerPhoneEnc: ctx.vault.encrypt(ownerPhone) }),
      updatedAt: ctx.now,
    })
    .where(eq(project.id, id));
  if (home && home.path !== before.placePath) {
    await ctx.tx
      .update(projectMilestone)
      .set({ placePath: home.path })
      .where(eq(projectMilestone.projectId, id));
  }
  await ctx.audit({
    action: 'project.update',
    targetType: 'project',
    targetId: id,
    districtId: before.districtId,
    before: {
      name: before.name,
      placeId: before.placeId,
      startDate: before.startDate,
      endDate: before.endDate,
    },
    after: { ...patch, ownerPhone: maskPhone(ownerPhone) },
  });
  return getProject(ctx, id);
}

/** Publishes (展播) or withdraws a project from the public pages. Throws project_not_found. */
export async function setPublished(ctx: Ctx, id: string, isPublished: boolean) {
  const before = await projectWritable(ctx, id);
  await ctx.tx.update(project).set({ isPublished, updatedAt: ctx.now }).where(eq(project.id, id));
  await ctx.audit({
    action: isPublished ? 'project.publish' : 'project.unpublish',
    targetType: 'project',
    targetId: id,
    districtId: before.districtId,
  });
  return getProject(ctx, id);
}

/** A project in the caller's own subtree (its office may change it). Throws project_not_found. */
export async function projectWritable(ctx: Ctx, id: string): Promise<ProjectRow> {
  const [row] = await ctx.tx.select().from(project).where(eq(project.id, id));
  if (!row || !isOfficeOver(ctx.actor, row.placePath, projectPermissions, 'project.write')) {
    throw notFound('project_not_found');
  }
  return row;
}

function levelOf(asked: ProjectLevel | undefined, placeLevel: string): ProjectLevel {
  if (asked) {
    return asked;
  }
  const level = PROJECT_LEVELS.find((l) => l === placeLevel);
  if (!level) {
    throw invalidField('body.placeId', 'project_place_level');
  }
  return level;
}

/** The lead unit and co-units must be units the caller sees (its subtree's or above it). */
async function checkUnits(ctx: Ctx, leadUnitId: string, coUnitIds: readonly string[]) {
  const ids = [...new Set([leadUnitId, ...coUnitIds])];
  const found = await ctx.tx.select({ id: unit.id }).from(unit).where(inArray(unit.id, ids));
  const seen = new Set(found.map((u) => u.id));
  if (!seen.has(leadUnitId)) {
    throw invalidField('body.leadUnitId', 'project_unit_not_found');
  }
  const missing = coUnitIds.findIndex((u) => !seen.has(u));
  if (missing >= 0) {
    throw invalidField(`body.coUnitIds.${missing}`, 'project_unit_not_found');
  }
}

/** Sub-projects are one level deep: the parent is a top-level project of the caller's subtree. */
async function checkParent(ctx: Ctx, parentId: string, selfId: string | null) {
  const [parent] = await ctx.tx.select().from(project).where(eq(project.id, parentId));
  if (
    !parent ||
    parent.id === selfId ||
    parent.parentId !== null ||
    !isOfficeOver(ctx.actor, parent.placePath, projectPermissions, 'project.write')
  ) {
    throw invalidField('body.parentId', 'project_parent_invalid');
  }
  if (selfId) {
    const [child] = await ctx.tx
      .select({ id: project.id })
      .from(project)
      .where(eq(project.parentId, selfId))
      .limit(1);
    if (child) {
      throw invalidField('body.parentId', 'project_parent_invalid');
    }
  }
}

export function checkMilestoneDates(
  start: string,
  end: string,
  milestones: readonly { plannedDate: string }[],
) {
  const i = milestones.findIndex((m) => m.plannedDate < start || m.plannedDate > end);
  if (i >= 0) {
    throw invalidField(`body.milestones.${i}.plannedDate`, 'project_milestone_outside');
  }
}

/** Scope string for SQL filters that RLS repeats (kept so a query never relies on RLS alone). */
export function scopeFilter(ctx: Ctx) {
  const scope = scopeOf(ctx.actor);
  return scope === '*'
    ? undefined
    : sql`(${project.placePath} <@ ${scope}::ltree OR ${project.leadUnitId} = ANY(${`{${ctx.actor.unitIds.join(',')}}`}::uuid[]))`;
}
