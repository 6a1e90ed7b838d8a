import { and, asc, count, eq } from 'drizzle-orm';
import type { PhotoFile } from '../../../shared/photos';
import { stationPhoto } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { storePhotos } from '../../platform/photos';
import { stationReadable, stationWritable } from './service';

/** A station shows at most this many photos: its door, its rooms, a board of its rules. */
export const MAX_STATION_PHOTOS = 12;

/**
 * Adds photos of a station, in the same file store as tickets' photos and with the same checks: the type
 * sniffed from the bytes (JPEG, PNG, WebP), decoded whole, the original kept for the office and a copy without
 * metadata for everyone else. Throws not_found, validation_failed (type, count, unreadable).
 */
export async function addStationPhotos(ctx: Ctx, store: FileStore, stationId: string, files: Buffer[]) {
  const s = await stationWritable(ctx, stationId);
  const [existing] = await ctx.tx
    .select({ n: count() })
    .from(stationPhoto)
    .where(eq(stationPhoto.stationId, stationId));
  const stored = await storePhotos(store, `stations/${s.id}`, files, {
    existing: existing?.n ?? 0,
    max: MAX_STATION_PHOTOS,
  });
  for (const photo of stored) {
    await ctx.tx.insert(stationPhoto).values({
      ...photo,
      stationId,
      placePath: s.placePath,
      addedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    });
  }
  await ctx.audit({
    action: 'station.photos',
    targetType: 'station',
    targetId: stationId,
    districtId: ctx.actor.districtId,
    after: { added: stored.length },
  });
  return findStationPhotos(ctx, stationId);
}

export async function findStationPhotos(ctx: Ctx, stationId: string): Promise<PhotoFile[]> {
  await stationReadable(ctx, stationId);
  const rows = await ctx.tx
    .select()
    .from(stationPhoto)
    .where(eq(stationPhoto.stationId, stationId))
    .orderBy(asc(stationPhoto.createdAt), asc(stationPhoto.id));
  return rows.map((r) => ({
    id: r.id,
    url: `/api/stations/${stationId}/photos/${r.id}`,
    mime: r.mime,
    bytes: r.bytes,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The stripped copy: a station's photo shows a public place, yet its metadata (where, when, which phone) not. */
export async function readStationPhoto(ctx: Ctx, store: FileStore, stationId: string, photoId: string) {
  const photo = await loadPhoto(ctx, stationId, photoId);
  return { bytes: await store.get(photo.publicKey), mime: 'image/jpeg' };
}

/** Takes a photo off; returns the stored keys for the caller to delete after the commit. Throws not_found. */
export async function removeStationPhoto(ctx: Ctx, stationId: string, photoId: string): Promise<string[]> {
  await stationWritable(ctx, stationId);
  const photo = await loadPhoto(ctx, stationId, photoId);
  await ctx.tx.delete(stationPhoto).where(eq(stationPhoto.id, photo.id));
  await ctx.audit({
    action: 'station.photo.remove',
    targetType: 'station',
    targetId: stationId,
    districtId: ctx.actor.districtId,
    before: { photoId: photo.id, mime: photo.mime, bytes: photo.bytes },
  });
  return [photo.storageKey, photo.publicKey];
}

async function loadPhoto(ctx: Ctx, stationId: string, photoId: string) {
  const [photo] = await ctx.tx
    .select()
    .from(stationPhoto)
    .where(and(eq(stationPhoto.stationId, stationId), eq(stationPhoto.id, photoId)));
  if (!photo) {
    throw notFound();
  }
  return photo;
}
