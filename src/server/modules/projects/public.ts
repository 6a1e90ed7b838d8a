import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import {
  type PublicProject,
  type PublicProjectDetail,
  plannedProgress,
  type ZPublicProjectQuery,
} from '../../../shared/projects';
import { place, project, projectPhoto, projectReport, unit } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { milestonesOf, progressOfAll } from './progress';
import { todayOf } from './service';

// The public pages (展播): published projects with their progress and dated photos, read as the public (row-level
// security shows published projects only, and the columns granted to the public hold no owner, no phone, no
// internal note — migration 0030). Only what ZPublicProject names leaves here.

const PUBLIC_COLUMNS = {
  id: project.id,
  parentId: project.parentId,
  weight: project.weight,
  name: project.name,
  level: project.level,
  category: project.category,
  groups: project.groups,
  placeName: place.name,
  leadUnitName: sql<string>`coalesce((SELECT u.name FROM ${unit} u WHERE u.id = ${project.leadUnitId}), '')`,
  budget: project.budget,
  startDate: project.startDate,
  endDate: project.endDate,
  target: project.target,
  benefit: project.benefit,
  doneAt: project.doneAt,
  doneOn: project.doneOn,
  placePath: project.placePath,
};
type PublicRow = Awaited<ReturnType<typeof publicRows>>[number];

function publicRows(ctx: Ctx) {
  return ctx.tx.select(PUBLIC_COLUMNS).from(project).innerJoin(place, eq(place.id, project.placeId));
}

async function present(ctx: Ctx, rows: PublicRow[], asOf: string): Promise<PublicProject[]> {
  const progress = await progressOfAll(ctx, rows, asOf);
  return rows.map((r) => {
    const p = progress.get(r.id);
    return {
      id: r.id,
      name: r.name,
      level: r.level,
      category: r.category,
      groups: r.groups,
      placeName: r.placeName,
      leadUnitName: r.leadUnitName,
      budget: r.budget,
      startDate: r.startDate,
      endDate: r.endDate,
      target: r.target,
      benefit: r.benefit,
      asOf,
      plannedProgress: p?.plannedProgress ?? 0,
      actualProgress: p?.actualProgress ?? 0,
      status: p?.status ?? 'on_track',
      doneAt: r.doneAt?.toISOString() ?? null,
    };
  });
}

/** Published projects, by name, all of them or under one place, of one category. Throws not_found (place). */
export async function findPublicProjects(ctx: Ctx, query: PageQuery & z.infer<typeof ZPublicProjectQuery>) {
  let under: string | undefined;
  if (query.placeId) {
    const [p] = await ctx.tx.select({ path: place.path }).from(place).where(eq(place.id, query.placeId));
    if (!p) {
      throw notFound('place_not_found');
    }
    under = p.path;
  }
  const after = decodeCursor(query.cursor, 2);
  const rows = await publicRows(ctx)
    .where(
      and(
        eq(project.isPublished, true),
        under ? sql`${project.placePath} <@ ${under}::ltree` : undefined,
        query.category ? eq(project.category, query.category) : undefined,
        after ? sql`(${project.name}, ${project.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(project.name), asc(project.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.name, r.id]);
  return { items: await present(ctx, page.items, todayOf(ctx)), nextCursor: page.nextCursor };
}

/** One published project with its milestones, reports and dated photos. Throws project_not_found. */
export async function getPublicProject(ctx: Ctx, id: string): Promise<PublicProjectDetail> {
  const [row] = await publicRows(ctx).where(and(eq(project.id, id), eq(project.isPublished, true)));
  if (!row) {
    throw notFound('project_not_found');
  }
  const asOf = todayOf(ctx);
  const [shown] = await present(ctx, [row], asOf);
  const milestones = (await milestonesOf(ctx.tx, [id])).get(id) ?? [];
  const reports = await ctx.tx
    .select({
      reportedOn: projectReport.reportedOn,
      progress: projectReport.progress,
      note: projectReport.note,
    })
    .from(projectReport)
    .where(eq(projectReport.projectId, id))
    .orderBy(asc(projectReport.reportedOn), asc(projectReport.createdAt));
  const photos = await ctx.tx
    .select({ id: projectPhoto.id, takenOn: projectPhoto.takenOn })
    .from(projectPhoto)
    .where(eq(projectPhoto.projectId, id))
    .orderBy(desc(projectPhoto.takenOn), desc(projectPhoto.createdAt));
  if (!shown) {
    throw notFound('project_not_found');
  }
  return {
    ...shown,
    milestones: milestones.map((m) => ({ name: m.name, plannedDate: m.plannedDate, doneOn: m.doneOn })),
    reports: reports.map((r) => ({
      ...r,
      plannedProgress: plannedProgress(row.startDate, row.endDate, milestones, r.reportedOn),
    })),
    photos: photos.map((p) => ({
      id: p.id,
      url: `/api/public/projects/${id}/photos/${p.id}`,
      takenOn: p.takenOn,
    })),
  };
}
