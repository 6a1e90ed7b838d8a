import { AppError } from './errors';

/** An error and the causes it wraps, outermost first (drizzle wraps the driver's error), `depth` at most. */
function* causesOf(error: unknown, depth: number): Generator<{ code?: unknown; message?: unknown }> {
  let e: unknown = error;
  for (let i = 0; i < depth && e; i++) {
    yield e as { code?: unknown; message?: unknown };
    e = (e as { cause?: unknown }).cause;
  }
}

/** The PostgreSQL error code behind a driver error (drizzle wraps them). */
export function pgErrorCode(error: unknown): string | undefined {
  for (const { code } of causesOf(error, 3)) {
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return code;
    }
  }
  return undefined;
}

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

// Connection exceptions (class 08), the server shutting down or starting (57P01–57P03), too many clients.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
// What `pg` says when a socket dies under it or the pool cannot connect in time: errors without a code.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection is not queryable/i;

/**
 * Whether an error means the database cannot be reached (lost connection, restart, failover, refused), as
 * opposed to a bad statement: the request is answered 503 and may be retried, and nothing was committed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const { code, message } of causesOf(error, 4)) {
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) {
      return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) {
      return true;
    }
  }
  return false;
}
