import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { StationRoom, ZStationRoomInput } from '../../../shared/stations';
import { stationRoom } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { deleteOrConflict, uniqueOrConflict } from '../../platform/db-errors';
import { notFound } from '../../platform/errors';
import { presentRoom } from './presenter';
import { stationWritable } from './service';

type RoomInput = z.infer<typeof ZStationRoomInput>;

/** Adds a function room to a station of the caller's subtree. Throws not_found, conflict (name taken). */
export async function addRoom(ctx: Ctx, stationId: string, input: RoomInput): Promise<StationRoom> {
  const s = await stationWritable(ctx, stationId);
  const [row] = await uniqueOrConflict(
    () =>
      ctx.tx
        .insert(stationRoom)
        .values({
          ...roomValues(input),
          stationId,
          placePath: s.placePath,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning(),
    'name',
    'station_room_exists',
    { name: input.name },
  );
  if (!row) {
    throw notFound('station_not_found');
  }
  await ctx.audit({
    action: 'station.room.create',
    targetType: 'station',
    targetId: stationId,
    districtId: ctx.actor.districtId,
    after: { roomId: row.id, ...input },
  });
  return presentRoom(row);
}

/** Changes a room: name, kind, capacity, hours; an inactive room takes no new bookings. */
export async function updateRoom(
  ctx: Ctx,
  stationId: string,
  roomId: string,
  input: RoomInput,
): Promise<StationRoom> {
  await stationWritable(ctx, stationId);
  const [row] = await uniqueOrConflict(
    () =>
      ctx.tx
        .update(stationRoom)
        .set({ ...roomValues(input), updatedAt: ctx.now })
        .where(and(eq(stationRoom.id, roomId), eq(stationRoom.stationId, stationId)))
        .returning(),
    'name',
    'station_room_exists',
    { name: input.name },
  );
  if (!row) {
    throw notFound('station_room_not_found');
  }
  await ctx.audit({
    action: 'station.room.update',
    targetType: 'station',
    targetId: stationId,
    districtId: ctx.actor.districtId,
    after: { roomId, ...input },
  });
  return presentRoom(row);
}

/** Removes a room never booked; one with bookings is kept as the record (set it inactive instead). */
export async function deleteRoom(ctx: Ctx, stationId: string, roomId: string): Promise<void> {
  await stationWritable(ctx, stationId);
  const [room] = await ctx.tx
    .select({ name: stationRoom.name })
    .from(stationRoom)
    .where(and(eq(stationRoom.id, roomId), eq(stationRoom.stationId, stationId)));
  if (!room) {
    throw notFound('station_room_not_found');
  }
  await deleteOrConflict(
    () => ctx.tx.delete(stationRoom).where(eq(stationRoom.id, roomId)),
    'station_room_has_bookings',
    { name: room.name },
  );
  await ctx.audit({
    action: 'station.room.delete',
    targetType: 'station',
    targetId: stationId,
    districtId: ctx.actor.districtId,
    before: { roomId, name: room.name },
  });
}

function roomValues(input: RoomInput) {
  return {
    name: input.name,
    kind: input.kind,
    capacity: input.capacity ?? null,
    hours: [...input.hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    closedOnHolidays: input.closedOnHolidays,
    active: input.active,
  };
}
