import { and, asc, count, eq } from 'drizzle-orm';
import type { PhotoFile } from '../../../shared/photos';
import { activity, activityPhoto } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { storePhotos } from '../../platform/photos';
import { isOrganiser } from './presenter';
import { loadOrganised } from './service';

/** An activity shows at most this many photos: the room, the people served, the board, the group photo. */
export const MAX_ACTIVITY_PHOTOS = 12;

/**
 * Adds photos of an activity, by the office that organises it (a record of it held, beside its summary), with
 * the checks every upload has (platform/photos.ts). Throws not_found, validation_failed (type, count, unreadable).
 */
export async function addActivityPhotos(ctx: Ctx, store: FileStore, activityId: string, files: Buffer[]) {
  const a = await loadOrganised(ctx, activityId);
  const [existing] = await ctx.tx
    .select({ n: count() })
    .from(activityPhoto)
    .where(eq(activityPhoto.activityId, a.id));
  const stored = await storePhotos(store, `activities/${a.districtId}/${a.id}`, files, {
    existing: existing?.n ?? 0,
    max: MAX_ACTIVITY_PHOTOS,
  });
  for (const photo of stored) {
    await ctx.tx.insert(activityPhoto).values({
      ...photo,
      activityId: a.id,
      placePath: a.placePath,
      addedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    });
  }
  await ctx.audit({
    action: 'activity.photos',
    targetType: 'activity',
    targetId: a.id,
    districtId: a.districtId,
    after: { added: stored.length },
  });
  return findActivityPhotos(ctx, a.id);
}

/** The photos of an activity, for everyone who may read it. Throws not_found. */
export async function findActivityPhotos(ctx: Ctx, activityId: string): Promise<PhotoFile[]> {
  await readable(ctx, activityId);
  const rows = await ctx.tx
    .select()
    .from(activityPhoto)
    .where(eq(activityPhoto.activityId, activityId))
    .orderBy(asc(activityPhoto.createdAt), asc(activityPhoto.id));
  return rows.map((r) => ({
    id: r.id,
    url: `/api/activities/${activityId}/photos/${r.id}`,
    mime: r.mime,
    bytes: r.bytes,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The photo's bytes: the original for its organising office, the copy without metadata for everyone else. */
export async function readActivityPhoto(ctx: Ctx, store: FileStore, activityId: string, photoId: string) {
  const a = await readable(ctx, activityId);
  const photo = await loadPhoto(ctx, activityId, photoId);
  const isOffice = isOrganiser(ctx.actor, a.placePath);
  return {
    bytes: await store.get(isOffice ? photo.storageKey : photo.publicKey),
    mime: isOffice ? photo.mime : 'image/jpeg',
  };
}

/** Takes a photo off; returns the stored keys for the caller to delete after the commit. Throws not_found. */
export async function removeActivityPhoto(ctx: Ctx, activityId: string, photoId: string): Promise<string[]> {
  const a = await loadOrganised(ctx, activityId);
  const photo = await loadPhoto(ctx, activityId, photoId);
  await ctx.tx.delete(activityPhoto).where(eq(activityPhoto.id, photo.id));
  await ctx.audit({
    action: 'activity.photo.remove',
    targetType: 'activity',
    targetId: a.id,
    districtId: a.districtId,
    before: { photoId: photo.id, mime: photo.mime, bytes: photo.bytes },
  });
  return [photo.storageKey, photo.publicKey];
}

async function readable(ctx: Ctx, activityId: string) {
  const [a] = await ctx.tx
    .select({ id: activity.id, placePath: activity.placePath })
    .from(activity)
    .where(eq(activity.id, activityId));
  if (!a) {
    throw notFound('activity_not_found');
  }
  return a;
}

async function loadPhoto(ctx: Ctx, activityId: string, photoId: string) {
  const [photo] = await ctx.tx
    .select()
    .from(activityPhoto)
    .where(and(eq(activityPhoto.activityId, activityId), eq(activityPhoto.id, photoId)));
  if (!photo) {
    throw notFound();
  }
  return photo;
}
