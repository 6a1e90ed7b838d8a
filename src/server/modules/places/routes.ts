import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import {
  ZPlace,
  ZPlaceCreate,
  ZPlaceDetail,
  ZPlaceListQuery,
  ZPlaceMove,
  ZPlaceSearchQuery,
  ZPlaceSearchResult,
  ZPlaceUpdate,
} from '../../../shared/places';
import { type AppServices, inScope } from '../../platform/http';
import { createPlaceIndex, searchPlaces } from './search';
import { createPlace, deletePlace, findPlaces, getPlace, movePlace, updatePlace } from './service';

const ZId = z.object({ id: z.uuid() });
const tags = ['places'];

export function placeRoutes(services: AppServices): FastifyPluginAsyncZod {
  const index = createPlaceIndex();
  return async (app) => {
    app.get(
      '/api/places/search',
      {
        config: { auth: 'optional' },
        schema: {
          tags,
          summary:
            'Find places by name, pinyin or pinyin initials (residents pick their home before signing up)',
          querystring: ZPlaceSearchQuery,
          response: { 200: ZPlaceSearchResult },
        },
      },
      (req) => inScope(services, req, (ctx) => searchPlaces(ctx, index, req.query)),
    );
    app.get(
      '/api/places',
      {
        config: { auth: 'optional' },
        schema: {
          tags,
          summary: 'List places: staff their subtree, residents and the public the whole tree',
          querystring: ZPlaceListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZPlace) },
        },
      },
      (req) => inScope(services, req, (ctx) => findPlaces(ctx, req.query)),
    );
    app.get(
      '/api/places/:id',
      {
        config: { auth: 'optional' },
        schema: {
          tags,
          summary: 'Read a place with its ancestors',
          params: ZId,
          response: { 200: ZPlaceDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getPlace(ctx, req.params.id)),
    );
    app.post(
      '/api/places',
      {
        config: { auth: 'place.write' },
        schema: {
          tags,
          summary: 'Create a place under a parent',
          body: ZPlaceCreate,
          response: { 201: ZPlaceDetail },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createPlace(ctx, req.body))),
    );
    app.patch(
      '/api/places/:id',
      {
        config: { auth: 'place.write' },
        schema: {
          tags,
          summary: 'Rename or re-code a place',
          params: ZId,
          body: ZPlaceUpdate,
          response: { 200: ZPlaceDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => updatePlace(ctx, req.params.id, req.body)),
    );
    app.post(
      '/api/places/:id/move',
      {
        config: { auth: 'place.write' },
        schema: {
          tags,
          summary: 'Move a place (and its subtree) under another parent',
          params: ZId,
          body: ZPlaceMove,
          response: { 200: ZPlaceDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => movePlace(ctx, req.params.id, req.body)),
    );
    app.delete(
      '/api/places/:id',
      {
        config: { auth: 'place.write' },
        schema: {
          tags,
          summary: 'Delete a place with no children or records',
          params: ZId,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => deletePlace(ctx, req.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
