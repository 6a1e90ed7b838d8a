import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZWechatBind } from '../../../shared/accounts';
import { account } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { uniqueOrConflict } from '../../platform/db-errors';
import { AppError, conflict, invalidField } from '../../platform/errors';
import type { AppServices } from '../../platform/http';
import { WechatError } from '../../platform/wechat';
import { wechatDevBinding } from './service';

// The code is unknown (40029), already used (40163) or missing (41008); anything else is our side's fault.
const BAD_CODE = new Set([40029, 40163, 41008]);

/**
 * The openid a bind request stands for. With WeChat configured: the OAuth code exchanged at WeChat (outside any
 * transaction: it is a network call). Without: `devOpenid` as given, in development only.
 */
export async function openidToBind(
  services: AppServices,
  input: z.infer<typeof ZWechatBind>,
): Promise<string> {
  const exchange = services.wechat.openidForCode;
  if (exchange) {
    if (!input.code) {
      throw invalidField('code', 'wechat_code_required');
    }
    try {
      return await exchange(input.code);
    } catch (error) {
      if (error instanceof WechatError && BAD_CODE.has(error.errcode)) {
        throw invalidField('code', 'wechat_code_invalid');
      }
      throw error;
    }
  }
  if (!wechatDevBinding(services)) {
    throw conflict('wechat_not_configured');
  }
  if (!input.devOpenid) {
    throw invalidField('devOpenid', 'wechat_dev_openid_required');
  }
  return input.devOpenid;
}

/** The caller's account id and the openid bound to it now. */
async function ownBinding(ctx: Ctx) {
  const id = ctx.actor.accountId;
  if (!id) {
    throw new AppError('unauthorized');
  }
  const [before] = await ctx.tx
    .select({ openid: account.wechatOpenid })
    .from(account)
    .where(eq(account.id, id));
  return { id, before };
}

/** Stores the openid on the caller's account; another account holding it is a conflict (409). */
export async function bindWechat(ctx: Ctx, openid: string) {
  const { id, before } = await ownBinding(ctx);
  if (before?.openid === openid) {
    return;
  }
  await uniqueOrConflict(
    () => ctx.tx.update(account).set({ wechatOpenid: openid, updatedAt: ctx.now }).where(eq(account.id, id)),
    'code',
    'wechat_taken',
  );
  await ctx.audit({
    action: 'auth.wechat_bind',
    targetType: 'account',
    targetId: id,
    districtId: ctx.actor.districtId,
    before: { wechatBound: before?.openid != null },
    after: { wechatBound: true },
  });
}

/** Forgets the caller's openid: ticket news go by SMS again (or nowhere without a phone). */
export async function unbindWechat(ctx: Ctx) {
  const { id, before } = await ownBinding(ctx);
  if (!before?.openid) {
    return;
  }
  await ctx.tx.update(account).set({ wechatOpenid: null, updatedAt: ctx.now }).where(eq(account.id, id));
  await ctx.audit({
    action: 'auth.wechat_unbind',
    targetType: 'account',
    targetId: id,
    districtId: ctx.actor.districtId,
    before: { wechatBound: true },
    after: { wechatBound: false },
  });
}
