// Who may do what with teams and their applications, and the rows the use cases load for it.
import { and, eq } from 'drizzle-orm';
import { account, team, unit, type volunteerApplication } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { isOfficeOver } from '../../platform/office';
import { volunteerPermissions } from './permissions';

export type UnitRow = typeof unit.$inferSelect;
export type TeamRow = typeof team.$inferSelect;
export type ApplicationRow = typeof volunteerApplication.$inferSelect;

export const TEAM_KIND = 'volunteer_team';

// ——— Who may do what ———

/** An office (community or street staff) over the team's place. */
export function isTeamOffice(ctx: Ctx, placePath: string): boolean {
  return isOfficeOver(ctx.actor, placePath, volunteerPermissions, 'team.write');
}

/** The team's leader or an office over it decides its applications (BRIEF §4: "a team leader or the community"). */
export function canReview(ctx: Ctx, placePath: string, leaderId: string | null | undefined): boolean {
  return isTeamOffice(ctx, placePath) || (leaderId != null && leaderId === ctx.actor.accountId);
}

export async function loadTeamUnit(ctx: Ctx, id: string): Promise<UnitRow> {
  const [u] = await ctx.tx
    .select()
    .from(unit)
    .where(and(eq(unit.id, id), eq(unit.kind, TEAM_KIND)));
  if (!u) {
    throw notFound('team_not_found');
  }
  return u;
}

export async function teamOf(ctx: Ctx, unitId: string): Promise<TeamRow | undefined> {
  const [t] = await ctx.tx.select().from(team).where(eq(team.unitId, unitId));
  return t;
}

export async function ownAccount(ctx: Ctx) {
  const [me] = await ctx.tx
    .select()
    .from(account)
    .where(eq(account.id, ctx.actor.accountId ?? ''));
  if (!me) {
    throw forbidden();
  }
  return me;
}
