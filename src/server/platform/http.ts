import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { AuditTrail } from './audit-seal';
import type { ConfigCache } from './config-cache';
import { type Actor, type Ctx, PUBLIC_ACTOR, type RequestMeta, runAs } from './context';
import type { Vault } from './crypto';
import { AppError } from './errors';
import type { FileStore } from './files';
import type { Permission, PermissionTable, RouteAuth } from './permissions';
import type { PolicyStore } from './policy-store';
import type { RateLimits } from './rate-limit';
import { resolveSession, SESSION_COOKIE } from './session';
import type { SmsSender } from './sms';
import type { WechatServices } from './wechat';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs; every route must say (an undeclared route refuses to start). */
    auth?: RouteAuth;
    /**
     * 'zod': schema failures keep zod's own wording ("Too big: expected string to have <=4000 characters")
     * instead of the people's sentences (field-messages.ts): Open311 GeoReport clients already read that text.
     */
    fieldWording?: 'zod';
  }
  interface FastifyRequest {
    actor: Actor;
    sessionId: string | null;
    /** The configuration count read with the session; unset without one. */
    configVersion: number | undefined;
  }
}

/** The application's dependencies, built once in main.ts (or per test) and handed to every module. */
export type AppServices = {
  config: Config;
  db: Db;
  vault: Vault;
  clock: () => Date;
  /** The installation's time zone (config.timeZone), carried into every request's Ctx. */
  zone: string;
  /** This process's copies of categories, deadline rules and the work calendar. */
  cache: ConfigCache;
  /** Seals pending audit entries into their chains, anchors the heads, verifies. */
  audit: AuditTrail;
  policy: PolicyStore;
  sms: SmsSender;
  /** WeChat template messages (or the development adapter) and the OAuth code exchange for binding. */
  wechat: WechatServices;
  files: FileStore;
  /** Request limits shared by every server on the database. */
  limits: RateLimits;
  /** The modules' permissions, collected at start (src/server/permissions.ts). */
  permissions: PermissionTable;
};

export function requestMeta(request: FastifyRequest): RequestMeta {
  const ua = request.headers['user-agent'];
  return {
    ip: request.ip ?? null,
    userAgent: ua ? ua.slice(0, 300) : null,
    requestId: request.id,
    ...(request.configVersion === undefined ? {} : { configVersion: request.configVersion }),
  };
}

/** Runs a service call as the caller, in one transaction (platform/context.ts). */
export function inScope<T>(
  services: AppServices,
  request: FastifyRequest,
  fn: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  return runAs(services, request.actor, requestMeta(request), fn);
}

// Routes an account may use before it has changed its password or enrolled a required second factor.
const PENDING_AUTH: ReadonlySet<RouteAuth> = new Set(['public', 'optional', 'signed_in']);

/**
 * Authentication and the route's requirement, before the handler runs. Also writes the requirement
 * into the OpenAPI operation (`x-permission`), which the route × role matrix test reads.
 */
export function registerAuth(app: FastifyInstance, services: AppServices): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('configVersion', undefined);

  app.addHook('onRoute', (route) => {
    const auth = route.config?.auth;
    if (!auth) {
      if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs')) {
        throw new Error(`route ${route.method} ${route.url} declares no auth requirement`);
      }
      return;
    }
    route.schema = {
      ...route.schema,
      ...(auth === 'public' ? {} : { security: [{ session: [] }] }),
      'x-permission': auth,
    } as typeof route.schema;
  });

  // onRequest: a caller without the right gets 401/403 before the body is even parsed or validated.
  app.addHook('onRequest', async (request, reply) => {
    request.actor = PUBLIC_ACTOR;
    const auth = request.routeOptions.config.auth;
    if (!auth || auth === 'public') {
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    const policy = await services.policy.get();
    const state = token
      ? await resolveSession(services.db, token, services.clock(), policy.sessionIdleMinutes)
      : null;
    if (state === 'expired' || state === null) {
      if (token) {
        clearSessionCookie(reply, services.config);
      }
      if (auth === 'optional') {
        return;
      }
      throw new AppError('unauthorized', state === 'expired' ? 'session_expired' : 'unauthorized');
    }
    request.actor = state.actor;
    request.sessionId = state.sessionId;
    request.configVersion = state.configVersion;
    if (PENDING_AUTH.has(auth)) {
      return;
    }
    if (state.mustChangePassword) {
      throw new AppError('forbidden', 'password_change_required');
    }
    const needsTotp = state.actor.roles.some((r) => policy.totpRequiredRoles.includes(r));
    if (needsTotp && !state.totpEnabled) {
      throw new AppError('forbidden', 'totp_enrolment_required');
    }
    if (auth !== 'active' && !services.permissions.can(state.actor.roles, auth as Permission)) {
      throw new AppError('forbidden');
    }
  });
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
  });
}
