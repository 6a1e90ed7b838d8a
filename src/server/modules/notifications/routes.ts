import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZNoticePreferences, ZNoticePreferencesUpdate, ZNotification } from '../../../shared/notifications';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { getNoticePreferences, updateNoticePreferences } from './preferences';
import { countUnread, findNotifications, markAllRead, markRead } from './service';

const tags = ['notifications'];

/**
 * The in-app inbox: every notice lands here (a move of a followed ticket, and whatever other modules send; the
 * outbox carries it to SMS or WeChat as well), and each person's choice of those outside channels.
 */
export function notificationRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/notifications',
      {
        config: { auth: 'active' },
        schema: {
          tags,
          summary: 'My notifications, newest first',
          querystring: ZPageQuery.extend({ unread: z.enum(['true', 'false']).optional() }),
          response: { 200: zPage(ZNotification) },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          findNotifications(ctx, req.query, pickLocale(req.headers['accept-language'])),
        ),
    );
    app.get(
      '/api/notifications/unread-count',
      {
        config: { auth: 'active' },
        schema: { tags, summary: 'How many are unread', response: { 200: z.object({ count: z.number() }) } },
      },
      async (req) => ({ count: await inScope(services, req, countUnread) }),
    );
    app.post(
      '/api/notifications/:id/read',
      {
        config: { auth: 'active' },
        schema: { tags, summary: 'Mark one read', params: z.object({ id: z.uuid() }) },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => markRead(ctx, req.params.id));
        return reply.status(204).send();
      },
    );
    app.post(
      '/api/notifications/read-all',
      {
        config: { auth: 'active' },
        schema: { tags, summary: 'Mark all read', response: { 200: z.object({ count: z.number() }) } },
      },
      async (req) => ({ count: await inScope(services, req, markAllRead) }),
    );
    app.get(
      '/api/notifications/preferences',
      {
        config: { auth: 'active' },
        schema: {
          tags,
          summary: 'My channels for notices (the inbox is always on)',
          response: { 200: ZNoticePreferences },
        },
      },
      (req) => inScope(services, req, getNoticePreferences),
    );
    app.put(
      '/api/notifications/preferences',
      {
        config: { auth: 'active' },
        schema: {
          tags,
          summary: 'Turn SMS and WeChat notices on or off for myself (audited)',
          body: ZNoticePreferencesUpdate,
          response: { 200: ZNoticePreferences },
        },
      },
      (req) => inScope(services, req, (ctx) => updateNoticePreferences(ctx, req.body)),
    );
  };
}
