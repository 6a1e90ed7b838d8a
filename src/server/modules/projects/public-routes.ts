import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZPublicProject, ZPublicProjectDetail, ZPublicProjectQuery } from '../../../shared/projects';
import { PUBLIC_ACTOR, runAs } from '../../platform/context';
import { type AppServices, requestMeta } from '../../platform/http';
import { readProjectPhoto } from './photos';
import { findPublicProjects, getPublicProject } from './public';

const ZId = z.object({ id: z.uuid() });
const tags = ['public'];

/** The public pages' API: no sign-in, read as the public role (published projects, public columns only). */
export function publicProjectRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/projects',
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: 'Published projects with their progress (展播): nothing private',
          querystring: ZPageQuery.extend(ZPublicProjectQuery.shape),
          response: { 200: zPage(ZPublicProject) },
        },
      },
      (req) => runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) => findPublicProjects(ctx, req.query)),
    );
    app.get(
      '/api/public/projects/:id',
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: 'A published project with milestones, progress reports and dated photos',
          params: ZId,
          response: { 200: ZPublicProjectDetail },
        },
      },
      (req) => runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) => getPublicProject(ctx, req.params.id)),
    );
    app.get(
      '/api/public/projects/:id/photos/:photoId',
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: 'A photo of a published project (metadata stripped)',
          params: ZId.extend({ photoId: z.uuid() }),
        },
      },
      async (req, reply) => {
        const photo = await runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) =>
          readProjectPhoto(ctx, services.files, req.params.id, req.params.photoId),
        );
        return reply.type(photo.mime).header('cache-control', 'public, max-age=3600').send(photo.bytes);
      },
    );
  };
}
