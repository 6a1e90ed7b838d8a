import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ResidentGroup } from '../../../shared/accounts';
import type { PageQuery } from '../../../shared/list';
import { orderFacts } from '../../../shared/service-flow';
import {
  mayOrderFor,
  type Offering,
  type OfferingCreate,
  type OfferingUpdate,
  type ZOfferingQuery,
} from '../../../shared/services';
import type { TicketCreate } from '../../../shared/tickets';
import { place, serviceOffering, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { forbidden, invalidField, notFound } from '../../platform/errors';
import { isOfficeOver } from '../../platform/office';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isGranted } from '../../platform/permissions';
import { groupsOfCaller } from '../accounts';
import { loadWritable, requirePlace } from '../places';
import type { IntakeFacts } from '../tickets';
import { flowAt } from './flow';
import { servicePermissions } from './permissions';

type OfferingRow = typeof serviceOffering.$inferSelect;

function mayEdit(ctx: Ctx, row: OfferingRow): boolean {
  return isOfficeOver(ctx.actor, row.placePath, servicePermissions, 'service_offering.write');
}

function presentOffering(
  ctx: Ctx,
  row: OfferingRow,
  placeName: string,
  groups: readonly ResidentGroup[] | null,
): Offering {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    unitId: row.unitId,
    unitName: row.unitName,
    placeId: row.placeId,
    placeName,
    audience: row.audience,
    schedule: row.schedule,
    location: row.location,
    volunteersNeeded: row.volunteersNeeded,
    isActive: row.isActive,
    mayEdit: mayEdit(ctx, row),
    mayOrder: mayOrderFor(row.audience, groups),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The service menu. With `placeId`: what is open to people at that place — the offerings of it and of every
 * node above it (a street's 健康义诊 reaches every community). With `under` (office): the offerings in a subtree.
 * With neither: a resident's menu at home; staff the offerings in and above their area. Active ones only unless
 * the office asks for all. Throws not_found (place).
 */
export async function findOfferings(ctx: Ctx, query: z.infer<typeof ZOfferingQuery> & PageQuery) {
  const conditions: (SQL | undefined)[] = [];
  if (query.placeId) {
    const at = await requirePlace(ctx.tx, query.placeId);
    conditions.push(sql`${serviceOffering.placePath} @> ${at.path}::ltree`);
  }
  if (query.under) {
    const under = await loadWritable(ctx, query.under);
    conditions.push(sql`${serviceOffering.placePath} <@ ${under.path}::ltree`);
  }
  if (!query.placeId && !query.under) {
    const a = ctx.actor;
    const scope = scopeOf(a);
    if (a.kind === 'resident') {
      conditions.push(a.placePath ? sql`${serviceOffering.placePath} @> ${a.placePath}::ltree` : sql`false`);
    } else if (scope !== '*') {
      conditions.push(
        sql`(${serviceOffering.placePath} <@ ${scope}::ltree OR ${serviceOffering.placePath} @> ${scope}::ltree)`,
      );
    }
  }
  const isOffice =
    ctx.actor.kind === 'staff' && isGranted(servicePermissions, ctx.actor.roles, 'service_offering.write');
  if (!(isOffice && query.includeInactive === 'true')) {
    conditions.push(eq(serviceOffering.isActive, true));
  }
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({ o: serviceOffering, placeName: place.name })
    .from(serviceOffering)
    .innerJoin(place, eq(place.id, serviceOffering.placeId))
    .where(
      and(
        ...conditions,
        after
          ? sql`(${serviceOffering.name}, ${serviceOffering.id}) > (${after[0]}, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(serviceOffering.name), asc(serviceOffering.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.o.name, r.o.id]);
  const groups = await groupsOfCaller(ctx);
  return {
    items: page.items.map((r) => presentOffering(ctx, r.o, r.placeName, groups)),
    nextCursor: page.nextCursor,
  };
}

/** One offering. Throws not_found. */
export async function getOffering(ctx: Ctx, id: string): Promise<Offering> {
  const [row] = await ctx.tx
    .select({ o: serviceOffering, placeName: place.name })
    .from(serviceOffering)
    .innerJoin(place, eq(place.id, serviceOffering.placeId))
    .where(eq(serviceOffering.id, id));
  if (!row) {
    throw notFound('offering_not_found');
  }
  return presentOffering(ctx, row.o, row.placeName, await groupsOfCaller(ctx));
}

/** The team of an offering: a unit in the caller's area. Throws validation_failed (unitId). */
async function teamInScope(ctx: Ctx, unitId: string) {
  const scope = scopeOf(ctx.actor);
  const [team] = await ctx.tx
    .select({ id: unit.id, name: unit.name })
    .from(unit)
    .where(and(eq(unit.id, unitId), scope === '*' ? undefined : sql`${unit.placePath} <@ ${scope}::ltree`));
  if (!team) {
    throw invalidField('body.unitId', 'unit_not_found');
  }
  return team;
}

/**
 * Puts a service on the menu of a place in the caller's area, served by a team in it. Throws not_found (place),
 * validation_failed (unit).
 */
export async function createOffering(ctx: Ctx, input: OfferingCreate): Promise<Offering> {
  const at = await loadWritable(ctx, input.placeId);
  const team = await teamInScope(ctx, input.unitId);
  const [created] = await ctx.tx
    .insert(serviceOffering)
    .values({
      placeId: at.id,
      placePath: at.path,
      unitId: team.id,
      unitName: team.name,
      name: input.name,
      description: input.description,
      audience: input.audience,
      schedule: input.schedule ?? null,
      location: input.location ?? null,
      volunteersNeeded: input.volunteersNeeded,
      isActive: true,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!created) {
    throw new Error('createOffering: the INSERT returned no row');
  }
  await ctx.audit({
    action: 'service_offering.create',
    targetType: 'service_offering',
    targetId: created.id,
    districtId: at.districtId,
    after: { ...input },
  });
  return presentOffering(ctx, created, at.name, null);
}

/**
 * Changes an offering of the caller's area, or takes it off the menu (isActive false); orders already taken
 * go on. Throws not_found, forbidden (outside the area), validation_failed (unit).
 */
export async function updateOffering(ctx: Ctx, id: string, input: OfferingUpdate): Promise<Offering> {
  const [before] = await ctx.tx.select().from(serviceOffering).where(eq(serviceOffering.id, id));
  if (!before) {
    throw notFound('offering_not_found');
  }
  if (!mayEdit(ctx, before)) {
    throw forbidden('out_of_scope');
  }
  const team = input.unitId ? await teamInScope(ctx, input.unitId) : null;
  const [after] = await ctx.tx
    .update(serviceOffering)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(team ? { unitId: team.id, unitName: team.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.audience !== undefined ? { audience: input.audience } : {}),
      ...(input.schedule !== undefined ? { schedule: input.schedule } : {}),
      ...(input.location !== undefined ? { location: input.location } : {}),
      ...(input.volunteersNeeded !== undefined ? { volunteersNeeded: input.volunteersNeeded } : {}),
      ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
      updatedAt: ctx.now,
    })
    .where(eq(serviceOffering.id, id))
    .returning();
  if (!after) {
    throw notFound('offering_not_found');
  }
  await ctx.audit({
    action: 'service_offering.update',
    targetType: 'service_offering',
    targetId: id,
    before: { name: before.name, unitId: before.unitId, isActive: before.isActive },
    after: { ...input },
  });
  return getOffering(ctx, after.id);
}

/**
 * Intake of a service order (百姓点单, registered with the tickets module): the offering must exist, be on the
 * menu and be offered at the order's place or above it. The order takes as many claimants as the offering
 * needs volunteers, and follows the service flow of its place. Throws validation_failed (offeringId).
 */
export async function checkServiceOrder(
  ctx: Ctx,
  input: TicketCreate,
  placePath: string,
): Promise<IntakeFacts> {
  if (!input.offeringId) {
    throw invalidField('body.offeringId', 'required');
  }
  const [offering] = await ctx.tx
    .select({
      id: serviceOffering.id,
      isActive: serviceOffering.isActive,
      audience: serviceOffering.audience,
      needed: serviceOffering.volunteersNeeded,
      unitId: serviceOffering.unitId,
      isOpen: sql<boolean>`${serviceOffering.placePath} @> ${placePath}::ltree`,
    })
    .from(serviceOffering)
    .where(eq(serviceOffering.id, input.offeringId));
  if (!offering) {
    throw invalidField('body.offeringId', 'offering_not_found');
  }
  if (!offering.isActive || !offering.isOpen) {
    throw invalidField('body.offeringId', 'offering_not_open');
  }
  // A resident outside the offering's group is told whom to ask; staff ordering on someone's behalf vouch for them.
  if (!mayOrderFor(offering.audience, await groupsOfCaller(ctx))) {
    throw invalidField('body.offeringId', `offering_only_${offering.audience}`);
  }
  // Who accepts it and where acceptance sends it: the flow in force at the order's place (flow.ts).
  const flow = await flowAt(ctx, placePath);
  return { offeringId: offering.id, claimsNeeded: offering.needed, ...orderFacts(flow, offering.unitId) };
}
