import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tally, TallyInput, ZTallyListQuery } from '../../../shared/campaigns';
import { campaignTally, place } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, invalidField, notFound } from '../../platform/errors';
import { isWithin } from '../../platform/scope';
import { dayIn } from '../../platform/time-zone';
import { getPlaceRow } from '../places';
import type { CampaignWithPlace } from './repo';
import { campaignReadable } from './service';

type TallyRow = typeof campaignTally.$inferSelect;

function presentTally(r: TallyRow, placeName: string): Tally {
  return {
    id: r.id,
    campaignId: r.campaignId,
    placeId: r.placeId,
    placeName,
    day: r.day,
    count: r.count,
    note: r.note,
    enteredByName: r.enteredByName,
    corrections: r.corrections,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * Where a tally counts: the place sent, else the caller's own place when it lies in the drive, else the drive's
 * place — always inside both the drive and the caller's area. Throws validation_failed (campaign_tally_place).
 */
async function tallyPlace(ctx: Ctx, row: CampaignWithPlace, placeId: string | undefined) {
  const scope = scopeOf(ctx.actor);
  const id =
    placeId ??
    (ctx.actor.placeId && isWithin(ctx.actor.placePath, row.c.placePath) ? ctx.actor.placeId : row.c.placeId);
  const p =
    id === row.c.placeId ? { id, path: row.c.placePath, name: row.placeName } : await getPlaceRow(ctx.tx, id);
  if (!p || !isWithin(p.path, row.c.placePath) || !isWithin(p.path, scope)) {
    throw invalidField('body.placeId', 'campaign_tally_place');
  }
  return p;
}

/**
 * Enters one day's count for a place of the drive (BRIEF §5 daily tallies). One tally per drive, place and day:
 * a second is refused with 409 naming who entered the first, unless it is sent as a correction, which replaces
 * the count and note and is audited with both values. The key decides between racing entries: one wins.
 * Throws campaign_not_found, validation_failed (place, day), conflict (campaign_tally_exists).
 */
export async function enterTally(
  ctx: Ctx,
  campaignId: string,
  input: TallyInput,
): Promise<{ tally: Tally; created: boolean }> {
  const row = await campaignReadable(ctx, campaignId);
  const p = await tallyPlace(ctx, row, input.placeId);
  if (input.day < row.c.startsOn || input.day > row.c.endsOn) {
    throw invalidField('body.day', 'campaign_tally_outside', { from: row.c.startsOn, to: row.c.endsOn });
  }
  if (input.day > dayIn(ctx.zone, ctx.now)) {
    throw invalidField('body.day', 'campaign_tally_future');
  }
  const values = {
    districtId: row.c.districtId,
    campaignId,
    placeId: p.id,
    placePath: p.path,
    day: input.day,
    count: input.count,
    note: input.note || null,
    enteredBy: ctx.actor.accountId,
    enteredByName: ctx.actor.name,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const [inserted] = await ctx.tx
    .insert(campaignTally)
    .values(values)
    .onConflictDoNothing({ target: [campaignTally.campaignId, campaignTally.placeId, campaignTally.day] })
    .returning();
  if (inserted) {
    await ctx.audit({
      action: 'campaign.tally',
      targetType: 'campaign',
      targetId: campaignId,
      districtId: row.c.districtId,
      after: { placeId: p.id, day: input.day, count: input.count },
    });
    return { tally: presentTally(inserted, p.name), created: true };
  }
  const [before] = await ctx.tx
    .select()
    .from(campaignTally)
    .where(
      and(
        eq(campaignTally.campaignId, campaignId),
        eq(campaignTally.placeId, p.id),
        eq(campaignTally.day, input.day),
      ),
    )
    .for('update');
  if (!before) {
    // Not visible to the caller (another's subtree): the key still holds it.
    throw conflict('campaign_tally_exists', { place: p.name, day: input.day, name: '—', count: '—' });
  }
  if (!input.isCorrection) {
    throw conflict('campaign_tally_exists', {
      place: p.name,
      day: input.day,
      name: before.enteredByName ?? '—',
      count: before.count,
    });
  }
  const [updated] = await ctx.tx
    .update(campaignTally)
    .set({
      count: input.count,
      note: input.note || null,
      enteredBy: ctx.actor.accountId,
      enteredByName: ctx.actor.name,
      corrections: sql`${campaignTally.corrections} + 1`,
      updatedAt: ctx.now,
    })
    .where(eq(campaignTally.id, before.id))
    .returning();
  await ctx.audit({
    action: 'campaign.tally_correct',
    targetType: 'campaign',
    targetId: campaignId,
    districtId: row.c.districtId,
    before: {
      placeId: p.id,
      day: input.day,
      count: before.count,
      note: before.note,
      by: before.enteredByName,
    },
    after: { placeId: p.id, day: input.day, count: input.count, note: input.note ?? null },
  });
  return { tally: presentTally(updated ?? before, p.name), created: false };
}

/** A drive's tallies in the caller's part (or one place's subtree), newest day first. Throws campaign_not_found. */
export async function findTallies(
  ctx: Ctx,
  campaignId: string,
  query: z.infer<typeof ZTallyListQuery>,
): Promise<Tally[]> {
  await campaignReadable(ctx, campaignId);
  let under: string | null = null;
  if (query.placeId) {
    const p = await getPlaceRow(ctx.tx, query.placeId);
    if (!p) {
      throw notFound('place_not_found');
    }
    under = p.path;
  }
  const rows = await ctx.tx
    .select({ t: campaignTally, placeName: place.name })
    .from(campaignTally)
    .innerJoin(place, eq(place.id, campaignTally.placeId))
    .where(
      and(
        eq(campaignTally.campaignId, campaignId),
        under ? sql`${campaignTally.placePath} <@ ${under}::ltree` : undefined,
        query.from ? gte(campaignTally.day, query.from) : undefined,
        query.to ? lte(campaignTally.day, query.to) : undefined,
      ),
    )
    .orderBy(desc(campaignTally.day), asc(place.name))
    .limit(5000);
  return rows.map((r) => presentTally(r.t, r.placeName));
}
