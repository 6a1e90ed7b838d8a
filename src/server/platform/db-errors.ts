import { AppError } from './errors';
import { pgErrorCode } from './pagination';

/**
 * Runs a write that may break a unique key and answers `conflict` with the field that clashed, instead of
 * an internal error. The transaction is aborted either way; the request fails as a whole.
 */
export async function uniqueOrConflict<T>(
  write: () => Promise<T>,
  field: string,
  key: string,
  params: Record<string, string | number> = {},
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (pgErrorCode(error) === '23505') {
      throw new AppError('conflict', key, [{ path: field, message: key }], params);
    }
    throw error;
  }
}

/** Deletes in a savepoint, answering `conflict` when other rows still point at the one deleted. */
export async function deleteOrConflict(
  run: () => Promise<unknown>,
  key: string,
  params: Record<string, string | number>,
) {
  try {
    await run();
  } catch (error) {
    if (pgErrorCode(error) === '23503') {
      throw new AppError('conflict', key, [], params);
    }
    throw error;
  }
}
