import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../../shared/list';
import { ZCategory } from '../../../shared/tickets';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { listCategories, saveCategory, ZCategoryInput } from './service';

const tags = ['categories'];

export function categoryRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/categories',
      {
        config: { auth: 'optional' },
        schema: { tags, summary: 'The two-level category taxonomy', response: { 200: zPage(ZCategory) } },
      },
      (req) =>
        inScope(services, req, (ctx) => listCategories(ctx, pickLocale(req.headers['accept-language']))),
    );
    app.post(
      '/api/categories',
      {
        config: { auth: 'category.write' },
        schema: { tags, summary: 'Add a category', body: ZCategoryInput, response: { 201: ZCategory } },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await inScope(services, req, (ctx) =>
              saveCategory(ctx, null, req.body, pickLocale(req.headers['accept-language'])),
            ),
          ),
    );
    app.put(
      '/api/categories/:id',
      {
        config: { auth: 'category.write' },
        schema: {
          tags,
          summary: 'Change a category',
          params: z.object({ id: z.uuid() }),
          body: ZCategoryInput,
          response: { 200: ZCategory },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          saveCategory(ctx, req.params.id, req.body, pickLocale(req.headers['accept-language'])),
        ),
    );
  };
}
