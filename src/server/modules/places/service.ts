import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { Bounds, ZPlaceCreate, ZPlaceListQuery, ZPlaceMove, ZPlaceUpdate } from '../../../shared/places';
import { childLevel, PLACE_LEVELS, type PlaceLevel } from '../../../shared/roles';
import { place } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { deleteOrConflict, uniqueOrConflict } from '../../platform/db-errors';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { childPath, isBelow, isWithin } from '../../platform/scope';
import { refoldForPlaceMove } from '../stats';
import { presentPlace } from './presenter';
import { findAncestors, findPlaceRows, getPlaceRow, type PlaceWithCount, rewriteSubtree } from './repo';

/**
 * Lists places. Staff see their subtree; residents and the public see the whole tree (names of places are
 * public reference data: residents pick their home from it).
 */
export async function findPlaces(ctx: Ctx, query: z.infer<typeof ZPlaceListQuery> & PageQuery) {
  const scope = ctx.actor.kind === 'staff' ? scopeOf(ctx.actor) : null;
  let underPath: string | undefined;
  if (query.under) {
    underPath = (await getPlaceRow(ctx.tx, query.under))?.path;
    if (!underPath) {
      throw notFound('place_not_found');
    }
  }
  // A parent outside the caller's view is refused like `under`, not answered with an empty page.
  if (query.parentId && !(await getPlaceRow(ctx.tx, query.parentId))) {
    throw notFound('place_not_found');
  }
  const rows = await findPlaceRows(
    ctx.tx,
    { scope, level: query.level, parentId: query.parentId, underPath, q: query.q },
    { limit: query.limit, after: decodeCursor(query.cursor, 2) },
  );
  const page = toPage(rows, query.limit, (r) => [r.sort, r.code]);
  return { items: page.items.map((r) => presentPlace(ctx.actor, r)), nextCursor: page.nextCursor };
}

/** A place with its ancestors. Throws not_found outside the caller's view. */
export async function getPlace(ctx: Ctx, id: string) {
  const row = await loadVisible(ctx, id);
  return { ...presentPlace(ctx.actor, row), ancestors: await findAncestors(ctx.tx, row.path) };
}

/** The place, if it is in the caller's subtree (they may write on or under it). Throws not_found. */
export async function loadWritable(ctx: Ctx, id: string): Promise<PlaceWithCount> {
  const row = await getPlaceRow(ctx.tx, id);
  if (!row || !isWithin(row.path, scopeOf(ctx.actor))) {
    throw notFound('place_not_found');
  }
  return row;
}

async function loadVisible(ctx: Ctx, id: string): Promise<PlaceWithCount> {
  const row = await getPlaceRow(ctx.tx, id);
  if (!row || (ctx.actor.kind === 'staff' && !isWithin(row.path, scopeOf(ctx.actor)))) {
    throw notFound('place_not_found');
  }
  return row;
}

/** Creates a node one level below its parent. Throws not_found, validation_failed (level), conflict (code). */
export async function createPlace(ctx: Ctx, input: z.infer<typeof ZPlaceCreate>) {
  const id = randomUUID();
  let level: PlaceLevel;
  let path: string;
  let districtId: string;
  if (input.parentId) {
    const parent = await loadWritable(ctx, input.parentId);
    const expected = childLevel(parent.level as PlaceLevel);
    if (!expected || (input.level && input.level !== expected)) {
      throw invalidField('body.level', 'level_mismatch', { parent: parent.name, level: expected ?? '-' });
    }
    level = expected;
    path = childPath(parent.path, id);
    districtId = parent.districtId ?? parent.id;
  } else {
    if (scopeOf(ctx.actor) !== '*') {
      throw forbidden('district_needs_root');
    }
    if (input.level && input.level !== 'district') {
      throw invalidField('body.level', 'level_mismatch', { parent: '-', level: 'district' });
    }
    level = PLACE_LEVELS[0];
    path = childPath(null, id);
    districtId = id;
  }
  const row = {
    id,
    code: input.code,
    name: input.name,
    level,
    parentId: input.parentId,
    path,
    districtId,
    sort: input.sort ?? 0,
    bounds: checkedBounds(input.bounds) ?? null,
  };
  await uniqueOrConflict(() => ctx.tx.insert(place).values(row), 'body.code', 'code_taken', {
    code: input.code,
  });
  await ctx.audit({ action: 'place.create', targetType: 'place', targetId: id, districtId, after: row });
  return getPlace(ctx, id);
}

/** A box as given, or undefined when none was; throws validation_failed for one turned inside out. */
function checkedBounds(bounds: Bounds | null | undefined): Bounds | null | undefined {
  if (bounds && (bounds.south > bounds.north || bounds.west > bounds.east)) {
    throw invalidField('body.bounds', 'bounds_reversed');
  }
  return bounds;
}

/** Renames, re-codes or re-bounds a node strictly below the caller's own. */
export async function updatePlace(ctx: Ctx, id: string, input: z.infer<typeof ZPlaceUpdate>) {
  const before = await loadWritable(ctx, id);
  if (!isBelow(before.path, scopeOf(ctx.actor))) {
    throw forbidden('out_of_scope');
  }
  const changes = { ...input, bounds: checkedBounds(input.bounds), updatedAt: ctx.now };
  await uniqueOrConflict(
    () => ctx.tx.update(place).set(changes).where(eq(place.id, id)),
    'body.code',
    'code_taken',
    {
      code: input.code ?? '',
    },
  );
  await ctx.audit({
    action: 'place.update',
    targetType: 'place',
    targetId: id,
    districtId: before.districtId,
    before: { code: before.code, name: before.name, sort: before.sort, bounds: before.bounds },
    after: input,
  });
  return getPlace(ctx, id);
}

/** Moves a subtree under a new parent of the level above; everything hanging on it follows. */
export async function movePlace(ctx: Ctx, id: string, input: z.infer<typeof ZPlaceMove>) {
  const node = await loadWritable(ctx, id);
  if (!isBelow(node.path, scopeOf(ctx.actor))) {
    throw forbidden('out_of_scope');
  }
  const parent = await loadWritable(ctx, input.parentId);
  if (isWithin(parent.path, node.path)) {
    throw invalidField('body.parentId', 'move_into_self');
  }
  if (childLevel(parent.level as PlaceLevel) !== node.level) {
    throw invalidField('body.parentId', 'level_mismatch', { parent: parent.name, level: node.level });
  }
  const newPath = childPath(parent.path, id);
  await ctx.tx.update(place).set({ parentId: parent.id, updatedAt: ctx.now }).where(eq(place.id, id));
  await rewriteSubtree(ctx.tx, node.path, newPath, parent.districtId ?? parent.id);
  // Below the community, the statistics' roll-up (keyed by community) cannot follow by a rewrite of paths.
  await refoldForPlaceMove(ctx.tx, { oldPath: node.path, newPath }, ctx);
  await ctx.audit({
    action: 'place.move',
    targetType: 'place',
    targetId: id,
    districtId: node.districtId,
    before: { parentId: node.parentId },
    after: { parentId: parent.id },
  });
  return getPlace(ctx, id);
}

/** Deletes a leaf with nothing attached. Throws conflict when children or records remain. */
export async function deletePlace(ctx: Ctx, id: string): Promise<void> {
  const node = await loadWritable(ctx, id);
  if (!isBelow(node.path, scopeOf(ctx.actor))) {
    throw forbidden('out_of_scope');
  }
  if (node.childCount > 0) {
    throw conflict('place_has_children', { name: node.name, count: node.childCount });
  }
  await deleteOrConflict(() => ctx.tx.delete(place).where(eq(place.id, id)), 'place_has_records', {
    name: node.name,
  });
  await ctx.audit({
    action: 'place.delete',
    targetType: 'place',
    targetId: id,
    districtId: node.districtId,
    before: node,
  });
}
