import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZUnit, ZUnitInput, ZUnitListQuery } from '../../../shared/places';
import { type AppServices, inScope } from '../../platform/http';
import { createUnit, deleteUnit, findUnits, getUnit, updateUnit } from './service';

const ZId = z.object({ id: z.uuid() });
const tags = ['units'];

export function unitRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units',
      {
        config: { auth: 'unit.read' },
        schema: {
          tags,
          summary: 'Units serving my area, or a place (dispatch targets)',
          querystring: ZUnitListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZUnit) },
        },
      },
      (req) => inScope(services, req, (ctx) => findUnits(ctx, req.query)),
    );
    app.get(
      '/api/units/:id',
      {
        config: { auth: 'unit.read' },
        schema: { tags, summary: 'Read a unit', params: ZId, response: { 200: ZUnit } },
      },
      (req) => inScope(services, req, (ctx) => getUnit(ctx, req.params.id)),
    );
    app.post(
      '/api/units',
      {
        config: { auth: 'unit.write' },
        schema: { tags, summary: 'Create a unit on a place', body: ZUnitInput, response: { 201: ZUnit } },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createUnit(ctx, req.body))),
    );
    app.put(
      '/api/units/:id',
      {
        config: { auth: 'unit.write' },
        schema: { tags, summary: 'Update a unit', params: ZId, body: ZUnitInput, response: { 200: ZUnit } },
      },
      (req) => inScope(services, req, (ctx) => updateUnit(ctx, req.params.id, req.body)),
    );
    app.delete(
      '/api/units/:id',
      {
        config: { auth: 'unit.write' },
        schema: { tags, summary: 'Delete a unit nobody works for', params: ZId, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => deleteUnit(ctx, req.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
