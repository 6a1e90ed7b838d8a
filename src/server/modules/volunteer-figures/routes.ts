import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_TYPE } from '../../../shared/exchange';
import {
  ZFiguresQuery,
  ZFiguresReport,
  ZHonourCandidates,
  ZHonourRoll,
  ZHonourRollCreate,
  ZHonourRollQuery,
  ZPartyReport,
  ZPartyReportQuery,
} from '../../../shared/volunteer-figures';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { sendWorkbook } from '../../platform/workbook-http';
import { exportPartyReport, exportVolunteerFigures } from './export';
import { getVolunteerFigures } from './figures';
import {
  findHonourRolls,
  findPublishedRolls,
  getHonourCandidates,
  publishHonourRoll,
  unpublishHonourRoll,
} from './honour-rolls';
import { getPartyReport } from './party-reports';

const tags = ['volunteer-figures'];
const periodNote =
  'Days from–to, both included (default: this month, Beijing time), at most 366 days. A place outside the ' +
  'caller’s subtree answers 403. Definitions: docs/volunteer-figures.md.';

/** 志愿服务数据, 在职党员双报到月报 and 荣誉榜 (docs/volunteer-figures.md). */
export function volunteerFigureRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/volunteer-figures',
      {
        config: { auth: 'volunteer_figures.read' },
        schema: {
          tags,
          summary: 'Volunteer service figures of a subtree and period, by child node and by team',
          description: periodNote,
          querystring: ZFiguresQuery,
          response: { 200: ZFiguresReport },
        },
      },
      (req) => inScope(services, req, (ctx) => getVolunteerFigures(ctx, req.query)),
    );
    app.get(
      '/api/volunteer-figures/export.xlsx',
      {
        config: { auth: 'volunteer_figures.read' },
        schema: {
          tags,
          summary: 'The same figures as an Excel workbook (by child node, by team)',
          description:
            'Same place, period and answers as GET /api/volunteer-figures, in the caller’s language.',
          querystring: ZFiguresQuery,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const file = await inScope(services, req, (ctx) =>
          exportVolunteerFigures(ctx, req.query, pickLocale(req.headers['accept-language'])),
        );
        return sendWorkbook(reply, file.filename, file.body);
      },
    );
    app.get(
      '/api/party-reports',
      {
        config: { auth: 'party_report.read' },
        schema: {
          tags,
          summary: 'The party members’ monthly report (在职党员双报到), by party branch',
          description:
            'Every party member whose home community is in the subtree, with their claims, completions, ' +
            'activities attended and confirmed hours of the month. Phones masked.',
          querystring: ZPartyReportQuery,
          response: { 200: ZPartyReport },
        },
      },
      (req) => inScope(services, req, (ctx) => getPartyReport(ctx, req.query)),
    );
    app.get(
      '/api/party-reports/export.xlsx',
      {
        config: { auth: 'party_report.read' },
        schema: {
          tags,
          summary: 'The same monthly report as an Excel workbook (one sheet, a branch column)',
          querystring: ZPartyReportQuery,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const file = await inScope(services, req, (ctx) =>
          exportPartyReport(ctx, req.query, pickLocale(req.headers['accept-language'])),
        );
        return sendWorkbook(reply, file.filename, file.body);
      },
    );
    app.get(
      '/api/honour-rolls/candidates',
      {
        config: { auth: 'honour_roll.manage' },
        schema: {
          tags,
          summary: 'Candidates for the honour roll: volunteers, teams and stations ranked by their records',
          description: periodNote,
          querystring: ZFiguresQuery,
          response: { 200: ZHonourCandidates },
        },
      },
      (req) => inScope(services, req, (ctx) => getHonourCandidates(ctx, req.query)),
    );
    app.get(
      '/api/honour-rolls',
      {
        config: { auth: 'honour_roll.manage' },
        schema: {
          tags,
          summary: 'The honour rolls of a subtree, taken-down ones included, newest first',
          querystring: ZHonourRollQuery,
          response: { 200: z.object({ items: z.array(ZHonourRoll) }) },
        },
      },
      async (req) => ({
        items: await inScope(services, req, (ctx) => findHonourRolls(ctx, req.query.placeId)),
      }),
    );
    app.post(
      '/api/honour-rolls',
      {
        config: { auth: 'honour_roll.manage' },
        schema: {
          tags,
          summary: 'Publish an honour roll of chosen candidates (figures taken from the records)',
          body: ZHonourRollCreate,
          response: { 201: ZHonourRoll },
        },
      },
      async (req, reply) => {
        const roll = await inScope(services, req, (ctx) => publishHonourRoll(ctx, req.body));
        return reply.status(201).send(roll);
      },
    );
    app.post(
      '/api/honour-rolls/:id/unpublish',
      {
        config: { auth: 'honour_roll.manage' },
        schema: {
          tags,
          summary: 'Take a published honour roll down (409 when it already is)',
          params: z.object({ id: z.uuid() }),
        },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => unpublishHonourRoll(ctx, req.params.id));
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/public/honour-rolls',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['public'],
          summary: 'Published honour rolls of a place and below (volunteers’ names as surname + 某)',
          querystring: ZHonourRollQuery,
          response: { 200: z.object({ items: z.array(ZHonourRoll) }) },
        },
      },
      async (req) => ({
        items: await inScope(services, req, (ctx) => findPublishedRolls(ctx, req.query.placeId)),
      }),
    );
  };
}
