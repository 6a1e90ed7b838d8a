import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZSecurityPolicy } from '../../../shared/accounts';
import { type AppServices, inScope } from '../../platform/http';
import { readPolicy } from '../../platform/policy-store';

const tags = ['security'];

/** The security administrator's policy (等保): password rules, lock-out, idle timeout, second factor by role. */
export function securityRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/security/policy',
      {
        config: { auth: 'security.read' },
        schema: { tags, summary: 'Read the security policy', response: { 200: ZSecurityPolicy } },
      },
      (req) => inScope(services, req, (ctx) => readPolicy(ctx.tx, services.config.defaultPolicy)),
    );
    app.put(
      '/api/security/policy',
      {
        config: { auth: 'security.write' },
        schema: {
          tags,
          summary: 'Replace the security policy',
          body: ZSecurityPolicy,
          response: { 200: ZSecurityPolicy },
        },
      },
      async (req) => {
        const result = await inScope(services, req, async (ctx) => {
          const before = await readPolicy(ctx.tx, services.config.defaultPolicy);
          await ctx.tx.execute(sql`UPDATE security_policy SET policy = ${JSON.stringify(req.body)}::jsonb,
            updated_at = ${ctx.now.toISOString()}::timestamptz, updated_by = ${ctx.actor.accountId} WHERE id = 1`);
          await ctx.audit({
            action: 'security.policy',
            targetType: 'security_policy',
            targetId: '1',
            before,
            after: req.body,
          });
          return readPolicy(ctx.tx, services.config.defaultPolicy);
        });
        services.policy.invalidate();
        return result;
      },
    );
  };
}
