import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_TYPE } from '../../../shared/exchange';
import { ZPageQuery, zPage } from '../../../shared/list';
import {
  ZCandidateInput,
  ZCandidateScreen,
  ZRound,
  ZRoundDetail,
  ZRoundInput,
  ZRoundMove,
  ZRoundQuery,
  ZVoterInput,
} from '../../../shared/selection';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { sendWorkbook } from '../../platform/workbook-http';
import { addCandidate, screenCandidate } from './candidates';
import { exportRound } from './export';
import { moveRound } from './moves';
import { createRound, findRounds, getRound } from './rounds';
import { registerVoters } from './voting';

const ZId = z.object({ id: z.uuid() });
const ZCandidateId = ZId.extend({ candidateId: z.uuid() });
const tags = ['selection'];
const base = '/api/selection/rounds';

/** The office's routes of a selection round (民生实事票决): 征集, 筛选, voters, 票决 and the decision. */
export function selectionRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        config: { auth: 'selection.read' },
        schema: {
          tags,
          summary: 'Selection rounds of my area, newest first, with their counts',
          querystring: ZRoundQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZRound) },
        },
      },
      (req) => inScope(services, req, (ctx) => findRounds(ctx, req.query)),
    );
    app.post(
      base,
      {
        config: { auth: 'selection.write' },
        schema: { tags, summary: 'Open a round (征集)', body: ZRoundInput, response: { 201: ZRoundDetail } },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createRound(ctx, req.body))),
    );
    app.get(
      `${base}/:id`,
      {
        config: { auth: 'selection.read' },
        schema: {
          tags,
          summary: 'A round with its candidates (counted while voting), voters and satisfaction',
          params: ZId,
          response: { 200: ZRoundDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getRound(ctx, req.params.id)),
    );
    app.get(
      `${base}/:id/export`,
      {
        config: { auth: 'selection.read' },
        schema: {
          tags,
          summary: 'The round as an Excel workbook: candidates by rank with their votes, and satisfaction',
          params: ZId,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const file = await inScope(services, req, (ctx) =>
          exportRound(ctx, req.params.id, pickLocale(req.headers['accept-language'])),
        );
        return sendWorkbook(reply, file.filename, file.body);
      },
    );
    app.post(
      `${base}/:id/candidates`,
      {
        config: { auth: 'selection.write' },
        schema: {
          tags,
          summary: 'Add a candidate from a ticket or a suggestion (collecting only)',
          params: ZId,
          body: ZCandidateInput,
          response: { 201: ZRoundDetail },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => addCandidate(ctx, req.params.id, req.body))),
    );
    app.post(
      `${base}/:id/candidates/:candidateId/screen`,
      {
        config: { auth: 'selection.write' },
        schema: {
          tags,
          summary: 'Shortlist a candidate or reject it with the reason (筛选)',
          params: ZCandidateId,
          body: ZCandidateScreen,
          response: { 200: ZRoundDetail },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          screenCandidate(ctx, req.params.id, req.params.candidateId, req.body),
        ),
    );
    app.post(
      `${base}/:id/voters`,
      {
        config: { auth: 'selection.write' },
        schema: {
          tags,
          summary: 'Register accounts of my area as voters (deputies or representatives)',
          params: ZId,
          body: ZVoterInput,
          response: { 200: ZRoundDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => registerVoters(ctx, req.params.id, req.body)),
    );
    app.post(
      `${base}/:id/actions`,
      {
        config: { auth: 'selection.write' },
        schema: {
          tags,
          summary: 'Screen, open the vote, or decide (the top N become projects)',
          params: ZId,
          body: ZRoundMove,
          response: { 200: ZRoundDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => moveRound(ctx, req.params.id, req.body)),
    );
  };
}
