// How far behind a project may fall before it shows as behind or seriously behind (shared/projects.ts): set for
// a district or a street, the nearest setting on the way up holds, else the defaults.
import { eq } from 'drizzle-orm';
import {
  type MarginsAnswer,
  type MarginsInput,
  STATUS_MARGINS,
  type StatusMargins,
} from '../../../shared/projects';
import { place, projectMargin } from '../../db/schema';
import { cached } from '../../platform/config-cache';
import { type Ctx, scopeOf } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { isGranted } from '../../platform/permissions';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';
import { projectPermissions } from './permissions';

/** Levels whose offices compare their projects with one another's, so the ones that set the margins. */
const SETTING_LEVELS: readonly string[] = ['district', 'street'];

/**
 * Every setting, kept in memory: each project shown reads its margins, an office changes them a few times a year
 * (the `config_version` trigger on project_margin reloads it). Only the table itself, which everyone reads whole:
 * one copy serves every caller, so nothing row-level security hides from some may go into it.
 */
const MARGINS = cached('projects.margins', async (tx) =>
  tx
    .select({
      placeId: projectMargin.placeId,
      path: projectMargin.placePath,
      behind: projectMargin.behind,
      seriouslyBehind: projectMargin.seriouslyBehind,
    })
    .from(projectMargin),
);
type Setting = Awaited<ReturnType<typeof MARGINS.load>>[number];

function nearest(settings: readonly Setting[], path: string): Setting | undefined {
  let found: Setting | undefined;
  for (const s of settings) {
    if (isWithin(path, s.path) && s.path.length > (found?.path.length ?? -1)) {
      found = s;
    }
  }
  return found;
}

/** A lookup of the margins in force at any place path, for one request. */
export async function marginsLookup(ctx: Ctx): Promise<(path: string) => StatusMargins> {
  const settings = await ctx.cached(MARGINS);
  return (path) => {
    const s = nearest(settings, path);
    return s ? { behind: s.behind, seriouslyBehind: s.seriouslyBehind } : STATUS_MARGINS;
  };
}

/**
 * The margins in force at a place of the caller's area, and where they come from — read from the table, not the
 * copy, so that a change answers with itself. Throws not_found (place).
 */
export async function getMargins(ctx: Ctx, placeId: string): Promise<MarginsAnswer> {
  const at = await loadWritable(ctx, placeId);
  const s = nearest(await MARGINS.load(ctx.tx), at.path);
  // The source is the place or above it, which the caller reads.
  const [source] = s
    ? await ctx.tx.select({ name: place.name }).from(place).where(eq(place.id, s.placeId))
    : [];
  return {
    placeId: at.id,
    behind: s?.behind ?? STATUS_MARGINS.behind,
    seriouslyBehind: s?.seriouslyBehind ?? STATUS_MARGINS.seriouslyBehind,
    from: s ? { placeId: s.placeId, placeName: source?.name ?? '' } : null,
    isOwn: s?.placeId === at.id,
    mayEdit:
      isGranted(projectPermissions, ctx.actor.roles, 'project.margins') &&
      SETTING_LEVELS.includes(at.level) &&
      isWithin(at.path, scopeOf(ctx.actor)),
  };
}

/**
 * Sets a district's or street's own margins, or clears them (the place inherits again), audited; statuses follow
 * at once, history included (a status is computed, never stored). Throws not_found (place), validation (level).
 */
export async function setMargins(ctx: Ctx, input: MarginsInput): Promise<MarginsAnswer> {
  const at = await loadWritable(ctx, input.placeId);
  if (!SETTING_LEVELS.includes(at.level)) {
    throw invalidField('placeId', 'project_margin_place');
  }
  const [before] = await ctx.tx.select().from(projectMargin).where(eq(projectMargin.placeId, at.id));
  const { margins } = input;
  if (margins) {
    const values = { ...margins, updatedById: ctx.actor.accountId, updatedAt: ctx.now };
    await ctx.tx
      .insert(projectMargin)
      .values({ placeId: at.id, placePath: at.path, ...values })
      .onConflictDoUpdate({ target: projectMargin.placeId, set: values });
  } else {
    await ctx.tx.delete(projectMargin).where(eq(projectMargin.placeId, at.id));
  }
  await ctx.audit({
    action: margins ? 'project.margins_set' : 'project.margins_clear',
    targetType: 'place',
    targetId: at.id,
    districtId: at.districtId,
    before: before ? { behind: before.behind, seriouslyBehind: before.seriouslyBehind } : null,
    after: margins,
  });
  return getMargins(ctx, at.id);
}
