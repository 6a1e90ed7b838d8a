/**
 * Place-tree paths (ltree): one label per node from the district down, each label the node's id without
 * hyphens, so renames and code changes never rewrite a subtree. These are the pure rules; queries use the
 * same meaning through `<@` on an indexed column.
 */
export function labelOf(id: string): string {
  return id.replaceAll('-', '');
}

/** The id a label stands for: labelOf undone. */
export function idOfLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

export function childPath(parentPath: string | null, id: string): string {
  return parentPath ? `${parentPath}.${labelOf(id)}` : labelOf(id);
}

/** `path` is `scope` or below it (本级及以下). '*' is the whole tree; '' is nothing. */
export function isWithin(path: string | null, scope: string): boolean {
  if (scope === '*') {
    return true;
  }
  if (!path || scope === '') {
    return false;
  }
  return path === scope || path.startsWith(`${scope}.`);
}

/** `path` is strictly below `scope`: what an office may edit (its own node belongs to the level above). */
export function isBelow(path: string, scope: string): boolean {
  if (scope === '*') {
    return true;
  }
  return scope !== '' && path.startsWith(`${scope}.`);
}

/** Depth of a path: a district is 1, a building 6; the empty path (no place) is 0, as `nlevel` says. */
export function depthOf(path: string): number {
  return path === '' ? 0 : path.split('.').length;
}

/** Ids of the ancestors of a path, top down, the node itself excluded. */
export function ancestorLabels(path: string): string[] {
  return path.split('.').slice(0, -1);
}
