import { asc, eq, sql } from 'drizzle-orm';
import type { NearbyStation } from '../../../shared/stations';
import { place, station } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { presentStation } from './presenter';
import { roomsOf, stationColumns } from './repo';

/**
 * The stations of a resident's place chain — their compound's 点, their community's 站, the town's 所 — with
 * their active rooms and hours, the contact masked. The home path comes from the account, never the request;
 * a resident without a home sees none. Highest tier first, then by name.
 */
export async function findNearbyStations(ctx: Ctx): Promise<NearbyStation[]> {
  const home = ctx.actor.placePath;
  if (!home) {
    return [];
  }
  const rows = await ctx.tx
    .select(stationColumns)
    .from(station)
    .innerJoin(place, eq(place.id, station.placeId))
    .where(sql`${station.placePath} @> ${home}::ltree`)
    .orderBy(sql`nlevel(${station.placePath})`, asc(station.name))
    .limit(100);
  const rooms = await roomsOf(
    ctx.tx,
    rows.map((r) => r.s.id),
  );
  return rows.map((r) => {
    const s = presentStation(
      ctx,
      r,
      (rooms.get(r.s.id) ?? []).filter((room) => room.active),
    );
    return {
      id: s.id,
      kind: s.kind,
      tier: s.tier,
      name: s.name,
      placeName: s.placeName,
      address: s.address,
      openingHours: s.openingHours,
      contactName: s.contactName,
      phone: s.phone,
      rooms: s.rooms,
    };
  });
}
