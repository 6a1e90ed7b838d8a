import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  RESIDENT_GROUPS,
  type ResidentGroup,
  type ZAccountCreate,
  type ZAccountListQuery,
  type ZAccountUpdate,
  type ZProfileUpdate,
} from '../../../shared/accounts';
import type { PageQuery } from '../../../shared/list';
import type { Role } from '../../../shared/roles';
import { account, place } from '../../db/schema';
import { NO_PLACE } from '../../db/schema/types';
import { type Ctx, scopeOf } from '../../platform/context';
import { pgErrorCode } from '../../platform/db-errors';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import type { AppServices } from '../../platform/http';
import { maskIdNumber, maskPhone } from '../../platform/mask';
import { decodeCursor, toPage } from '../../platform/pagination';
import { assertPasswordPolicy, hashPassword } from '../../platform/password';
import { SEPARATED_ROLES } from '../../platform/permissions';
import { isWithin } from '../../platform/scope';
import { revokeSessions } from '../../platform/session';
import { presentAccount } from './presenter';
import { findAccountRows, getAccountRow, setAccountUnits, unitIdsByAccount, visibleUnitIds } from './repo';

/** Lists accounts in the caller's subtree (optionally under `placeId`). */
export async function findAccounts(ctx: Ctx, query: z.infer<typeof ZAccountListQuery> & PageQuery) {
  const underPath = query.placeId ? (await placeInScope(ctx, query.placeId)).path : undefined;
  const rows = await findAccountRows(
    ctx.tx,
    { scope: scopeOf(ctx.actor), underPath, role: query.role, kind: query.kind, q: query.q },
    { limit: query.limit, after: decodeCursor(query.cursor, 1) },
  );
  const page = toPage(rows, query.limit, (r) => [r.a.username]);
  const units = await unitIdsByAccount(
    ctx.tx,
    page.items.map((r) => r.a.id),
  );
  return {
    items: page.items.map((r) => presentAccount(r, units.get(r.a.id) ?? [], ctx.vault, ctx.now)),
    nextCursor: page.nextCursor,
  };
}

/** One account in the caller's subtree. Throws not_found. */
export async function getAccount(ctx: Ctx, id: string) {
  const row = await loadAccount(ctx, id);
  const units = await unitIdsByAccount(ctx.tx, [id]);
  return presentAccount(row, units.get(id) ?? [], ctx.vault, ctx.now);
}

async function loadAccount(ctx: Ctx, id: string) {
  const row = await getAccountRow(ctx.tx, id);
  if (!row || !isWithin(row.a.placePath, scopeOf(ctx.actor))) {
    throw notFound('account_not_found');
  }
  return row;
}

async function placeInScope(ctx: Ctx, placeId: string) {
  const [row] = await ctx.tx.select().from(place).where(eq(place.id, placeId));
  if (!row || !isWithin(row.path, scopeOf(ctx.actor))) {
    throw notFound('place_not_found');
  }
  return row;
}

/** 三员分立: an administrator role stands alone on its account; only they may serve the whole tree. */
function checkRoles(ctx: Ctx, roles: readonly string[], placeId: string | null): void {
  const separated = roles.filter((r) => SEPARATED_ROLES.includes(r as Role));
  if (separated.length > 0 && roles.length > 1) {
    throw invalidField('body.roles', 'separated_roles');
  }
  if (placeId === null && separated.length === 0) {
    throw invalidField('body.placeId', 'whole_tree_roles_only');
  }
  if (placeId === null && scopeOf(ctx.actor) !== '*') {
    throw forbidden('out_of_scope');
  }
}

/** Creates a staff account; it must change its password at first sign-in. Throws validation_failed, conflict. */
export async function createAccount(ctx: Ctx, services: AppServices, input: z.infer<typeof ZAccountCreate>) {
  checkRoles(ctx, input.roles, input.placeId);
  assertPasswordPolicy(input.password, await services.policy.get(ctx.tx), 'body.password');
  const home = input.placeId ? await placeInScope(ctx, input.placeId) : null;
  const unitIds = await checkUnits(ctx, input.unitIds);
  const values = {
    username: input.username,
    displayName: input.displayName,
    kind: 'staff',
    roles: input.roles,
    placeId: home?.id ?? null,
    placePath: home?.path ?? NO_PLACE,
    ...personalNumbers(ctx, input),
    passwordHash: await hashPassword(input.password),
    mustChangePassword: true,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const created = await writeAccount(() => ctx.tx.insert(account).values(values).returning());
  await setAccountUnits(ctx.tx, created.id, unitIds);
  await ctx.audit({
    action: 'account.create',
    targetType: 'account',
    targetId: created.id,
    districtId: home?.districtId,
    after: {
      username: input.username,
      roles: input.roles,
      placeId: input.placeId,
      unitIds,
      phone: maskPhone(input.phone),
    },
  });
  return getAccount(ctx, created.id);
}

/** Changes roles, place, units, contact or status. Disabling ends the account's sessions. */
export async function updateAccount(ctx: Ctx, id: string, input: z.infer<typeof ZAccountUpdate>) {
  const before = await loadAccount(ctx, id);
  const roles = input.roles ?? before.a.roles;
  const placeId = input.placeId === undefined ? before.a.placeId : input.placeId;
  if (before.a.kind === 'staff') {
    checkRoles(ctx, roles, placeId);
  }
  if (input.status === 'disabled' && id === ctx.actor.accountId) {
    throw invalidField('body.status', 'cannot_disable_self');
  }
  const home = placeId ? await placeInScope(ctx, placeId) : null;
  const changes = {
    ...(input.displayName ? { displayName: input.displayName } : {}),
    ...(input.roles ? { roles: input.roles } : {}),
    ...(input.placeId !== undefined ? { placeId: home?.id ?? null, placePath: home?.path ?? NO_PLACE } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...personalNumbers(ctx, input),
    updatedAt: ctx.now,
  };
  await writeAccount(() => ctx.tx.update(account).set(changes).where(eq(account.id, id)).returning());
  if (input.unitIds) {
    await setAccountUnits(ctx.tx, id, await checkUnits(ctx, input.unitIds));
  }
  if (input.status === 'disabled') {
    await revokeSessions(ctx.tx, id, ctx.now);
  }
  await ctx.audit({
    action: 'account.update',
    targetType: 'account',
    targetId: id,
    districtId: home?.districtId,
    before: { roles: before.a.roles, placeId: before.a.placeId, status: before.a.status },
    after: { ...input, phone: maskPhone(input.phone), idNumber: maskIdNumber(input.idNumber) },
  });
  return getAccount(ctx, id);
}

/** The groups a resident caller belongs to; null for anyone else (staff order on a resident's behalf). */
export async function groupsOfCaller(ctx: Ctx): Promise<readonly ResidentGroup[] | null> {
  if (ctx.actor.kind !== 'resident' || !ctx.actor.accountId) {
    return null;
  }
  const [row] = await ctx.tx
    .select({ groups: account.groups })
    .from(account)
    .where(eq(account.id, ctx.actor.accountId));
  return row?.groups ?? [];
}

/**
 * The community records which groups a resident of its area belongs to (一老一小); offerings for a group take
 * their orders. Audited. Throws not_found, conflict (groups_residents_only).
 */
export async function setResidentGroups(ctx: Ctx, id: string, groups: ResidentGroup[]) {
  const before = await loadAccount(ctx, id);
  if (before.a.kind !== 'resident') {
    throw conflict('groups_residents_only');
  }
  const next = RESIDENT_GROUPS.filter((g) => groups.includes(g));
  await ctx.tx.update(account).set({ groups: next, updatedAt: ctx.now }).where(eq(account.id, id));
  await ctx.audit({
    action: 'account.groups',
    targetType: 'account',
    targetId: id,
    before: { groups: before.a.groups },
    after: { groups: next },
  });
  return getAccount(ctx, id);
}

/** An administrator sets a new password: the account must change it at next sign-in; sessions end; unlocked. */
export async function resetAccountPassword(ctx: Ctx, services: AppServices, id: string, newPassword: string) {
  await loadAccount(ctx, id);
  assertPasswordPolicy(newPassword, await services.policy.get(ctx.tx), 'body.newPassword');
  await ctx.tx
    .update(account)
    .set({
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: ctx.now,
    })
    .where(eq(account.id, id));
  await revokeSessions(ctx.tx, id, ctx.now);
  await ctx.audit({ action: 'account.password_reset', targetType: 'account', targetId: id });
  return getAccount(ctx, id);
}

/** Lifts a lock-out before it expires. */
export async function unlockAccount(ctx: Ctx, id: string) {
  await loadAccount(ctx, id);
  await ctx.tx.update(account).set({ failedLogins: 0, lockedUntil: null }).where(eq(account.id, id));
  await ctx.audit({ action: 'account.unlock', targetType: 'account', targetId: id });
  return getAccount(ctx, id);
}

/** The unmasked phone and ID number; every call is an audit entry (PIPL). */
export async function revealAccount(ctx: Ctx, id: string) {
  const row = await loadAccount(ctx, id);
  await ctx.audit({
    action: 'account.reveal',
    targetType: 'account',
    targetId: id,
    districtId: row.districtId,
    after: { fields: ['phone', 'idNumber'] },
  });
  return {
    phone: row.a.phoneEnc ? ctx.vault.decrypt(row.a.phoneEnc) : null,
    idNumber: row.a.idNumberEnc ? ctx.vault.decrypt(row.a.idNumberEnc) : null,
  };
}

/** The caller's own name, and for residents their home (down to compound, grid or building). */
export async function updateProfile(ctx: Ctx, input: z.infer<typeof ZProfileUpdate>) {
  const id = ctx.actor.accountId ?? '';
  const changes: Partial<typeof account.$inferInsert> = { updatedAt: ctx.now };
  if (input.displayName) {
    changes.displayName = input.displayName;
  }
  if (input.homePlaceId) {
    if (ctx.actor.kind !== 'resident') {
      throw forbidden();
    }
    const [home] = await ctx.tx.select().from(place).where(eq(place.id, input.homePlaceId));
    if (!home) {
      throw notFound('place_not_found');
    }
    if (!['compound', 'grid', 'building'].includes(home.level)) {
      throw invalidField('body.homePlaceId', 'home_must_be_building');
    }
    changes.placeId = home.id;
    changes.placePath = home.path;
  }
  await ctx.tx.update(account).set(changes).where(eq(account.id, id));
  await ctx.audit({
    action: 'account.profile',
    targetType: 'account',
    targetId: id,
    districtId: ctx.actor.districtId,
    after: input,
  });
}

function personalNumbers(ctx: Ctx, input: { phone?: string | undefined; idNumber?: string | undefined }) {
  return {
    ...(input.phone
      ? { phoneEnc: ctx.vault.encrypt(input.phone), phoneHash: ctx.vault.blindIndex(input.phone) }
      : {}),
    ...(input.idNumber
      ? {
          idNumberEnc: ctx.vault.encrypt(input.idNumber.toUpperCase()),
          idNumberHash: ctx.vault.blindIndex(input.idNumber),
        }
      : {}),
  };
}

async function checkUnits(ctx: Ctx, unitIds: string[]): Promise<string[]> {
  const unique = [...new Set(unitIds)];
  const visible = await visibleUnitIds(ctx.tx, unique);
  const missing = unique.find((u) => !visible.includes(u));
  if (missing) {
    throw invalidField(`body.unitIds.${unique.indexOf(missing)}`, 'unit_not_found');
  }
  return unique;
}

async function writeAccount<T>(write: () => Promise<T[]>): Promise<T> {
  try {
    const [row] = await write();
    if (!row) {
      throw notFound('account_not_found');
    }
    return row;
  } catch (error) {
    if (pgErrorCode(error) === '23505') {
      // The constraint's name, not the detail: PostgreSQL withholds the detail under row-level security.
      const constraint = String((error as { cause?: { constraint?: string } }).cause?.constraint ?? '');
      const field = constraint.includes('phone') ? 'phone' : 'username';
      throw new AppError('conflict', `${field}_taken`, [
        { path: `body.${field}`, message: `${field}_taken` },
      ]);
    }
    throw error;
  }
}
