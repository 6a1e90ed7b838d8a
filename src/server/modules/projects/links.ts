import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { PROJECT_LEVELS, type ZPromoteTicket } from '../../../shared/projects';
import { WORKFLOW } from '../../../shared/ticket-workflow';
import { place, project, projectTicket } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, invalidField, notFound } from '../../platform/errors';
import { isWithin } from '../../platform/scope';
import { sendNotice } from '../notifications';
import { getTicketRow, moveTicket, type TicketRow } from '../tickets';
import { followersOf } from './followers';
import { PROJECT_NOTICES } from './notices';
import { lockProject } from './repo';
import { createProject, getProject, projectWritable, todayOf } from './service';

// Tickets and projects: a suggestion or a problem turned into a project (or linked to one) is answered when the
// project is accepted as done — the resident hears it through the ticket's own move.

const PROMOTABLE = new Set(['problem', 'suggestion']);

async function ticketInScope(ctx: Ctx, ticketId: string, path: string): Promise<TicketRow> {
  const t = await getTicketRow(ctx.tx, ticketId);
  if (!t || !isWithin(t.ownerPath, scopeOf(ctx.actor))) {
    throw invalidField(path, 'project_ticket_not_found');
  }
  if (!PROMOTABLE.has(t.kind)) {
    throw invalidField(path, 'project_ticket_kind');
  }
  return t;
}

async function insertLink(ctx: Ctx, projectId: string, t: TicketRow) {
  const [existing] = await ctx.tx
    .select({ name: project.name })
    .from(projectTicket)
    .innerJoin(project, eq(project.id, projectTicket.projectId))
    .where(and(eq(projectTicket.districtId, t.districtId), eq(projectTicket.ticketId, t.id)));
  if (existing) {
    throw conflict('project_ticket_linked', { name: existing.name });
  }
  const inserted = await ctx.tx
    .insert(projectTicket)
    .values({
      projectId,
      districtId: t.districtId,
      ticketId: t.id,
      placePath: t.placePath,
      linkedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ ticketId: projectTicket.ticketId });
  if (inserted.length === 0) {
    // A concurrent link of the same ticket won.
    throw conflict('project_ticket_linked', { name: '' });
  }
}

/** Links a ticket of the caller's subtree to a project. Throws project_not_found, validation_failed, conflict. */
export async function linkTicket(ctx: Ctx, id: string, ticketId: string) {
  const p = await projectWritable(ctx, id);
  if (p.doneAt) {
    throw conflict('project_done');
  }
  const t = await ticketInScope(ctx, ticketId, 'body.ticketId');
  await insertLink(ctx, id, t);
  await ctx.audit({
    action: 'project.link_ticket',
    targetType: 'project',
    targetId: id,
    districtId: p.districtId,
    after: { ticketId, number: t.number },
  });
  return getProject(ctx, id);
}

export async function unlinkTicket(ctx: Ctx, id: string, ticketId: string) {
  const p = await projectWritable(ctx, id);
  const gone = await ctx.tx
    .delete(projectTicket)
    .where(and(eq(projectTicket.projectId, id), eq(projectTicket.ticketId, ticketId)))
    .returning({ ticketId: projectTicket.ticketId });
  if (gone.length === 0) {
    throw notFound('project_ticket_not_found');
  }
  await ctx.audit({
    action: 'project.unlink_ticket',
    targetType: 'project',
    targetId: id,
    districtId: p.districtId,
    before: { ticketId },
  });
  return getProject(ctx, id);
}

/**
 * 转为项目: a new project on the ticket's place, named after it unless named, linked to it. Throws
 * validation_failed (ticket, unit, dates), conflict (already linked).
 */
export async function promoteTicket(ctx: Ctx, input: z.infer<typeof ZPromoteTicket>) {
  const t = await ticketInScope(ctx, input.ticketId, 'body.ticketId');
  const created = await createProject(ctx, {
    name: input.name ?? t.title,
    placeId: input.placeId ?? (await projectPlaceOf(ctx, t.placePath)),
    leadUnitId: input.leadUnitId,
    startDate: input.startDate,
    endDate: input.endDate,
    milestones: input.milestones,
    category: 'other',
    groups: [],
    coUnitIds: [],
    weight: 1,
    isPublished: false,
    target: t.description.slice(0, 2000) || undefined,
  });
  await insertLink(ctx, created.id, t);
  return getProject(ctx, created.id);
}

/** The nearest place at or above a ticket's that a project can sit on (a building's compound). */
async function projectPlaceOf(ctx: Ctx, path: string): Promise<string> {
  const [row] = await ctx.tx
    .select({ id: place.id })
    .from(place)
    .where(and(sql`${place.path} @> ${path}::ltree`, inArray(place.level, [...PROJECT_LEVELS])))
    .orderBy(desc(sql`nlevel(${place.path})`))
    .limit(1);
  if (!row) {
    throw invalidField('body.placeId', 'project_place_level');
  }
  return row.id;
}

/**
 * 验收办结: the office accepts the project as done. Its linked tickets still open are resolved with `result` (the
 * ticket's own move, so each resident is told and asked to rate); tickets the office cannot resolve in their state
 * (pooled, dispatched) stay as they are. Followers hear the status. Throws project_not_found, conflict (done).
 */
export async function acceptDone(ctx: Ctx, id: string, result: string) {
  await projectWritable(ctx, id);
  const p = await lockProject(ctx.tx, id);
  if (!p) {
    throw notFound('project_not_found');
  }
  if (p.doneAt) {
    throw conflict('project_done');
  }
  await ctx.tx
    .update(project)
    .set({ doneAt: ctx.now, doneOn: todayOf(ctx), doneNote: result, updatedAt: ctx.now })
    .where(eq(project.id, id));
  const links = await ctx.tx.select().from(projectTicket).where(eq(projectTicket.projectId, id));
  let resolved = 0;
  for (const link of links) {
    const t = await getTicketRow(ctx.tx, link.ticketId);
    if (t && WORKFLOW.resolve.from.includes(t.state)) {
      await moveTicket(ctx, t.id, { action: 'resolve', result });
      resolved++;
    }
  }
  await ctx.audit({
    action: 'project.accept_done',
    targetType: 'project',
    targetId: id,
    districtId: p.districtId,
    after: { result, ticketsResolved: resolved },
  });
  await sendNotice(ctx, PROJECT_NOTICES, {
    districtId: p.districtId,
    subjectId: id,
    audience: await followersOf(ctx, id),
    template: 'status',
    params: { name: p.name, status: 'done' },
  });
  return getProject(ctx, id);
}
