import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { migrationLevel } from '../../db/migrate';
import { DATABASE_RETRY_SECONDS } from '../../platform/problem';

export const VERSION = '0.1.0';

const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
    migrationLevel: z.number().int(),
    /** Why the database is unreachable, when it is. */
    problem: z.string().optional(),
  }),
});

const ZSite = z.object({
  timeZone: z
    .string()
    .describe('The IANA time zone of the installation (LIANXIN_TIME_ZONE): pages show every time in it'),
});

/** `site`: what the pages need before they show anything, from the configuration. */
export function healthRoutes(database: Database, site: z.infer<typeof ZSite>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/site',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['system'],
          summary: 'The installation’s settings every page needs: its time zone',
          response: { 200: ZSite },
        },
      },
      () => site,
    );
    app.get(
      '/api/health',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Database reachable, version, migration level',
          response: { 200: ZHealth, 503: ZHealth },
        },
      },
      async (_req, reply) => {
        try {
          await database.db.execute(sql`SELECT 1`);
          const level = await migrationLevel(database);
          return {
            status: 'ok' as const,
            version: VERSION,
            database: { kind: database.kind, reachable: true, migrationLevel: level },
          };
        } catch (error) {
          const { code, message } = error as { code?: unknown; message?: unknown };
          return reply
            .status(503)
            .header('retry-after', String(DATABASE_RETRY_SECONDS))
            .send({
              status: 'degraded',
              version: VERSION,
              database: {
                kind: database.kind,
                reachable: false,
                migrationLevel: 0,
                problem: typeof code === 'string' ? `${code}: ${String(message)}` : String(message),
              },
            });
        }
      },
    );
  };
}
