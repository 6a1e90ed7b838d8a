import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../../shared/list';
import { type AppServices, inScope, requestMeta } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { discovery, getServiceDefinition, listServices } from './catalogue';
import { speakOpen311Errors } from './errors';
import { findRequests, findUpdates, getRequest, getToken } from './follow';
import { parseFormBodies, uploadedMedia } from './form';
import { FORMATS, type Format, sendDocument } from './format';
import { createKey, listKeys, revokeKey } from './keys';
import {
  ZDiscovery,
  ZJurisdictionQuery,
  ZOpen311Key,
  ZOpen311KeyCreate,
  ZOpen311KeyCreated,
  ZRequestCreated,
  ZRequestForm,
  ZRequestQuery,
  ZRequestUpdate,
  ZService,
  ZServiceDefinition,
  ZServiceRequest,
  ZTokenAnswer,
  ZUpdateQuery,
} from './schemas';
import { type Access, runAsOpen311 } from './scope';
import { submitRequest } from './submit';

const tags = ['open311'];
// GeoReport clients already read zod's own wording of a refused field: it stays as it is (platform/http.ts).
const config = { auth: 'public' as const, fieldWording: 'zod' as const };

/** The JSON schema of a document, or for XML a described string (the XML carries the same fields). */
function answer<T extends z.ZodType>(format: Format, json: T) {
  return format === 'json'
    ? json
    : z.string().describe('text/xml; charset=utf-8: the same fields as elements (GeoReport v2)');
}

function localeOf(req: FastifyRequest) {
  return pickLocale(req.headers['accept-language']);
}

function access(
  given: { api_key?: string | undefined; jurisdiction_id?: string | undefined },
  needs: { key: boolean; jurisdiction: boolean },
): Access {
  return {
    apiKey: given.api_key || undefined,
    requireKey: needs.key,
    jurisdictionId: given.jurisdiction_id || undefined,
    requireJurisdiction: needs.jurisdiction,
  };
}

/**
 * Open311 GeoReport v2 under /open311/v2 (docs/open311.md), in XML (the spec's required format) and JSON.
 * Public routes: the api_key is checked inside (POST needs one), and calls run as a system actor fenced to
 * the jurisdiction (scope.ts). Errors leave in the spec's format (errors.ts).
 */
function georeportRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    speakOpen311Errors(app);
    parseFormBodies(app);
    const run = <T>(req: FastifyRequest, a: Access, fn: Parameters<typeof runAsOpen311<T>>[3]) =>
      runAsOpen311(services, requestMeta(req), a, fn);

    for (const format of FORMATS) {
      app.get(
        `/discovery.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `Service discovery (${format})`,
            response: { 200: answer(format, ZDiscovery) },
          },
        },
        async (req, reply) =>
          sendDocument(reply, 'discovery', format, discovery(`${req.protocol}://${req.host}`, localeOf(req))),
      );
      app.get(
        `/services.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `Service list: the category taxonomy (${format})`,
            querystring: ZJurisdictionQuery,
            response: { 200: answer(format, z.array(ZService)) },
          },
        },
        async (req, reply) => {
          const list = await run(req, access(req.query, { key: false, jurisdiction: false }), (ctx) =>
            listServices(ctx, localeOf(req)),
          );
          return sendDocument(reply, 'services', format, list);
        },
      );
      app.get(
        `/services/:service_code.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `Service definition (${format})`,
            params: z.object({ service_code: z.string().max(40) }),
            querystring: ZJurisdictionQuery,
            response: { 200: answer(format, ZServiceDefinition) },
          },
        },
        async (req, reply) => {
          const definition = await run(req, access(req.query, { key: false, jurisdiction: false }), (ctx) =>
            getServiceDefinition(ctx, req.params.service_code, localeOf(req)),
          );
          return sendDocument(reply, 'serviceDefinition', format, definition);
        },
      );
      app.post(
        `/requests.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `Submit a service request: files a ticket, channel external (${format})`,
            description:
              'A form, or multipart/form-data whose files (JPEG, PNG or WebP) are attached as photos. ' +
              'api_key and jurisdiction_id may come in the body or the query string.',
            consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'],
            querystring: ZJurisdictionQuery,
            body: ZRequestForm,
            response: { 200: answer(format, z.array(ZRequestCreated)) },
          },
        },
        async (req, reply) => {
          // Clients put the key in the body (the spec) or the query string (many libraries): the body wins.
          const given = {
            api_key: req.body.api_key || req.query.api_key,
            jurisdiction_id: req.body.jurisdiction_id || req.query.jurisdiction_id,
          };
          // Counted per key before anything else; a request without one fails on the key check below.
          if (given.api_key) {
            await services.limits.consume('open311Submit', given.api_key);
          }
          const submission = { form: req.body, media: uploadedMedia(req), files: services.files };
          const created = await run(req, access(given, { key: true, jurisdiction: true }), (ctx, caller) =>
            submitRequest(ctx, caller, submission, localeOf(req)),
          );
          // 200, not 201: the spec shows none and some clients accept only 200.
          return sendDocument(reply, 'requests', format, [created]);
        },
      );
      app.get(
        `/requests.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `Service requests: published ones, and those the api_key filed (${format})`,
            querystring: ZRequestQuery,
            response: { 200: answer(format, z.array(ZServiceRequest)) },
          },
        },
        async (req, reply) => {
          const list = await run(req, access(req.query, { key: false, jurisdiction: true }), (ctx, caller) =>
            findRequests(ctx, caller, req.query, localeOf(req)),
          );
          return sendDocument(reply, 'requests', format, list);
        },
      );
      app.get(
        `/requests/:service_request_id.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `One service request (${format})`,
            params: z.object({ service_request_id: z.string().max(100) }),
            querystring: ZJurisdictionQuery,
            response: { 200: answer(format, z.array(ZServiceRequest)) },
          },
        },
        async (req, reply) => {
          const one = await run(req, access(req.query, { key: false, jurisdiction: false }), (ctx, caller) =>
            getRequest(ctx, caller, req.params.service_request_id, localeOf(req)),
          );
          return sendDocument(reply, 'requests', format, one);
        },
      );
      app.get(
        `/servicerequestupdates.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `Progress notes of the requests one may list: FixMyStreet's extension (${format})`,
            querystring: ZUpdateQuery,
            response: { 200: answer(format, z.array(ZRequestUpdate)) },
          },
        },
        async (req, reply) => {
          const list = await run(req, access(req.query, { key: false, jurisdiction: false }), (ctx, caller) =>
            findUpdates(ctx, caller, req.query, localeOf(req)),
          );
          return sendDocument(reply, 'updates', format, list);
        },
      );
      app.get(
        `/tokens/:token.${format}`,
        {
          config,
          schema: {
            tags,
            summary: `The service request id of a token (${format})`,
            params: z.object({ token: z.string().max(100) }),
            querystring: ZJurisdictionQuery,
            response: { 200: answer(format, z.array(ZTokenAnswer)) },
          },
        },
        async (req, reply) => {
          const found = await run(
            req,
            access(req.query, { key: false, jurisdiction: false }),
            (ctx, caller) => getToken(ctx, caller, req.params.token),
          );
          return sendDocument(reply, 'requests', format, found);
        },
      );
    }
  };
}

/** The system administrator's key management: list, issue (plaintext shown once), revoke. Audited. */
function keyRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/open311/keys',
      {
        config: { auth: 'open311.write' },
        schema: { tags, summary: 'Open311 API keys', response: { 200: zPage(ZOpen311Key) } },
      },
      (req) => inScope(services, req, (ctx) => listKeys(ctx)),
    );
    app.post(
      '/api/open311/keys',
      {
        config: { auth: 'open311.write' },
        schema: {
          tags,
          summary: 'Issue an Open311 API key (the answer is the only time the key is shown)',
          body: ZOpen311KeyCreate,
          response: { 201: ZOpen311KeyCreated },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createKey(ctx, req.body))),
    );
    app.delete(
      '/api/open311/keys/:id',
      {
        config: { auth: 'open311.write' },
        schema: { tags, summary: 'Revoke an Open311 API key', params: z.object({ id: z.uuid() }) },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => revokeKey(ctx, req.params.id));
        return reply.status(204).send();
      },
    );
  };
}

export function open311Routes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(georeportRoutes(services), { prefix: '/open311/v2' });
    await app.register(keyRoutes(services));
  };
}
