import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZActivity,
  ZActivityCreate,
  ZActivityCreated,
  ZActivityListQuery,
  ZActivityMove,
  ZActivityUpdate,
  ZAttendance,
  ZCheckin,
  ZCheckinCode,
  ZCheckinResult,
  ZMySignup,
  ZSignup,
  ZSignupCreate,
} from '../../../shared/activities';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZPhotoFile } from '../../../shared/photos';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { registerPhotoRoutes } from '../../platform/photo-routes';
import { getCheckinCode, scanCheckin } from './checkin';
import {
  addActivityPhotos,
  findActivityPhotos,
  MAX_ACTIVITY_PHOTOS,
  readActivityPhoto,
  removeActivityPhoto,
} from './photos';
import { checkinPng } from './qr';
import { createActivity, findActivities, getActivity, moveActivity, updateActivity } from './service';
import { cancelSignup, findMySignups, getAttendance, signUp } from './signups';

const ZId = z.object({ id: z.uuid() });
const tags = ['activities'];

export function activityRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/activities',
      {
        config: { auth: 'activity.read' },
        schema: {
          tags,
          summary: 'Activities by start time (a place subtree, a time range): lists and calendars',
          querystring: ZActivityListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZActivity) },
        },
      },
      (req) => inScope(services, req, (ctx) => findActivities(ctx, req.query)),
    );
    app.post(
      '/api/activities',
      {
        config: { auth: 'activity.write' },
        schema: {
          tags,
          summary: 'Create an activity, or a series of them with a recurrence',
          body: ZActivityCreate,
          response: { 201: ZActivityCreated },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createActivity(ctx, req.body))),
    );
    app.get(
      '/api/activities/:id',
      {
        config: { auth: 'activity.read' },
        schema: {
          tags,
          summary: 'Read an activity with its counts',
          params: ZId,
          response: { 200: ZActivity },
        },
      },
      (req) => inScope(services, req, (ctx) => getActivity(ctx, req.params.id)),
    );
    app.put(
      '/api/activities/:id',
      {
        config: { auth: 'activity.write' },
        schema: {
          tags,
          summary: 'Change one occurrence',
          params: ZId,
          body: ZActivityUpdate,
          response: { 200: ZActivity },
        },
      },
      (req) => inScope(services, req, (ctx) => updateActivity(ctx, req.params.id, req.body)),
    );
    app.post(
      '/api/activities/:id/actions',
      {
        config: { auth: 'activity.write' },
        schema: {
          tags,
          summary: 'Record it as held (complete) or call it off (cancel)',
          params: ZId,
          body: ZActivityMove,
          response: { 200: ZActivity },
        },
      },
      (req) => inScope(services, req, (ctx) => moveActivity(ctx, req.params.id, req.body)),
    );
    app.post(
      '/api/activities/:id/signups',
      {
        config: { auth: 'activity.join' },
        schema: {
          tags,
          summary: 'Sign up: no body for the caller; name and phone (an organiser) for someone else',
          params: ZId,
          body: ZSignupCreate,
          response: { 201: ZSignup },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => signUp(ctx, req.params.id, req.body ?? undefined))),
    );
    app.delete(
      '/api/activities/:id/signups/:signupId',
      {
        config: { auth: 'activity.join' },
        schema: {
          tags,
          summary: 'Cancel a sign-up (one’s own, or as the organiser); the waiting list moves up',
          params: ZId.extend({ signupId: z.uuid() }),
          response: { 200: ZActivity },
        },
      },
      (req) => inScope(services, req, (ctx) => cancelSignup(ctx, req.params.id, req.params.signupId)),
    );
    app.get(
      '/api/activities/:id/attendance',
      {
        config: { auth: 'activity.write' },
        schema: {
          tags,
          summary: 'Sign-ups, check-ins and check-outs, for the organiser',
          params: ZId,
          response: { 200: ZAttendance },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          getAttendance(ctx, req.params.id, pickLocale(req.headers['accept-language'])),
        ),
    );
    registerPhotoRoutes(app, services, {
      path: '/api/activities/:id/photos',
      tags,
      noun: 'an activity',
      max: MAX_ACTIVITY_PHOTOS,
      auth: { read: 'activity.read', write: 'activity.write' },
      photo: ZPhotoFile,
      find: findActivityPhotos,
      add: addActivityPhotos,
      read: readActivityPhoto,
      remove: removeActivityPhoto,
    });
    app.get(
      '/api/activities/:id/checkin-code',
      {
        config: { auth: 'activity.write' },
        schema: {
          tags,
          summary: 'The check-in code and the URL it opens',
          params: ZId,
          response: { 200: ZCheckinCode },
        },
      },
      (req) =>
        inScope(services, req, (ctx) => getCheckinCode(ctx, req.params.id, `${req.protocol}://${req.host}`)),
    );
    app.get(
      '/api/activities/:id/checkin-code.png',
      {
        config: { auth: 'activity.write' },
        schema: { tags, summary: 'The check-in code as a QR image to show or print', params: ZId },
      },
      async (req, reply) => {
        const code = await inScope(services, req, (ctx) =>
          getCheckinCode(ctx, req.params.id, `${req.protocol}://${req.host}`),
        );
        return reply
          .type('image/png')
          .header('cache-control', 'private, no-store')
          .send(await checkinPng(code.url));
      },
    );
    app.post(
      '/api/activities/checkin',
      {
        config: { auth: 'activity.join' },
        schema: {
          tags,
          summary: 'A scanned code: checks the caller in, or out when already in',
          body: ZCheckin,
          response: { 200: ZCheckinResult },
        },
      },
      (req) => inScope(services, req, (ctx) => scanCheckin(ctx, req.body.token)),
    );
    app.get(
      '/api/activity-signups',
      {
        config: { auth: 'activity.join' },
        schema: {
          tags,
          summary: 'My sign-ups, the latest activity first',
          response: { 200: z.object({ items: z.array(ZMySignup) }) },
        },
      },
      (req) => inScope(services, req, (ctx) => findMySignups(ctx)),
    );
  };
}
