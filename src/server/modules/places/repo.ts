import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { PlaceLevel } from '../../../shared/roles';
import type { Tx } from '../../db/client';
import { place } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { escapeLike } from '../../platform/text';

export type PlaceRow = typeof place.$inferSelect;
export type PlaceWithCount = PlaceRow & { childCount: number };

/** `column <@ scope` for the caller's subtree ('*' is no filter). */
export function withinScope(column: typeof place.path, scope: string): SQL | undefined {
  if (scope === '*') {
    return undefined;
  }
  return sql`${column} <@ ${scope}::ltree`;
}

const childCount = sql<number>`(SELECT count(*)::int FROM place c WHERE c.parent_id = "place"."id")`;

export async function findPlaceRows(
  tx: Tx,
  filters: {
    scope: string | null;
    level?: PlaceLevel | undefined;
    parentId?: string;
    underPath?: string;
    q?: string;
  },
  page: { limit: number; after: (string | number)[] | null },
): Promise<PlaceWithCount[]> {
  const conditions = [
    filters.scope === null ? undefined : withinScope(place.path, filters.scope),
    filters.level ? eq(place.level, filters.level) : undefined,
    filters.parentId ? eq(place.parentId, filters.parentId) : undefined,
    filters.underPath ? sql`${place.path} <@ ${filters.underPath}::ltree` : undefined,
    filters.q
      ? or(ilike(place.name, `%${escapeLike(filters.q)}%`), ilike(place.code, `%${escapeLike(filters.q)}%`))
      : undefined,
    page.after ? sql`(${place.sort}, ${place.code}) > (${page.after[0]}, ${page.after[1]})` : undefined,
  ];
  return tx
    .select({ ...getPlaceColumns(), childCount })
    .from(place)
    .where(and(...conditions))
    .orderBy(asc(place.sort), asc(place.code))
    .limit(page.limit + 1);
}

export async function getPlaceRow(tx: Tx, id: string): Promise<PlaceWithCount | undefined> {
  const [row] = await tx
    .select({ ...getPlaceColumns(), childCount })
    .from(place)
    .where(eq(place.id, id));
  return row;
}

/** A place a request names (a filter, a target) that must exist. Throws not_found (place_not_found). */
export async function requirePlace(tx: Tx, id: string): Promise<PlaceWithCount> {
  const row = await getPlaceRow(tx, id);
  if (!row) {
    throw notFound('place_not_found');
  }
  return row;
}

/** The path of the place a list is filtered by, none when none is named. Throws not_found (place_not_found). */
export async function pathOfPlace(tx: Tx, id: string | undefined): Promise<string | undefined> {
  return id ? (await requirePlace(tx, id)).path : undefined;
}

export async function findAncestors(tx: Tx, path: string) {
  return tx
    .select({ id: place.id, name: place.name, level: place.level })
    .from(place)
    .where(and(sql`${place.path} @> ${path}::ltree`, sql`${place.path} <> ${path}::ltree`))
    .orderBy(sql`nlevel(${place.path})`);
}

/**
 * Rewrites the paths (and district) of a subtree and of everything that carries a copy of them: every table
 * with a `place_path` ltree column (units, stations, accounts, tickets and whatever is added later), found in
 * the catalogue so that a new table cannot be forgotten. Rows keep their `district_id` shard key.
 */
export async function rewriteSubtree(
  tx: Tx,
  oldPath: string,
  newPath: string,
  districtId: string,
): Promise<void> {
  const depth = oldPath.split('.').length;
  const copies = (await tx.execute(sql`SELECT c.table_name::text AS name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND c.column_name = 'place_path' AND c.udt_name = 'ltree'
      AND t.table_type = 'BASE TABLE'
    ORDER BY 1`)) as unknown as { rows: { name: string }[] };
  const targets = [
    { table: 'place', column: 'path' },
    ...copies.rows.map((r) => ({ table: r.name, column: 'place_path' })),
  ];
  for (const { table, column } of targets) {
    const col = sql.identifier(column);
    await tx.execute(sql`UPDATE ${sql.identifier(table)}
      SET ${col} = CASE WHEN nlevel(${col}) = ${depth} THEN ${newPath}::ltree
        ELSE ${newPath}::ltree || subpath(${col}, ${depth}) END
      WHERE ${col} <@ ${oldPath}::ltree`);
  }
  await tx.execute(sql`UPDATE place SET district_id = ${districtId} WHERE path <@ ${newPath}::ltree`);
}

/**
 * What changes when the tree changes as the caller sees it: the number of places and a sum of hashes of each
 * one's id, name and parent (a rename, a move, a new or deleted place). One scan, one row back.
 */
export async function placeTreeFingerprint(tx: Tx): Promise<string> {
  const result = (await tx.execute(sql`SELECT count(*)::text || ':' || coalesce(
      sum(hashtext(id::text || '/' || name || '/' || coalesce(parent_id::text, '')))::text, '0') AS f
    FROM place`)) as unknown as { rows: { f: string }[] };
  return result.rows[0]?.f ?? '';
}

/** Every place the caller sees, just what a search needs. */
export async function findPlaceOutline(tx: Tx) {
  return tx
    .select({
      id: place.id,
      parentId: place.parentId,
      name: place.name,
      level: place.level,
      path: place.path,
    })
    .from(place);
}

function getPlaceColumns() {
  return {
    id: place.id,
    code: place.code,
    name: place.name,
    level: place.level,
    parentId: place.parentId,
    path: place.path,
    districtId: place.districtId,
    sort: place.sort,
    bounds: place.bounds,
    createdAt: place.createdAt,
    updatedAt: place.updatedAt,
  };
}
