import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZEvaluation,
  ZEvaluationDetail,
  ZEvaluationListQuery,
  ZPeriodQuery,
  ZRubric,
  ZRubricAnswer,
  ZScoreInput,
  ZScorePatch,
  ZScoreSheet,
  ZStatement,
  ZStatementInput,
  ZStatementPatch,
} from '../../../shared/evaluations';
import { type AppServices, inScope } from '../../platform/http';
import { findEvaluations, getEvaluation } from './figures';
import { getRubric, setRubric } from './rubric';
import { editScore, fileScore } from './scores';
import { editStatement, fileStatement } from './statements';

const ZId = z.object({ id: z.uuid() });
const tags = ['evaluations'];

/** 述 and 评: statements, score sheets, the evaluations they make, and the district's rubric. */
export function evaluationRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/projects/:id/statements',
      {
        config: { auth: 'evaluation.state' },
        schema: {
          tags,
          summary: "File the lead unit's statement of a month (述): one per project and period",
          description: 'A second statement for the same period answers 409 naming who filed the first.',
          params: ZId,
          body: ZStatementInput,
          response: { 201: ZStatement },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => fileStatement(ctx, req.params.id, req.body))),
    );
    app.put(
      '/api/statements/:id',
      {
        config: { auth: 'evaluation.state' },
        schema: {
          tags,
          summary: 'Edit one’s own statement until leaders have scored its period',
          params: ZId,
          body: ZStatementPatch,
          response: { 200: ZStatement },
        },
      },
      (req) => inScope(services, req, (ctx) => editStatement(ctx, req.params.id, req.body)),
    );
    app.post(
      '/api/projects/:id/scores',
      {
        config: { auth: 'evaluation.score' },
        schema: {
          tags,
          summary: "A leader's score sheet for a project and month (评) on the district's rubric",
          description: 'One sheet per leader, project and period: a second answers 409.',
          params: ZId,
          body: ZScoreInput,
          response: { 201: ZScoreSheet },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => fileScore(ctx, req.params.id, req.body))),
    );
    app.put(
      '/api/scores/:id',
      {
        config: { auth: 'evaluation.score' },
        schema: {
          tags,
          summary: 'Edit one’s own score sheet',
          params: ZId,
          body: ZScorePatch,
          response: { 200: ZScoreSheet },
        },
      },
      (req) => inScope(services, req, (ctx) => editScore(ctx, req.params.id, req.body)),
    );
    app.get(
      '/api/projects/:id/evaluations',
      {
        config: { auth: 'evaluation.read' },
        schema: {
          tags,
          summary: 'The evaluation of a project and month: statement, votes, comments, mean scores',
          params: ZId,
          querystring: ZPeriodQuery,
          response: { 200: ZEvaluationDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getEvaluation(ctx, req.params.id, req.query.period)),
    );
    app.get(
      '/api/evaluations',
      {
        config: { auth: 'evaluation.read' },
        schema: {
          tags,
          summary: 'The evaluations of a month of every project I see, by mean total',
          querystring: ZEvaluationListQuery,
          response: { 200: z.array(ZEvaluation) },
        },
      },
      (req) => inScope(services, req, (ctx) => findEvaluations(ctx, req.query)),
    );
    app.get(
      '/api/evaluations/rubric',
      {
        config: { auth: 'evaluation.read' },
        schema: {
          tags,
          summary: "My district's scoring rubric (the default one when none was set)",
          response: { 200: ZRubricAnswer },
        },
      },
      (req) => inScope(services, req, (ctx) => getRubric(ctx)),
    );
    app.put(
      '/api/evaluations/rubric',
      {
        config: { auth: 'evaluation.rubric' },
        schema: {
          tags,
          summary: "Set my district's scoring rubric (audited)",
          body: ZRubric,
          response: { 200: ZRubricAnswer },
        },
      },
      (req) => inScope(services, req, (ctx) => setRubric(ctx, req.body)),
    );
  };
}
