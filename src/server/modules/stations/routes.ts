import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZPhotoFile } from '../../../shared/photos';
import {
  ZNearbyStation,
  ZStation,
  ZStationContact,
  ZStationInput,
  ZStationListQuery,
} from '../../../shared/stations';
import { type AppServices, inScope } from '../../platform/http';
import { registerPhotoRoutes } from '../../platform/photo-routes';
import { findNearbyStations } from './nearby';
import {
  addStationPhotos,
  findStationPhotos,
  MAX_STATION_PHOTOS,
  readStationPhoto,
  removeStationPhoto,
} from './photos';
import {
  createStation,
  deleteStation,
  findStations,
  getStation,
  revealStationContact,
  updateStation,
} from './service';

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
      '/api/stations/nearby',
      {
        config: { auth: 'station.nearby' },
        schema: {
          tags,
          summary: "A resident's stations: those of their home's place chain, with rooms and hours",
          response: { 200: z.array(ZNearbyStation) },
        },
      },
      (req) => inScope(services, req, (ctx) => findNearbyStations(ctx)),
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
    app.post(
      '/api/stations/:id/contact',
      {
        config: { auth: 'station.read' },
        schema: {
          tags,
          summary: "The station's contact person unmasked, to call them; audited",
          params: ZId,
          response: { 200: ZStationContact },
        },
      },
      (req) => inScope(services, req, (ctx) => revealStationContact(ctx, req.params.id)),
    );
    registerPhotoRoutes(app, services, {
      path: '/api/stations/:id/photos',
      tags,
      noun: 'a station',
      max: MAX_STATION_PHOTOS,
      auth: { read: 'station.read', write: 'station.write' },
      photo: ZPhotoFile,
      find: findStationPhotos,
      add: addStationPhotos,
      read: readStationPhoto,
      remove: removeStationPhoto,
    });
  };
}
