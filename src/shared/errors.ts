/** Every error the API answers with (STYLE.md); the server maps each to one HTTP status. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_transition',
  'payload_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'rate_limited',
  'locked',
  'internal',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field's problem, in the caller's language. `path` is dotted (`rows.3.code`). */
export type FieldError = { path: string; message: string };

/** The body of every error response (RFC 9457 `application/problem+json`). */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  requestId?: string;
};
