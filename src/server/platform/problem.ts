import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FieldError, Problem } from '../../shared/errors';
import { isDatabaseUnavailable } from './db-errors';
import { AppError, STATUS_BY_CODE } from './errors';
import { fieldOfPath } from './field-labels';
import { fieldMessage, zodMessage } from './field-messages';
import { type Locale, pickLocale, translate } from './messages';

/** How long a client is asked to wait while the database is unreachable. */
export const DATABASE_RETRY_SECONDS = 5;

const zodLocales = { 'zh-CN': z.locales.zhCN(), 'en-US': z.locales.en() };

function localeOf(request: FastifyRequest): Locale {
  return pickLocale(request.headers['accept-language']);
}

/** A zod issue in zod's own words (its locales), for the routes that keep them (FastifyContextConfig.fieldWording). */
function zodOwnMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  // Our own refinements carry a message key or plain text; zod's built-in checks use zod's locales.
  if (
    issue.code === 'custom' ||
    (issue.code === 'invalid_format' && issue.message && !issue.message.startsWith('Invalid'))
  ) {
    return translate(issue.message, locale);
  }
  const localized = zodLocales[locale].localeError?.(issue as never);
  if (typeof localized === 'string') {
    return localized;
  }
  return localized?.message ?? issue.message;
}

/** The value at `path` under `root` (a request's body, query or params), if there is one. */
function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const SOURCES = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' } as const;

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  extraFields: FieldError[] = [],
): FastifyReply {
  const locale = localeOf(request);
  const status = STATUS_BY_CODE[error.code];
  const isZodWording = request.routeOptions.config?.fieldWording === 'zod';
  const fields = [...error.fields, ...extraFields].map((f) => ({
    path: f.path,
    message: isZodWording
      ? translate(f.message, locale, error.params)
      : fieldMessage(f.path, f.message, locale, error.params),
  }));
  const body: Problem = {
    type: `https://lianxin.dev/problems/${error.code}`,
    title: translate(error.messageKey, locale, error.params),
    status,
    code: error.code,
    ...(fields.length > 0 ? { errors: fields } : {}),
    requestId: request.id,
  };
  if (error.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.retryAfterSeconds));
  }
  return reply.status(status).type('application/problem+json').header('content-language', locale).send(body);
}

/** Every failure leaves through here as application/problem+json. Unknown errors say nothing about themselves. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    return sendProblem(request, reply, error);
  }
  const locale = localeOf(request);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const source = request[SOURCES[context as keyof typeof SOURCES] ?? 'body'];
    const isZodWording = request.routeOptions.config?.fieldWording === 'zod';
    const fields = error.validation.map((v) => {
      const parts = String(v.instancePath).split('/').filter(Boolean);
      const issue = { ...v.params, code: v.keyword, message: v.message, path: [] } as z.core.$ZodIssue;
      return {
        path: [context, ...parts].join('.'),
        message: isZodWording
          ? zodOwnMessage(issue, locale)
          : zodMessage(issue, locale, { field: fieldOfPath(parts.join('.')), input: valueAt(source, parts) }),
      };
    });
    return sendProblem(request, reply, new AppError('validation_failed', 'validation_failed', fields));
  }
  const fe = error as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
    return sendProblem(request, reply, new AppError('payload_too_large'));
  }
  if (
    fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error instanceof SyntaxError
  ) {
    return sendProblem(request, reply, new AppError('validation_failed', 'malformed_json'));
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.statusCode === 415) {
    return sendProblem(
      request,
      reply,
      new AppError('unsupported_media_type', 'unsupported_media_type', [], { types: 'application/json' }),
    );
  }
  // The router's own refusals (app.ts frameworkErrors): never echo the address, which may be megabytes long.
  if (fe.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(request, reply, new AppError('uri_too_long'));
  }
  if (fe.code === 'FST_ERR_BAD_URL') {
    return sendProblem(request, reply, new AppError('validation_failed', 'bad_url'));
  }
  if (fe.statusCode === 429) {
    return sendProblem(request, reply, new AppError('rate_limited'));
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return sendProblem(request, reply, new AppError('validation_failed', fe.message));
  }
  if (isDatabaseUnavailable(error)) {
    // The transaction did not commit; the pool opens new connections once the database is back.
    request.log.warn({ err: error }, 'database unavailable');
    return sendProblem(
      request,
      reply,
      new AppError('unavailable', 'unavailable', [], {}, DATABASE_RETRY_SECONDS),
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, new AppError('internal'));
}
