import { and, eq } from 'drizzle-orm';
import { bulletinFigures, type StandingInput } from '../../../shared/bulletin-figures';
import { type Period, parsePeriod, previousPeriod } from '../../../shared/bulletin-periods';
import type { BulletinDetail, BulletinGenerate } from '../../../shared/bulletins';
import type { Tx } from '../../db/client';
import { bulletin, place } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { dayIn } from '../../platform/time-zone';
import { loadWritable } from '../places';
import { findProjectStandings } from '../projects';
import { presentBulletin } from './presenter';

/** Bulletins are for a district or a street (the offices that run a programme of projects). */
export const BULLETIN_LEVELS = ['district', 'street'] as const;

/** The place a bulletin is written for: its id, path, name and district. */
export type BulletinPlace = { id: string; path: string; name: string; districtId: string };

/**
 * The figures of a place's bulletin for a period, as of the period's last day: its projects' standings then,
 * each grouped under the child place that holds it, against their standings on the previous period's last day.
 * The same projects, reports and acceptances give the same figures, whenever it runs.
 */
export async function computeFigures(ctx: Ctx, at: BulletinPlace, period: Period) {
  const now = await findProjectStandings(ctx, at.path, period.to);
  const before = await findProjectStandings(ctx, at.path, previousPeriod(period).to);
  const children = await ctx.tx
    .select({ id: place.id, name: place.name, path: place.path })
    .from(place)
    .where(eq(place.parentId, at.id));
  const groupOf = (path: string) =>
    children.find((c) => path === c.path || path.startsWith(`${c.path}.`)) ?? at;
  const items: StandingInput[] = now.map((p) => {
    const group = groupOf(p.placePath);
    return { ...p, groupId: group.id, groupName: group.name };
  });
  return bulletinFigures(items, new Map(before.map((p) => [p.id, p.status])));
}

/**
 * Writes the bulletin of a place and period once: the unique key (district, place, period) makes a second
 * writer — another process's sweep, a second click — find the first one's row, which it answers unchanged.
 * Returns the stored bulletin and whether this call wrote it.
 */
export async function writeBulletin(
  ctx: Ctx,
  at: BulletinPlace,
  period: Period,
): Promise<{ bulletin: BulletinDetail; created: boolean }> {
  const stored = await storedBulletin(ctx.tx, at, period.key);
  if (stored) {
    return { bulletin: presentBulletin(stored), created: false };
  }
  const figures = await computeFigures(ctx, at, period);
  const inserted = await ctx.tx
    .insert(bulletin)
    .values({
      districtId: at.districtId,
      placeId: at.id,
      placePath: at.path,
      placeName: at.name,
      period: period.key,
      periodFrom: period.from,
      asOf: period.to,
      figures,
      generatedBy: ctx.actor.kind === 'staff' ? ctx.actor.accountId : null,
      generatedByName: ctx.actor.kind === 'staff' ? ctx.actor.name : null,
      generatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: bulletin.id });
  const row = await storedBulletin(ctx.tx, at, period.key);
  if (!row) {
    throw new Error(`bulletin ${at.id} ${period.key} neither written nor found`);
  }
  return { bulletin: presentBulletin(row), created: inserted.length > 0 };
}

async function storedBulletin(tx: Tx, at: BulletinPlace, period: string) {
  const [row] = await tx
    .select()
    .from(bulletin)
    .where(
      and(eq(bulletin.districtId, at.districtId), eq(bulletin.placeId, at.id), eq(bulletin.period, period)),
    );
  return row;
}

/**
 * 生成通报 on demand: the bulletin of a district or street of the caller's area for a period that has ended
 * (or ends today), written once and answered as stored afterwards. Throws not_found (place_not_found: not in
 * the caller's area), validation_failed (bulletin_place_level, bulletin_period_open).
 */
export async function generateBulletin(ctx: Ctx, input: BulletinGenerate) {
  const at = await loadWritable(ctx, input.placeId);
  if (!(BULLETIN_LEVELS as readonly string[]).includes(at.level)) {
    throw invalidField('body.placeId', 'bulletin_place_level');
  }
  const period = parsePeriod(input.period);
  const today = dayIn(ctx.zone, ctx.now);
  if (!period || period.to > today) {
    throw invalidField('body.period', 'bulletin_period_open', {
      period: input.period,
      to: period?.to ?? input.period,
    });
  }
  const districtId = at.districtId ?? at.id;
  const result = await writeBulletin(ctx, { ...at, districtId }, period);
  if (result.created) {
    await ctx.audit({
      action: 'bulletin.generate',
      targetType: 'bulletin',
      targetId: result.bulletin.id,
      districtId,
      after: { placeId: at.id, period: period.key },
    });
  }
  return result;
}
