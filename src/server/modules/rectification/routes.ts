import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_TYPE } from '../../../shared/exchange';
import { ZPageQuery, zPage } from '../../../shared/list';
import {
  ZMeasureInput,
  ZMeasureMove,
  ZProblemInput,
  ZProblemMove,
  ZRectificationList,
  ZRectificationListDetail,
  ZRectificationListInput,
  ZRectificationListPatch,
  ZRectificationListQuery,
} from '../../../shared/rectification';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { sendWorkbook } from '../../platform/workbook-http';
import { exportRectificationList } from './export';
import { addMeasure, addProblem, moveMeasure, moveProblem } from './moves';
import {
  createRectificationList,
  findRectificationLists,
  getRectificationList,
  patchRectificationList,
} from './service';

const ZId = z.object({ id: z.uuid() });
const ZProblemId = ZId.extend({ problemId: z.uuid() });
const ZMeasureId = ZId.extend({ measureId: z.uuid() });
const tags = ['rectification'];
const base = '/api/rectification-lists';

export function rectificationRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        config: { auth: 'rectification.read' },
        schema: {
          tags,
          summary: 'Rectification lists (整改清单) of my area, newest first, with their figures',
          querystring: ZRectificationListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZRectificationList) },
        },
      },
      (req) => inScope(services, req, (ctx) => findRectificationLists(ctx, req.query)),
    );
    app.post(
      base,
      {
        config: { auth: 'rectification.write' },
        schema: {
          tags,
          summary: 'Start a list',
          body: ZRectificationListInput,
          response: { 201: ZRectificationListDetail },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createRectificationList(ctx, req.body))),
    );
    app.get(
      `${base}/:id`,
      {
        config: { auth: 'rectification.read' },
        schema: {
          tags,
          summary: 'A list with its problems, their measures and its figures',
          params: ZId,
          response: { 200: ZRectificationListDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getRectificationList(ctx, req.params.id)),
    );
    app.patch(
      `${base}/:id`,
      {
        config: { auth: 'rectification.write' },
        schema: {
          tags,
          summary: 'Rename a list or change its period',
          params: ZId,
          body: ZRectificationListPatch,
          response: { 200: ZRectificationListDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => patchRectificationList(ctx, req.params.id, req.body)),
    );
    app.post(
      `${base}/:id/problems`,
      {
        config: { auth: 'rectification.write' },
        schema: {
          tags,
          summary: 'Add a problem found (检视问题)',
          params: ZId,
          body: ZProblemInput,
          response: { 201: ZRectificationListDetail },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => addProblem(ctx, req.params.id, req.body))),
    );
    app.post(
      `${base}/:id/problems/:problemId/measures`,
      {
        config: { auth: 'rectification.write' },
        schema: {
          tags,
          summary: 'Add a measure (整改措施) to an open problem',
          params: ZProblemId,
          body: ZMeasureInput,
          response: { 201: ZRectificationListDetail },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await inScope(services, req, (ctx) =>
              addMeasure(ctx, req.params.id, req.params.problemId, req.body),
            ),
          ),
    );
    app.post(
      `${base}/:id/problems/:problemId/actions`,
      {
        config: { auth: 'rectification.write' },
        schema: {
          tags,
          summary:
            'Close (销号) or reopen a problem; closing needs every measure done and checked (else 409)',
          params: ZProblemId,
          body: ZProblemMove,
          response: { 200: ZRectificationListDetail },
        },
      },
      (req) =>
        inScope(services, req, (ctx) => moveProblem(ctx, req.params.id, req.params.problemId, req.body)),
    );
    app.post(
      `${base}/:id/measures/:measureId/actions`,
      {
        config: { auth: 'rectification.write' },
        schema: {
          tags,
          summary: 'Complete a measure with evidence, check it (验收) or send it back',
          params: ZMeasureId,
          body: ZMeasureMove,
          response: { 200: ZRectificationListDetail },
        },
      },
      (req) =>
        inScope(services, req, (ctx) => moveMeasure(ctx, req.params.id, req.params.measureId, req.body)),
    );
    app.get(
      `${base}/:id/export`,
      {
        config: { auth: 'rectification.read' },
        schema: { tags, summary: 'The list as an Excel workbook', params: ZId, produces: [XLSX_TYPE] },
      },
      async (req, reply) => {
        const file = await inScope(services, req, (ctx) =>
          exportRectificationList(ctx, req.params.id, pickLocale(req.headers['accept-language'])),
        );
        return sendWorkbook(reply, file.filename, file.body);
      },
    );
  };
}
