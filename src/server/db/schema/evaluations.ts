import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CommentState, Criterion, VoteChoice } from '../../../shared/evaluations';
import { account } from './accounts';
import { project } from './projects';

// 述议评 and 督查 of key projects (evaluations module). Rows are read with their project (row-level security
// asks the project's own policies), so they copy its district but no place path.

/** The criteria a district's leaders score on; a district without a row uses DEFAULT_RUBRIC. */
export const evaluationRubric = pgTable('evaluation_rubric', {
  districtId: uuid('district_id').primaryKey(),
  criteria: jsonb('criteria').$type<Criterion[]>().notNull(),
  updatedBy: uuid('updated_by').references(() => account.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 述: the lead unit's statement of a month, one per project and period. */
export const projectStatement = pgTable(
  'project_statement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    done: text('done').notNull(),
    problems: text('problems').notNull(),
    nextSteps: text('next_steps').notNull(),
    filedBy: uuid('filed_by').references(() => account.id),
    filedByName: text('filed_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('project_statement_period_uq').on(t.projectId, t.period)],
);

/** 议: a comment, pending until an office approves it. */
export const projectComment = pgTable(
  'project_comment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => account.id),
    authorName: text('author_name').notNull(),
    state: text('state').$type<CommentState>().notNull().default('pending'),
    hideReason: text('hide_reason'),
    moderatedBy: uuid('moderated_by').references(() => account.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_comment_project_idx').on(t.projectId, t.state, t.createdAt)],
);

/** 议: one vote per person, project and period. */
export const projectVote = pgTable(
  'project_vote',
  {
    districtId: uuid('district_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    choice: text('choice').$type<VoteChoice>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.period, t.accountId] })],
);

/** 评: a leader's score sheet, one per leader, project and period; it keeps the rubric it was scored on. */
export const projectScore = pgTable(
  'project_score',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    scorerId: uuid('scorer_id')
      .notNull()
      .references(() => account.id),
    scorerName: text('scorer_name').notNull(),
    criteria: jsonb('criteria').$type<(Criterion & { points: number })[]>().notNull(),
    total: integer('total').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('project_score_scorer_uq').on(t.projectId, t.period, t.scorerId)],
);

/** 督查: an urge to the lead unit, open until answered. */
export const projectUrge = pgTable(
  'project_urge',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    answerBy: date('answer_by', { mode: 'string' }).notNull(),
    urgedBy: uuid('urged_by').references(() => account.id),
    urgedByName: text('urged_by_name').notNull(),
    urgedAt: timestamp('urged_at', { withTimezone: true }).notNull().defaultNow(),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => account.id),
    answeredByName: text('answered_by_name'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('project_urge_project_idx').on(t.projectId, t.urgedAt),
    index('project_urge_open_idx').on(t.districtId, t.answerBy),
  ],
);
