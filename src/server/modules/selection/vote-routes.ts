import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZBallotInput, ZBallotView, ZPublicRound, ZRatingInput } from '../../../shared/selection';
import { PUBLIC_ACTOR, runAs } from '../../platform/context';
import { type AppServices, inScope, requestMeta } from '../../platform/http';
import { findPublicRounds, getPublicRound } from './public';
import { ballotView, castBallot, myBallots, rateProject } from './voting';

const ZId = z.object({ id: z.uuid() });
const tags = ['selection'];

/** The voters' routes (one ballot each, a rating per project) and the published results. */
export function ballotRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/selection/ballots',
      {
        config: { auth: 'selection.vote' },
        schema: {
          tags,
          summary: 'The rounds I am a registered voter of, with my ballot',
          response: { 200: z.object({ items: z.array(ZBallotView) }) },
        },
      },
      async (req) => ({ items: await inScope(services, req, (ctx) => myBallots(ctx)) }),
    );
    app.get(
      '/api/selection/ballots/:id',
      {
        config: { auth: 'selection.vote' },
        schema: { tags, summary: 'My ballot page of a round', params: ZId, response: { 200: ZBallotView } },
      },
      (req) => inScope(services, req, (ctx) => ballotView(ctx, req.params.id)),
    );
    app.post(
      '/api/selection/ballots/:id',
      {
        config: { auth: 'selection.vote' },
        schema: {
          tags,
          summary: 'Cast my one ballot: up to N shortlisted candidates (a second one gets 409)',
          params: ZId,
          body: ZBallotInput,
          response: { 201: ZBallotView },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => castBallot(ctx, req.params.id, req.body))),
    );
    app.post(
      '/api/selection/ballots/:id/ratings',
      {
        config: { auth: 'selection.vote' },
        schema: {
          tags,
          summary: 'Rate a project of the round at the year’s end (满意, 基本满意, 不满意), once',
          params: ZId,
          body: ZRatingInput,
          response: { 201: ZBallotView },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => rateProject(ctx, req.params.id, req.body))),
    );
    app.get(
      '/api/public/selection/rounds',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['public'],
          summary: 'Decided rounds with their counts and satisfaction: no voter named',
          response: { 200: z.object({ items: z.array(ZPublicRound) }) },
        },
      },
      async (req) => ({
        items: await runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) => findPublicRounds(ctx)),
      }),
    );
    app.get(
      '/api/public/selection/rounds/:id',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['public'],
          summary: 'A decided round’s results',
          params: ZId,
          response: { 200: ZPublicRound },
        },
      },
      (req) => runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) => getPublicRound(ctx, req.params.id)),
    );
  };
}
