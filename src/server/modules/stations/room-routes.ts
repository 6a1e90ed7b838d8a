import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBooking,
  ZBookingInput,
  ZBookingQuery,
  ZStationRoom,
  ZStationRoomInput,
} from '../../../shared/stations';
import { type AppServices, inScope } from '../../platform/http';
import { bookRoom, cancelBooking, findBookings } from './bookings';
import { addRoom, deleteRoom, updateRoom } from './rooms';

const ZId = z.object({ id: z.uuid() });
const ZRoomId = ZId.extend({ roomId: z.uuid() });
const ZBookingId = ZId.extend({ bookingId: z.uuid() });
const tags = ['stations'];

/** A station's function rooms and their bookings. */
export function roomRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/stations/:id/rooms',
      {
        config: { auth: 'station.write' },
        schema: {
          tags,
          summary: 'Add a function room with its opening hours',
          params: ZId,
          body: ZStationRoomInput,
          response: { 201: ZStationRoom },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => addRoom(ctx, req.params.id, req.body))),
    );
    app.put(
      '/api/stations/:id/rooms/:roomId',
      {
        config: { auth: 'station.write' },
        schema: {
          tags,
          summary: 'Change a room: name, kind, capacity, hours, active',
          params: ZRoomId,
          body: ZStationRoomInput,
          response: { 200: ZStationRoom },
        },
      },
      (req) => inScope(services, req, (ctx) => updateRoom(ctx, req.params.id, req.params.roomId, req.body)),
    );
    app.delete(
      '/api/stations/:id/rooms/:roomId',
      {
        config: { auth: 'station.write' },
        schema: {
          tags,
          summary: 'Remove a room never booked (set a booked one inactive)',
          params: ZRoomId,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => deleteRoom(ctx, req.params.id, req.params.roomId));
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/stations/:id/bookings',
      {
        config: { auth: 'station.read' },
        schema: {
          tags,
          summary: "A station's room bookings over some days (the week view), cancelled ones included",
          params: ZId,
          querystring: ZBookingQuery,
          response: { 200: z.array(ZBooking) },
        },
      },
      (req) => inScope(services, req, (ctx) => findBookings(ctx, req.params.id, req.query)),
    );
    app.post(
      '/api/stations/:id/rooms/:roomId/bookings',
      {
        config: { auth: 'station.book' },
        schema: {
          tags,
          summary: 'Book a room: inside its hours, not past, at most 8 h, no overlap (409)',
          params: ZRoomId,
          body: ZBookingInput,
          response: { 201: ZBooking },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await inScope(services, req, (ctx) => bookRoom(ctx, req.params.id, req.params.roomId, req.body)),
          ),
    );
    app.post(
      '/api/stations/:id/bookings/:bookingId/cancel',
      {
        config: { auth: 'station.book' },
        schema: {
          tags,
          summary: 'Cancel a booking (who booked it, or the station’s office); frees the slot',
          params: ZBookingId,
          response: { 200: ZBooking },
        },
      },
      (req) => inScope(services, req, (ctx) => cancelBooking(ctx, req.params.id, req.params.bookingId)),
    );
  };
}
