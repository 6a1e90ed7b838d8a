import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { MyVolunteering, Volunteer } from '../../../shared/volunteers';
import { account, accountUnit, place, team, unit, volunteer, volunteerApplication } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { maskIdNumber } from '../../platform/mask';
import { isWithin } from '../../platform/scope';
import { TEAM_KIND } from './access';
import { applicationSelect, presentApplication } from './applications';

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

/**
 * 亮身份: a party member's claim says so on the ticket's timeline (BRIEF §4: party members show their identity on
 * their claims). Nothing for anyone else, or for a claim made without an account.
 */
export async function claimantIdentity(ctx: Ctx): Promise<Record<string, unknown>> {
  const me = ctx.actor.accountId;
  if (!me) {
    return {};
  }
  const [v] = await ctx.tx
    .select({ isPartyMember: volunteer.isPartyMember })
    .from(volunteer)
    .where(eq(volunteer.accountId, me));
  return v?.isPartyMember ? { partyMember: true } : {};
}
