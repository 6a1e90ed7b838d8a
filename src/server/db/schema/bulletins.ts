import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { BulletinFigures } from '../../../shared/bulletin-figures';
import { account } from './accounts';
import { place } from './places';
import { project } from './projects';
import { ltree } from './types';

// The 三个一 cadence (bulletins module). Both tables copy the place's path so scope filters and row-level
// security need no join; a place move rewrites it like any place_path column.

/** One ten-day bulletin per place and period, its figures written once (docs/bulletins.md). */
export const bulletin = pgTable(
  'bulletin',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    placeName: text('place_name').notNull(),
    period: text('period').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    figures: jsonb('figures').$type<BulletinFigures>().notNull(),
    generatedBy: uuid('generated_by').references(() => account.id),
    generatedByName: text('generated_by_name'),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('bulletin_place_period_uq').on(t.districtId, t.placeId, t.period),
    index('bulletin_place_path_gist').using('gist', t.placePath),
    index('bulletin_district_as_of_idx').on(t.districtId, t.asOf),
  ],
);

/** One reminder per project and ISO week (一周一督促): the key makes a second one a no-op, whoever sends it. */
export const projectReminder = pgTable(
  'project_reminder',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    placePath: ltree('place_path').notNull(),
    // The names as they were when urged: the list reads no other module's table.
    projectName: text('project_name').notNull(),
    leadUnitName: text('lead_unit_name').notNull(),
    week: text('week').notNull(),
    urgedOn: date('urged_on', { mode: 'string' }).notNull(),
    lastReportedOn: date('last_reported_on', { mode: 'string' }),
    recipients: integer('recipients').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('project_reminder_week_uq').on(t.districtId, t.projectId, t.week),
    index('project_reminder_place_path_gist').using('gist', t.placePath),
    index('project_reminder_urged_on_idx').on(t.districtId, t.urgedOn),
  ],
);
