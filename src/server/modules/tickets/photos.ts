import { and, count, eq } from 'drizzle-orm';
import { TERMINAL_STATES } from '../../../shared/ticket-workflow';
import type { Photo } from '../../../shared/tickets';
import { ticketPhoto } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { MAX_PHOTOS, storePhotos as storeFiles } from '../../platform/photos';
import { relationsOf } from './relations';
import { getTicketRow, type TicketRow } from './repo';

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
  const stored = await storeFiles(store, `tickets/${row.districtId}/${row.id}`, files, {
    existing: existing?.n ?? 0,
    max: MAX_PHOTOS,
  });
  for (const photo of stored) {
    await ctx.tx.insert(ticketPhoto).values({
      ...photo,
      districtId: row.districtId,
      ticketId: row.id,
      addedBy: ctx.actor.accountId,
      createdAt: ctx.now,
    });
  }
  await ctx.audit({
    action: 'ticket.photos',
    targetType: 'ticket',
    targetId: row.id,
    districtId: row.districtId,
    after: { added: stored.length },
  });
  return listPhotos(ctx, row);
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
