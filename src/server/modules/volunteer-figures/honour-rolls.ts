import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  type FiguresQuery,
  HONOUR_KINDS,
  type HonourCandidate,
  type HonourCandidates,
  type HonourRoll,
  type HonourRollCreate,
  surnameOnly,
} from '../../../shared/volunteer-figures';
import { honourRoll, honourRollEntry, place } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, invalidField, notFound } from '../../platform/errors';
import { pathOfPlace } from '../places';
import { resolveTarget } from '../stats';
import { findCandidates } from './candidates';
import { resolvePeriod } from './period';

/** The most rolls a list answers, newest first. */
const ROLL_LIST_LIMIT = 50;

/**
 * The honour roll's candidates (优秀志愿者, 优秀服务队, 示范站) of a subtree and period, each kind ranked by its
 * figures. Throws forbidden (out_of_scope), validation_failed (period).
 */
export async function getHonourCandidates(ctx: Ctx, query: FiguresQuery): Promise<HonourCandidates> {
  const target = await resolveTarget(ctx, query.placeId);
  const period = resolvePeriod(ctx, query);
  const s = { path: target.path, period };
  return {
    placeId: target.placeId,
    placeName: target.placeName,
    from: period.from,
    to: period.to,
    volunteers: await findCandidates(ctx, 'volunteer', s),
    teams: await findCandidates(ctx, 'team', s),
    stations: await findCandidates(ctx, 'station', s),
  };
}

/**
 * Publishes an honour roll of the place: the chosen candidates in the order given, with their figures as the
 * records state them now (never as the client says) and volunteers' names as surname + 某. Audited.
 * Throws forbidden (out_of_scope), validation_failed (period; an entry that is not a candidate there then).
 */
export async function publishHonourRoll(ctx: Ctx, input: HonourRollCreate): Promise<HonourRoll> {
  const target = await resolveTarget(ctx, input.placeId);
  // A place was named, so the target is that node (resolveTarget answers the whole tree only without one).
  const { placeId, path, districtId } = target as { placeId: string; path: string; districtId: string };
  const period = resolvePeriod(ctx, input, 'body');
  const s = { path: target.path, period };
  const found = new Map<string, HonourCandidate>();
  for (const kind of HONOUR_KINDS) {
    const ids = [...new Set(input.entries.filter((e) => e.kind === kind).map((e) => e.id))];
    if (ids.length > 0) {
      for (const c of await findCandidates(ctx, kind, s, ids)) {
        found.set(`${kind}:${c.id}`, c);
      }
    }
  }
  const seen = new Set<string>();
  const chosen: HonourCandidate[] = [];
  input.entries.forEach((e, i) => {
    const key = `${e.kind}:${e.id}`;
    const candidate = found.get(key);
    if (!candidate) {
      throw invalidField(`body.entries.${i}.id`, 'honour_entry_not_candidate');
    }
    if (!seen.has(key)) {
      seen.add(key);
      chosen.push(candidate);
    }
  });
  const id = randomUUID();
  const [roll] = await ctx.tx
    .insert(honourRoll)
    .values({
      id,
      districtId,
      placeId,
      placePath: path,
      title: input.title,
      periodFrom: period.from,
      periodTo: period.to,
      publishedAt: ctx.now,
      createdById: ctx.actor.accountId,
    })
    .returning();
  const entries = chosen.map((c, rank) => ({
    rollId: id,
    rank,
    kind: c.kind,
    subjectId: c.id,
    name: c.kind === 'volunteer' ? surnameOnly(c.name) : c.name,
    figures: c.figures,
  }));
  await ctx.tx.insert(honourRollEntry).values(entries);
  await ctx.audit({
    action: 'honour_roll.publish',
    targetType: 'honour_roll',
    targetId: id,
    districtId,
    after: { title: input.title, from: period.from, to: period.to, entries: entries.length },
  });
  return presentRoll(roll as typeof honourRoll.$inferSelect, target.placeName ?? '', entries);
}

/**
 * Takes a published roll down: the public no longer reads it. Audited. Throws not_found (not in the caller's
 * subtree), conflict (already taken down: of two at once, one wins).
 */
export async function unpublishHonourRoll(ctx: Ctx, id: string): Promise<void> {
  const scope = scopeOf(ctx.actor);
  const inScope = scope === '*' ? undefined : sql`${honourRoll.placePath} <@ ${scope}::ltree`;
  const [taken] = await ctx.tx
    .update(honourRoll)
    .set({ unpublishedAt: ctx.now })
    .where(and(eq(honourRoll.id, id), isNull(honourRoll.unpublishedAt), inScope))
    .returning({ districtId: honourRoll.districtId, title: honourRoll.title });
  if (!taken) {
    const [exists] = await ctx.tx
      .select({ id: honourRoll.id })
      .from(honourRoll)
      .where(and(eq(honourRoll.id, id), inScope));
    throw exists ? conflict('honour_roll_unpublished') : notFound('honour_roll_not_found');
  }
  await ctx.audit({
    action: 'honour_roll.unpublish',
    targetType: 'honour_roll',
    targetId: id,
    districtId: taken.districtId,
    after: { title: taken.title },
  });
}

/** The office's rolls of a subtree, taken down ones included, newest first. Throws forbidden (out_of_scope). */
export async function findHonourRolls(ctx: Ctx, placeId: string | undefined): Promise<HonourRoll[]> {
  const target = await resolveTarget(ctx, placeId);
  return readRolls(ctx, target.path, false);
}

/**
 * What the public reads: the published rolls of a place and below (all when none is named), names already
 * masked. Throws not_found (place_not_found).
 */
export async function findPublishedRolls(ctx: Ctx, placeId: string | undefined): Promise<HonourRoll[]> {
  const path = await pathOfPlace(ctx.tx, placeId);
  return readRolls(ctx, path ?? null, true);
}

async function readRolls(ctx: Ctx, path: string | null, onlyPublished: boolean): Promise<HonourRoll[]> {
  const rolls = await ctx.tx
    .select({ roll: honourRoll, placeName: place.name })
    .from(honourRoll)
    .innerJoin(place, eq(place.id, honourRoll.placeId))
    .where(
      and(
        path ? sql`${honourRoll.placePath} <@ ${path}::ltree` : undefined,
        onlyPublished ? isNull(honourRoll.unpublishedAt) : undefined,
      ),
    )
    .orderBy(desc(honourRoll.publishedAt), desc(honourRoll.id))
    .limit(ROLL_LIST_LIMIT);
  if (rolls.length === 0) {
    return [];
  }
  const entries = await ctx.tx
    .select()
    .from(honourRollEntry)
    .where(
      inArray(
        honourRollEntry.rollId,
        rolls.map((r) => r.roll.id),
      ),
    )
    .orderBy(honourRollEntry.rank);
  return rolls.map((r) =>
    presentRoll(
      r.roll,
      r.placeName,
      entries.filter((e) => e.rollId === r.roll.id),
    ),
  );
}

function presentRoll(
  roll: typeof honourRoll.$inferSelect,
  placeName: string,
  entries: Pick<typeof honourRollEntry.$inferSelect, 'kind' | 'name' | 'figures'>[],
): HonourRoll {
  return {
    id: roll.id,
    placeId: roll.placeId,
    placeName,
    title: roll.title,
    from: roll.periodFrom,
    to: roll.periodTo,
    publishedAt: roll.unpublishedAt ? null : roll.publishedAt.toISOString(),
    entries: entries.map((e) => ({ kind: e.kind, name: e.name, figures: e.figures })),
  };
}
