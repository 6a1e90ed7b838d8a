import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { Station, ZStationInput, ZStationListQuery } from '../../../shared/places';
import { place, station } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { deleteOrConflict } from '../../platform/db-errors';
import { notFound } from '../../platform/errors';
import { maskPhone } from '../../platform/mask';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';

type StationRow = typeof station.$inferSelect;

/** Stations (阵地) in and above the caller's area, optionally in one place's subtree. */
export async function findStations(ctx: Ctx, query: z.infer<typeof ZStationListQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({ s: station, placeName: place.name })
    .from(station)
    .innerJoin(place, eq(place.id, station.placeId))
    .where(
      and(
        scope === '*'
          ? undefined
          : sql`(${station.placePath} <@ ${scope}::ltree OR ${station.placePath} @> ${scope}::ltree)`,
        under ? sql`${station.placePath} <@ ${under.path}::ltree` : undefined,
        query.kind ? eq(station.kind, query.kind) : undefined,
        after ? sql`(${station.name}, ${station.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(station.name), asc(station.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.s.name, r.s.id]);
  return { items: page.items.map((r) => presentStation(ctx, r.s, r.placeName)), nextCursor: page.nextCursor };
}

export async function getStation(ctx: Ctx, id: string): Promise<Station> {
  const [row] = await ctx.tx
    .select({ s: station, placeName: place.name })
    .from(station)
    .innerJoin(place, eq(place.id, station.placeId))
    .where(eq(station.id, id));
  if (!row) {
    throw notFound('station_not_found');
  }
  return presentStation(ctx, row.s, row.placeName);
}

export async function createStation(ctx: Ctx, input: z.infer<typeof ZStationInput>) {
  const home = await loadWritable(ctx, input.placeId);
  const [created] = await ctx.tx
    .insert(station)
    .values({ ...stationValues(ctx, input), placePath: home.path, createdAt: ctx.now, updatedAt: ctx.now })
    .returning({ id: station.id });
  await ctx.audit({
    action: 'station.create',
    targetType: 'station',
    targetId: created?.id,
    districtId: home.districtId,
    after: { ...input, phone: maskPhone(input.phone) },
  });
  return getStation(ctx, created?.id ?? '');
}

export async function updateStation(ctx: Ctx, id: string, input: z.infer<typeof ZStationInput>) {
  const before = await stationWritable(ctx, id);
  const home = await loadWritable(ctx, input.placeId);
  await ctx.tx
    .update(station)
    .set({ ...stationValues(ctx, input), placePath: home.path, updatedAt: ctx.now })
    .where(eq(station.id, id));
  await ctx.audit({
    action: 'station.update',
    targetType: 'station',
    targetId: id,
    districtId: home.districtId,
    before: { name: before.name, placeId: before.placeId },
    after: { ...input, phone: maskPhone(input.phone) },
  });
  return getStation(ctx, id);
}

export async function deleteStation(ctx: Ctx, id: string): Promise<void> {
  const before = await stationWritable(ctx, id);
  await deleteOrConflict(() => ctx.tx.delete(station).where(eq(station.id, id)), 'place_has_records', {
    name: before.name,
  });
  await ctx.audit({
    action: 'station.delete',
    targetType: 'station',
    targetId: id,
    before: { name: before.name, placeId: before.placeId },
  });
}

function stationValues(ctx: Ctx, input: z.infer<typeof ZStationInput>) {
  return {
    placeId: input.placeId,
    kind: input.kind,
    name: input.name,
    address: input.address ?? null,
    rooms: input.rooms ?? [],
    openingHours: input.openingHours ?? null,
    phoneEnc: input.phone ? ctx.vault.encrypt(input.phone) : null,
  };
}

function presentStation(ctx: Ctx, s: StationRow, placeName: string): Station {
  return {
    id: s.id,
    placeId: s.placeId,
    placeName,
    kind: s.kind as Station['kind'],
    name: s.name,
    address: s.address,
    rooms: s.rooms,
    openingHours: s.openingHours,
    phone: maskPhone(s.phoneEnc ? ctx.vault.decrypt(s.phoneEnc) : null),
  };
}

async function stationWritable(ctx: Ctx, id: string): Promise<StationRow> {
  const [row] = await ctx.tx.select().from(station).where(eq(station.id, id));
  if (!row || !isWithin(row.placePath, scopeOf(ctx.actor))) {
    throw notFound('station_not_found');
  }
  return row;
}
