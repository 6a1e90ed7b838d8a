import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ProjectCategory, ProjectGroup, ProjectLevel, ProjectStatus } from '../../../shared/projects';
import { account } from './accounts';
import { storedPhotoColumns } from './photo-columns';
import { place, unit } from './places';
import { ticket } from './tickets';
import { ltree } from './types';

// Key livelihood projects (projects module). Every table carries the project's district and place_path, so
// scope filters and row-level security need no join; a place move rewrites them like any place_path column.

export const project = pgTable(
  'project',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    parentId: uuid('parent_id'),
    // This sub-project's weight in its parent's roll-up.
    weight: integer('weight').notNull().default(1),
    name: text('name').notNull(),
    level: text('level').$type<ProjectLevel>().notNull(),
    category: text('category').$type<ProjectCategory>().notNull(),
    groups: jsonb('groups').$type<ProjectGroup[]>().notNull().default(sql`'[]'::jsonb`),
    leadUnitId: uuid('lead_unit_id')
      .notNull()
      .references(() => unit.id),
    coUnitIds: jsonb('co_unit_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    ownerName: text('owner_name'),
    ownerPhoneEnc: text('owner_phone_enc'),
    budget: bigint('budget', { mode: 'number' }),
    spent: bigint('spent', { mode: 'number' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    target: text('target'),
    benefit: text('benefit'),
    internalNote: text('internal_note'),
    isPublished: boolean('is_published').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneOn: date('done_on', { mode: 'string' }),
    doneNote: text('done_note'),
    /** The status followers were last told of, and the day the status sweep last looked (projects/status-sweep.ts). */
    statusTold: text('status_told').$type<ProjectStatus>(),
    statusCheckedOn: date('status_checked_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: 'project_parent_fk' }),
    index('project_place_path_gist').using('gist', t.placePath),
    index('project_parent_idx').on(t.parentId),
    index('project_lead_unit_idx').on(t.leadUnitId),
    index('project_name_idx').on(t.name, t.id),
  ],
);

export const projectMilestone = pgTable(
  'project_milestone',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    districtId: uuid('district_id').notNull(),
    placePath: ltree('place_path').notNull(),
    name: text('name').notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    weight: integer('weight').notNull().default(1),
    doneOn: date('done_on', { mode: 'string' }),
    evidence: text('evidence'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [
    index('project_milestone_project_idx').on(t.projectId, t.plannedDate),
    index('project_milestone_place_path_gist').using('gist', t.placePath),
  ],
);

/** 进度填报: append-only; the series draws the actual curve. */
export const projectReport = pgTable(
  'project_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id),
    districtId: uuid('district_id').notNull(),
    placePath: ltree('place_path').notNull(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    progress: real('progress').notNull(),
    milestoneShare: real('milestone_share').notNull(),
    note: text('note').notNull(),
    spent: bigint('spent', { mode: 'number' }),
    milestonesDone: jsonb('milestones_done')
      .$type<{ milestoneId: string; evidence: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    reportedBy: uuid('reported_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('project_report_project_idx').on(t.projectId, t.reportedOn, t.createdAt),
    index('project_report_place_path_gist').using('gist', t.placePath),
  ],
);

export const projectPhoto = pgTable(
  'project_photo',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id),
    placePath: ltree('place_path').notNull(),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    ...storedPhotoColumns(),
  },
  (t) => [
    index('project_photo_project_idx').on(t.projectId),
    index('project_photo_place_path_gist').using('gist', t.placePath),
  ],
);

export const projectFollower = pgTable(
  'project_follower',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.accountId] }),
    index('project_follower_account_idx').on(t.accountId),
  ],
);

/** A ticket linked to (or promoted into) a project; a ticket belongs to one project at most. */
export const projectTicket = pgTable(
  'project_ticket',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id),
    districtId: uuid('district_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    placePath: ltree('place_path').notNull(),
    linkedBy: uuid('linked_by').references(() => account.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.ticketId] }),
    unique('project_ticket_ticket_uq').on(t.districtId, t.ticketId),
    foreignKey({
      columns: [t.districtId, t.ticketId],
      foreignColumns: [ticket.districtId, ticket.id],
      name: 'project_ticket_ticket_fk',
    }),
    index('project_ticket_place_path_gist').using('gist', t.placePath),
  ],
);

/**
 * How far behind planned progress a project may fall before it shows as behind or seriously behind, set for a
 * district or a street; the nearest setting on the way up holds, else shared/projects.ts STATUS_MARGINS.
 */
export const projectMargin = pgTable(
  'project_margin',
  {
    placeId: uuid('place_id')
      .primaryKey()
      .references(() => place.id, { onDelete: 'cascade' }),
    /** Copied from the place, for the nearest-wins lookup and row-level security; kept in step on a move. */
    placePath: ltree('place_path').notNull(),
    behind: integer('behind').notNull(),
    seriouslyBehind: integer('seriously_behind').notNull(),
    updatedById: uuid('updated_by_id').references(() => account.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('project_margin_place_path_gist').using('gist', t.placePath),
    check(
      'project_margin_order',
      sql`0 < ${t.behind} AND ${t.behind} < ${t.seriouslyBehind} AND ${t.seriouslyBehind} <= 100`,
    ),
  ],
);
