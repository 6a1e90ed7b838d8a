import { and, asc, count, eq } from 'drizzle-orm';
import type { ProjectPhoto } from '../../../shared/projects';
import { project, projectPhoto } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { storePhotos } from '../../platform/photos';

import { mayReport } from './presenter';
import { todayOf } from './service';

/** A project shows at most this many photos: before, during and after, not an album. */
export const MAX_PROJECT_PHOTOS = 30;

/**
 * Adds dated photos of a project (the lead unit with its reports, or the office), with the tickets' checks: type
 * sniffed from the bytes, decoded whole, the original kept and a copy without metadata for everyone else (the
 * public pages show only that copy). Throws project_not_found, forbidden, validation_failed.
 */
export async function addProjectPhotos(ctx: Ctx, store: FileStore, projectId: string, files: Buffer[]) {
  const [p] = await ctx.tx.select().from(project).where(eq(project.id, projectId));
  if (!p) {
    throw notFound('project_not_found');
  }
  if (!mayReport(ctx, p)) {
    throw forbidden('project_not_reporter');
  }
  const [existing] = await ctx.tx
    .select({ n: count() })
    .from(projectPhoto)
    .where(eq(projectPhoto.projectId, projectId));
  const stored = await storePhotos(store, `projects/${p.id}`, files, {
    existing: existing?.n ?? 0,
    max: MAX_PROJECT_PHOTOS,
  });
  const takenOn = todayOf(ctx);
  for (const photo of stored) {
    await ctx.tx.insert(projectPhoto).values({
      ...photo,
      projectId,
      placePath: p.placePath,
      takenOn,
      addedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    });
  }
  await ctx.audit({
    action: 'project.photos',
    targetType: 'project',
    targetId: projectId,
    districtId: p.districtId,
    after: { added: stored.length },
  });
  return findProjectPhotos(ctx, projectId);
}

/** The photos of a project the caller reads (row-level security says which), oldest first. */
export async function findProjectPhotos(
  ctx: Ctx,
  projectId: string,
  base = '/api/projects',
): Promise<ProjectPhoto[]> {
  const rows = await ctx.tx
    .select()
    .from(projectPhoto)
    .where(eq(projectPhoto.projectId, projectId))
    .orderBy(asc(projectPhoto.createdAt), asc(projectPhoto.id));
  return rows.map((r) => ({
    id: r.id,
    url: `${base}/${projectId}/photos/${r.id}`,
    mime: 'image/jpeg',
    bytes: r.bytes,
    createdAt: r.createdAt.toISOString(),
    takenOn: r.takenOn,
  }));
}

/** The stripped copy, for staff and the public alike. Throws not_found. */
export async function readProjectPhoto(ctx: Ctx, store: FileStore, projectId: string, photoId: string) {
  const [photo] = await ctx.tx
    .select()
    .from(projectPhoto)
    .where(and(eq(projectPhoto.projectId, projectId), eq(projectPhoto.id, photoId)));
  if (!photo) {
    throw notFound('project_photo_not_found');
  }
  return { bytes: await store.get(photo.publicKey), mime: 'image/jpeg' };
}
