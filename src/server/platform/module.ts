import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppServices } from './http';
import type { Grants } from './permissions';

/**
 * A server module as the app sees it: the routes it serves and the permissions those routes need. Each module's
 * index.ts exports one; src/server/modules.ts lists them once, and the app registers the routes and collects the
 * permissions from that list.
 */
export type ServerModule = {
  name: string;
  routes: readonly ((services: AppServices) => FastifyPluginAsyncZod)[];
  permissions?: Grants;
};

export function defineModule(module: ServerModule): ServerModule {
  return module;
}
