import { createHash, randomInt } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZPasswordReset, ZRegister, ZSmsRequest } from '../../../shared/accounts';
import { account, place, smsCode } from '../../db/schema';
import { NO_PLACE } from '../../db/schema/types';
import { type Ctx, type RequestMeta, runAs, SYSTEM_ACTOR } from '../../platform/context';
import { AppError, invalidField, notFound } from '../../platform/errors';
import type { AppServices } from '../../platform/http';
import { assertPasswordPolicy, hashPassword } from '../../platform/password';
import { actorOf, createSession, revokeSessions } from '../../platform/session';
import { forgetSignInFailures } from './sign-in-guard';

// The resident's own way in: one-time codes by SMS, self-registration with a home place, password reset by code.
const SMS_TTL_MS = 5 * 60_000;
const SMS_MAX_ATTEMPTS = 5;

/**
 * Sends a one-time code by SMS (registration or password reset). Texts cost money and reach a person, so
 * each is counted first (platform/rate-limit.ts): from this address, to this phone (one a minute, a few a
 * day) and for the whole installation in a day. Throws rate_limited.
 */
export async function requestSmsCode(
  services: AppServices,
  meta: RequestMeta,
  input: z.infer<typeof ZSmsRequest>,
) {
  // The installation's daily ceiling last: a request refused for its address or phone must not spend it.
  await services.limits.consume('smsAddress', meta.ip ?? 'unknown');
  await services.limits.consume('smsPhone', input.phone);
  await services.limits.consume('smsPhoneDaily', input.phone);
  await services.limits.consume('smsDaily', 'installation');
  await runAs(services, SYSTEM_ACTOR, meta, async (ctx) => {
    const phoneHash = ctx.vault.blindIndex(input.phone);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await ctx.tx.insert(smsCode).values({
      phoneHash,
      purpose: input.purpose,
      codeHash: hashCode(phoneHash, code),
      expiresAt: new Date(ctx.now.getTime() + SMS_TTL_MS),
      createdAt: ctx.now,
    });
    await services.sms.send(
      ctx.tx,
      input.phone,
      `【连心】您的验证码是 ${code}，5 分钟内有效。如非本人操作请忽略。`,
    );
  });
}

function hashCode(phoneHash: string, code: string): string {
  return createHash('sha256').update(`${phoneHash}:${code}`).digest('hex');
}

/**
 * Consumes a one-time code in its own transaction, so that a wrong guess counts against the code even
 * though the request then fails. Throws validation_failed when the code is wrong, used up or expired.
 */
async function consumeSmsCode(
  services: AppServices,
  meta: RequestMeta,
  phone: string,
  purpose: string,
  code: string,
) {
  const ok = await runAs(services, SYSTEM_ACTOR, meta, (ctx) => useSmsCode(ctx, phone, purpose, code));
  if (!ok) {
    throw invalidField('body.code', 'sms_code_invalid');
  }
}

async function useSmsCode(ctx: Ctx, phone: string, purpose: string, code: string): Promise<boolean> {
  const phoneHash = ctx.vault.blindIndex(phone);
  const [row] = await ctx.tx
    .select()
    .from(smsCode)
    .where(
      and(
        eq(smsCode.phoneHash, phoneHash),
        eq(smsCode.purpose, purpose),
        isNull(smsCode.consumedAt),
        gt(smsCode.expiresAt, ctx.now),
      ),
    )
    .orderBy(desc(smsCode.createdAt))
    .limit(1)
    .for('update');
  if (!row || row.attempts >= SMS_MAX_ATTEMPTS || row.codeHash !== hashCode(phoneHash, code)) {
    if (row) {
      await ctx.tx
        .update(smsCode)
        .set({ attempts: sql`${smsCode.attempts} + 1` })
        .where(eq(smsCode.id, row.id));
    }
    return false;
  }
  await ctx.tx.update(smsCode).set({ consumedAt: ctx.now }).where(eq(smsCode.id, row.id));
  return true;
}

/**
 * Registers a resident with a phone number, an SMS code and a password, and signs them in.
 * Throws validation_failed (code, password policy, home), conflict (phone already registered), rate_limited
 * (too many registrations from this address).
 */
export async function registerResident(
  services: AppServices,
  meta: RequestMeta,
  input: z.infer<typeof ZRegister>,
) {
  const policy = await services.policy.get();
  assertPasswordPolicy(input.password, policy, 'body.password');
  await services.limits.consume('register', meta.ip ?? 'unknown');
  await consumeSmsCode(services, meta, input.phone, 'register', input.code);
  return runAs(services, SYSTEM_ACTOR, meta, async (ctx) => {
    const phoneHash = ctx.vault.blindIndex(input.phone);
    const [taken] = await ctx.tx
      .select({ id: account.id })
      .from(account)
      .where(eq(account.phoneHash, phoneHash));
    if (taken) {
      throw new AppError('conflict', 'phone_taken', [{ path: 'body.phone', message: 'phone_taken' }]);
    }
    let home: { id: string; path: string; districtId: string | null } | undefined;
    if (input.homePlaceId) {
      [home] = await ctx.tx
        .select({ id: place.id, path: place.path, districtId: place.districtId, level: place.level })
        .from(place)
        .where(eq(place.id, input.homePlaceId));
      if (!home) {
        throw notFound('place_not_found');
      }
    }
    const [created] = await ctx.tx
      .insert(account)
      .values({
        username: `r${input.phone}`,
        displayName: input.displayName,
        kind: 'resident',
        roles: ['resident'],
        placeId: home?.id ?? null,
        placePath: home?.path ?? NO_PLACE,
        phoneEnc: ctx.vault.encrypt(input.phone),
        phoneHash,
        passwordHash: await hashPassword(input.password),
        createdAt: ctx.now,
      })
      .returning();
    if (!created) {
      throw new AppError('internal');
    }
    const actor = await actorOf(ctx.tx, created);
    await ctx.audit({
      action: 'account.register',
      targetType: 'account',
      targetId: created.id,
      districtId: actor.districtId,
      after: { username: created.username },
    });
    const token = await createSession(ctx.tx, created.id, meta, ctx.now);
    return { token };
  });
}

/** Resets a resident's password with an SMS code; ends every session and lifts its sign-in lock-outs. */
export async function resetPasswordBySms(
  services: AppServices,
  meta: RequestMeta,
  input: z.infer<typeof ZPasswordReset>,
) {
  assertPasswordPolicy(input.newPassword, await services.policy.get(), 'body.newPassword');
  await consumeSmsCode(services, meta, input.phone, 'reset', input.code);
  const resetId = await runAs(services, SYSTEM_ACTOR, meta, async (ctx) => {
    const [row] = await ctx.tx
      .select()
      .from(account)
      .where(eq(account.phoneHash, ctx.vault.blindIndex(input.phone)));
    if (!row) {
      return null; // Same answer whether or not the number is registered.
    }
    await ctx.tx
      .update(account)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        failedLogins: 0,
        lockedUntil: null,
        passwordChangedAt: ctx.now,
      })
      .where(eq(account.id, row.id));
    await revokeSessions(ctx.tx, row.id, ctx.now);
    await ctx.audit({ action: 'auth.password_reset_sms', targetType: 'account', targetId: row.id });
    return row.id;
  });
  if (resetId) {
    await forgetSignInFailures(services.limits, resetId);
  }
}
