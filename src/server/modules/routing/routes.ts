import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import { ZRoutingRule, ZRoutingRuleInput, ZRoutingRuleListQuery } from '../../../shared/routing';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { createRule, deleteRule, findRules, getRule, updateRule } from './rules';

const ZId = z.object({ id: z.uuid() });
const tags = ['routing'];

/** The routing catalogue (派单目录): its rules, read by the offices and kept by them for their subtree. */
export function routingRuleRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/routing/rules',
      {
        config: { auth: 'routing.read' },
        schema: {
          tags,
          summary: 'Rules of the routing catalogue that concern my area (mine and those above it)',
          querystring: ZRoutingRuleListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZRoutingRule) },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          findRules(ctx, req.query, pickLocale(req.headers['accept-language'])),
        ),
    );
    app.get(
      '/api/routing/rules/:id',
      {
        config: { auth: 'routing.read' },
        schema: { tags, summary: 'Read a rule', params: ZId, response: { 200: ZRoutingRule } },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          getRule(ctx, req.params.id, pickLocale(req.headers['accept-language'])),
        ),
    );
    app.post(
      '/api/routing/rules',
      {
        config: { auth: 'routing.write' },
        schema: {
          tags,
          summary: 'Add a rule: tickets of a category at a place (and below it) go to these units',
          body: ZRoutingRuleInput,
          response: { 201: ZRoutingRule },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await inScope(services, req, (ctx) =>
              createRule(ctx, req.body, pickLocale(req.headers['accept-language'])),
            ),
          ),
    );
    app.put(
      '/api/routing/rules/:id',
      {
        config: { auth: 'routing.write' },
        schema: {
          tags,
          summary: 'Change a rule of my area',
          params: ZId,
          body: ZRoutingRuleInput,
          response: { 200: ZRoutingRule },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          updateRule(ctx, req.params.id, req.body, pickLocale(req.headers['accept-language'])),
        ),
    );
    app.delete(
      '/api/routing/rules/:id',
      {
        config: { auth: 'routing.write' },
        schema: { tags, summary: 'Delete a rule of my area', params: ZId, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => deleteRule(ctx, req.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
