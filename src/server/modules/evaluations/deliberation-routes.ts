import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZComment,
  ZCommentInput,
  ZCommentQuery,
  ZModeration,
  ZMyDeliberation,
  ZPeriod,
  ZPublicComment,
  ZVoteInput,
} from '../../../shared/evaluations';
import { PUBLIC_ACTOR, runAs } from '../../platform/context';
import { type AppServices, inScope, requestMeta } from '../../platform/http';
import { castVote, findComments, findPublicComments, myDeliberation, postComment } from './deliberation';
import { moderateComment } from './moderation';

const ZId = z.object({ id: z.uuid() });
const tags = ['evaluations'];

/** 议: comments (moderated) and votes on published projects, and the approved comments the public reads. */
export function deliberationRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/projects/:id/comments',
      {
        config: { auth: 'evaluation.deliberate' },
        schema: {
          tags,
          summary: 'Comment on a published project: shown publicly once an office approves it',
          params: ZId,
          body: ZCommentInput,
          response: { 201: ZComment },
        },
      },
      async (req, reply) => {
        // Comments come from the open internet, like residents' tickets: the same per-address limit.
        await services.limits.consume('commentPost', req.ip);
        return reply
          .status(201)
          .send(await inScope(services, req, (ctx) => postComment(ctx, req.params.id, req.body.body)));
      },
    );
    app.post(
      '/api/projects/:id/votes',
      {
        config: { auth: 'evaluation.deliberate' },
        schema: {
          tags,
          summary: 'Vote on a published project for this month (满意 / 基本满意 / 不满意): once, 409 after',
          params: ZId,
          body: ZVoteInput,
          response: { 201: z.object({ period: ZPeriod, choice: ZVoteInput.shape.choice }) },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => castVote(ctx, req.params.id, req.body.choice))),
    );
    app.get(
      '/api/projects/:id/deliberation/mine',
      {
        config: { auth: 'evaluation.deliberate' },
        schema: {
          tags,
          summary: 'My vote this month and my comments on a project, pending ones included',
          params: ZId,
          response: { 200: ZMyDeliberation },
        },
      },
      (req) => inScope(services, req, (ctx) => myDeliberation(ctx, req.params.id)),
    );
    app.get(
      '/api/projects/:id/comments',
      {
        config: { auth: 'evaluation.read' },
        schema: {
          tags,
          summary: "A project's comments in every state, newest first",
          params: ZId,
          querystring: ZCommentQuery,
          response: { 200: z.array(ZComment) },
        },
      },
      (req) => inScope(services, req, (ctx) => findComments(ctx, req.params.id, req.query.state)),
    );
    app.post(
      '/api/comments/:id/moderation',
      {
        config: { auth: 'evaluation.moderate' },
        schema: {
          tags,
          summary: 'Approve a comment, or hide it with a reason (audited)',
          params: ZId,
          body: ZModeration,
          response: { 200: ZComment },
        },
      },
      (req) => inScope(services, req, (ctx) => moderateComment(ctx, req.params.id, req.body)),
    );
    app.get(
      '/api/public/projects/:id/comments',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['public'],
          summary: 'The approved comments of a published project, oldest first',
          params: ZId,
          response: { 200: z.array(ZPublicComment) },
        },
      },
      (req) =>
        runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) => findPublicComments(ctx, req.params.id)),
    );
  };
}
