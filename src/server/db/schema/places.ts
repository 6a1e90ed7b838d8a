import { type AnyPgColumn, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Bounds } from '../../../shared/places';
import type { PlaceLevel } from '../../../shared/roles';
import { ltree } from './types';

// Reference tables (replicated to every node on Citus): small, read everywhere, joined to everything.

export const place = pgTable(
  'place',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level').$type<PlaceLevel>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => place.id),
    // Labels are ids without hyphens, so a rename or a code change never rewrites a subtree.
    path: ltree('path').notNull(),
    districtId: uuid('district_id'),
    sort: integer('sort').notNull().default(0),
    bounds: jsonb('bounds').$type<Bounds>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('place_path_gist').using('gist', t.path),
    index('place_parent_idx').on(t.parentId, t.sort),
    index('place_level_idx').on(t.level),
  ],
);

export const unit = pgTable(
  'unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    // Copied from the place so scope filters and row-level security need no join; kept in step on a move.
    placePath: ltree('place_path').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    code: text('code').unique(),
    contactName: text('contact_name'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_place_path_gist').using('gist', t.placePath), index('unit_place_idx').on(t.placeId)],
);

export const station = pgTable(
  'station',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    kind: text('kind').notNull(),
    // 所 → 站 → 点 (shared/stations.ts STATION_TIERS): a station of an ancestor-or-same place, a tier above.
    parentId: uuid('parent_id').references((): AnyPgColumn => station.id),
    name: text('name').notNull(),
    address: text('address'),
    openingHours: text('opening_hours'),
    contactName: text('contact_name'),
    // The contact person's phone, encrypted; shown masked, revealed with an audit entry.
    phoneEnc: text('phone_enc'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('station_place_path_gist').using('gist', t.placePath),
    index('station_place_idx').on(t.placeId),
    index('station_parent_idx').on(t.parentId),
  ],
);
