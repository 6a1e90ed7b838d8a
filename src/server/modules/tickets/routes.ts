import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import {
  ZPhoto,
  ZPublicWish,
  ZPublicWishQuery,
  ZQueueCounts,
  ZSimilarQuery,
  ZSimilarTicket,
  ZTicket,
  ZTicketContact,
  ZTicketCreate,
  ZTicketDetail,
  ZTicketListQuery,
  ZTicketMove,
  ZWishThanks,
} from '../../../shared/tickets';
import { PUBLIC_ACTOR, runAs } from '../../platform/context';
import { type AppServices, inScope, requestMeta } from '../../platform/http';
import { discardFiles, readUploads } from '../../platform/photos';
import { revealContact } from './contact';
import { createTicket } from './intake';
import { moveTicket } from './moves';
import { addPhotos, findPhotos, readPhoto, removePhoto } from './photos';
import { findPublicWishes, followTicket, unfollowTicket } from './public';
import { countQueues, findTickets, getTicket, presentCreated, presentMoved } from './queries';
import { findSimilarForText, findSimilarForTicket } from './similar';
import { findWishThanks } from './thanks';

const ZId = z.object({ id: z.uuid() });
const tags = ['tickets'];
const ZCreated = z.object({ id: z.uuid(), number: z.string(), state: z.string() });

export function ticketRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/tickets',
      {
        config: { auth: 'ticket.create' },
        schema: {
          tags,
          summary: 'Submit a ticket (any channel)',
          body: ZTicketCreate,
          response: { 201: ZTicketDetail.extend(ZCreated.shape) },
        },
      },
      async (req, reply) => {
        // Residents submit from the open internet; the office's own intake (calls, walk-ins) is not limited.
        if (req.actor.kind === 'resident') {
          await services.limits.consume('ticketSubmit', req.ip);
        }
        const detail = await inScope(services, req, async (ctx) =>
          presentCreated(ctx, await createTicket(ctx, req.body)),
        );
        return reply.status(201).send(detail);
      },
    );
    app.get(
      '/api/tickets',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: 'List tickets: filters, work queues, search',
          querystring: ZTicketListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZTicket) },
        },
      },
      (req) => inScope(services, req, (ctx) => findTickets(ctx, req.query)),
    );
    app.get(
      '/api/tickets/similar',
      {
        config: { auth: 'ticket.create' },
        schema: {
          tags,
          summary: 'Open tickets nearby with similar text (duplicate hint at intake)',
          querystring: ZSimilarQuery,
          response: { 200: z.object({ items: z.array(ZSimilarTicket) }) },
        },
      },
      async (req) => ({
        items: await inScope(services, req, (ctx) =>
          findSimilarForText(ctx, req.query.placeId, req.query.text),
        ),
      }),
    );
    app.get(
      '/api/tickets/:id/similar',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: 'Open tickets that may be the same matter (相关工单)',
          params: ZId,
          response: { 200: z.object({ items: z.array(ZSimilarTicket) }) },
        },
      },
      async (req) => ({
        items: await inScope(services, req, (ctx) => findSimilarForTicket(ctx, req.params.id)),
      }),
    );
    app.put(
      '/api/tickets/:id/follow',
      {
        config: { auth: 'ticket.read' },
        schema: { tags, summary: 'Follow a ticket (关注): be told of every move', params: ZId },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => followTicket(ctx, req.params.id));
        return reply.status(204).send();
      },
    );
    app.delete(
      '/api/tickets/:id/follow',
      {
        config: { auth: 'ticket.read' },
        schema: { tags, summary: 'Stop following a ticket', params: ZId },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => unfollowTicket(ctx, req.params.id));
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/public/wishes',
      {
        // Open to all; a session, when there is one, only adds the caller's own moves (a volunteer's claim).
        config: { auth: 'optional' },
        schema: {
          tags: ['public'],
          summary:
            'The wish wall (sign-in optional; nothing that identifies a resident): all of it, or one area',
          querystring: ZPageQuery.extend(ZPublicWishQuery.shape),
          response: { 200: zPage(ZPublicWish) },
        },
      },
      // Read as the public whoever asks, so a signed-in caller sees the very wall everyone sees (and a
      // volunteer the whole city's, not only their subtree's).
      (req) =>
        runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) => findPublicWishes(ctx, req.query, req.actor)),
    );
    app.get(
      '/api/public/wish-thanks',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['public'],
          summary:
            'Fulfilled wishes their residents thanked in public (圆梦墙): the words, the claimants’ masked names, the community',
          querystring: ZPageQuery.extend(ZPublicWishQuery.shape),
          response: { 200: zPage(ZWishThanks) },
        },
      },
      (req) => runAs(services, PUBLIC_ACTOR, requestMeta(req), (ctx) => findWishThanks(ctx, req.query)),
    );
    app.get(
      '/api/tickets/:id',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: 'A ticket with its timeline',
          params: ZId,
          response: { 200: ZTicketDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getTicket(ctx, req.params.id)),
    );
    app.get(
      '/api/tickets/:id/photos',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: "A ticket's photos, oldest first (each url serves the bytes)",
          params: ZId,
          response: { 200: z.array(ZPhoto) },
        },
      },
      (req) => inScope(services, req, (ctx) => findPhotos(ctx, req.params.id)),
    );
    app.get(
      '/api/tickets/queues',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: "How many tickets wait in each of the caller's queues, and how many are near their limit",
          response: { 200: ZQueueCounts },
        },
      },
      (req) => inScope(services, req, (ctx) => countQueues(ctx)),
    );
    app.post(
      '/api/tickets/:id/contact',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary:
            "The submitter's name and phone unmasked, to call back: the office, grid worker and unit handling " +
            'it; audited',
          params: ZId,
          response: { 200: ZTicketContact },
        },
      },
      (req) => inScope(services, req, (ctx) => revealContact(ctx, req.params.id)),
    );
    app.post(
      '/api/tickets/:id/photos',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: 'Add up to 9 photos (multipart field `files`; JPEG, PNG or WebP, ≤ 10 MB each)',
          params: ZId,
          consumes: ['multipart/form-data'],
          response: { 201: z.array(ZPhoto) },
        },
      },
      async (req, reply) => {
        const files = await readUploads(req);
        return reply
          .status(201)
          .send(await inScope(services, req, (ctx) => addPhotos(ctx, services.files, req.params.id, files)));
      },
    );
    app.get(
      '/api/tickets/:id/photos/:photoId',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: 'A photo (metadata stripped unless the office asks)',
          params: ZId.extend({ photoId: z.uuid() }),
        },
      },
      async (req, reply) => {
        const photo = await inScope(services, req, (ctx) =>
          readPhoto(ctx, services.files, req.params.id, req.params.photoId),
        );
        return reply.type(photo.mime).header('cache-control', 'private, max-age=3600').send(photo.bytes);
      },
    );
    app.delete(
      '/api/tickets/:id/photos/:photoId',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: 'Take a photo off an open ticket (who added it, or the office)',
          params: ZId.extend({ photoId: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        const keys = await inScope(services, req, (ctx) =>
          removePhoto(ctx, req.params.id, req.params.photoId),
        );
        await discardFiles(services.files, keys, req.log);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/tickets/:id/actions',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: 'Perform a move of the state machine',
          params: ZId,
          body: ZTicketMove,
          response: { 200: ZTicketDetail },
        },
      },
      (req) =>
        inScope(services, req, async (ctx) =>
          presentMoved(ctx, await moveTicket(ctx, req.params.id, req.body)),
        ),
    );
  };
}
