import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZUrge, ZUrgeAnswer, ZUrgeInput, ZUrgeListQuery } from '../../../shared/evaluations';
import { type AppServices, inScope } from '../../platform/http';
import { answerUrge, findOpenUrges, findProjectUrges, urgeProject } from './urges';

const ZId = z.object({ id: z.uuid() });
const tags = ['evaluations'];

/** 督查: urges on projects and the lead unit's answers. */
export function urgeRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/projects/:id/urges',
      {
        config: { auth: 'project.urge' },
        schema: {
          tags,
          summary: "Urge a project: its lead unit's staff are told and must answer by the day given",
          params: ZId,
          body: ZUrgeInput,
          response: { 201: ZUrge },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => urgeProject(ctx, req.params.id, req.body))),
    );
    app.get(
      '/api/projects/:id/urges',
      {
        config: { auth: 'evaluation.read' },
        schema: {
          tags,
          summary: "A project's urges and answers, newest first",
          params: ZId,
          response: { 200: z.array(ZUrge) },
        },
      },
      (req) => inScope(services, req, (ctx) => findProjectUrges(ctx, req.params.id)),
    );
    app.post(
      '/api/urges/:id/answer',
      {
        config: { auth: 'evaluation.state' },
        schema: {
          tags,
          summary: 'The lead unit answers an urge, once (409 for a second or a lost race)',
          params: ZId,
          body: ZUrgeAnswer,
          response: { 200: ZUrge },
        },
      },
      (req) => inScope(services, req, (ctx) => answerUrge(ctx, req.params.id, req.body.answer)),
    );
    app.get(
      '/api/urges',
      {
        config: { auth: 'evaluation.read' },
        schema: {
          tags,
          summary: 'Unanswered urges on the projects I see; overdue ones are past their answer-by day',
          querystring: ZUrgeListQuery,
          response: { 200: z.array(ZUrge) },
        },
      },
      (req) => inScope(services, req, (ctx) => findOpenUrges(ctx, req.query.state)),
    );
  };
}
