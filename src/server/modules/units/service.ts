import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { Unit, ZUnitInput, ZUnitListQuery } from '../../../shared/places';
import { place, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { deleteOrConflict, uniqueOrConflict } from '../../platform/db-errors';
import { notFound } from '../../platform/errors';
import { maskPhone } from '../../platform/mask';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isWithin } from '../../platform/scope';
import { escapeLike } from '../../platform/text';
import { loadWritable, requirePlace } from '../places';

type UnitRow = typeof unit.$inferSelect;

/**
 * Units serving the caller's area: those in the subtree and those above it (a district department serves
 * every community below). With `placeId`: the units on that place, above it and below it (dispatch targets).
 */
export async function findUnits(ctx: Ctx, query: z.infer<typeof ZUnitListQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const target = query.placeId ? await requirePlace(ctx.tx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({ u: unit, placeName: place.name })
    .from(unit)
    .innerJoin(place, eq(place.id, unit.placeId))
    .where(
      and(
        scope === '*'
          ? undefined
          : sql`(${unit.placePath} <@ ${scope}::ltree OR ${unit.placePath} @> ${scope}::ltree)`,
        target
          ? sql`(${unit.placePath} <@ ${target.path}::ltree OR ${unit.placePath} @> ${target.path}::ltree)`
          : undefined,
        query.kind ? eq(unit.kind, query.kind) : undefined,
        query.q
          ? or(ilike(unit.name, `%${escapeLike(query.q)}%`), ilike(unit.code, `%${escapeLike(query.q)}%`))
          : undefined,
        after ? sql`(${unit.name}, ${unit.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(unit.name), asc(unit.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.u.name, r.u.id]);
  return { items: page.items.map((r) => presentUnit(ctx, r.u, r.placeName)), nextCursor: page.nextCursor };
}

export async function getUnit(ctx: Ctx, id: string): Promise<Unit> {
  const [row] = await ctx.tx
    .select({ u: unit, placeName: place.name })
    .from(unit)
    .innerJoin(place, eq(place.id, unit.placeId))
    .where(eq(unit.id, id));
  if (!row) {
    throw notFound('unit_not_found');
  }
  return presentUnit(ctx, row.u, row.placeName);
}

/** Creates a unit on a place in the caller's subtree. Throws not_found (place), conflict (code). */
export async function createUnit(ctx: Ctx, input: z.infer<typeof ZUnitInput>) {
  const home = await loadWritable(ctx, input.placeId);
  const [created] = await uniqueOrConflict(
    () =>
      ctx.tx
        .insert(unit)
        .values({ ...unitValues(ctx, input), placePath: home.path, createdAt: ctx.now, updatedAt: ctx.now })
        .returning(),
    'body.code',
    'code_taken',
    { code: input.code ?? '' },
  );
  await ctx.audit({
    action: 'unit.create',
    targetType: 'unit',
    targetId: created?.id,
    districtId: home.districtId,
    after: { ...input, phone: maskPhone(input.phone) },
  });
  return getUnit(ctx, created?.id ?? '');
}

export async function updateUnit(ctx: Ctx, id: string, input: z.infer<typeof ZUnitInput>) {
  const before = await unitWritable(ctx, id);
  const home = await loadWritable(ctx, input.placeId);
  await uniqueOrConflict(
    () =>
      ctx.tx
        .update(unit)
        .set({ ...unitValues(ctx, input), placePath: home.path, updatedAt: ctx.now })
        .where(eq(unit.id, id)),
    'body.code',
    'code_taken',
    { code: input.code ?? '' },
  );
  await ctx.audit({
    action: 'unit.update',
    targetType: 'unit',
    targetId: id,
    districtId: home.districtId,
    before: { name: before.name, placeId: before.placeId },
    after: { ...input, phone: maskPhone(input.phone) },
  });
  return getUnit(ctx, id);
}

export async function deleteUnit(ctx: Ctx, id: string): Promise<void> {
  const before = await unitWritable(ctx, id);
  await deleteOrConflict(() => ctx.tx.delete(unit).where(eq(unit.id, id)), 'place_has_records', {
    name: before.name,
  });
  await ctx.audit({
    action: 'unit.delete',
    targetType: 'unit',
    targetId: id,
    before: { name: before.name, placeId: before.placeId },
  });
}

function unitValues(ctx: Ctx, input: z.infer<typeof ZUnitInput>) {
  return {
    placeId: input.placeId,
    kind: input.kind,
    name: input.name,
    code: input.code ?? null,
    contactName: input.contactName ?? null,
    phoneEnc: input.phone ? ctx.vault.encrypt(input.phone) : null,
    phoneHash: input.phone ? ctx.vault.blindIndex(input.phone) : null,
    description: input.description ?? null,
  };
}

function presentUnit(ctx: Ctx, u: UnitRow, placeName: string): Unit {
  return {
    id: u.id,
    placeId: u.placeId,
    placeName,
    kind: u.kind as Unit['kind'],
    name: u.name,
    code: u.code,
    contactName: u.contactName,
    phone: maskPhone(u.phoneEnc ? ctx.vault.decrypt(u.phoneEnc) : null),
    description: u.description,
  };
}

async function unitWritable(ctx: Ctx, id: string): Promise<UnitRow> {
  const [row] = await ctx.tx.select().from(unit).where(eq(unit.id, id));
  if (!row || !isWithin(row.placePath, scopeOf(ctx.actor))) {
    throw notFound('unit_not_found');
  }
  return row;
}
