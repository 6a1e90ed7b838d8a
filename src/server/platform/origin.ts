import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { AppError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin (scheme://host[:port], default port dropped) of a URL, or null when it is not one. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Where the request says the page that sent it came from: Origin, else Referer; undefined when neither. */
function claimedOrigin(request: FastifyRequest): string | null | undefined {
  const { origin, referer } = request.headers;
  if (origin !== undefined) {
    return originOf(origin);
  }
  return referer === undefined ? undefined : originOf(referer);
}

/**
 * Cross-site request forgery: a state-changing request that a browser sent from another site's page is
 * refused before anything else runs. Browsers name the sending page in Origin (or at least Referer) on
 * every cross-site POST, form or script; a request naming neither comes from a program, which has no
 * victim's cookies to ride on. SameSite=Lax cookies stay as the second fence. Open311 clients sign with
 * an API key, never a cookie, and may call from any site.
 */
export function registerOriginCheck(app: FastifyInstance, config: Pick<Config, 'allowedOrigins'>): void {
  const allowed = new Set(config.allowedOrigins.map(originOf).filter((o): o is string => o !== null));
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || request.url.startsWith('/open311/')) {
      return;
    }
    const claimed = claimedOrigin(request);
    if (claimed === undefined) {
      return;
    }
    const own = originOf(`${request.protocol}://${request.host}`);
    if (claimed === null || (claimed !== own && !allowed.has(claimed))) {
      throw new AppError('forbidden', 'cross_site_request');
    }
  });
}
