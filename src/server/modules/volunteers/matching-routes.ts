import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZVolunteerNotify,
  ZVolunteerNotifyAnswer,
  ZVolunteerSuggestions,
} from '../../../shared/volunteer-matching';
import { type AppServices, inScope } from '../../platform/http';
import { notifySuggested, suggestVolunteers } from './matching';

const ZId = z.object({ id: z.uuid() });
const tags = ['volunteers'];

/** Matching: the volunteers an order or a wish could go to, and asking them (the office or the team's leader). */
export function volunteerMatchingRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tickets/:id/volunteer-suggestions',
      {
        config: { auth: 'volunteer.match' },
        schema: {
          tags,
          summary:
            'Volunteers who may take a service order or wish that still needs people, ranked with reasons',
          params: ZId,
          response: { 200: ZVolunteerSuggestions },
        },
      },
      (req) => inScope(services, req, (ctx) => suggestVolunteers(ctx, req.params.id)),
    );
    app.post(
      '/api/tickets/:id/volunteer-suggestions/notify',
      {
        config: { auth: 'volunteer.match' },
        schema: {
          tags,
          summary: 'Ask some of the suggested volunteers to take it (an inbox notice each; audited)',
          params: ZId,
          body: ZVolunteerNotify,
          response: { 200: ZVolunteerNotifyAnswer },
        },
      },
      async (req) => ({
        notified: await inScope(services, req, (ctx) =>
          notifySuggested(ctx, req.params.id, req.body.accountIds),
        ),
      }),
    );
  };
}
