import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { type AppServices, inScope } from '../../platform/http';
import { countUnread, findNotifications, markAllRead, markRead } from './service';

const tags = ['notifications'];
const ZNotification = z.object({
  id: z.uuid(),
  ticketId: z.uuid().nullable(),
  title: z.string(),
  body: z.string(),
  isRead: z.boolean(),
  createdAt: z.string(),
});

/** The in-app inbox: every move of a followed ticket lands here (the outbox carries it to SMS as well). */
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
      (req) => inScope(services, req, (ctx) => findNotifications(ctx, req.query)),
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
  };
}
