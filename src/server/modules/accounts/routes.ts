import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAccount,
  ZAccountCreate,
  ZAccountListQuery,
  ZAccountUpdate,
  ZPasswordResetByAdmin,
  ZResidentGroups,
  ZRevealed,
} from '../../../shared/accounts';
import { ZPageQuery, zPage } from '../../../shared/list';
import { type AppServices, inScope } from '../../platform/http';
import { forgetSignInFailures } from '../auth';
import {
  createAccount,
  findAccounts,
  getAccount,
  resetAccountPassword,
  revealAccount,
  setResidentGroups,
  unlockAccount,
  updateAccount,
} from './service';

const ZId = z.object({ id: z.uuid() });
const tags = ['accounts'];

export function accountRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/accounts',
      {
        config: { auth: 'account.read' },
        schema: {
          tags,
          summary: 'List accounts in my subtree',
          querystring: ZAccountListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZAccount) },
        },
      },
      (req) => inScope(services, req, (ctx) => findAccounts(ctx, req.query)),
    );
    app.get(
      '/api/accounts/:id',
      {
        config: { auth: 'account.read' },
        schema: { tags, summary: 'Read an account', params: ZId, response: { 200: ZAccount } },
      },
      (req) => inScope(services, req, (ctx) => getAccount(ctx, req.params.id)),
    );
    app.post(
      '/api/accounts',
      {
        config: { auth: 'account.write' },
        schema: {
          tags,
          summary: 'Create a staff account',
          body: ZAccountCreate,
          response: { 201: ZAccount },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createAccount(ctx, services, req.body))),
    );
    app.patch(
      '/api/accounts/:id',
      {
        config: { auth: 'account.write' },
        schema: {
          tags,
          summary: 'Update roles, place, units, contact or status',
          params: ZId,
          body: ZAccountUpdate,
          response: { 200: ZAccount },
        },
      },
      (req) => inScope(services, req, (ctx) => updateAccount(ctx, req.params.id, req.body)),
    );
    app.put(
      '/api/accounts/:id/groups',
      {
        config: { auth: 'account.groups' },
        schema: {
          tags,
          summary: "Set a resident's groups (elderly, children …): offerings for a group take their orders",
          params: ZId,
          body: ZResidentGroups,
          response: { 200: ZAccount },
        },
      },
      (req) => inScope(services, req, (ctx) => setResidentGroups(ctx, req.params.id, req.body.groups)),
    );
    app.post(
      '/api/accounts/:id/password',
      {
        config: { auth: 'account.write' },
        schema: {
          tags,
          summary: 'Reset the password; forces a change at next sign-in',
          params: ZId,
          body: ZPasswordResetByAdmin,
          response: { 200: ZAccount },
        },
      },
      async (req) => {
        const reset = await inScope(services, req, (ctx) =>
          resetAccountPassword(ctx, services, req.params.id, req.body.newPassword),
        );
        await forgetSignInFailures(services.limits, req.params.id);
        return reset;
      },
    );
    app.post(
      '/api/accounts/:id/unlock',
      {
        config: { auth: 'account.write' },
        schema: { tags, summary: 'Lift a lock-out', params: ZId, response: { 200: ZAccount } },
      },
      async (req) => {
        const unlocked = await inScope(services, req, (ctx) => unlockAccount(ctx, req.params.id));
        // The lock-outs themselves live outside the request's transaction (platform/rate-limit.ts).
        await forgetSignInFailures(services.limits, req.params.id);
        return unlocked;
      },
    );
    app.post(
      '/api/accounts/:id/reveal',
      {
        config: { auth: 'account.reveal' },
        schema: {
          tags,
          summary: 'Show the unmasked phone and ID number (audited)',
          params: ZId,
          response: { 200: ZRevealed },
        },
      },
      (req) => inScope(services, req, (ctx) => revealAccount(ctx, req.params.id)),
    );
  };
}
