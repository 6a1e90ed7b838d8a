import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { Application, ApplicationCreate, ZApplicationListQuery } from '../../../shared/volunteers';
import { account, accountUnit, team, unit, volunteer, volunteerApplication } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { uniqueOrConflict } from '../../platform/db-errors';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { maskIdNumber } from '../../platform/mask';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isGranted } from '../../platform/permissions';
import { isWithin } from '../../platform/scope';
import { type ApplicationRow, canReview, loadTeamUnit, ownAccount, teamOf } from './access';
import { volunteerPermissions } from './permissions';

// ——— Applications ———

/**
 * The caller applies to join a team on their home's place or above it. Throws `team_not_found` (no such team
 * open to them), `already_member`, `application_pending` (one open application per team), a field error when a
 * party member names no branch.
 */
export async function applyToTeam(ctx: Ctx, input: ApplicationCreate): Promise<Application> {
  const me = await ownAccount(ctx);
  const u = await loadTeamUnit(ctx, input.unitId);
  if (!me.placePath || !isWithin(me.placePath, u.placePath)) {
    throw notFound('team_not_found');
  }
  if (input.isPartyMember && !input.partyBranch) {
    throw invalidField('body.partyBranch', 'party_branch_required');
  }
  const [member] = await ctx.tx
    .select({ id: accountUnit.unitId })
    .from(accountUnit)
    .where(and(eq(accountUnit.accountId, me.id), eq(accountUnit.unitId, u.id)));
  if (member) {
    throw conflict('already_member', { team: u.name });
  }
  const [created] = await uniqueOrConflict(
    () =>
      ctx.tx
        .insert(volunteerApplication)
        .values({
          accountId: me.id,
          unitId: u.id,
          placePath: u.placePath,
          applicantPath: me.placePath ?? '',
          status: 'pending',
          realName: input.realName,
          idNumberEnc: ctx.vault.encrypt(input.idNumber),
          idNumberHash: ctx.vault.blindIndex(input.idNumber),
          skills: input.skills,
          availability: input.availability || null,
          isPartyMember: input.isPartyMember,
          partyBranch: input.isPartyMember ? input.partyBranch || null : null,
          partyWorkUnit: input.isPartyMember ? input.partyWorkUnit || null : null,
          note: input.note || null,
          createdAt: ctx.now,
        })
        .returning({ id: volunteerApplication.id }),
    'body.unitId',
    'application_pending',
  );
  await ctx.audit({
    action: 'volunteer.apply',
    targetType: 'volunteer_application',
    targetId: created?.id,
    districtId: ctx.actor.districtId,
    after: { unitId: u.id, isPartyMember: input.isPartyMember, idNumber: maskIdNumber(input.idNumber) },
  });
  return getApplication(ctx, created?.id ?? '');
}

export const applicationSelect = (ctx: Ctx) =>
  ctx.tx
    .select({ a: volunteerApplication, displayName: account.displayName, teamName: unit.name, t: team })
    .from(volunteerApplication)
    .innerJoin(account, eq(account.id, volunteerApplication.accountId))
    .innerJoin(unit, eq(unit.id, volunteerApplication.unitId))
    .leftJoin(team, eq(team.unitId, volunteerApplication.unitId));
type ApplicationSelectRow = Awaited<ReturnType<ReturnType<typeof applicationSelect>['where']>>[number];

export function presentApplication(ctx: Ctx, r: ApplicationSelectRow): Application {
  const a = r.a;
  const actions: Application['allowedActions'] = [];
  if (a.status === 'pending') {
    if (canReview(ctx, a.placePath, r.t?.leaderId)) {
      actions.push('approve', 'decline');
    }
    if (a.accountId === ctx.actor.accountId) {
      actions.push('withdraw');
    }
  }
  return {
    id: a.id,
    accountId: a.accountId,
    displayName: r.displayName,
    realName: a.realName,
    idNumber: maskIdNumber(ctx.vault.decrypt(a.idNumberEnc)) ?? '',
    unitId: a.unitId,
    teamName: r.teamName,
    status: a.status as Application['status'],
    skills: a.skills,
    availability: a.availability,
    isPartyMember: a.isPartyMember,
    partyBranch: a.partyBranch,
    partyWorkUnit: a.partyWorkUnit,
    note: a.note,
    reason: a.reason,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    allowedActions: actions,
  };
}

/** One application, to its applicant or its reviewers. Throws `application_not_found`. */
export async function getApplication(ctx: Ctx, id: string): Promise<Application> {
  const [row] = await applicationSelect(ctx).where(eq(volunteerApplication.id, id));
  if (!row) {
    throw notFound('application_not_found');
  }
  return presentApplication(ctx, row);
}

/**
 * Applications the caller reviews, newest first: an office sees its subtree's teams', a leader their teams'.
 */
export async function findApplications(ctx: Ctx, query: z.infer<typeof ZApplicationListQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const isOffice = isGranted(volunteerPermissions, ctx.actor.roles, 'team.write');
  const after = decodeCursor(query.cursor, 2);
  const rows = await applicationSelect(ctx)
    .where(
      and(
        isOffice
          ? scope === '*'
            ? undefined
            : sql`${volunteerApplication.placePath} <@ ${scope}::ltree`
          : eq(team.leaderId, ctx.actor.accountId ?? ''),
        query.status ? eq(volunteerApplication.status, query.status) : undefined,
        query.unitId ? eq(volunteerApplication.unitId, query.unitId) : undefined,
        after
          ? sql`(${volunteerApplication.createdAt}, ${volunteerApplication.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(volunteerApplication.createdAt), desc(volunteerApplication.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.a.createdAt.toISOString(), r.a.id]);
  return { items: page.items.map((r) => presentApplication(ctx, r)), nextCursor: page.nextCursor };
}

/** The pending application, locked, and whether the caller may decide it. */
async function pendingForReview(ctx: Ctx, id: string): Promise<ApplicationRow> {
  const [a] = await ctx.tx
    .select()
    .from(volunteerApplication)
    .where(eq(volunteerApplication.id, id))
    .for('update');
  if (!a) {
    throw notFound('application_not_found');
  }
  const t = await teamOf(ctx, a.unitId);
  if (!canReview(ctx, a.placePath, t?.leaderId)) {
    throw forbidden('application_review_forbidden');
  }
  if (a.status !== 'pending') {
    throw new AppError('invalid_transition', 'application_decided');
  }
  return a;
}

/**
 * Approves an application: the applicant gets a volunteer profile (with a volunteer number, once), becomes a
 * member of the team (account_unit, so their session lists it in `unitIds`), and holds the `volunteer` role.
 * Throws `application_not_found`, `application_review_forbidden`, `application_decided`, `id_number_taken`.
 */
export async function approveApplication(ctx: Ctx, id: string): Promise<Application> {
  const a = await pendingForReview(ctx, id);
  const [applicant] = await ctx.tx
    .select({
      a: account,
      districtCode: sql<string | null>`(SELECT d.code FROM place p
        JOIN place d ON d.id = p.district_id WHERE p.id = ${account.placeId})`,
    })
    .from(account)
    .where(eq(account.id, a.accountId));
  if (!applicant) {
    throw notFound('application_not_found');
  }
  const profile = {
    realName: a.realName,
    idNumberEnc: a.idNumberEnc,
    idNumberHash: a.idNumberHash,
    skills: a.skills,
    availability: a.availability,
    isPartyMember: a.isPartyMember,
    partyBranch: a.partyBranch,
    partyWorkUnit: a.partyWorkUnit,
    homeCommunityId: sql`(SELECT p.id FROM place p WHERE p.path @> ${a.applicantPath}::ltree
      AND p.level = 'community' LIMIT 1)`,
    updatedAt: ctx.now,
  };
  const prefix = applicant.districtCode ?? '000000';
  await uniqueOrConflict(
    () =>
      ctx.tx
        .insert(volunteer)
        .values({
          accountId: a.accountId,
          placePath: a.applicantPath,
          // District code, V, a six-digit serial: given once and never changed (the profile outlives teams).
          number: sql`${prefix} || 'V' || lpad(nextval('volunteer_number_seq')::text, 6, '0')`,
          createdAt: ctx.now,
          ...profile,
        })
        .onConflictDoUpdate({ target: volunteer.accountId, set: profile }),
    'idNumber',
    'id_number_taken',
  );
  await ctx.tx.insert(accountUnit).values({ accountId: a.accountId, unitId: a.unitId }).onConflictDoNothing();
  if (!applicant.a.roles.includes('volunteer')) {
    // A resident stays a resident (their own tickets, their home) and holds the volunteer role as well.
    await ctx.tx
      .update(account)
      .set({ roles: [...applicant.a.roles, 'volunteer'], updatedAt: ctx.now })
      .where(eq(account.id, a.accountId));
  }
  await ctx.tx
    .update(volunteerApplication)
    .set({ status: 'approved', decidedBy: ctx.actor.accountId, decidedAt: ctx.now })
    .where(eq(volunteerApplication.id, id));
  await ctx.audit({
    action: 'volunteer.approve',
    targetType: 'volunteer_application',
    targetId: id,
    districtId: ctx.actor.districtId,
    after: { accountId: a.accountId, unitId: a.unitId },
  });
  return getApplication(ctx, id);
}

/** Declines an application with a reason the applicant reads. Throws as `approveApplication`. */
export async function declineApplication(ctx: Ctx, id: string, reason: string): Promise<Application> {
  await pendingForReview(ctx, id);
  await ctx.tx
    .update(volunteerApplication)
    .set({ status: 'declined', reason, decidedBy: ctx.actor.accountId, decidedAt: ctx.now })
    .where(eq(volunteerApplication.id, id));
  await ctx.audit({
    action: 'volunteer.decline',
    targetType: 'volunteer_application',
    targetId: id,
    districtId: ctx.actor.districtId,
    after: { reason },
  });
  return getApplication(ctx, id);
}

/** The applicant takes back their pending application. Throws `application_not_found`, `application_decided`. */
export async function withdrawApplication(ctx: Ctx, id: string): Promise<Application> {
  const [a] = await ctx.tx
    .select()
    .from(volunteerApplication)
    .where(
      and(eq(volunteerApplication.id, id), eq(volunteerApplication.accountId, ctx.actor.accountId ?? '')),
    )
    .for('update');
  if (!a) {
    throw notFound('application_not_found');
  }
  if (a.status !== 'pending') {
    throw new AppError('invalid_transition', 'application_decided');
  }
  await ctx.tx
    .update(volunteerApplication)
    .set({ status: 'withdrawn', decidedAt: ctx.now })
    .where(eq(volunteerApplication.id, id));
  await ctx.audit({ action: 'volunteer.withdraw', targetType: 'volunteer_application', targetId: id });
  return getApplication(ctx, id);
}
