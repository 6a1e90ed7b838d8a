import type { Place } from '../../../shared/places';
import type { PlaceLevel } from '../../../shared/roles';
import { childLevel } from '../../../shared/roles';
import type { Actor } from '../../platform/context';
import { scopeOf } from '../../platform/context';
import { isGranted } from '../../platform/permissions';
import { isBelow, isWithin } from '../../platform/scope';
import { placePermissions } from './permissions';
import type { PlaceWithCount } from './repo';

/** What the caller may do with a place: edits only strictly below their own node, children anywhere in scope. */
export function placeActions(
  actor: Actor,
  row: { path: string; level: string; childCount: number },
): Place['allowedActions'] {
  if (!isGranted(placePermissions, actor.roles, 'place.write')) {
    return [];
  }
  const scope = scopeOf(actor);
  const actions: Place['allowedActions'] = [];
  if (isBelow(row.path, scope)) {
    // A district has no level above it to move under.
    actions.push(...(row.level === 'district' ? (['update'] as const) : (['update', 'move'] as const)));
    if (row.childCount === 0) {
      actions.push('delete');
    }
  }
  if (isWithin(row.path, scope) && childLevel(row.level as PlaceLevel)) {
    actions.push('create_child');
  }
  return actions;
}

export function presentPlace(actor: Actor, row: PlaceWithCount): Place {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level as PlaceLevel,
    parentId: row.parentId,
    sort: row.sort,
    bounds: row.bounds ?? null,
    childCount: row.childCount,
    allowedActions: placeActions(actor, row),
  };
}
