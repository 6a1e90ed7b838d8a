import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import type { ProjectPhoto } from '../../../shared/projects';
import { project, projectPhoto } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { preparePhoto } from '../tickets';
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
  if ((existing?.n ?? 0) + files.length > MAX_PROJECT_PHOTOS) {
    throw new AppError(
      'validation_failed',
      'too_many_photos',
      [{ path: 'body.files', message: 'too_many_photos' }],
      { max: MAX_PROJECT_PHOTOS },
    );
  }
  const photos = [];
  for (const [i, bytes] of files.entries()) {
    photos.push(await preparePhoto(bytes, `body.files.${i}`));
  }
  const takenOn = todayOf(ctx);
  for (const { bytes, type, clean } of photos) {
    const id = randomUUID();
    const base = `projects/${p.id}/${id}`;
    await store.put(`${base}.orig.${type.ext}`, bytes);
    await store.put(`${base}.jpg`, clean);
    await ctx.tx.insert(projectPhoto).values({
      id,
      projectId,
      placePath: p.placePath,
      takenOn,
      storageKey: `${base}.orig.${type.ext}`,
      publicKey: `${base}.jpg`,
      mime: type.mime,
      bytes: bytes.length,
      addedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    });
  }
  await ctx.audit({
    action: 'project.photos',
    targetType: 'project',
    targetId: projectId,
    districtId: p.districtId,
    after: { added: photos.length },
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
