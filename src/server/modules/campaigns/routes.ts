import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCampaignDetail,
  ZCampaignFiguresQuery,
  ZCampaignInput,
  ZCampaignListItem,
  ZCampaignListQuery,
  ZCampaignPatch,
  ZTally,
  ZTallyInput,
  ZTallyListQuery,
} from '../../../shared/campaigns';
import { XLSX_TYPE } from '../../../shared/exchange';
import { ZPageQuery, zPage } from '../../../shared/list';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { sendWorkbook } from '../../platform/workbook-http';
import { exportCampaign } from './export';
import { createCampaign, findCampaigns, getCampaign, patchCampaign } from './service';
import { enterTally, findTallies } from './tallies';

const ZId = z.object({ id: z.uuid() });
const tags = ['campaigns'];

export function campaignRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/campaigns',
      {
        config: { auth: 'campaign.read' },
        schema: {
          tags,
          summary: 'Counted drives in and above my area, newest first',
          querystring: ZCampaignListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZCampaignListItem) },
        },
      },
      (req) => inScope(services, req, (ctx) => findCampaigns(ctx, req.query)),
    );
    app.post(
      '/api/campaigns',
      {
        config: { auth: 'campaign.write' },
        schema: {
          tags,
          summary: 'Start a drive on a place',
          body: ZCampaignInput,
          response: { 201: ZCampaignDetail },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createCampaign(ctx, req.body))),
    );
    app.get(
      '/api/campaigns/:id',
      {
        config: { auth: 'campaign.read' },
        schema: {
          tags,
          summary: 'A drive with its figures: curve, planned pace, best day, share of the target',
          params: ZId,
          querystring: ZCampaignFiguresQuery,
          response: { 200: ZCampaignDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getCampaign(ctx, req.params.id, req.query.placeId)),
    );
    app.patch(
      '/api/campaigns/:id',
      {
        config: { auth: 'campaign.write' },
        schema: {
          tags,
          summary: 'Change a drive',
          params: ZId,
          body: ZCampaignPatch,
          response: { 200: ZCampaignDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => patchCampaign(ctx, req.params.id, req.body)),
    );
    app.get(
      '/api/campaigns/:id/tallies',
      {
        config: { auth: 'campaign.read' },
        schema: {
          tags,
          summary: "A drive's daily tallies in my area, newest day first",
          params: ZId,
          querystring: ZTallyListQuery,
          response: { 200: z.array(ZTally) },
        },
      },
      (req) => inScope(services, req, (ctx) => findTallies(ctx, req.params.id, req.query)),
    );
    app.post(
      '/api/campaigns/:id/tallies',
      {
        config: { auth: 'campaign.tally' },
        schema: {
          tags,
          summary: "Enter a day's count for a place (201); a correction replaces that day's tally (200)",
          description:
            'One tally per drive, place and day: a second one is 409 unless sent with isCorrection, which replaces it and is audited.',
          params: ZId,
          body: ZTallyInput,
          response: { 200: ZTally, 201: ZTally },
        },
      },
      async (req, reply) => {
        const { tally, created } = await inScope(services, req, (ctx) =>
          enterTally(ctx, req.params.id, req.body),
        );
        return reply.status(created ? 201 : 200).send(tally);
      },
    );
    app.get(
      '/api/campaigns/:id/export',
      {
        config: { auth: 'campaign.read' },
        schema: {
          tags,
          summary: 'The drive as an Excel workbook (curve and tallies)',
          params: ZId,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const file = await inScope(services, req, (ctx) =>
          exportCampaign(ctx, req.params.id, pickLocale(req.headers['accept-language'])),
        );
        return sendWorkbook(reply, file.filename, file.body);
      },
    );
  };
}
