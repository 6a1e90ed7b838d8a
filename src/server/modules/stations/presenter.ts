import type { Station, StationRoom } from '../../../shared/stations';
import { STATION_TIERS } from '../../../shared/stations';
import type { station, stationRoom } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { maskPhone } from '../../platform/mask';

export type StationRow = typeof station.$inferSelect;
export type RoomRow = typeof stationRoom.$inferSelect;
/** A station row with the names and counts its answer shows (repo.ts stationColumns). */
export type StationWithNames = {
  s: StationRow;
  placeName: string;
  parentName: string | null;
  childCount: number;
};

export function presentRoom(r: RoomRow): StationRoom {
  return {
    id: r.id,
    stationId: r.stationId,
    name: r.name,
    kind: r.kind,
    capacity: r.capacity,
    hours: r.hours,
    closedOnHolidays: r.closedOnHolidays,
    active: r.active,
  };
}

/** A station as every reader sees it: the contact phone masked (the reveal is its own audited call). */
export function presentStation(ctx: Ctx, row: StationWithNames, rooms: RoomRow[]): Station {
  const { s } = row;
  const kind = s.kind as Station['kind'];
  return {
    id: s.id,
    placeId: s.placeId,
    placeName: row.placeName,
    kind,
    tier: STATION_TIERS[kind],
    parentId: s.parentId,
    parentName: row.parentName,
    childCount: row.childCount,
    name: s.name,
    address: s.address,
    openingHours: s.openingHours,
    contactName: s.contactName,
    phone: maskPhone(s.phoneEnc ? ctx.vault.decrypt(s.phoneEnc) : null),
    rooms: rooms.map(presentRoom),
  };
}
