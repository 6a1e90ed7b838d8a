import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { OpeningSpan, RoomKind } from '../../../shared/stations';
import { account } from './accounts';
import { activity } from './activities';
import { storedPhotoColumns } from './photo-columns';
import { station } from './places';
import { ltree } from './types';

// A station's function rooms, their bookings and its photos (stations module). Each copies the station's
// place_path so scope filters and row-level security need no join; a place move rewrites it.

export const stationRoom = pgTable(
  'station_room',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => station.id, { onDelete: 'cascade' }),
    placePath: ltree('place_path').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<RoomKind>().notNull(),
    capacity: integer('capacity'),
    hours: jsonb('hours').$type<OpeningSpan[]>().notNull(),
    closedOnHolidays: boolean('closed_on_holidays').notNull().default(true),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('station_room_name_uq').on(t.stationId, t.name),
    index('station_room_place_path_gist').using('gist', t.placePath),
  ],
);

export const roomBooking = pgTable(
  'room_booking',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => stationRoom.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => station.id),
    placePath: ltree('place_path').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    purpose: text('purpose').notNull(),
    bookedBy: uuid('booked_by').references(() => account.id),
    activityId: uuid('activity_id').references(() => activity.id),
    status: text('status').$type<'booked' | 'cancelled'>().notNull().default('booked'),
    contactName: text('contact_name').notNull(),
    // Encrypted, shown masked; null for an activity's booking (its organiser is the contact).
    phoneEnc: text('phone_enc'),
    cancelledBy: uuid('cancelled_by').references(() => account.id),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('room_booking_room_idx').on(t.roomId, t.startsAt),
    index('room_booking_station_idx').on(t.stationId, t.startsAt),
    index('room_booking_activity_idx').on(t.activityId),
    index('room_booking_place_path_gist').using('gist', t.placePath),
  ],
);

export const stationPhoto = pgTable(
  'station_photo',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => station.id),
    placePath: ltree('place_path').notNull(),
    ...storedPhotoColumns(),
  },
  (t) => [
    index('station_photo_station_idx').on(t.stationId),
    index('station_photo_place_path_gist').using('gist', t.placePath),
  ],
);
