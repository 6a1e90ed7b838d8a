import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { place, station, stationRoom } from '../../db/schema';
import type { RoomRow } from './presenter';

// SQL of the stations module: rows, no rules.

/** A station's columns with its place's and parent's names and how many stations sit directly under it. */
export const stationColumns = {
  s: station,
  placeName: place.name,
  parentName: sql<string | null>`(SELECT p.name FROM station p WHERE p.id = ${station.parentId})`,
  childCount: sql<number>`(SELECT count(*)::int FROM station c WHERE c.parent_id = ${station.id})`,
};

export async function getStationRow(tx: Tx, id: string) {
  const [row] = await tx
    .select(stationColumns)
    .from(station)
    .innerJoin(place, eq(place.id, station.placeId))
    .where(eq(station.id, id));
  return row;
}

/** The rooms of these stations, in their order, by station id. */
export async function roomsOf(tx: Tx, stationIds: string[]): Promise<Map<string, RoomRow[]>> {
  const byStation = new Map<string, RoomRow[]>(stationIds.map((id) => [id, []]));
  if (stationIds.length === 0) {
    return byStation;
  }
  const rows = await tx
    .select()
    .from(stationRoom)
    .where(inArray(stationRoom.stationId, stationIds))
    .orderBy(asc(stationRoom.sort), asc(stationRoom.name));
  for (const r of rows) {
    byStation.get(r.stationId)?.push(r);
  }
  return byStation;
}

/**
 * Serializes the bookings of one room: every booking takes this lock before it looks for a clash, so two
 * overlapping requests cannot both find the slot free (the second waits, then sees the first's row).
 */
export async function lockRoom(tx: Tx, roomId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${roomId}::text, 25))`);
}
