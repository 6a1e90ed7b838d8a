import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBulletin,
  ZBulletinDetail,
  ZBulletinGenerate,
  ZBulletinListQuery,
  ZUrging,
  ZUrgingListQuery,
} from '../../../shared/bulletins';
import { XLSX_TYPE } from '../../../shared/exchange';
import { ZPageQuery, zPage } from '../../../shared/list';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { sendWorkbook } from '../../platform/workbook-http';
import { bulletinWorkbook } from './export';
import { generateBulletin } from './generate';
import { renderBulletin } from './render';
import { findBulletins, getBulletin } from './service';
import { findUrgings } from './urging';
import { fileName } from './words';

const ZId = z.object({ id: z.uuid() });
const tags = ['bulletins'];

export function bulletinRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/bulletins',
      {
        config: { auth: 'bulletin.read' },
        schema: {
          tags,
          summary: 'Ten-day bulletins of my area, the latest period first',
          querystring: ZBulletinListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZBulletin) },
        },
      },
      (req) => inScope(services, req, (ctx) => findBulletins(ctx, req.query)),
    );
    app.post(
      '/api/bulletins',
      {
        config: { auth: 'bulletin.write' },
        schema: {
          tags,
          summary:
            'Generate the bulletin of a district or street for a period (201), or read the stored one (200)',
          description:
            'A bulletin is written once per place and period, as of the period’s last day; asking again answers the stored bulletin unchanged.',
          body: ZBulletinGenerate,
          response: { 200: ZBulletinDetail, 201: ZBulletinDetail },
        },
      },
      async (req, reply) => {
        const result = await inScope(services, req, (ctx) => generateBulletin(ctx, req.body));
        return reply.status(result.created ? 201 : 200).send(result.bulletin);
      },
    );
    app.get(
      '/api/bulletins/urgings',
      {
        config: { auth: 'bulletin.read' },
        schema: {
          tags,
          summary: 'Weekly urges sent to lead units in my area, newest first',
          querystring: ZUrgingListQuery,
          response: { 200: z.array(ZUrging) },
        },
      },
      (req) => inScope(services, req, (ctx) => findUrgings(ctx, req.query)),
    );
    app.get(
      '/api/bulletins/:id',
      {
        config: { auth: 'bulletin.read' },
        schema: {
          tags,
          summary: 'A bulletin with its figures: counts, laggards, rankings, changes',
          params: ZId,
          response: { 200: ZBulletinDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getBulletin(ctx, req.params.id)),
    );
    app.get(
      '/api/bulletins/:id/export',
      {
        config: { auth: 'bulletin.read' },
        schema: {
          tags,
          summary: 'The bulletin as an Excel workbook, in the Accept-Language',
          params: ZId,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const locale = pickLocale(req.headers['accept-language']);
        const b = await inScope(services, req, (ctx) => getBulletin(ctx, req.params.id));
        return sendWorkbook(reply, fileName(b, locale, 'xlsx'), await bulletinWorkbook(b, locale));
      },
    );
    app.get(
      '/api/bulletins/:id/pdf',
      {
        config: { auth: 'bulletin.read' },
        schema: {
          tags,
          summary: 'The bulletin as a PDF, in the Accept-Language',
          params: ZId,
          produces: ['application/pdf'],
        },
      },
      async (req, reply) => {
        const locale = pickLocale(req.headers['accept-language']);
        const b = await inScope(services, req, (ctx) => getBulletin(ctx, req.params.id));
        const pdf = await renderBulletin(b, locale);
        return reply
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="bulletin-${b.period}.pdf"; filename*=UTF-8''${encodeURIComponent(fileName(b, locale, 'pdf'))}`,
          )
          .send(pdf);
      },
    );
  };
}
