import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZReview, ZReviewInput, ZReviewQuery } from '../../../shared/selection';
import { type AppServices, inScope } from '../../platform/http';
import { createReview, findReviews, getReview } from './reviews';

const tags = ['reviews'];
const base = '/api/reviews';

/** 一月一调度: the monthly review records of my area and the form that records one with its new tasks. */
export function reviewRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        config: { auth: 'review.read' },
        schema: {
          tags,
          summary: 'Monthly reviews of my area, latest meeting first',
          querystring: ZReviewQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZReview) },
        },
      },
      (req) => inScope(services, req, (ctx) => findReviews(ctx, req.query)),
    );
    app.post(
      base,
      {
        config: { auth: 'review.write' },
        schema: {
          tags,
          summary: 'Record a review; each new task becomes a milestone, a ticket or a candidate at once',
          body: ZReviewInput,
          response: { 201: ZReview },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createReview(ctx, req.body))),
    );
    app.get(
      `${base}/:id`,
      {
        config: { auth: 'review.read' },
        schema: {
          tags,
          summary: 'A review with its tasks',
          params: z.object({ id: z.uuid() }),
          response: { 200: ZReview },
        },
      },
      (req) => inScope(services, req, (ctx) => getReview(ctx, req.params.id)),
    );
  };
}
