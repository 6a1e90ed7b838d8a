import { inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { place, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { isWithin } from '../../platform/scope';

export type PlaceRef = { id: string; code: string; name: string; level: string; path: string };

/** `column` at or below `under` ('*' = the whole tree). */
export function within(column: PgColumn, under: string): SQL | undefined {
  return under === '*' ? undefined : sql`${column} <@ ${under}::ltree`;
}

/** Places with these codes in the caller's subtree (where they may write), by code. */
export async function placesByCode(ctx: Ctx, codes: Iterable<string>): Promise<Map<string, PlaceRef>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await ctx.tx
    .select({ id: place.id, code: place.code, name: place.name, level: place.level, path: place.path })
    .from(place)
    .where(inArray(place.code, wanted));
  const scope = scopeOf(ctx.actor);
  return new Map(rows.filter((r) => isWithin(r.path, scope)).map((r) => [r.code, r]));
}

/**
 * Which of these codes are taken (codes are unique across the tree). Units outside the caller's view are
 * hidden by row-level security; their clash still fails the import, as the service's conflict.
 */
export async function takenCodes(
  ctx: Ctx,
  table: 'place' | 'unit',
  codes: Iterable<string>,
): Promise<Set<string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) {
    return new Set();
  }
  const column = table === 'place' ? place.code : unit.code;
  const rows = await ctx.tx
    .select({ code: column })
    .from(table === 'place' ? place : unit)
    .where(inArray(column, wanted));
  return new Set(rows.flatMap((r) => r.code ?? []));
}

/** Units with these codes the caller sees (row-level security: their subtree and the offices above), by code. */
export async function unitsByCode(ctx: Ctx, codes: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await ctx.tx
    .select({ id: unit.id, code: unit.code })
    .from(unit)
    .where(inArray(unit.code, wanted));
  return new Map(rows.flatMap((r) => (r.code ? [[r.code, r.id] as const] : [])));
}
