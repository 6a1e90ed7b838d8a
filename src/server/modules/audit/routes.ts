import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAuditEntry, ZAuditListQuery, ZAuditVerify } from '../../../shared/audit';
import { ZPageQuery, zPage } from '../../../shared/list';
import { type AppServices, inScope } from '../../platform/http';
import { findAuditEntries, verifyAudit } from './service';

const tags = ['audit'];

export function auditRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { auth: 'audit.read' },
        schema: {
          tags,
          summary: 'The audit trail, newest first (auditor only)',
          querystring: ZAuditListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZAuditEntry) },
        },
      },
      async (req) => {
        // Sealed first, in its own transaction: an entry written by the request before shows up.
        await services.audit.seal();
        return inScope(services, req, (ctx) => findAuditEntries(ctx, req.query));
      },
    );
    app.post(
      '/api/audit/verify',
      {
        config: { auth: 'audit.read' },
        schema: {
          tags,
          summary: 'Check the hash chains; names the first broken entry',
          response: { 200: ZAuditVerify },
        },
      },
      async (req) => {
        await services.audit.seal();
        await services.audit.anchor();
        return inScope(services, req, (ctx) => verifyAudit(ctx, services.audit));
      },
    );
  };
}
