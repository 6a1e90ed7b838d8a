import { boolean, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { CampaignKind } from '../../../shared/campaigns';
import { account } from './accounts';
import { place } from './places';
import { ltree } from './types';

// Counted drives and their daily tallies (campaigns module). Both copy their place's path so scope filters and
// row-level security need no join; a place move rewrites it (places/repo.ts rewriteSubtree).

export const campaign = pgTable(
  'campaign',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<CampaignKind>().notNull(),
    unitCode: text('unit_code').notNull(),
    unitLabel: text('unit_label').notNull(),
    target: integer('target').notNull(),
    baseline: integer('baseline').notNull().default(0),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    leadUnit: text('lead_unit'),
    isPublished: boolean('is_published').notNull().default(false),
    createdBy: uuid('created_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('campaign_place_path_gist').using('gist', t.placePath),
    index('campaign_district_idx').on(t.districtId, t.startsOn),
  ],
);

/** One count per drive, place and day: the key makes a second entry a conflict, whoever sends it. */
export const campaignTally = pgTable(
  'campaign_tally',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
    note: text('note'),
    enteredBy: uuid('entered_by').references(() => account.id),
    enteredByName: text('entered_by_name'),
    corrections: integer('corrections').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('campaign_tally_day_uq').on(t.campaignId, t.placeId, t.day),
    index('campaign_tally_place_path_gist').using('gist', t.placePath),
  ],
);
