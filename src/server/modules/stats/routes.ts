import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { XLSX_TYPE } from '../../../shared/exchange';
import { ZBreakdown, ZBreakdownQuery, ZDefinitions, ZRates, ZRatesQuery } from '../../../shared/stats';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { sendWorkbook } from '../../platform/workbook-http';
import { exportRates } from './export';
import { getBreakdown, getDefinitions, getRates } from './service';

const tags = ['stats'];

/** 三率 and the other indicators; every screen reads its figures here (definitions.ts, docs/metrics.md). */
export function statsRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/stats/rates',
      {
        config: { auth: 'stats.read' },
        schema: {
          tags,
          summary: 'The three rates, indicators, counts and averages of a subtree over a period',
          description:
            'Tickets at placeId or below (default: the caller’s own node) submitted in [from, to) (default: this ' +
            'month, Beijing time). A place outside the caller’s subtree answers 403. Definitions: ' +
            'GET /api/stats/definitions and docs/metrics.md.',
          querystring: ZRatesQuery,
          response: { 200: ZRates },
        },
      },
      (req) => inScope(services, req, (ctx) => getRates(ctx, req.query)),
    );
    app.get(
      '/api/stats/rates/breakdown',
      {
        config: { auth: 'stats.read' },
        schema: {
          tags,
          summary: 'The same figures per child node or per unit (rankings)',
          querystring: ZBreakdownQuery,
          response: { 200: ZBreakdown },
        },
      },
      (req) => inScope(services, req, (ctx) => getBreakdown(ctx, req.query)),
    );
    app.get(
      '/api/stats/rates/export.xlsx',
      {
        config: { auth: 'stats.read' },
        schema: {
          tags,
          summary: 'The figures and both rankings (by child node, by unit) as an Excel workbook',
          description: 'Same place, period and answers as GET /api/stats/rates, in the caller’s language.',
          querystring: ZRatesQuery,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const file = await inScope(services, req, (ctx) =>
          exportRates(ctx, req.query, pickLocale(req.headers['accept-language'])),
        );
        return sendWorkbook(reply, file.filename, file.body);
      },
    );
    app.get(
      '/api/stats/definitions',
      {
        config: { auth: 'stats.read' },
        schema: {
          tags,
          summary: 'What every counter, rate and average means, in the caller’s language',
          response: { 200: ZDefinitions },
        },
      },
      async (req) => getDefinitions(pickLocale(req.headers['accept-language'])),
    );
  };
}
