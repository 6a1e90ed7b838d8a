import { z } from 'zod';
import type { ErrorCode, FieldError } from '../../../shared/errors';
import { type TicketMove, ZTicketMove, ZTicketState } from '../../../shared/tickets';
import { type Actor, type Ctx, type RequestMeta, runAs, type Services } from '../../platform/context';
import { AppError, forbidden, STATUS_BY_CODE } from '../../platform/errors';
import { type Locale, translate } from '../../platform/messages';
import { moveTicket } from './moves';
import { getTicketRow } from './repo';

/** At most this many tickets per request: a page of the list, and short enough to answer at once. */
export const MAX_BULK = 100;

/**
 * `POST /api/tickets/bulk-actions`: one move, with its fields, for each of the listed tickets. A resident's
 * consent to the wish wall is one person's word about one wish: never recorded in bulk.
 */
export const ZBulkMove = ZTicketMove.omit({ isPublic: true }).extend({
  ids: z
    .array(z.uuid())
    .min(1)
    .max(MAX_BULK)
    .describe(`The tickets, at most ${MAX_BULK}; an id listed twice is moved once`),
});
export type BulkMove = z.infer<typeof ZBulkMove>;

/** What happened to one ticket: 200 with its new state, or the status and words the single move would give. */
export const ZBulkResult = z.object({
  id: z.uuid(),
  status: z.number().int().describe('200, or the HTTP status of the single move (400, 403, 404, 409 …)'),
  state: ZTicketState.optional().describe('The state after the move, on success'),
  number: z.string().optional(),
  code: z.string().optional().describe('The error code, on failure'),
  title: z.string().optional().describe("The problem in the caller's language, on failure"),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type BulkResult = z.infer<typeof ZBulkResult>;

export const ZBulkAnswer = z.object({
  results: z.array(ZBulkResult).describe('One per id, in the order asked'),
  succeeded: z.number().int(),
  failed: z.number().int(),
});

/**
 * Runs the same move on many tickets (see {@link moveEach}). Only office staff move tickets in bulk: throws
 * forbidden for anyone else.
 */
export function bulkMove(
  services: Services,
  actor: Actor,
  meta: RequestMeta,
  input: BulkMove,
  locale: Locale,
  logError: (error: unknown) => void,
) {
  const { ids, ...move } = input;
  return moveEach(services, actor, meta, ids, async () => move, locale, logError);
}

/**
 * Moves each ticket through the one `moveTicket` service, each in its OWN transaction, with the move `moveOf`
 * decides for it there (the same for all, or each its own unit): a ticket someone else already moved (409), one
 * outside the caller's area (404) or one the caller may not touch (403) fails alone and the rest still go
 * through, each with its own timeline event and audit entry — exactly as if the office had clicked each one.
 * The tickets are moved one after the other (PGlite has one connection; the audit chain is appended in order).
 * Throws forbidden for anyone but staff. Unexpected errors of one ticket are reported as `internal` for that
 * ticket and logged.
 */
export async function moveEach(
  services: Services,
  actor: Actor,
  meta: RequestMeta,
  ids: readonly string[],
  moveOf: (ctx: Ctx, id: string) => Promise<TicketMove>,
  locale: Locale,
  logError: (error: unknown) => void,
) {
  if (actor.kind !== 'staff') {
    throw forbidden();
  }
  const results: BulkResult[] = [];
  for (const id of new Set(ids)) {
    try {
      const moved = await runAs(services, actor, meta, async (ctx) => {
        await moveTicket(ctx, id, await moveOf(ctx, id));
        return getTicketRow(ctx.tx, id);
      });
      results.push({ id, status: 200, ...(moved ? { state: moved.state, number: moved.number } : {}) });
    } catch (error) {
      if (!(error instanceof AppError)) {
        logError(error);
      }
      results.push(failureOf(id, error instanceof AppError ? error : new AppError('internal'), locale));
    }
  }
  const succeeded = results.filter((r) => r.status === 200).length;
  return { results, succeeded, failed: results.length - succeeded };
}

function failureOf(id: string, error: AppError, locale: Locale): BulkResult {
  const code: ErrorCode = error.code;
  const errors: FieldError[] = error.fields.map((f) => ({
    path: f.path,
    message: translate(f.message, locale, error.params),
  }));
  return {
    id,
    status: STATUS_BY_CODE[code],
    code,
    title: translate(error.messageKey, locale, error.params),
    ...(errors.length > 0 ? { errors } : {}),
  };
}
