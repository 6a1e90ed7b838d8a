import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  MeasureHorizon,
  MeasureState,
  ProblemSource,
  ProblemState,
} from '../../../shared/rectification-workflow';
import { account } from './accounts';
import { place } from './places';
import { ltree } from './types';

// Rectification lists (整改清单: 检视问题 → 整改措施 → 销号), rectification module. Problems and measures copy the
// list's place path so row-level security needs no join; a place move rewrites it.

export const rectificationList = pgTable(
  'rectification_list',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    name: text('name').notNull(),
    period: text('period').notNull(),
    createdBy: uuid('created_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rectification_list_place_path_gist').using('gist', t.placePath)],
);

export const rectificationProblem = pgTable(
  'rectification_problem',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    listId: uuid('list_id')
      .notNull()
      .references(() => rectificationList.id, { onDelete: 'cascade' }),
    placePath: ltree('place_path').notNull(),
    seq: integer('seq').notNull(),
    source: text('source').$type<ProblemSource>().notNull(),
    description: text('description').notNull(),
    ownerUnit: text('owner_unit').notNull(),
    state: text('state').$type<ProblemState>().notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('rectification_problem_list_idx').on(t.listId, t.seq),
    index('rectification_problem_place_path_gist').using('gist', t.placePath),
  ],
);

export const rectificationMeasure = pgTable(
  'rectification_measure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    listId: uuid('list_id')
      .notNull()
      .references(() => rectificationList.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => rectificationProblem.id, { onDelete: 'cascade' }),
    placePath: ltree('place_path').notNull(),
    seq: integer('seq').notNull(),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    horizon: text('horizon').$type<MeasureHorizon>().notNull(),
    deadline: date('deadline', { mode: 'string' }),
    state: text('state').$type<MeasureState>().notNull(),
    evidence: text('evidence'),
    photoKey: text('photo_key'),
    photoMime: text('photo_mime'),
    doneOn: date('done_on', { mode: 'string' }),
    doneBy: uuid('done_by').references(() => account.id),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    checkedBy: uuid('checked_by').references(() => account.id),
    checkNote: text('check_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('rectification_measure_problem_idx').on(t.problemId, t.seq),
    index('rectification_measure_list_idx').on(t.listId),
    index('rectification_measure_place_path_gist').using('gist', t.placePath),
  ],
);
