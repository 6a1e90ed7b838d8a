import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ActivityKind, SignupStatus } from '../../../shared/activities';
import type { ActivityState } from '../../../shared/activity-workflow';
import { account } from './accounts';
import { storedPhotoColumns } from './photo-columns';
import { place, station, unit } from './places';
import { ltree } from './types';

// Activities (活动) and who signs up for and attends them (activities module, issue 12 capability 5).

export const activity = pgTable(
  'activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    // Copied from the place so scope filters and row-level security need no join.
    placePath: ltree('place_path').notNull(),
    kind: text('kind').$type<ActivityKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    stationId: uuid('station_id').references(() => station.id),
    room: text('room'),
    unitId: uuid('unit_id').references(() => unit.id),
    organiserId: uuid('organiser_id').references(() => account.id),
    organiserName: text('organiser_name'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    // Kept by lianxin_activity_settle() (the migration), under the activity's advisory lock: never over capacity.
    confirmedCount: integer('confirmed_count').notNull().default(0),
    waitlistCount: integer('waitlist_count').notNull().default(0),
    state: text('state').$type<ActivityState>().notNull().default('planned'),
    seriesId: uuid('series_id'),
    /** What the QR code carries: unguessable, one per activity. */
    checkinToken: text('checkin_token').notNull().unique(),
    summary: text('summary'),
    peopleServed: integer('people_served'),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activity_place_path_gist').using('gist', t.placePath),
    index('activity_starts_idx').on(t.startsAt, t.id),
    index('activity_series_idx').on(t.seriesId),
  ],
);

export const activitySignup = pgTable(
  'activity_signup',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activity.id),
    /** Arrival order: taken under the activity's lock, so the waiting list moves up in this order. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    /** The person's own account; null for someone staff signed up by name and phone. */
    accountId: uuid('account_id').references(() => account.id),
    name: text('name').notNull(),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    status: text('status').$type<SignupStatus>().notNull(),
    addedBy: uuid('added_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true }),
    autoClosed: boolean('auto_closed').notNull().default(false),
  },
  (t) => [
    index('activity_signup_activity_idx').on(t.activityId, t.status, t.seq),
    index('activity_signup_account_idx').on(t.accountId),
    // One person signs up once per occurrence (409 the second time); a cancelled one may sign up again.
    uniqueIndex('activity_signup_account_once')
      .on(t.activityId, t.accountId)
      .where(sql`${t.status} <> 'cancelled' AND ${t.accountId} IS NOT NULL`),
    uniqueIndex('activity_signup_phone_once')
      .on(t.activityId, t.phoneHash)
      .where(sql`${t.status} <> 'cancelled' AND ${t.phoneHash} IS NOT NULL`),
  ],
);

/** Photos of an activity held: the record that it happened (活动照片), next to its summary. */
export const activityPhoto = pgTable(
  'activity_photo',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activity.id),
    // The activity's, so row-level security needs no join.
    placePath: ltree('place_path').notNull(),
    ...storedPhotoColumns(),
  },
  (t) => [
    index('activity_photo_activity_idx').on(t.activityId),
    index('activity_photo_place_path_gist').using('gist', t.placePath),
  ],
);
