import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZMarginsAnswer, ZMarginsInput } from '../../../shared/projects';
import { type AppServices, inScope } from '../../platform/http';
import { getMargins, setMargins } from './margins';

const tags = ['projects'];

/** The margins that colour projects behind (慢序时), per district or street. */
export function marginRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/projects/margins',
      {
        config: { auth: 'project.read' },
        schema: {
          tags,
          summary:
            'The margins in force at a place of my area (behind, seriously behind) and where they come from',
          querystring: z.object({ placeId: z.uuid() }),
          response: { 200: ZMarginsAnswer },
        },
      },
      (req) => inScope(services, req, (ctx) => getMargins(ctx, req.query.placeId)),
    );
    app.put(
      '/api/projects/margins',
      {
        config: { auth: 'project.margins' },
        schema: {
          tags,
          summary: "Set a district's or street's own margins, or clear them (margins: null) to inherit again",
          body: ZMarginsInput,
          response: { 200: ZMarginsAnswer },
        },
      },
      (req) => inScope(services, req, (ctx) => setMargins(ctx, req.body)),
    );
  };
}
