import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type Booking,
  MAX_BOOKING_HOURS,
  type ZBookingInput,
  type ZBookingQuery,
} from '../../../shared/stations';
import { account, roomBooking, stationRoom } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { maskPhone } from '../../platform/mask';
import { isWithin } from '../../platform/scope';
import { instantAt, minuteIn, nextDay } from '../../platform/time-zone';
import { holidaysBetween } from '../deadlines';
import { fitsOpeningHours, localSlot } from './hours';
import type { RoomRow } from './presenter';
import { lockRoom } from './repo';

const HOUR_MS = 3_600_000;
type BookingRow = typeof roomBooking.$inferSelect;
type Slot = { startsAt: Date; endsAt: Date };
type Holder = { purpose: string; contactName: string; phone: string | null; activityId: string | null };

/**
 * Books a room of a station the caller may read (an office books a room of the town's 所 as well as its own).
 * Throws not_found, conflict (room inactive, slot taken), validation_failed (times, hours, holiday, past).
 */
export async function bookRoom(
  ctx: Ctx,
  stationId: string,
  roomId: string,
  input: z.infer<typeof ZBookingInput>,
): Promise<Booking> {
  const room = await loadRoom(ctx, stationId, roomId);
  const slot = { startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
  const row = await reserve(ctx, room, slot, { ...input, activityId: null });
  return presentBooking(ctx, row, room.name, ctx.actor.name);
}

/**
 * Books the room an activity names for each of its occurrences, when the name is one of the station's rooms
 * (a free-text place such as 府东花园 广场 books nothing). The activities module calls it in its own
 * transaction, so a clash refuses the whole activity. Throws like bookRoom.
 */
export async function bookRoomForActivity(
  ctx: Ctx,
  link: { stationId: string; room: string; activityId: string; title: string } & Slot,
): Promise<void> {
  const [room] = await ctx.tx
    .select()
    .from(stationRoom)
    .where(and(eq(stationRoom.stationId, link.stationId), eq(stationRoom.name, link.room)));
  if (!room) {
    return;
  }
  await reserve(ctx, room, link, {
    purpose: link.title,
    contactName: ctx.actor.name ?? '',
    phone: null,
    activityId: link.activityId,
  });
}

/** Frees the rooms an activity booked (it moved, changed room or was called off). */
export async function releaseActivityRooms(ctx: Ctx, activityId: string): Promise<void> {
  await ctx.tx
    .update(roomBooking)
    .set({ status: 'cancelled', cancelledBy: ctx.actor.accountId, cancelledAt: ctx.now })
    .where(and(eq(roomBooking.activityId, activityId), eq(roomBooking.status, 'booked')));
}

async function loadRoom(ctx: Ctx, stationId: string, roomId: string): Promise<RoomRow> {
  const [room] = await ctx.tx
    .select()
    .from(stationRoom)
    .where(and(eq(stationRoom.id, roomId), eq(stationRoom.stationId, stationId)));
  if (!room) {
    throw notFound('station_room_not_found');
  }
  return room;
}

/**
 * The booking rules, in order: a slot of at most MAX_BOOKING_HOURS that has not begun, inside the room's hours
 * for its weekday, not on a day off of the work calendar (unless the room opens on them), and free: no booked
 * slot of the same room overlaps it. Slots are half-open, so one ending at 10:00 and the next starting at
 * 10:00 both stand. The room's lock is held from the clash check to the commit.
 */
async function reserve(ctx: Ctx, room: RoomRow, slot: Slot, holder: Holder): Promise<BookingRow> {
  const length = slot.endsAt.getTime() - slot.startsAt.getTime();
  if (length <= 0) {
    throw invalidField('endsAt', 'booking_times');
  }
  if (length > MAX_BOOKING_HOURS * HOUR_MS) {
    throw invalidField('endsAt', 'booking_too_long', { hours: MAX_BOOKING_HOURS });
  }
  if (slot.startsAt < ctx.now) {
    throw invalidField('startsAt', 'booking_past');
  }
  if (!room.active) {
    throw conflict('station_room_inactive', { room: room.name });
  }
  if (!fitsOpeningHours(room.hours, ctx.zone, slot.startsAt, slot.endsAt)) {
    throw invalidField('startsAt', 'booking_outside_hours', { room: room.name });
  }
  const day = localSlot(ctx.zone, slot.startsAt, slot.endsAt)?.day ?? '';
  if (room.closedOnHolidays && (await holidaysBetween(ctx.tx, day, day)).has(day)) {
    throw invalidField('startsAt', 'booking_holiday', { day });
  }
  await lockRoom(ctx.tx, room.id);
  const [clash] = await ctx.tx
    .select({ startsAt: roomBooking.startsAt, endsAt: roomBooking.endsAt })
    .from(roomBooking)
    .where(
      and(
        eq(roomBooking.roomId, room.id),
        eq(roomBooking.status, 'booked'),
        lt(roomBooking.startsAt, slot.endsAt),
        gt(roomBooking.endsAt, slot.startsAt),
      ),
    )
    .limit(1);
  if (clash) {
    throw conflict('booking_conflict', {
      room: room.name,
      from: minuteIn(ctx.zone, clash.startsAt),
      to: minuteIn(ctx.zone, clash.endsAt).slice(11),
    });
  }
  const [row] = await ctx.tx
    .insert(roomBooking)
    .values({
      roomId: room.id,
      stationId: room.stationId,
      placePath: room.placePath,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      purpose: holder.purpose,
      bookedBy: ctx.actor.accountId,
      activityId: holder.activityId,
      contactName: holder.contactName,
      phoneEnc: holder.phone ? ctx.vault.encrypt(holder.phone) : null,
      createdAt: ctx.now,
    })
    .returning();
  if (!row) {
    throw notFound('station_room_not_found');
  }
  await ctx.audit({
    action: 'station.book',
    targetType: 'room_booking',
    targetId: row.id,
    districtId: ctx.actor.districtId,
    after: {
      roomId: room.id,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      activityId: holder.activityId,
      phone: maskPhone(holder.phone),
    },
  });
  return row;
}

/** Cancels a booking: the one who booked it, or the office of the station's place. Frees the slot. */
export async function cancelBooking(ctx: Ctx, stationId: string, bookingId: string): Promise<Booking> {
  const [found] = await ctx.tx
    .select({ b: roomBooking, roomName: stationRoom.name, bookedByName: account.displayName })
    .from(roomBooking)
    .innerJoin(stationRoom, eq(stationRoom.id, roomBooking.roomId))
    .leftJoin(account, eq(account.id, roomBooking.bookedBy))
    .where(and(eq(roomBooking.id, bookingId), eq(roomBooking.stationId, stationId)));
  if (!found) {
    throw notFound('booking_not_found');
  }
  if (!mayCancel(ctx, found.b)) {
    throw forbidden();
  }
  if (found.b.status !== 'booked') {
    throw conflict('booking_not_open');
  }
  const [row] = await ctx.tx
    .update(roomBooking)
    .set({ status: 'cancelled', cancelledBy: ctx.actor.accountId, cancelledAt: ctx.now })
    .where(and(eq(roomBooking.id, bookingId), eq(roomBooking.status, 'booked')))
    .returning();
  if (!row) {
    throw conflict('booking_not_open');
  }
  await ctx.audit({
    action: 'station.booking.cancel',
    targetType: 'room_booking',
    targetId: bookingId,
    districtId: ctx.actor.districtId,
    before: { roomId: row.roomId, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() },
  });
  return presentBooking(ctx, row, found.roomName, found.bookedByName);
}

/** A station's bookings (all rooms or one) over `days` local days from `from`: the week view. */
export async function findBookings(ctx: Ctx, stationId: string, query: z.infer<typeof ZBookingQuery>) {
  let end = query.from;
  for (let i = 0; i < query.days; i++) {
    end = nextDay(end);
  }
  const rows = await ctx.tx
    .select({ b: roomBooking, roomName: stationRoom.name, bookedByName: account.displayName })
    .from(roomBooking)
    .innerJoin(stationRoom, eq(stationRoom.id, roomBooking.roomId))
    .leftJoin(account, eq(account.id, roomBooking.bookedBy))
    .where(
      and(
        eq(roomBooking.stationId, stationId),
        query.roomId ? eq(roomBooking.roomId, query.roomId) : undefined,
        lt(roomBooking.startsAt, new Date(instantAt(ctx.zone, end))),
        gt(roomBooking.endsAt, new Date(instantAt(ctx.zone, query.from))),
      ),
    )
    .orderBy(asc(roomBooking.startsAt), asc(roomBooking.id));
  return rows.map((r) => presentBooking(ctx, r.b, r.roomName, r.bookedByName));
}

function mayCancel(ctx: Ctx, b: BookingRow): boolean {
  return (
    b.status === 'booked' &&
    b.activityId === null &&
    (b.bookedBy === ctx.actor.accountId || isWithin(b.placePath, scopeOf(ctx.actor)))
  );
}

function presentBooking(ctx: Ctx, b: BookingRow, roomName: string, bookedByName: string | null): Booking {
  return {
    id: b.id,
    roomId: b.roomId,
    roomName,
    stationId: b.stationId,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    purpose: b.purpose,
    status: b.status,
    bookedByName,
    activityId: b.activityId,
    contactName: b.contactName,
    phone: maskPhone(b.phoneEnc ? ctx.vault.decrypt(b.phoneEnc) : null),
    mayCancel: mayCancel(ctx, b),
  };
}
