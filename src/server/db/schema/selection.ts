import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ProjectCategory } from '../../../shared/projects';
import type { ReviewTaskKind } from '../../../shared/selection';
import type {
  CandidateSource,
  CandidateStatus,
  Rating,
  RoundState,
} from '../../../shared/selection-workflow';
import { account } from './accounts';
import { place } from './places';
import { project } from './projects';
import { ticket } from './tickets';
import { ltree } from './types';

// Selection rounds (民生实事项目票决) and monthly reviews (一月一调度), selection module. Every row copies its
// round's (or review's) place path, so scope filters and row-level security need no join.

export const selectionRound = pgTable(
  'selection_round',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    chooseCount: integer('choose_count').notNull(),
    state: text('state').$type<RoundState>().notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => account.id),
    createdBy: uuid('created_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('selection_round_place_path_gist').using('gist', t.placePath)],
);

export const monthlyReview = pgTable(
  'monthly_review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    attendees: text('attendees').array().notNull(),
    decisions: text('decisions').array().notNull(),
    createdBy: uuid('created_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monthly_review_place_path_gist').using('gist', t.placePath)],
);

export const selectionCandidate = pgTable(
  'selection_candidate',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => selectionRound.id, { onDelete: 'cascade' }),
    placePath: ltree('place_path').notNull(),
    seq: integer('seq').notNull(),
    source: text('source').$type<CandidateSource>().notNull(),
    ticketId: uuid('ticket_id'),
    reviewId: uuid('review_id').references(() => monthlyReview.id),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    budget: bigint('budget', { mode: 'number' }),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    category: text('category').$type<ProjectCategory>().notNull(),
    proposer: text('proposer'),
    status: text('status').$type<CandidateStatus>().notNull(),
    reason: text('reason'),
    // Written when the round is decided: the final count, the rank and whether it won (and on a tie-break).
    votes: integer('votes'),
    rank: integer('rank'),
    isWinner: boolean('is_winner').notNull().default(false),
    isTie: boolean('is_tie').notNull().default(false),
    projectId: uuid('project_id').references(() => project.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('selection_candidate_round_idx').on(t.roundId, t.seq),
    // Tickets are keyed by district and id (tickets' primary key).
    foreignKey({
      columns: [t.districtId, t.ticketId],
      foreignColumns: [ticket.districtId, ticket.id],
      name: 'selection_candidate_ticket_fk',
    }),
    index('selection_candidate_place_path_gist').using('gist', t.placePath),
  ],
);

export const selectionVoter = pgTable(
  'selection_voter',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => selectionRound.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    districtId: uuid('district_id').notNull(),
    placePath: ltree('place_path').notNull(),
    role: text('role').$type<'deputy' | 'representative'>().notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.accountId] }),
    index('selection_voter_account_idx').on(t.accountId),
  ],
);

// One ballot per voter per round: the unique key decides between two concurrent ballots of the same voter.
export const selectionBallot = pgTable(
  'selection_ballot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => selectionRound.id, { onDelete: 'cascade' }),
    placePath: ltree('place_path').notNull(),
    voterId: uuid('voter_id')
      .notNull()
      .references(() => account.id),
    candidateIds: uuid('candidate_ids').array().notNull(),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('selection_ballot_voter_uq').on(t.roundId, t.voterId)],
);

export const selectionRating = pgTable(
  'selection_rating',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => selectionRound.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id),
    voterId: uuid('voter_id')
      .notNull()
      .references(() => account.id),
    districtId: uuid('district_id').notNull(),
    placePath: ltree('place_path').notNull(),
    rating: text('rating').$type<Rating>().notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.projectId, t.voterId] })],
);

export const monthlyReviewTask = pgTable(
  'monthly_review_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => monthlyReview.id, { onDelete: 'cascade' }),
    placePath: ltree('place_path').notNull(),
    seq: integer('seq').notNull(),
    kind: text('kind').$type<ReviewTaskKind>().notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    projectId: uuid('project_id').references(() => project.id),
    ticketId: uuid('ticket_id'),
    candidateId: uuid('candidate_id').references(() => selectionCandidate.id),
    roundId: uuid('round_id').references(() => selectionRound.id),
  },
  (t) => [
    index('monthly_review_task_review_idx').on(t.reviewId, t.seq),
    foreignKey({
      columns: [t.districtId, t.ticketId],
      foreignColumns: [ticket.districtId, ticket.id],
      name: 'monthly_review_task_ticket_fk',
    }),
  ],
);
