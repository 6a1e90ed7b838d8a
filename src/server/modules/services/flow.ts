// Who accepts and who dispatches the service orders of a place (shared/service-flow.ts): set per place, the
// nearest setting on the way up holds.
import { desc, eq, sql } from 'drizzle-orm';
import type { PlaceLevel } from '../../../shared/roles';
import {
  DEFAULT_SERVICE_FLOW,
  type ServiceFlow,
  type ServiceFlowAnswer,
  type ServiceFlowInput,
} from '../../../shared/service-flow';
import type { Tx } from '../../db/client';
import { place, serviceFlow } from '../../db/schema';
import { cached } from '../../platform/config-cache';
import { type Ctx, scopeOf } from '../../platform/context';
import { isGranted } from '../../platform/permissions';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';
import { servicePermissions } from './permissions';

type Setting = ServiceFlow & { placeId: string; placeName: string; level: PlaceLevel };

/** The setting that holds at a place path: its own, else the nearest above it; undefined when none does. */
export async function settingAt(tx: Tx, path: string): Promise<Setting | undefined> {
  const [row] = await tx
    .select({
      placeId: serviceFlow.placeId,
      acceptedBy: serviceFlow.acceptedBy,
      dispatch: serviceFlow.dispatch,
      placeName: place.name,
      level: place.level,
    })
    .from(serviceFlow)
    .innerJoin(place, eq(place.id, serviceFlow.placeId))
    .where(sql`${serviceFlow.placePath} @> ${path}::ltree`)
    .orderBy(desc(sql`nlevel(${serviceFlow.placePath})`))
    .limit(1);
  return row;
}

/**
 * Every place's own setting, kept in memory: an order reads the flow on every intake, an office changes it a
 * few times a year (the `config_version` trigger on service_flow reloads it).
 */
const SERVICE_FLOWS = cached('services.flows', async (tx) =>
  tx
    .select({
      path: serviceFlow.placePath,
      acceptedBy: serviceFlow.acceptedBy,
      dispatch: serviceFlow.dispatch,
    })
    .from(serviceFlow),
);

/** The flow an order placed at this path follows: the nearest setting on the way up, else the default. */
export async function flowAt(ctx: Ctx, path: string): Promise<ServiceFlow> {
  let nearest:
    | { path: string; acceptedBy: ServiceFlow['acceptedBy']; dispatch: ServiceFlow['dispatch'] }
    | undefined;
  for (const setting of await ctx.cached(SERVICE_FLOWS)) {
    if (isWithin(path, setting.path) && setting.path.length > (nearest?.path.length ?? -1)) {
      nearest = setting;
    }
  }
  return nearest ? { acceptedBy: nearest.acceptedBy, dispatch: nearest.dispatch } : DEFAULT_SERVICE_FLOW;
}

/** The flow in force at a place of the caller's area, and where it comes from. Throws not_found (place). */
export async function getServiceFlow(ctx: Ctx, placeId: string): Promise<ServiceFlowAnswer> {
  const at = await loadWritable(ctx, placeId);
  const setting = await settingAt(ctx.tx, at.path);
  return {
    placeId: at.id,
    ...(setting ? { acceptedBy: setting.acceptedBy, dispatch: setting.dispatch } : DEFAULT_SERVICE_FLOW),
    from: setting ? { placeId: setting.placeId, placeName: setting.placeName, level: setting.level } : null,
    isOwn: setting?.placeId === at.id,
    mayEdit:
      isGranted(servicePermissions, ctx.actor.roles, 'service_flow.write') &&
      isWithin(at.path, scopeOf(ctx.actor)),
  };
}

/**
 * Sets the place's own flow, or clears it (`flow: null`: the place inherits again), audited. Orders already
 * placed keep the flow they were placed under. Throws not_found (place).
 */
export async function setServiceFlow(
  ctx: Ctx,
  placeId: string,
  input: ServiceFlowInput,
): Promise<ServiceFlowAnswer> {
  const at = await loadWritable(ctx, placeId);
  const [before] = await ctx.tx.select().from(serviceFlow).where(eq(serviceFlow.placeId, at.id));
  const { flow } = input;
  if (flow) {
    const values = { ...flow, updatedById: ctx.actor.accountId, updatedAt: ctx.now };
    await ctx.tx
      .insert(serviceFlow)
      .values({ placeId: at.id, placePath: at.path, ...values })
      .onConflictDoUpdate({ target: serviceFlow.placeId, set: values });
  } else {
    await ctx.tx.delete(serviceFlow).where(eq(serviceFlow.placeId, at.id));
  }
  await ctx.audit({
    action: flow ? 'service_flow.set' : 'service_flow.clear',
    targetType: 'place',
    targetId: at.id,
    districtId: at.districtId,
    before: before ? { acceptedBy: before.acceptedBy, dispatch: before.dispatch } : null,
    after: flow,
  });
  return getServiceFlow(ctx, at.id);
}
