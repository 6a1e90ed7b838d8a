import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { Team, TeamDetail, ZTeamListQuery, ZTeamUpdate } from '../../../shared/volunteers';
import { account, accountUnit, place, station, team, unit, volunteer } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { forbidden, invalidField, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { loadWritable } from '../places';
import { canReview, isTeamOffice, loadTeamUnit, TEAM_KIND } from './access';

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
  if (isTeamOffice(ctx, r.u.placePath)) {
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
  if (!isTeamOffice(ctx, u.placePath)) {
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
