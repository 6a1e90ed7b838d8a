import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type {
  Application,
  ApplicationCreate,
  MyVolunteering,
  Team,
  TeamDetail,
  Volunteer,
  ZApplicationListQuery,
  ZTeamListQuery,
  ZTeamUpdate,
} from '../../../shared/volunteers';
import {
  account,
  accountUnit,
  place,
  station,
  team,
  unit,
  volunteer,
  volunteerApplication,
} from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { uniqueOrConflict } from '../../platform/db-errors';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { maskIdNumber } from '../../platform/mask';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isGranted } from '../../platform/permissions';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';
import { volunteerPermissions } from './permissions';

type UnitRow = typeof unit.$inferSelect;
type TeamRow = typeof team.$inferSelect;
type ApplicationRow = typeof volunteerApplication.$inferSelect;

const TEAM_KIND = 'volunteer_team';

// ——— Who may do what ———

/** An office (community or street staff) over the team's place. */
function isOfficeOver(ctx: Ctx, placePath: string): boolean {
  return (
    isGranted(volunteerPermissions, ctx.actor.roles, 'team.write') && isWithin(placePath, scopeOf(ctx.actor))
  );
}

/** The team's leader or an office over it decides its applications (BRIEF §4: "a team leader or the community"). */
function canReview(ctx: Ctx, placePath: string, leaderId: string | null | undefined): boolean {
  return isOfficeOver(ctx, placePath) || (leaderId != null && leaderId === ctx.actor.accountId);
}

// ——— Teams ———

const memberCount = sql<number>`(SELECT count(*)::int FROM account_unit au WHERE au.unit_id = ${unit.id})`;
const pendingCount = sql<number>`(SELECT count(*)::int FROM volunteer_application va
  WHERE va.unit_id = ${unit.id} AND va.status = 'pending')`;

function teamSelect(ctx: Ctx) {
  return ctx.tx
    .select({
      u: unit,
      t: team,
      placeName: place.name,
      stationName: station.name,
      leaderName: account.displayName,
      memberCount,
      pendingCount,
    })
    .from(unit)
    .innerJoin(place, eq(place.id, unit.placeId))
    .leftJoin(team, eq(team.unitId, unit.id))
    .leftJoin(station, eq(station.id, team.stationId))
    .leftJoin(account, eq(account.id, team.leaderId));
}
type TeamSelectRow = Awaited<ReturnType<ReturnType<typeof teamSelect>['where']>>[number];

function presentTeam(ctx: Ctx, r: TeamSelectRow): Team {
  const actions: Team['allowedActions'] = [];
  if (isOfficeOver(ctx, r.u.placePath)) {
    actions.push('update');
  }
  if (canReview(ctx, r.u.placePath, r.t?.leaderId)) {
    actions.push('review');
  }
  return {
    id: r.u.id,
    name: r.u.name,
    placeId: r.u.placeId,
    placeName: r.placeName,
    serviceBrand: r.t?.serviceBrand ?? null,
    stationId: r.t?.stationId ?? null,
    stationName: r.stationName ?? null,
    leaderId: r.t?.leaderId ?? null,
    leaderName: r.t?.leaderId ? (r.leaderName ?? null) : null,
    skills: r.t?.skills ?? [],
    memberCount: Number(r.memberCount),
    pendingCount: Number(r.pendingCount),
    allowedActions: actions,
  };
}

/** Teams in the caller's subtree (or one place's subtree in it), by name. */
export async function findTeams(ctx: Ctx, query: z.infer<typeof ZTeamListQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await teamSelect(ctx)
    .where(
      and(
        eq(unit.kind, TEAM_KIND),
        scope === '*' ? undefined : sql`${unit.placePath} <@ ${scope}::ltree`,
        under ? sql`${unit.placePath} <@ ${under.path}::ltree` : undefined,
        after ? sql`(${unit.name}, ${unit.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(unit.name), asc(unit.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.u.name, r.u.id]);
  return { items: page.items.map((r) => presentTeam(ctx, r)), nextCursor: page.nextCursor };
}

/**
 * The teams the caller may apply to: those on their home's place and the places above it (a community's teams
 * and its street's), by name. A staff volunteer's "home" is the node they serve.
 */
export async function findOpenTeams(ctx: Ctx): Promise<Team[]> {
  const home = ctx.actor.placePath;
  if (!home) {
    return [];
  }
  const rows = await teamSelect(ctx)
    .where(and(eq(unit.kind, TEAM_KIND), sql`${unit.placePath} @> ${home}::ltree`))
    .orderBy(asc(unit.name), asc(unit.id))
    .limit(100);
  return rows.map((r) => presentTeam(ctx, r));
}

/** A team with its members. Throws `team_not_found` outside the caller's area. */
export async function getTeam(ctx: Ctx, id: string): Promise<TeamDetail> {
  const scope = scopeOf(ctx.actor);
  const [row] = await teamSelect(ctx).where(
    and(
      eq(unit.id, id),
      eq(unit.kind, TEAM_KIND),
      scope === '*' ? undefined : sql`${unit.placePath} <@ ${scope}::ltree`,
    ),
  );
  if (!row) {
    throw notFound('team_not_found');
  }
  const members = await ctx.tx
    .select({
      accountId: account.id,
      displayName: account.displayName,
      number: volunteer.number,
      isPartyMember: volunteer.isPartyMember,
      skills: volunteer.skills,
    })
    .from(accountUnit)
    .innerJoin(account, eq(account.id, accountUnit.accountId))
    .leftJoin(volunteer, eq(volunteer.accountId, account.id))
    .where(eq(accountUnit.unitId, id))
    .orderBy(asc(volunteer.number), asc(account.displayName));
  return {
    ...presentTeam(ctx, row),
    members: members.map((m) => ({
      accountId: m.accountId,
      displayName: m.displayName,
      volunteerNumber: m.number,
      isPartyMember: m.isPartyMember ?? false,
      isLeader: m.accountId === row.t?.leaderId,
      skills: m.skills ?? [],
    })),
  };
}

/**
 * Sets a team's service brand, station, leader and skills. Throws `team_not_found`, `forbidden` (not an office
 * over it), a field error when the leader is not a member or the station is not reachable.
 */
export async function updateTeam(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof ZTeamUpdate>,
): Promise<TeamDetail> {
  const u = await loadTeamUnit(ctx, id);
  if (!isOfficeOver(ctx, u.placePath)) {
    throw forbidden();
  }
  if (input.leaderId) {
    const [member] = await ctx.tx
      .select({ id: accountUnit.accountId })
      .from(accountUnit)
      .where(and(eq(accountUnit.unitId, id), eq(accountUnit.accountId, input.leaderId)));
    if (!member) {
      throw invalidField('body.leaderId', 'leader_not_member');
    }
  }
  if (input.stationId) {
    const [s] = await ctx.tx.select({ id: station.id }).from(station).where(eq(station.id, input.stationId));
    if (!s) {
      throw invalidField('body.stationId', 'station_not_found');
    }
  }
  const values = {
    serviceBrand: input.serviceBrand || null,
    stationId: input.stationId,
    leaderId: input.leaderId,
    skills: input.skills,
    updatedAt: ctx.now,
  };
  await ctx.tx
    .insert(team)
    .values({ unitId: id, placePath: u.placePath, createdAt: ctx.now, ...values })
    .onConflictDoUpdate({ target: team.unitId, set: values });
  await ctx.audit({
    action: 'team.update',
    targetType: 'unit',
    targetId: id,
    districtId: ctx.actor.districtId,
    after: input,
  });
  return getTeam(ctx, id);
}

async function loadTeamUnit(ctx: Ctx, id: string): Promise<UnitRow> {
  const [u] = await ctx.tx
    .select()
    .from(unit)
    .where(and(eq(unit.id, id), eq(unit.kind, TEAM_KIND)));
  if (!u) {
    throw notFound('team_not_found');
  }
  return u;
}

async function teamOf(ctx: Ctx, unitId: string): Promise<TeamRow | undefined> {
  const [t] = await ctx.tx.select().from(team).where(eq(team.unitId, unitId));
  return t;
}

// ——— Applications ———

async function ownAccount(ctx: Ctx) {
  const [me] = await ctx.tx
    .select()
    .from(account)
    .where(eq(account.id, ctx.actor.accountId ?? ''));
  if (!me) {
    throw forbidden();
  }
  return me;
}

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

const applicationSelect = (ctx: Ctx) =>
  ctx.tx
    .select({ a: volunteerApplication, displayName: account.displayName, teamName: unit.name, t: team })
    .from(volunteerApplication)
    .innerJoin(account, eq(account.id, volunteerApplication.accountId))
    .innerJoin(unit, eq(unit.id, volunteerApplication.unitId))
    .leftJoin(team, eq(team.unitId, volunteerApplication.unitId));
type ApplicationSelectRow = Awaited<ReturnType<ReturnType<typeof applicationSelect>['where']>>[number];

function presentApplication(ctx: Ctx, r: ApplicationSelectRow): Application {
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

/**
 * The caller leaves a team. Their profile, number and role stay (they may be in other teams, and their record is
 * theirs); a leader who leaves is no longer its leader. Throws `not_a_member`.
 */
export async function leaveTeam(ctx: Ctx, unitId: string): Promise<void> {
  const me = ctx.actor.accountId ?? '';
  const removed = await ctx.tx
    .delete(accountUnit)
    .where(and(eq(accountUnit.accountId, me), eq(accountUnit.unitId, unitId)))
    .returning({ unitId: accountUnit.unitId });
  if (removed.length === 0) {
    throw notFound('not_a_member');
  }
  await ctx.tx
    .update(team)
    .set({ leaderId: null, updatedAt: ctx.now })
    .where(and(eq(team.unitId, unitId), eq(team.leaderId, me)));
  await ctx.audit({ action: 'volunteer.leave', targetType: 'unit', targetId: unitId });
}

// ——— Profiles ———

async function presentVolunteer(ctx: Ctx, accountId: string): Promise<Volunteer | null> {
  const [row] = await ctx.tx
    .select({ v: volunteer, displayName: account.displayName, community: place.name })
    .from(volunteer)
    .innerJoin(account, eq(account.id, volunteer.accountId))
    .leftJoin(place, eq(place.id, volunteer.homeCommunityId))
    .where(eq(volunteer.accountId, accountId));
  if (!row) {
    return null;
  }
  const teams = await ctx.tx
    .select({ id: unit.id, name: unit.name, serviceBrand: team.serviceBrand })
    .from(accountUnit)
    .innerJoin(unit, eq(unit.id, accountUnit.unitId))
    .leftJoin(team, eq(team.unitId, unit.id))
    .where(and(eq(accountUnit.accountId, accountId), eq(unit.kind, TEAM_KIND)))
    .orderBy(asc(unit.name));
  const v = row.v;
  return {
    accountId,
    displayName: row.displayName,
    number: v.number,
    realName: v.realName,
    idNumber: maskIdNumber(ctx.vault.decrypt(v.idNumberEnc)) ?? '',
    skills: v.skills,
    availability: v.availability,
    isPartyMember: v.isPartyMember,
    partyBranch: v.partyBranch,
    partyWorkUnit: v.partyWorkUnit,
    homeCommunityName: row.community,
    teams: teams.map((t) => ({ id: t.id, name: t.name, serviceBrand: t.serviceBrand ?? null })),
  };
}

/** The caller's own profile (null before a first approval) and their applications, newest first. */
export async function getMyVolunteering(ctx: Ctx): Promise<MyVolunteering> {
  const me = ctx.actor.accountId ?? '';
  const rows = await applicationSelect(ctx)
    .where(eq(volunteerApplication.accountId, me))
    .orderBy(desc(volunteerApplication.createdAt))
    .limit(50);
  return {
    profile: await presentVolunteer(ctx, me),
    applications: rows.map((r) => presentApplication(ctx, r)),
  };
}

/** A volunteer's profile, ID number masked. Throws `volunteer_not_found` outside the caller's area. */
export async function getVolunteer(ctx: Ctx, accountId: string): Promise<Volunteer> {
  const found = await visibleProfile(ctx, accountId);
  const v = await presentVolunteer(ctx, found.accountId);
  if (!v) {
    throw notFound('volunteer_not_found');
  }
  return v;
}

/** The unmasked ID number; every call is an audit entry (PIPL). Throws `volunteer_not_found`. */
export async function revealVolunteerIdNumber(ctx: Ctx, accountId: string): Promise<{ idNumber: string }> {
  const v = await visibleProfile(ctx, accountId);
  await ctx.audit({
    action: 'volunteer.reveal',
    targetType: 'account',
    targetId: accountId,
    districtId: ctx.actor.districtId,
    after: { fields: ['idNumber'] },
  });
  return { idNumber: ctx.vault.decrypt(v.idNumberEnc) };
}

async function visibleProfile(ctx: Ctx, accountId: string) {
  const [v] = await ctx.tx.select().from(volunteer).where(eq(volunteer.accountId, accountId));
  if (!v || !isWithin(v.placePath, scopeOf(ctx.actor))) {
    throw notFound('volunteer_not_found');
  }
  return v;
}

/**
 * Which of `accountIds` are party members (亮身份): for claims, activities and wishes to show the identity.
 * Accounts without a profile are not in the map.
 */
export async function partyIdentities(ctx: Ctx, accountIds: string[]): Promise<Map<string, boolean>> {
  if (accountIds.length === 0) {
    return new Map();
  }
  const rows = await ctx.tx
    .select({ id: volunteer.accountId, isPartyMember: volunteer.isPartyMember })
    .from(volunteer)
    .where(inArray(volunteer.accountId, accountIds));
  return new Map(rows.map((r) => [r.id, r.isPartyMember]));
}

/**
 * A volunteer's identity as their records state it (实名): the name and ID number they registered (in clear,
 * for the caller to mask or reveal with an audit entry), their volunteer number and where they belong. Null
 * when the account has no volunteer profile the caller can read.
 */
export async function volunteerIdentity(ctx: Ctx, accountId: string) {
  const [row] = await ctx.tx
    .select({
      accountId: volunteer.accountId,
      placePath: volunteer.placePath,
      realName: volunteer.realName,
      idNumberEnc: volunteer.idNumberEnc,
      number: volunteer.number,
    })
    .from(volunteer)
    .where(eq(volunteer.accountId, accountId));
  if (!row) {
    return null;
  }
  return {
    accountId: row.accountId,
    placePath: row.placePath,
    realName: row.realName,
    idNumber: ctx.vault.decrypt(row.idNumberEnc),
    number: row.number,
  };
}
