import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCatalogueDispatch, ZDispatchSuggestion, ZSuggestionsRequest } from '../../../shared/routing';
import { type AppServices, inScope, requestMeta } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { moveEach, ZBulkAnswer } from '../tickets';
import { catalogueMove, suggestDispatch, suggestForTicket } from './suggest';

const tags = ['routing'];

/** What the catalogue tells the office that dispatches: where a ticket goes, and dispatching by it. */
export function routingDispatchRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tickets/:id/dispatch-suggestions',
      {
        config: { auth: 'routing.dispatch' },
        schema: {
          tags,
          summary: 'The units the routing catalogue names for a ticket, the main handler first',
          params: z.object({ id: z.uuid() }),
          response: { 200: ZDispatchSuggestion },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          suggestForTicket(ctx, req.params.id, pickLocale(req.headers['accept-language'])),
        ),
    );
    app.post(
      '/api/routing/suggestions',
      {
        config: { auth: 'routing.dispatch' },
        schema: {
          tags,
          summary: 'The routing catalogue’s answer for several tickets (what 按派单目录分派 would do)',
          description:
            'One entry per ticket of my area, in the order asked; tickets outside it are left out.',
          body: ZSuggestionsRequest,
          response: { 200: z.object({ items: z.array(ZDispatchSuggestion) }) },
        },
      },
      async (req) => ({
        items: await inScope(services, req, (ctx) =>
          suggestDispatch(ctx, req.body.ids, pickLocale(req.headers['accept-language'])),
        ),
      }),
    );
    app.post(
      '/api/routing/dispatch',
      {
        config: { auth: 'routing.dispatch' },
        schema: {
          tags,
          summary: 'Dispatch each ticket to the main handler its catalogue rule names (按派单目录分派)',
          description:
            'Each ticket is dispatched in its own transaction, exactly as a single dispatch would be: the answer ' +
            'is 200 with one result per id, some of which may be 404 (no rule covers it), 409 (already moved) ' +
            'or 403.',
          body: ZCatalogueDispatch,
          response: { 200: ZBulkAnswer },
        },
      },
      (req) =>
        moveEach(
          services,
          req.actor,
          requestMeta(req),
          req.body.ids,
          (ctx, id) => catalogueMove(ctx, id, req.body.note),
          pickLocale(req.headers['accept-language']),
          (error) => req.log.error({ err: error }, 'catalogue dispatch failed'),
        ),
    );
  };
}
