import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from './db/client';
import { MODULES } from './modules';
import { healthRoutes, VERSION } from './modules/health';
import { type AppServices, registerAuth } from './platform/http';
import { registerOriginCheck } from './platform/origin';
import { handleError } from './platform/problem';
import { refuseUnstorableInput } from './platform/storable';

/**
 * What the built pages may load: their own scripts only (no inline script, no eval), styles inline as well
 * (antd writes its CSS at run time), pictures from the server, data: and blob: (photo previews), no
 * plugins, never framed by another site. Every browser journey fails on a violation.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 10 * 1024 * 1024;

/** Builds the app: plugins, then each module's routes. No listening here (tests inject). */
export async function buildApp(
  services: AppServices,
  database: Database,
  options: { logger?: boolean } = {},
) {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: options.logger === false ? false : { level: services.config.logLevel },
    trustProxy: true,
    genReqId: () => crypto.randomUUID(),
    // A path parameter past maxParamLength, or an address that does not decode, is answered here rather than
    // by Fastify's default, which echoes the address and is not problem+json. Past Node's 16 KiB header
    // limit Node itself answers 431 and closes the connection before any of this runs.
    frameworkErrors: handleError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // JSON routes take JSON only: a text/plain body is answered 415 like any other type, not parsed as a string
  // for the schema to refuse with a confusing 400.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
  });
  registerOriginCheck(app, services.config);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 9, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lianxin 连心 API',
        version: VERSION,
        description: '我为群众办实事: places, people, tickets.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lx_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // Tags start folded: with every operation listed at once (22 tags, 150 operations) Swagger UI 5 stopped
  // drawing after the second tag; one click opens a tag.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'none' } });
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, () => app.swagger());

  registerAuth(app, services);
  refuseUnstorableInput(app);
  await app.register(healthRoutes(database, { timeZone: services.config.timeZone }));
  for (const module of MODULES) {
    for (const routes of module.routes) {
      await app.register(routes(services));
    }
  }

  await serveWeb(app, services.config.webDir);
  return app;
}

/** The built single-page app: files as they are, every other non-API path gets index.html. */
async function serveWeb(app: FastifyInstance, webDir: string) {
  const root = path.resolve(webDir);
  const hasWeb = existsSync(path.join(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (url.startsWith('/api/') || url.startsWith('/open311/') || !hasWeb || request.method !== 'GET') {
      return reply.status(404).type('application/problem+json').send({
        type: 'https://lianxin.dev/problems/not_found',
        title: 'Not found',
        status: 404,
        code: 'not_found',
      });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
