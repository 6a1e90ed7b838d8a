import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZLogin,
  ZMe,
  ZPasswordChange,
  ZPasswordReset,
  ZProfileUpdate,
  ZRegister,
  ZSmsRequest,
  ZTotpConfirm,
  ZTotpSetup,
  ZWechatBind,
} from '../../../shared/accounts';
import {
  type AppServices,
  clearSessionCookie,
  inScope,
  requestMeta,
  setSessionCookie,
} from '../../platform/http';
import { resolveSession, revokeSessions } from '../../platform/session';
import { updateProfile } from '../accounts';
import { registerResident, requestSmsCode, resetPasswordBySms } from './residents';
import { changePassword, confirmTotp, getMe, login, setupTotp } from './service';
import { bindWechat, openidToBind, unbindWechat } from './wechat';

const tags = ['auth'];
const ZOk = z.object({ ok: z.literal(true) });

export function authRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: 'Sign in; sets the HttpOnly session cookie',
          body: ZLogin,
          response: { 200: ZMe },
        },
      },
      async (req, reply) => {
        const { token } = await login(services, requestMeta(req), req.body);
        setSessionCookie(reply, services.config, token);
        return meAfterSignIn(req, token);
      },
    );
    app.post(
      '/api/auth/logout',
      {
        config: { auth: 'signed_in' },
        schema: { tags, summary: 'Sign out: ends every session of this account', response: { 200: ZOk } },
      },
      async (req, reply) => {
        await inScope(services, req, async (ctx) => {
          await revokeSessions(ctx.tx, ctx.actor.accountId ?? '', ctx.now);
          await ctx.audit({
            action: 'auth.logout',
            targetType: 'account',
            targetId: ctx.actor.accountId,
            districtId: ctx.actor.districtId,
          });
        });
        clearSessionCookie(reply, services.config);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/auth/me',
      {
        config: { auth: 'signed_in' },
        schema: { tags, summary: 'The signed-in account', response: { 200: ZMe } },
      },
      (req) => inScope(services, req, (ctx) => getMe(ctx, services)),
    );
    app.patch(
      '/api/auth/me',
      {
        config: { auth: 'active' },
        schema: {
          tags,
          summary: 'Update my name or (residents) my home',
          body: ZProfileUpdate,
          response: { 200: ZMe },
        },
      },
      (req) =>
        inScope(services, req, async (ctx) => {
          await updateProfile(ctx, req.body);
          return getMe(ctx, services);
        }),
    );
    app.post(
      '/api/auth/wechat/bind',
      {
        config: { auth: 'active' },
        schema: {
          tags,
          summary: 'Bind my WeChat (OAuth code) so ticket news arrive as template messages',
          body: ZWechatBind,
          response: { 200: ZMe },
        },
      },
      async (req) => {
        const openid = await openidToBind(services, req.body);
        return inScope(services, req, async (ctx) => {
          await bindWechat(ctx, openid);
          return getMe(ctx, services);
        });
      },
    );
    app.delete(
      '/api/auth/wechat/bind',
      {
        config: { auth: 'active' },
        schema: { tags, summary: 'Unbind my WeChat', response: { 200: ZMe } },
      },
      (req) =>
        inScope(services, req, async (ctx) => {
          await unbindWechat(ctx);
          return getMe(ctx, services);
        }),
    );
    app.post(
      '/api/auth/password',
      {
        config: { auth: 'signed_in' },
        schema: {
          tags,
          summary: 'Change my password; ends every session',
          body: ZPasswordChange,
          response: { 200: ZOk },
        },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => changePassword(ctx, services, req.body));
        clearSessionCookie(reply, services.config);
        return { ok: true as const };
      },
    );
    app.post(
      '/api/auth/totp/setup',
      {
        config: { auth: 'signed_in' },
        schema: { tags, summary: 'Start second-factor enrolment', response: { 200: ZTotpSetup } },
      },
      (req) => inScope(services, req, (ctx) => setupTotp(ctx)),
    );
    app.post(
      '/api/auth/totp/confirm',
      {
        config: { auth: 'signed_in' },
        schema: {
          tags,
          summary: 'Confirm the second factor with a code',
          body: ZTotpConfirm,
          response: { 200: ZOk },
        },
      },
      async (req) => {
        await inScope(services, req, (ctx) => confirmTotp(ctx, services, req.body.code));
        return { ok: true as const };
      },
    );
    app.post(
      '/api/auth/sms-code',
      {
        config: { auth: 'public' },
        schema: { tags, summary: 'Send a one-time code by SMS', body: ZSmsRequest, response: { 200: ZOk } },
      },
      async (req) => {
        await requestSmsCode(services, requestMeta(req), req.body);
        return { ok: true as const };
      },
    );
    app.post(
      '/api/auth/register',
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: 'Register a resident by phone, code and password; signs in',
          body: ZRegister,
          response: { 201: ZMe },
        },
      },
      async (req, reply) => {
        const { token } = await registerResident(services, requestMeta(req), req.body);
        setSessionCookie(reply, services.config, token);
        return reply.status(201).send(await meAfterSignIn(req, token));
      },
    );
    app.post(
      '/api/auth/password-reset',
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: 'Reset a password with an SMS code',
          body: ZPasswordReset,
          response: { 200: ZOk },
        },
      },
      async (req) => {
        await resetPasswordBySms(services, requestMeta(req), req.body);
        return { ok: true as const };
      },
    );
  };

  async function meAfterSignIn(req: Parameters<typeof requestMeta>[0], token: string) {
    const state = await resolveSession(services.db, token, services.clock(), Number.POSITIVE_INFINITY);
    if (!state || state === 'expired') {
      throw new Error('session vanished');
    }
    req.actor = state.actor;
    return inScope(services, req, (ctx) => getMe(ctx, services));
  }
}
