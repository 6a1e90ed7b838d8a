import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { TERMINAL_STATES } from '../../../shared/ticket-workflow';
import type { Photo } from '../../../shared/tickets';
import { ticketPhoto } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { relationsOf } from './relations';
import { getTicketRow, type TicketRow } from './repo';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTOS = 9;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * Adds photos to a ticket: the submitter while it is open, the office and the assignee as evidence. The type
 * is sniffed from the bytes (never trusted from the name). The original is kept for the office; what anyone
 * else sees is re-encoded without metadata (EXIF/GPS: 行踪轨迹 under PIPL). Throws validation_failed
 * (type, count, an image that cannot be decoded), forbidden, not_found.
 */
export async function addPhotos(ctx: Ctx, store: FileStore, ticketId: string, files: Buffer[]) {
  const row = await getTicketRow(ctx.tx, ticketId, { lock: true });
  if (!row) {
    throw notFound('ticket_not_found');
  }
  const relations = relationsOf(ctx.actor, row);
  const mayAdd =
    relations.has('office') ||
    relations.has('assignee') ||
    relations.has('field') ||
    relations.has('submitter');
  if (!mayAdd || TERMINAL_STATES.includes(row.state)) {
    throw forbidden();
  }
  return storePhotos(ctx, store, row, files);
}

/**
 * Photos an outside channel sent with the report it files (an Open311 multipart POST): attached in the intake's
 * own transaction by the system actor that created the ticket, with the same checks on type, count and decoding.
 */
export async function attachChannelPhotos(ctx: Ctx, store: FileStore, ticketId: string, files: Buffer[]) {
  const row = await getTicketRow(ctx.tx, ticketId, { lock: true });
  if (!row || ctx.actor.kind !== 'system') {
    throw forbidden();
  }
  return storePhotos(ctx, store, row, files);
}

async function storePhotos(ctx: Ctx, store: FileStore, row: TicketRow, files: Buffer[]) {
  const [existing] = await ctx.tx
    .select({ n: count() })
    .from(ticketPhoto)
    .where(and(eq(ticketPhoto.districtId, row.districtId), eq(ticketPhoto.ticketId, row.id)));
  if ((existing?.n ?? 0) + files.length > MAX_PHOTOS) {
    throw new AppError(
      'validation_failed',
      'too_many_photos',
      [{ path: 'body.files', message: 'too_many_photos' }],
      { max: MAX_PHOTOS },
    );
  }
  // Every file is sniffed and decoded before anything is written, so a refused upload leaves no row or file.
  const photos = [];
  for (const [i, bytes] of files.entries()) {
    photos.push(await preparePhoto(bytes, `body.files.${i}`));
  }
  const added: { id: string }[] = [];
  for (const { bytes, type, clean } of photos) {
    const id = randomUUID();
    const base = `tickets/${row.districtId}/${row.id}/${id}`;
    await store.put(`${base}.orig.${type.ext}`, bytes);
    await store.put(`${base}.jpg`, clean);
    await ctx.tx.insert(ticketPhoto).values({
      districtId: row.districtId,
      id,
      ticketId: row.id,
      storageKey: `${base}.orig.${type.ext}`,
      publicKey: `${base}.jpg`,
      mime: type.mime,
      bytes: bytes.length,
      addedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    });
    added.push({ id });
  }
  await ctx.audit({
    action: 'ticket.photos',
    targetType: 'ticket',
    targetId: row.id,
    districtId: row.districtId,
    after: { added: added.length },
  });
  return listPhotos(ctx, row);
}

/**
 * An upload's type, sniffed from its bytes, and its copy for everyone but the office: decoded whole and
 * re-encoded as JPEG without metadata. Throws validation_failed on `path`: not a JPEG, PNG or WebP (an empty
 * or text file too), or one whose image cannot be decoded (corrupt, truncated, a header over garbage).
 */
export async function preparePhoto(bytes: Buffer, path: string) {
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(PHOTO_TYPES as readonly string[]).includes(type.mime)) {
    throw new AppError('validation_failed', 'file_type', [{ path, message: 'file_type' }], {
      types: 'JPEG, PNG, WebP',
    });
  }
  try {
    // rotate() applies the EXIF orientation before the metadata is dropped; sharp writes none by default.
    // failOn 'warning' (the default, kept explicit): a half-decodable image is refused, not stored half grey.
    const clean = await sharp(bytes, { failOn: 'warning' })
      .rotate()
      .resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer();
    return { bytes, type, clean };
  } catch {
    throw new AppError('validation_failed', 'validation_failed', [{ path, message: 'image_unreadable' }]);
  }
}

/** The photos of a ticket the caller may see (row-level security hides the others). Throws not_found. */
export async function findPhotos(ctx: Ctx, ticketId: string) {
  const row = await getTicketRow(ctx.tx, ticketId);
  if (!row) {
    throw notFound('ticket_not_found');
  }
  return listPhotos(ctx, row);
}

async function listPhotos(ctx: Ctx, row: TicketRow): Promise<Photo[]> {
  const rows = await ctx.tx
    .select()
    .from(ticketPhoto)
    .where(eq(ticketPhoto.ticketId, row.id))
    .orderBy(ticketPhoto.createdAt);
  return rows.map((r) => ({
    id: r.id,
    url: `/api/tickets/${row.id}/photos/${r.id}`,
    mime: r.mime,
    bytes: r.bytes,
    createdAt: r.createdAt.toISOString(),
    mayRemove: mayRemove(ctx, row, r.addedBy),
  }));
}

/**
 * Takes a photo off an open ticket: the one who added it (a wrong picture, a face that should not be there) or
 * the office. Once the ticket has ended its photos are the record and stay. Returns the stored keys for the
 * caller to delete after the commit. Throws not_found, forbidden.
 */
export async function removePhoto(ctx: Ctx, ticketId: string, photoId: string): Promise<string[]> {
  const row = await getTicketRow(ctx.tx, ticketId, { lock: true });
  const [photo] = row
    ? await ctx.tx
        .select()
        .from(ticketPhoto)
        .where(
          and(
            eq(ticketPhoto.districtId, row.districtId),
            eq(ticketPhoto.ticketId, row.id),
            eq(ticketPhoto.id, photoId),
          ),
        )
    : [];
  if (!row || !photo) {
    throw notFound();
  }
  if (!mayRemove(ctx, row, photo.addedBy)) {
    throw forbidden();
  }
  await ctx.tx
    .delete(ticketPhoto)
    .where(and(eq(ticketPhoto.districtId, row.districtId), eq(ticketPhoto.id, photo.id)));
  await ctx.audit({
    action: 'ticket.photo.remove',
    targetType: 'ticket',
    targetId: row.id,
    districtId: row.districtId,
    before: { photoId: photo.id, mime: photo.mime, bytes: photo.bytes, addedBy: photo.addedBy },
  });
  return [photo.storageKey, photo.publicKey];
}

function mayRemove(ctx: Ctx, row: TicketRow, addedBy: string | null): boolean {
  if (TERMINAL_STATES.includes(row.state)) {
    return false;
  }
  return addedBy === ctx.actor.accountId || relationsOf(ctx.actor, row).has('office');
}

/** The photo's bytes: the original for the office, the stripped copy for everyone else who may see the ticket. */
export async function readPhoto(ctx: Ctx, store: FileStore, ticketId: string, photoId: string) {
  const row = await getTicketRow(ctx.tx, ticketId);
  const [photo] = row
    ? await ctx.tx
        .select()
        .from(ticketPhoto)
        .where(and(eq(ticketPhoto.ticketId, ticketId), eq(ticketPhoto.id, photoId)))
    : [];
  if (!row || !photo) {
    throw notFound();
  }
  const isOffice = relationsOf(ctx.actor, row).has('office');
  const key = isOffice ? photo.storageKey : photo.publicKey;
  return { bytes: await store.get(key), mime: isOffice ? photo.mime : 'image/jpeg' };
}
