import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError } from './errors';
import type { FileStore } from './files';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** One request carries at most this many photos; a subject may hold its own, larger or smaller, number. */
export const MAX_PHOTOS = 9;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** A photo in the file store: the original (for the office) and the copy without metadata (for everyone else). */
export type StoredPhoto = { id: string; storageKey: string; publicKey: string; mime: string; bytes: number };

/** The uploaded files' bytes; the multipart limits answer 413 past 10 MB and refuse a tenth file. */
export async function readUploads(req: FastifyRequest): Promise<Buffer[]> {
  if (!req.isMultipart()) {
    throw new AppError('validation_failed', 'file_type', [{ path: 'body.files', message: 'file_type' }], {
      types: 'multipart/form-data',
    });
  }
  const files: Buffer[] = [];
  for await (const part of req.files({ limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS } })) {
    const bytes = await part.toBuffer();
    if (part.file.truncated) {
      throw new AppError('payload_too_large');
    }
    files.push(bytes);
  }
  if (files.length === 0) {
    throw new AppError('validation_failed', 'validation_failed', [
      { path: 'body.files', message: 'required' },
    ]);
  }
  return files;
}

/**
 * An upload's type, sniffed from its bytes, and its copy for everyone but the office: decoded whole and
 * re-encoded as JPEG without metadata (EXIF/GPS: 行踪轨迹 under PIPL). Throws validation_failed on `path`: not
 * a JPEG, PNG or WebP (an empty or text file too), or one whose image cannot be decoded (corrupt, truncated, a
 * header over garbage).
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

/**
 * Checks and stores photos for a subject that already holds `existing` of at most `max`, under `folder`. Every
 * file is sniffed and decoded before anything is written, so a refused upload leaves no file behind; the caller
 * writes its own rows for what comes back. Throws validation_failed (count, type, unreadable).
 */
export async function storePhotos(
  store: FileStore,
  folder: string,
  files: Buffer[],
  limit: { existing: number; max: number },
): Promise<StoredPhoto[]> {
  if (limit.existing + files.length > limit.max) {
    throw new AppError(
      'validation_failed',
      'too_many_photos',
      [{ path: 'body.files', message: 'too_many_photos' }],
      { max: limit.max },
    );
  }
  const prepared = [];
  for (const [i, bytes] of files.entries()) {
    prepared.push(await preparePhoto(bytes, `body.files.${i}`));
  }
  const stored: StoredPhoto[] = [];
  for (const { bytes, type, clean } of prepared) {
    const id = randomUUID();
    const base = `${folder}/${id}`;
    await store.put(`${base}.orig.${type.ext}`, bytes);
    await store.put(`${base}.jpg`, clean);
    stored.push({
      id,
      storageKey: `${base}.orig.${type.ext}`,
      publicKey: `${base}.jpg`,
      mime: type.mime,
      bytes: bytes.length,
    });
  }
  return stored;
}

/**
 * Deletes the files of photos whose rows a committed transaction removed. A file left behind is only space,
 * never shown (nothing refers to it), so a failure is logged, not answered.
 */
export async function discardFiles(store: FileStore, keys: string[], log: FastifyBaseLogger): Promise<void> {
  for (const key of keys) {
    await store.remove(key).catch((error: unknown) => {
      log.warn({ err: error, key }, 'photo file not removed');
    });
  }
}
