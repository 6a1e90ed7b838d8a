import { z } from 'zod';
import { TEXT_LIMITS } from './limits';
import { ZPhone } from './places';
import { STATION_KINDS, type StationKind } from './roles';

// Stations (阵地, BRIEF §4): the 所 → 站 → 点 hierarchy, their function rooms with opening hours, room bookings
// and the contact person. The server checks every rule here; the screens read the same tables.

export const ZStationKind = z.enum(STATION_KINDS);

/**
 * The tier of each kind: 1 所 (a town's or street's 新时代文明实践所, 党群服务中心), 2 站 (a community's 实践站,
 * 党群服务站, 人大代表之家), 3 点 (a compound's 实践点, 红色驿站, 市民茶室, a service desk or a single room). A
 * station's parent is of a smaller tier number: a 站 under a 所, a 点 under a 站 or a 所.
 */
export const STATION_TIERS: Record<StationKind, 1 | 2 | 3> = {
  civilization_institute: 1,
  party_service_center: 1,
  civilization_station: 2,
  party_service_station: 2,
  deputies_home: 2,
  deputies_liaison: 3,
  civilization_point: 3,
  service_desk: 3,
  activity_room: 3,
  red_post: 3,
  tea_house: 3,
};

/** Whether a station of kind `parent` may hold one of kind `child`. */
export function mayParent(parent: StationKind, child: StationKind): boolean {
  return STATION_TIERS[parent] < STATION_TIERS[child];
}

export const ROOM_KINDS = [
  'reading',
  'activity',
  'counselling',
  'care',
  'service_space',
  'village_history',
  'meeting',
  'volunteer',
  'classroom',
  'rest',
  'other',
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

const ZClock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'format_clock')
  .describe('Local wall-clock time HH:MM (24:00 closes at midnight)');
/** One opening span of a weekday (ISO: 1 Monday … 7 Sunday), in the installation's time zone. */
export const ZOpeningSpan = z
  .object({ weekday: z.number().int().min(1).max(7), opens: ZClock, closes: ZClock })
  .refine((s) => s.opens < s.closes, { message: 'opening_span_order', path: ['closes'] });
export type OpeningSpan = z.infer<typeof ZOpeningSpan>;

export const ZStationRoom = z.object({
  id: z.uuid(),
  stationId: z.uuid(),
  name: z.string(),
  kind: z.enum(ROOM_KINDS),
  capacity: z.number().int().nullable(),
  hours: z.array(ZOpeningSpan).describe('Weekday spans; a weekday without one is closed'),
  closedOnHolidays: z.boolean().describe('Closed on the days off of the work calendar'),
  active: z.boolean(),
});
export type StationRoom = z.infer<typeof ZStationRoom>;
export const ZStationRoomInput = z.object({
  name: z.string().trim().min(1).max(TEXT_LIMITS.stationRoom.max),
  kind: z.enum(ROOM_KINDS),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
  hours: z.array(ZOpeningSpan).max(28),
  closedOnHolidays: z.boolean().default(true),
  active: z.boolean().default(true),
});

/** A station (阵地): party service centre, civilization practice institute, station or point, service desk. */
export const ZStation = z.object({
  id: z.uuid(),
  placeId: z.uuid(),
  placeName: z.string(),
  kind: ZStationKind,
  tier: z.number().int().describe('1 所, 2 站, 3 点'),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  childCount: z.number().int().describe('Stations directly under it'),
  name: z.string(),
  address: z.string().nullable(),
  openingHours: z
    .string()
    .nullable()
    .describe('A note on the station as a whole; rooms carry their own hours'),
  contactName: z.string().nullable(),
  phone: z.string().nullable().describe("The contact person's phone, masked"),
  rooms: z.array(ZStationRoom),
});
export type Station = z.infer<typeof ZStation>;
const ZName = z.string().trim().min(1).max(TEXT_LIMITS.placeName.max);
export const ZStationInput = z.object({
  placeId: z.uuid(),
  kind: ZStationKind,
  parentId: z.uuid().nullable().optional().describe('A station of this place or above, of a higher tier'),
  name: ZName,
  address: z.string().trim().max(TEXT_LIMITS.address.max).optional(),
  openingHours: z.string().trim().max(TEXT_LIMITS.openingHours.max).optional(),
  contactName: z.string().trim().max(TEXT_LIMITS.personName.max).optional(),
  phone: ZPhone.optional(),
});
export const ZStationListQuery = z.object({
  placeId: z.uuid().optional(),
  kind: ZStationKind.optional(),
  parentId: z.uuid().optional().describe('Stations directly under this one'),
});
/** The contact person unmasked (a reveal, audited). */
export const ZStationContact = z.object({ contactName: z.string().nullable(), phone: z.string().nullable() });

/** Bookings longer than this are refused: a room is booked for an event, not for the week. */
export const MAX_BOOKING_HOURS = 8;
export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;

const ZInstant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 with offset, e.g. 2026-12-05T09:00:00+08:00');
export const ZBookingInput = z.object({
  startsAt: ZInstant,
  endsAt: ZInstant,
  purpose: z.string().trim().min(1).max(TEXT_LIMITS.bookingPurpose.max),
  contactName: z.string().trim().min(1).max(TEXT_LIMITS.personName.max),
  phone: ZPhone,
});
export const ZBooking = z.object({
  id: z.uuid(),
  roomId: z.uuid(),
  roomName: z.string(),
  stationId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  purpose: z.string(),
  status: z.enum(BOOKING_STATUSES),
  bookedByName: z.string().nullable(),
  activityId: z.uuid().nullable(),
  contactName: z.string(),
  phone: z.string().nullable().describe('Masked; null for an activity’s booking'),
  mayCancel: z.boolean(),
});
export type Booking = z.infer<typeof ZBooking>;
export const ZBookingQuery = z.object({
  from: z.iso.date().describe('First day, in the installation’s time zone'),
  days: z.coerce.number().int().min(1).max(31).default(7),
  roomId: z.uuid().optional(),
});

/** A station as a resident sees it near home: rooms with today's hours, the contact masked. */
export const ZNearbyStation = ZStation.pick({
  id: true,
  kind: true,
  tier: true,
  name: true,
  placeName: true,
  address: true,
  openingHours: true,
  contactName: true,
  phone: true,
  rooms: true,
});
export type NearbyStation = z.infer<typeof ZNearbyStation>;
