import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type Campaign,
  type CampaignDetail,
  type CampaignInput,
  type CampaignPatch,
  daysBetween,
  MAX_CAMPAIGN_DAYS,
  type ZCampaignListQuery,
} from '../../../shared/campaigns';
import type { PageQuery } from '../../../shared/list';
import { campaign, place } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, invalidField, notFound } from '../../platform/errors';
import { isOfficeOver } from '../../platform/office';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isGranted } from '../../platform/permissions';
import { isWithin } from '../../platform/scope';
import { dayIn } from '../../platform/time-zone';
import { getPlaceRow, loadWritable } from '../places';
import { computeFigures, shareOf } from './figures';
import { campaignPermissions } from './permissions';
import { type CampaignWithPlace, campaignColumns, getCampaignRow, talliesOf, valuesOf } from './repo';

/** Whether the caller's area and the drive's place touch: the drive is in its subtree, or it serves below it. */
export function touches(ctx: Ctx, placePath: string): boolean {
  const scope = scopeOf(ctx.actor);
  return isWithin(placePath, scope) || (scope !== '' && isWithin(scope, placePath));
}

export function presentCampaign(ctx: Ctx, row: CampaignWithPlace): Campaign {
  const { c } = row;
  const actions: Campaign['allowedActions'] = [];
  if (isOfficeOver(ctx.actor, c.placePath, campaignPermissions, 'campaign.write')) {
    actions.push('edit');
  }
  if (
    ctx.actor.kind === 'staff' &&
    isGranted(campaignPermissions, ctx.actor.roles, 'campaign.tally') &&
    touches(ctx, c.placePath)
  ) {
    actions.push('tally');
  }
  return {
    id: c.id,
    name: c.name,
    placeId: c.placeId,
    placeName: row.placeName,
    kind: c.kind,
    unitCode: c.unitCode,
    unitLabel: c.unitLabel,
    target: c.target,
    baseline: c.baseline,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    leadUnit: c.leadUnit,
    isPublished: c.isPublished,
    allowedActions: actions,
  };
}

/** A drive the caller may read: in its subtree or above it (it tallies for it). Throws campaign_not_found. */
export async function campaignReadable(ctx: Ctx, id: string): Promise<CampaignWithPlace> {
  const row = await getCampaignRow(ctx.tx, id);
  if (!row || !touches(ctx, row.c.placePath)) {
    throw notFound('campaign_not_found');
  }
  return row;
}

/** Drives in and above the caller's area, newest first, each with its figure over the part the caller serves. */
export async function findCampaigns(ctx: Ctx, query: z.infer<typeof ZCampaignListQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(place, eq(place.id, campaign.placeId))
    .where(
      and(
        scope === '*'
          ? undefined
          : sql`(${campaign.placePath} <@ ${scope}::ltree OR ${campaign.placePath} @> ${scope}::ltree)`,
        under ? sql`${campaign.placePath} <@ ${under.path}::ltree` : undefined,
        query.kind ? eq(campaign.kind, query.kind) : undefined,
        query.isPublished ? eq(campaign.isPublished, query.isPublished === 'true') : undefined,
        after
          ? sql`(${campaign.startsOn}, ${campaign.id}) < (${after[0]}::date, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(campaign.startsOn), desc(campaign.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.c.startsOn, r.c.id]);
  const values = await valuesOf(
    ctx.tx,
    page.items.map((r) => r.c.id),
  );
  return {
    items: page.items.map((r) => {
      const v = values.get(r.c.id);
      const up = r.c.kind === 'count_up';
      const value = up ? (v?.sum ?? 0) : v ? v.latest : r.c.baseline;
      return { ...presentCampaign(ctx, r), value, share: shareOf(r.c.kind, value, r.c.target, r.c.baseline) };
    }),
    nextCursor: page.nextCursor,
  };
}

/**
 * A drive with its figures over the caller's part of it, or over one place's subtree (`placeId`, within both).
 * Throws campaign_not_found, place_not_found.
 */
export async function getCampaign(ctx: Ctx, id: string, placeId?: string): Promise<CampaignDetail> {
  const row = await campaignReadable(ctx, id);
  const part = await partOf(ctx, row, placeId);
  const tallies = await talliesOf(ctx.tx, id, part.path);
  // The stored baseline belongs to the whole drive; a part starts from what its own places first reported.
  const baseline = part.whole ? row.c.baseline : null;
  const figures = computeFigures({ ...row.c, baseline }, tallies, dayIn(ctx.zone, ctx.now));
  return { ...presentCampaign(ctx, row), figures: { placeId: part.placeId, ...figures } };
}

/**
 * Whose tallies the figures count: the place asked for (within the drive and the caller's area), else the drive
 * itself when the caller serves all of it, else the caller's own place.
 */
async function partOf(ctx: Ctx, row: CampaignWithPlace, placeId?: string) {
  const scope = scopeOf(ctx.actor);
  if (placeId) {
    const p = await getPlaceRow(ctx.tx, placeId);
    if (!p || !isWithin(p.path, row.c.placePath) || !isWithin(p.path, scope)) {
      throw notFound('place_not_found');
    }
    return { placeId: p.id, path: p.path, whole: p.path === row.c.placePath };
  }
  if (isWithin(row.c.placePath, scope)) {
    return { placeId: row.c.placeId, path: null, whole: true };
  }
  return { placeId: ctx.actor.placeId ?? row.c.placeId, path: scope, whole: false };
}

/** Starts a drive on a place of the caller's area. Throws place_not_found. */
export async function createCampaign(ctx: Ctx, input: CampaignInput): Promise<CampaignDetail> {
  const home = await loadWritable(ctx, input.placeId);
  const [created] = await ctx.tx
    .insert(campaign)
    .values({
      districtId: home.districtId ?? home.id,
      placeId: home.id,
      placePath: home.path,
      name: input.name,
      kind: input.kind,
      unitCode: input.unitCode,
      unitLabel: input.unitLabel,
      target: input.target,
      baseline: input.kind === 'down_to_zero' ? input.baseline : 0,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      leadUnit: input.leadUnit || null,
      isPublished: input.isPublished,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: campaign.id });
  const id = created?.id ?? '';
  await ctx.audit({
    action: 'campaign.create',
    targetType: 'campaign',
    targetId: id,
    districtId: home.districtId,
    after: input,
  });
  return getCampaign(ctx, id);
}

/**
 * Changes a drive run by the caller's office. The dates must still hold every tally; the target keeps to its
 * kind. Throws campaign_not_found, validation_failed, conflict (campaign_tallies_outside).
 */
export async function patchCampaign(ctx: Ctx, id: string, patch: CampaignPatch): Promise<CampaignDetail> {
  const row = await getCampaignRow(ctx.tx, id);
  if (!row || !isOfficeOver(ctx.actor, row.c.placePath, campaignPermissions, 'campaign.write')) {
    throw notFound('campaign_not_found');
  }
  const next = {
    ...row.c,
    ...patch,
    leadUnit: patch.leadUnit === undefined ? row.c.leadUnit : patch.leadUnit || null,
  };
  if (next.endsOn < next.startsOn) {
    throw invalidField('body.endsOn', 'campaign_days_order');
  }
  if (daysBetween(next.startsOn, next.endsOn) + 1 > MAX_CAMPAIGN_DAYS) {
    throw invalidField('body.endsOn', 'campaign_too_long');
  }
  if (next.kind === 'count_up' && next.target < 1) {
    throw invalidField('body.target', 'campaign_target_positive');
  }
  if (next.kind === 'down_to_zero' && next.target !== 0) {
    throw invalidField('body.target', 'campaign_target_zero');
  }
  const [outside] = (
    (await ctx.tx.execute(sql`SELECT min(day)::text AS first, max(day)::text AS last FROM campaign_tally
      WHERE campaign_id = ${id}::uuid`)) as unknown as {
      rows: { first: string | null; last: string | null }[];
    }
  ).rows;
  const stray =
    outside?.first && outside.first < next.startsOn
      ? outside.first
      : outside?.last && outside.last > next.endsOn
        ? outside.last
        : null;
  if (stray) {
    throw conflict('campaign_tallies_outside', { day: stray });
  }
  await ctx.tx
    .update(campaign)
    .set({
      name: next.name,
      unitLabel: next.unitLabel,
      target: next.target,
      baseline: next.kind === 'down_to_zero' ? next.baseline : 0,
      startsOn: next.startsOn,
      endsOn: next.endsOn,
      leadUnit: next.leadUnit,
      isPublished: next.isPublished,
      updatedAt: ctx.now,
    })
    .where(eq(campaign.id, id));
  await ctx.audit({
    action: 'campaign.update',
    targetType: 'campaign',
    targetId: id,
    districtId: row.c.districtId,
    before: {
      name: row.c.name,
      target: row.c.target,
      startsOn: row.c.startsOn,
      endsOn: row.c.endsOn,
      isPublished: row.c.isPublished,
    },
    after: patch,
  });
  return getCampaign(ctx, id);
}
