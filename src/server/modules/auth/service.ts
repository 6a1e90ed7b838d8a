import { eq, or } from 'drizzle-orm';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import type { z } from 'zod';
import type { Me, ZLogin, ZPasswordChange } from '../../../shared/accounts';
import { account, place } from '../../db/schema';
import { ZERO_UUID } from '../../db/schema/types';
import {
  type Actor,
  type Ctx,
  PUBLIC_ACTOR,
  type RequestMeta,
  runAs,
  SYSTEM_ACTOR,
} from '../../platform/context';
import { AppError, invalidField } from '../../platform/errors';
import type { AppServices } from '../../platform/http';
import { maskPhone } from '../../platform/mask';
import {
  assertPasswordPolicy,
  burnPasswordCheck,
  hashPassword,
  verifyPassword,
} from '../../platform/password';
import { actorOf, createSession, revokeSessions } from '../../platform/session';
import { admitSignIn, failSignIn, passSignIn, refundSignIn, signInAttempt } from './sign-in-guard';

type AccountRow = typeof account.$inferSelect;

/** Stands in for an account that does not exist, where the look-up of a real one would run. */
const NOBODY = { id: ZERO_UUID, placeId: ZERO_UUID, kind: 'resident', roles: [] } as unknown as AccountRow;

/** Audits as the account itself: the caller is not yet signed in when these run. */
export function auditAs(ctx: Ctx, actor: Actor, action: string, after?: unknown) {
  return ctx.audit(
    { action, targetType: 'account', targetId: actor.accountId, districtId: actor.districtId, after },
    actor,
  );
}

/**
 * Signs in by username, or by phone number for residents. Unknown user and wrong password get the same
 * answer and cost the same time, and are counted and locked alike (sign-in-guard.ts), so neither the answer
 * nor the lock-out tells which names exist. Throws unauthorized (bad_credentials, totp_required,
 * totp_invalid), locked (this name from this address, after the policy's failed attempts, for its lock
 * minutes), rate_limited (too many attempts from this address, or for this name from everywhere).
 */
export async function login(services: AppServices, meta: RequestMeta, input: z.infer<typeof ZLogin>) {
  const policy = await services.policy.get();
  // Trusted code: the caller is unknown.
  const found = await runAs(services, SYSTEM_ACTOR, meta, async (ctx) => {
    const row = await findLoginAccount(ctx, input.username);
    const active = row?.status === 'active' ? row : undefined;
    // An unknown name makes the same round trip as a real account: the timing must not tell them apart.
    const actor = await actorOf(ctx.tx, active ?? NOBODY);
    return active ? { row: active, actor } : null;
  });
  const attempt = signInAttempt(found?.row.id ?? null, input.username, meta.ip);
  // Counted before the password is checked: parallel guesses beyond the allowance never reach argon2.
  const admitted = await admitSignIn(services.limits, policy, attempt);
  let passwordOk = false;
  if (found) {
    passwordOk = await verifyPassword(found.row.passwordHash, input.password);
  } else {
    await burnPasswordCheck(input.password);
  }
  let totpError: AppError | null = null;
  if (found && passwordOk && found.row.totpEnabled) {
    if (!input.totp) {
      totpError = new AppError('unauthorized', 'totp_required');
    } else if (!(await checkTotp(services, found.row, input.totp))) {
      totpError = new AppError('unauthorized', 'totp_invalid');
    }
  }
  if (!found || !passwordOk || totpError?.messageKey === 'totp_invalid') {
    const error = await failSignIn(
      services.limits,
      policy,
      attempt,
      admitted,
      totpError ?? new AppError('unauthorized', 'bad_credentials'),
    );
    await auditFailure(services, meta, found, input.username, error);
    throw error;
  }
  if (totpError) {
    // The password was right, the code still to come: not a failure, but not a success that forgets them.
    await refundSignIn(services.limits, policy, attempt);
    throw totpError;
  }
  await passSignIn(services.limits, policy, attempt);
  return runAs(services, SYSTEM_ACTOR, meta, async (ctx) => {
    const { row, actor } = found;
    await ctx.tx
      .update(account)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: ctx.now })
      .where(eq(account.id, row.id));
    const token = await createSession(ctx.tx, row.id, meta, ctx.now);
    await auditAs(ctx, actor, 'auth.login');
    return { token, accountId: row.id };
  });
}

/**
 * A failed sign-in goes into the audit trail whether or not the name exists (same work, same time). A
 * lock-out also marks the account, so the office sees it locked (from some address) and can lift it.
 */
async function auditFailure(
  services: AppServices,
  meta: RequestMeta,
  found: { row: AccountRow; actor: Actor } | null,
  typedName: string,
  error: AppError,
) {
  const isLock = error.code === 'locked';
  const action = isLock ? 'auth.locked' : 'auth.login_failed';
  await runAs(services, SYSTEM_ACTOR, meta, async (ctx) => {
    if (!found) {
      await ctx.audit(
        { action, targetType: 'account', after: { username: typedName.trim().slice(0, 64) } },
        PUBLIC_ACTOR,
      );
      return;
    }
    if (isLock) {
      await ctx.tx
        .update(account)
        .set({ lockedUntil: new Date(ctx.now.getTime() + (error.retryAfterSeconds ?? 0) * 1000) })
        .where(eq(account.id, found.row.id));
    }
    await auditAs(ctx, found.actor, action);
  });
}

async function findLoginAccount(ctx: Ctx, username: string): Promise<AccountRow | undefined> {
  const name = username.trim();
  const byPhone = /^1[3-9]\d{9}$/.test(name) ? ctx.vault.blindIndex(name) : null;
  const [row] = await ctx.tx
    .select()
    .from(account)
    .where(
      byPhone
        ? or(eq(account.username, name.toLowerCase()), eq(account.phoneHash, byPhone))
        : eq(account.username, name.toLowerCase()),
    )
    .limit(1);
  return row;
}

async function checkTotp(services: AppServices, row: AccountRow, code: string): Promise<boolean> {
  if (!row.totpSecretEnc) {
    return false;
  }
  const secret = services.vault.decrypt(row.totpSecretEnc);
  const result = await verifyTotp({ secret, token: code, epochTolerance: 30 });
  return result.valid;
}

/** The signed-in account as `GET /api/auth/me` answers it. */
export async function getMe(ctx: Ctx, services: AppServices): Promise<Me> {
  const id = ctx.actor.accountId;
  if (!id) {
    throw new AppError('unauthorized');
  }
  const [row] = await ctx.tx
    .select({ a: account, placeName: place.name })
    .from(account)
    .leftJoin(place, eq(place.id, account.placeId))
    .where(eq(account.id, id));
  if (!row) {
    throw new AppError('unauthorized');
  }
  const policy = await services.policy.get(ctx.tx);
  const phone = row.a.phoneEnc ? ctx.vault.decrypt(row.a.phoneEnc) : null;
  return {
    id: row.a.id,
    username: row.a.username,
    displayName: row.a.displayName,
    kind: row.a.kind as Me['kind'],
    roles: ctx.actor.roles,
    placeId: row.a.placeId,
    placeName: row.placeName,
    unitIds: ctx.actor.unitIds,
    phone: maskPhone(phone),
    mustChangePassword: row.a.mustChangePassword,
    totpEnabled: row.a.totpEnabled,
    totpRequired: ctx.actor.roles.some((r) => policy.totpRequiredRoles.includes(r)),
    permissions: [...services.permissions.permissionsOf(ctx.actor.roles)].sort(),
    wechatBound: row.a.wechatOpenid !== null,
    wechatAppId: services.wechat.appId,
    wechatDevBinding: wechatDevBinding(services),
  };
}

/** Binding without WeChat: only where WeChat is not configured and never in production. */
export function wechatDevBinding(services: AppServices): boolean {
  return services.wechat.openidForCode === null && services.config.mode !== 'production';
}

/** Changes the caller's password and ends every session. Throws validation_failed (policy, wrong current). */
export async function changePassword(
  ctx: Ctx,
  services: AppServices,
  input: z.infer<typeof ZPasswordChange>,
) {
  const [row] = await ctx.tx
    .select()
    .from(account)
    .where(eq(account.id, ctx.actor.accountId ?? ''));
  if (!row) {
    throw new AppError('unauthorized');
  }
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw invalidField('body.currentPassword', 'password_wrong');
  }
  if (input.currentPassword === input.newPassword) {
    throw invalidField('body.newPassword', 'password_reused');
  }
  assertPasswordPolicy(input.newPassword, await services.policy.get(ctx.tx), 'body.newPassword');
  await ctx.tx
    .update(account)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      mustChangePassword: false,
      passwordChangedAt: ctx.now,
      updatedAt: ctx.now,
    })
    .where(eq(account.id, row.id));
  await revokeSessions(ctx.tx, row.id, ctx.now);
  await ctx.audit({
    action: 'auth.password_changed',
    targetType: 'account',
    targetId: row.id,
    districtId: ctx.actor.districtId,
  });
}

/** Starts second-factor enrolment: a new secret, shown once, active after `confirmTotp`. */
export async function setupTotp(ctx: Ctx) {
  const secret = generateSecret();
  await ctx.tx
    .update(account)
    .set({ totpSecretEnc: ctx.vault.encrypt(secret), totpEnabled: false })
    .where(eq(account.id, ctx.actor.accountId ?? ''));
  return {
    secret,
    otpauthUrl: generateURI({ issuer: 'Lianxin', label: ctx.actor.name ?? 'lianxin', secret }),
  };
}

/** Turns the second factor on once the app shows a correct code. Throws validation_failed. */
export async function confirmTotp(ctx: Ctx, services: AppServices, code: string) {
  const [row] = await ctx.tx
    .select()
    .from(account)
    .where(eq(account.id, ctx.actor.accountId ?? ''));
  if (!row || !(await checkTotp(services, row, code))) {
    throw invalidField('body.code', 'totp_invalid');
  }
  await ctx.tx.update(account).set({ totpEnabled: true }).where(eq(account.id, row.id));
  await ctx.audit({
    action: 'auth.totp_enabled',
    targetType: 'account',
    targetId: row.id,
    districtId: ctx.actor.districtId,
  });
}
