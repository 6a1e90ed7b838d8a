import type { ErrorCode, FieldError } from '../../shared/errors';

/** The one error type services throw (STYLE.md); routes never build HTTP errors themselves. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message key from platform/messages.ts, or plain text already in the caller's words. */
    readonly messageKey: string = code,
    readonly fields: FieldError[] = [],
    readonly params: Record<string, string | number> = {},
    /** Refusals that end (rate_limited, locked): seconds until the caller may try again, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(messageKey);
  }
}

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function notFound(key = 'not_found'): AppError {
  return new AppError('not_found', key);
}

export function forbidden(key = 'forbidden'): AppError {
  return new AppError('forbidden', key);
}

export function conflict(key: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('conflict', key, [], params);
}

/** A rule broken by one input field (not a schema error): answered like a validation failure. */
/** 400 naming the request fields a use case cannot go on without. */
export function fieldsRequired(fields: readonly string[]): AppError {
  return new AppError(
    'validation_failed',
    'validation_failed',
    fields.map((field) => ({ path: `body.${field}`, message: 'required' })),
  );
}

export function invalidField(
  path: string,
  key: string,
  params: Record<string, string | number> = {},
): AppError {
  return new AppError('validation_failed', 'validation_failed', [{ path, message: key }], params);
}
