import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZServiceFlowAnswer, ZServiceFlowInput } from '../../../shared/service-flow';
import {
  ZHourBulkAnswer,
  ZHourBulkConfirm,
  ZHourReverse,
  ZOffering,
  ZOfferingCreate,
  ZOfferingQuery,
  ZOfferingUpdate,
  ZServiceHourPage,
  ZServiceHourQuery,
} from '../../../shared/services';
import { type AppServices, inScope } from '../../platform/http';
import { getServiceFlow, setServiceFlow } from './flow';
import { confirmServiceHour, confirmServiceHours, findServiceHours, reverseServiceHour } from './hours';
import { createOffering, findOfferings, getOffering, updateOffering } from './offerings';

const ZId = z.object({ id: z.uuid() });

export function serviceRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['services'];
    app.get(
      '/api/service-offerings',
      {
        config: { auth: 'service_offering.read' },
        schema: {
          tags,
          summary: 'The service menu (资源清单): open at a place (its node and those above), or of an area',
          querystring: ZOfferingQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZOffering) },
        },
      },
      (req) => inScope(services, req, (ctx) => findOfferings(ctx, req.query)),
    );
    app.get(
      '/api/service-offerings/:id',
      {
        config: { auth: 'service_offering.read' },
        schema: {
          tags,
          summary: 'One offering of the service menu',
          params: ZId,
          response: { 200: ZOffering },
        },
      },
      (req) => inScope(services, req, (ctx) => getOffering(ctx, req.params.id)),
    );
    app.post(
      '/api/service-offerings',
      {
        config: { auth: 'service_offering.write' },
        schema: {
          tags,
          summary: "Put a team's service on the menu of a place in my area",
          body: ZOfferingCreate,
          response: { 201: ZOffering },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createOffering(ctx, req.body))),
    );
    app.patch(
      '/api/service-offerings/:id',
      {
        config: { auth: 'service_offering.write' },
        schema: {
          tags,
          summary: 'Change an offering, or take it off the menu (isActive false)',
          params: ZId,
          body: ZOfferingUpdate,
          response: { 200: ZOffering },
        },
      },
      (req) => inScope(services, req, (ctx) => updateOffering(ctx, req.params.id, req.body)),
    );
    app.get(
      '/api/places/:id/service-flow',
      {
        config: { auth: 'service_flow.read' },
        schema: {
          tags,
          summary:
            'Who accepts and dispatches service orders at a place: the setting in force and where it is set',
          params: ZId,
          response: { 200: ZServiceFlowAnswer },
        },
      },
      (req) => inScope(services, req, (ctx) => getServiceFlow(ctx, req.params.id)),
    );
    app.put(
      '/api/places/:id/service-flow',
      {
        config: { auth: 'service_flow.write' },
        schema: {
          tags,
          summary: "Set a place's own service flow (its subtree inherits it), or clear it with flow: null",
          params: ZId,
          body: ZServiceFlowInput,
          response: { 200: ZServiceFlowAnswer },
        },
      },
      (req) => inScope(services, req, (ctx) => setServiceFlow(ctx, req.params.id, req.body)),
    );
    const hourTags = ['service-hours'];
    app.get(
      '/api/service-hours',
      {
        config: { auth: 'service_hour.read' },
        schema: {
          tags: hourTags,
          summary: "The service hours ledger (志愿服务时长): a volunteer's own, or the office's area",
          querystring: ZServiceHourQuery.extend(ZPageQuery.shape),
          response: { 200: ZServiceHourPage },
        },
      },
      (req) => inScope(services, req, (ctx) => findServiceHours(ctx, req.query)),
    );
    app.post(
      '/api/service-hours/confirm',
      {
        config: { auth: 'service_hour.confirm' },
        schema: {
          tags: hourTags,
          summary: 'Confirm several pending entries at once (批量确认)',
          body: ZHourBulkConfirm,
          response: { 200: ZHourBulkAnswer },
        },
      },
      (req) => inScope(services, req, (ctx) => confirmServiceHours(ctx, req.body.entryIds)),
    );
    app.post(
      '/api/service-hours/:id/confirm',
      {
        config: { auth: 'service_hour.confirm' },
        schema: {
          tags: hourTags,
          summary: 'Confirm a pending entry (the organiser)',
          params: ZId,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => confirmServiceHour(ctx, req.params.id));
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/service-hours/:id/reverse',
      {
        config: { auth: 'service_hour.confirm' },
        schema: {
          tags: hourTags,
          summary: 'Reverse an entry with a reason (a new entry; nothing is edited or deleted)',
          params: ZId,
          body: ZHourReverse,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => reverseServiceHour(ctx, req.params.id, req.body.reason));
        return reply.status(204).send(null);
      },
    );
  };
}
