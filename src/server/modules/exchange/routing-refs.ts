import { inArray, or, sql } from 'drizzle-orm';
import { category, place, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { idOfLabel, isWithin } from '../../platform/scope';

// How the routing catalogue's sheet names things: people write names, not codes. A cell names a category, a
// place or a unit by its code or by its name; a name that fits several must be made precise (a category as
// 大类/小类, a place by the names above it: 湖塘镇/府东社区) or replaced by the code.

/** What a name in a cell came to: one id, nothing, or several. */
export type Lookup = { id: string; path?: string } | 'not_found' | 'ambiguous';

const PATH_SEPARATOR = /[/／]/;
const partsOf = (text: string) =>
  text
    .split(PATH_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

/** Whether `wanted` names the end of `chain` (names top down). */
function endsWith(chain: readonly string[], wanted: readonly string[]): boolean {
  return (
    wanted.length <= chain.length && wanted.every((w, i) => chain[chain.length - wanted.length + i] === w)
  );
}

function only<T extends { id: string }>(matches: readonly T[]): Lookup {
  if (matches.length === 0) {
    return 'not_found';
  }
  const [first] = matches;
  return matches.length > 1 || !first ? 'ambiguous' : first;
}

/** Category cells: a code, a name, or 大类/小类. */
export async function categoryLookup(ctx: Ctx): Promise<(text: string) => Lookup> {
  const rows = await ctx.tx
    .select({ id: category.id, parentId: category.parentId, code: category.code, name: category.nameZh })
    .from(category);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chainOf = (r: (typeof rows)[number]) => [
    ...(r.parentId ? [byId.get(r.parentId)?.name ?? ''] : []),
    r.name,
  ];
  return (text) => {
    const byCode = rows.find((r) => r.code === text);
    return byCode ? byCode : only(rows.filter((r) => endsWith(chainOf(r), partsOf(text))));
  };
}

/** The names of a category for the sheet: 大类/小类, or the top category's name. */
export function categoryCell(name: string, parentName: string | null): string {
  return parentName ? `${parentName}/${name}` : name;
}

/** Place cells of the caller's subtree: a code, a name, or the names down to it (湖塘镇/府东社区). */
export async function placeLookup(ctx: Ctx, texts: readonly string[]): Promise<(text: string) => Lookup> {
  const scope = scopeOf(ctx.actor);
  const names = [...new Set(texts.map((t) => partsOf(t).at(-1) ?? t))];
  const rows =
    texts.length === 0
      ? []
      : (
          await ctx.tx
            .select({ id: place.id, code: place.code, name: place.name, path: place.path })
            .from(place)
            .where(or(inArray(place.code, [...texts]), inArray(place.name, names)))
        ).filter((r) => isWithin(r.path, scope));
  const chains = await placeNames(
    ctx,
    rows.map((r) => r.path),
  );
  return (text) => {
    const byCode = rows.find((r) => r.code === text);
    const wanted = partsOf(text);
    return byCode ?? only(rows.filter((r) => endsWith(chains.get(r.path) ?? [], wanted)));
  };
}

/** The names from the district down to each of these places (path → names). */
export async function placeNames(ctx: Ctx, paths: readonly string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(paths.flatMap((p) => p.split('.')))].map(idOfLabel);
  const rows =
    ids.length === 0
      ? []
      : await ctx.tx.select({ id: place.id, name: place.name }).from(place).where(inArray(place.id, ids));
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  return new Map(paths.map((p) => [p, p.split('.').map((label) => nameOf.get(idOfLabel(label)) ?? '?')]));
}

/**
 * Unit cells: a code or a name, among the units the caller sees that serve the place (on it, above or below
 * it). Answers a lookup per place path.
 */
export async function unitLookup(
  ctx: Ctx,
  texts: readonly string[],
): Promise<(text: string, placePath: string) => Lookup> {
  const rows =
    texts.length === 0
      ? []
      : await ctx.tx
          .select({ id: unit.id, code: unit.code, name: unit.name, path: sql<string>`${unit.placePath}` })
          .from(unit)
          .where(or(inArray(unit.code, [...texts]), inArray(unit.name, [...texts])));
  return (text, placePath) => {
    const serving = rows.filter((r) => isWithin(r.path, placePath) || isWithin(placePath, r.path));
    const byCode = serving.find((r) => r.code === text);
    return byCode ?? only(serving.filter((r) => r.name === text));
  };
}
