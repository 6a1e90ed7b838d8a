import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from './context';
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
  /**
   * Background rounds every server process runs each minute (main.ts). Each must be safe with several processes
   * on one database — idempotent, or single-instance through an advisory lock — and answers how much it did.
   */
  sweeps?: readonly ((services: Services) => Promise<number>)[];
};

export function defineModule(module: ServerModule): ServerModule {
  return module;
}

/** Runs every module's sweeps every `intervalMs` until stopped; a failing sweep is logged and never fatal. */
export function startSweeps(
  modules: readonly ServerModule[],
  services: Services,
  log: (error: unknown, module: string) => void,
  intervalMs = 60_000,
): () => void {
  const timer = setInterval(() => {
    for (const module of modules) {
      for (const sweep of module.sweeps ?? []) {
        sweep(services).catch((error: unknown) => log(error, module.name));
      }
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
