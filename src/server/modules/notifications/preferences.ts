import { eq } from 'drizzle-orm';
import type { NoticePreferences, NoticePreferencesUpdate } from '../../../shared/notifications';
import { noticePreference } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { forbidden } from '../../platform/errors';

const DEFAULTS = { sms: true, wechat: true };

function me(ctx: Ctx): string {
  if (!ctx.actor.accountId) {
    throw forbidden();
  }
  return ctx.actor.accountId;
}

/** The caller's channel choices; every channel is on until they choose. Throws forbidden without an account. */
export async function getNoticePreferences(ctx: Ctx): Promise<NoticePreferences> {
  const [row] = await ctx.tx
    .select({ sms: noticePreference.sms, wechat: noticePreference.wechat })
    .from(noticePreference)
    .where(eq(noticePreference.accountId, me(ctx)));
  return { inApp: true, ...(row ?? DEFAULTS) };
}

/**
 * Sets the caller's own channel choices (row-level security refuses anyone else's row as well) and audits the
 * change. Notices already queued follow the new choice: the outbox reads it at delivery. Throws forbidden
 * without an account.
 */
export async function updateNoticePreferences(
  ctx: Ctx,
  input: NoticePreferencesUpdate,
): Promise<NoticePreferences> {
  const accountId = me(ctx);
  const before = await getNoticePreferences(ctx);
  const choice = { sms: input.sms, wechat: input.wechat, updatedAt: ctx.now };
  await ctx.tx
    .insert(noticePreference)
    .values({ accountId, ...choice })
    .onConflictDoUpdate({ target: noticePreference.accountId, set: choice });
  await ctx.audit({
    action: 'notification.preferences_update',
    targetType: 'account',
    targetId: accountId,
    districtId: ctx.actor.districtId,
    before: { sms: before.sms, wechat: before.wechat },
    after: { sms: input.sms, wechat: input.wechat },
  });
  return { inApp: true, sms: input.sms, wechat: input.wechat };
}
