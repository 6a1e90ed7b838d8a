import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { HonourFigures, HonourKind } from '../../../shared/volunteer-figures';
import { account } from './accounts';
import { place } from './places';
import { ltree } from './types';

// The honour roll (荣誉榜: 优秀志愿者, 优秀服务队, 示范站): what an office picked from the records of a period and
// published. Entries keep the names and figures as published, so the roll reads the same later.

export const honourRoll = pgTable(
  'honour_roll',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    /** Copied from the place, for scope filters and row-level security without a join. */
    placePath: ltree('place_path').notNull(),
    title: text('title').notNull(),
    /** The period the figures cover, first and last day included (YYYY-MM-DD). */
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    /** Taken down: the public no longer reads it; the office still does. */
    unpublishedAt: timestamp('unpublished_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => account.id),
  },
  (t) => [index('honour_roll_place_path_gist').using('gist', t.placePath)],
);

export const honourRollEntry = pgTable(
  'honour_roll_entry',
  {
    rollId: uuid('roll_id')
      .notNull()
      .references(() => honourRoll.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    kind: text('kind').$type<HonourKind>().notNull(),
    /** The volunteer's account, the team's unit or the station. */
    subjectId: uuid('subject_id').notNull(),
    /** As published: a volunteer as surname + 某. */
    name: text('name').notNull(),
    figures: jsonb('figures').$type<HonourFigures>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.rollId, t.rank] })],
);
