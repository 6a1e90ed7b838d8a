import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZStation, ZStationInput, ZStationListQuery } from '../../../shared/places';
import { type AppServices, inScope } from '../../platform/http';
import { createStation, deleteStation, findStations, getStation, updateStation } from './service';

const ZId = z.object({ id: z.uuid() });
const tags = ['stations'];

export function stationRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/stations',
      {
        config: { auth: 'station.read' },
        schema: {
          tags,
          summary: 'Stations in and above my area',
          querystring: ZStationListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZStation) },
        },
      },
      (req) => inScope(services, req, (ctx) => findStations(ctx, req.query)),
    );
    app.get(
      '/api/stations/:id',
      {
        config: { auth: 'station.read' },
        schema: { tags, summary: 'Read a station', params: ZId, response: { 200: ZStation } },
      },
      (req) => inScope(services, req, (ctx) => getStation(ctx, req.params.id)),
    );
    app.post(
      '/api/stations',
      {
        config: { auth: 'station.write' },
        schema: {
          tags,
          summary: 'Create a station on a place',
          body: ZStationInput,
          response: { 201: ZStation },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createStation(ctx, req.body))),
    );
    app.put(
      '/api/stations/:id',
      {
        config: { auth: 'station.write' },
        schema: {
          tags,
          summary: 'Update a station',
          params: ZId,
          body: ZStationInput,
          response: { 200: ZStation },
        },
      },
      (req) => inScope(services, req, (ctx) => updateStation(ctx, req.params.id, req.body)),
    );
    app.delete(
      '/api/stations/:id',
      {
        config: { auth: 'station.write' },
        schema: { tags, summary: 'Delete a station', params: ZId, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => deleteStation(ctx, req.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
