import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import type { StationKind } from '../../../shared/roles';
import {
  mayParent,
  type Station,
  type ZStationInput,
  type ZStationListQuery,
} from '../../../shared/stations';
import { place, roomBooking, station, stationPhoto, stationRoom } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { deleteOrConflict } from '../../platform/db-errors';
import { conflict, invalidField, notFound } from '../../platform/errors';
import { maskPhone } from '../../platform/mask';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isWithin } from '../../platform/scope';
import { loadWritable } from '../places';
import { presentStation, type StationRow } from './presenter';
import { getStationRow, roomsOf, stationColumns } from './repo';

type StationInput = z.infer<typeof ZStationInput>;

/** Stations (阵地) in and above the caller's area, optionally in one place's subtree or under one station. */
export async function findStations(ctx: Ctx, query: z.infer<typeof ZStationListQuery> & PageQuery) {
  const scope = scopeOf(ctx.actor);
  const under = query.placeId ? await loadWritable(ctx, query.placeId) : null;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select(stationColumns)
    .from(station)
    .innerJoin(place, eq(place.id, station.placeId))
    .where(
      and(
        scope === '*'
          ? undefined
          : sql`(${station.placePath} <@ ${scope}::ltree OR ${station.placePath} @> ${scope}::ltree)`,
        under ? sql`${station.placePath} <@ ${under.path}::ltree` : undefined,
        query.kind ? eq(station.kind, query.kind) : undefined,
        query.parentId ? eq(station.parentId, query.parentId) : undefined,
        after ? sql`(${station.name}, ${station.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(station.name), asc(station.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.s.name, r.s.id]);
  const rooms = await roomsOf(
    ctx.tx,
    page.items.map((r) => r.s.id),
  );
  return {
    items: page.items.map((r) => presentStation(ctx, r, rooms.get(r.s.id) ?? [])),
    nextCursor: page.nextCursor,
  };
}

export async function getStation(ctx: Ctx, id: string): Promise<Station> {
  const row = await getStationRow(ctx.tx, id);
  if (!row) {
    throw notFound('station_not_found');
  }
  const rooms = await roomsOf(ctx.tx, [id]);
  return presentStation(ctx, row, rooms.get(id) ?? []);
}

export async function createStation(ctx: Ctx, input: StationInput) {
  const home = await loadWritable(ctx, input.placeId);
  await checkParent(ctx, input, home.path);
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

export async function updateStation(ctx: Ctx, id: string, input: StationInput) {
  const before = await stationWritable(ctx, id);
  const home = await loadWritable(ctx, input.placeId);
  if (input.parentId === id) {
    throw invalidField('parentId', 'station_parent_tier');
  }
  await checkParent(ctx, input, home.path);
  await checkChildren(ctx, id, input.kind, home.path);
  await ctx.tx
    .update(station)
    .set({ ...stationValues(ctx, input), placePath: home.path, updatedAt: ctx.now })
    .where(eq(station.id, id));
  if (before.placePath !== home.path) {
    // Rooms, bookings and photos are found by the station's path: they move with it.
    for (const table of [stationRoom, roomBooking, stationPhoto]) {
      await ctx.tx.update(table).set({ placePath: home.path }).where(eq(table.stationId, id));
    }
  }
  await ctx.audit({
    action: 'station.update',
    targetType: 'station',
    targetId: id,
    districtId: home.districtId,
    before: { name: before.name, placeId: before.placeId, parentId: before.parentId, kind: before.kind },
    after: { ...input, phone: maskPhone(input.phone) },
  });
  return getStation(ctx, id);
}

export async function deleteStation(ctx: Ctx, id: string): Promise<void> {
  const before = await stationWritable(ctx, id);
  // Stations under it, bookings of its rooms and its photos hold it: those are moved or removed first.
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

/**
 * 所 → 站 → 点: the parent is a station of the same place or an ancestor (a 站 of a community under the town's
 * 所, never a station of a neighbouring community) and of a higher tier (STATION_TIERS). Strictly falling
 * tiers also keep the tree free of cycles. Throws validation_failed on parentId.
 */
async function checkParent(ctx: Ctx, input: StationInput, homePath: string) {
  if (!input.parentId) {
    return;
  }
  const [parent] = await ctx.tx
    .select({ kind: station.kind, placePath: station.placePath })
    .from(station)
    .where(eq(station.id, input.parentId));
  if (!parent) {
    throw invalidField('parentId', 'station_parent_not_found');
  }
  if (!isWithin(homePath, parent.placePath)) {
    throw invalidField('parentId', 'station_parent_place');
  }
  if (!mayParent(parent.kind as StationKind, input.kind)) {
    throw invalidField('parentId', 'station_parent_tier');
  }
}

/** A station changing kind or place must still fit the stations under it. Throws conflict. */
async function checkChildren(ctx: Ctx, id: string, kind: StationKind, homePath: string) {
  const children = await ctx.tx
    .select({ name: station.name, kind: station.kind, placePath: station.placePath })
    .from(station)
    .where(eq(station.parentId, id));
  const misfit = children.find(
    (c) => !mayParent(kind, c.kind as StationKind) || !isWithin(c.placePath, homePath),
  );
  if (misfit) {
    throw conflict('station_children_misfit', { name: misfit.name });
  }
}

function stationValues(ctx: Ctx, input: StationInput) {
  return {
    placeId: input.placeId,
    kind: input.kind,
    parentId: input.parentId ?? null,
    name: input.name,
    address: input.address ?? null,
    openingHours: input.openingHours ?? null,
    contactName: input.contactName ?? null,
    phoneEnc: input.phone ? ctx.vault.encrypt(input.phone) : null,
  };
}

/** A station in the caller's own subtree (its office may change it). Throws station_not_found. */
export async function stationWritable(ctx: Ctx, id: string): Promise<StationRow> {
  const [row] = await ctx.tx.select().from(station).where(eq(station.id, id));
  if (!row || !isWithin(row.placePath, scopeOf(ctx.actor))) {
    throw notFound('station_not_found');
  }
  return row;
}

/** A station the caller may read: in its subtree or above it (row-level security says which). */
export async function stationReadable(ctx: Ctx, id: string): Promise<StationRow> {
  const [row] = await ctx.tx.select().from(station).where(eq(station.id, id));
  if (!row) {
    throw notFound('station_not_found');
  }
  return row;
}

/**
 * The contact person's name and phone unmasked, for calling the station; every reveal is an audit entry
 * (PIPL). Throws station_not_found.
 */
export async function revealStationContact(ctx: Ctx, id: string) {
  const row = await stationReadable(ctx, id);
  await ctx.audit({
    action: 'station.reveal',
    targetType: 'station',
    targetId: id,
    districtId: ctx.actor.districtId,
    after: { fields: ['contactName', 'phone'] },
  });
  return { contactName: row.contactName, phone: row.phoneEnc ? ctx.vault.decrypt(row.phoneEnc) : null };
}
