import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ServiceFlowAccepter, ServiceFlowDispatch } from '../../../shared/service-flow';
import type { HourEntry, OfferingAudience } from '../../../shared/services';
import { account } from './accounts';
import { place, unit } from './places';
import { ltree } from './types';

/**
 * The service menu (资源清单, "梳理我们有什么"): what a team offers at a place. Residents at that place and below
 * order from it (a `service` ticket names the offering).
 */
export const serviceOffering = pgTable(
  'service_offering',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    /** Copied from the place, for scope filters and row-level security without a join. */
    placePath: ltree('place_path').notNull(),
    /** The team (a unit, usually of kind volunteer_team) that serves the orders. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    /** The team's name as of the last write: residents read the menu but not the unit table. */
    unitName: text('unit_name').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Who may order: everybody, or a tagged group (the elderly …). */
    audience: text('audience').$type<OfferingAudience>().notNull().default('all'),
    /** When, in words (每月第一个周六上午). */
    schedule: text('schedule'),
    /** Where, in words (府东社区新时代文明实践站 志愿服务室; 上门). */
    location: text('location'),
    /** How many volunteers one order needs; that many may claim it. */
    volunteersNeeded: integer('volunteers_needed').notNull().default(1),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('service_offering_place_path_gist').using('gist', t.placePath),
    index('service_offering_unit_idx').on(t.unitId),
  ],
);

/**
 * The service hours ledger (志愿服务时长), append-only: a `credit` is pending when written; a `confirm` entry
 * confirms it and carries its minutes; a `reverse` entry with a reason takes it back (its minutes are the
 * negative of what was confirmed, 0 when it was still pending). Confirmed minutes are the plain sum of the
 * minutes of confirm and reverse entries, for any volunteer, team, place or period.
 */
export const serviceHour = pgTable(
  'service_hour',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    entry: text('entry').$type<HourEntry>().notNull(),
    /** confirm and reverse: the credit they refer to. */
    refId: uuid('ref_id'),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    /** The team it was served with, when there is one. */
    unitId: uuid('unit_id').references(() => unit.id),
    /**
     * Where it was served (the ticket's or activity's place). The id, not a copy of the path: an entry is never
     * rewritten, not even when the place tree is reorganised (places/repo.ts rewriteSubtree rewrites every
     * `place_path` column), so scope filters join the place.
     */
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    minutes: integer('minutes').notNull(),
    ticketId: uuid('ticket_id'),
    activityId: uuid('activity_id'),
    /** What was served (the order's or wish's title, the activity's). */
    content: text('content').notNull().default(''),
    reason: text('reason'),
    /** When the service was given (a credit) or the entry written (confirm, reverse). */
    servedAt: timestamp('served_at', { withTimezone: true }).notNull(),
    createdById: uuid('created_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    index('service_hour_id_idx').on(t.id),
    index('service_hour_account_idx').on(t.accountId, t.createdAt),
    index('service_hour_place_idx').on(t.placeId),
    index('service_hour_ticket_idx').on(t.ticketId),
    index('service_hour_activity_idx').on(t.activityId),
    // A credit is confirmed once and reversed once: a second try loses on this index (409).
    uniqueIndex('service_hour_ref_uq').on(t.refId, t.entry).where(sql`${t.refId} IS NOT NULL`),
    // One credit per volunteer per ticket or activity: resolving again (after 不满意) credits nobody twice.
    uniqueIndex('service_hour_ticket_credit_uq')
      .on(t.ticketId, t.accountId)
      .where(sql`${t.entry} = 'credit' AND ${t.ticketId} IS NOT NULL`),
    uniqueIndex('service_hour_activity_credit_uq')
      .on(t.activityId, t.accountId)
      .where(sql`${t.entry} = 'credit' AND ${t.activityId} IS NOT NULL`),
  ],
);

/**
 * Who accepts and who dispatches the service orders placed at a place and below it (shared/service-flow.ts):
 * one row per place that sets its own; the nearest one above an order's place holds.
 */
export const serviceFlow = pgTable(
  'service_flow',
  {
    placeId: uuid('place_id')
      .primaryKey()
      .references(() => place.id, { onDelete: 'cascade' }),
    /** Copied from the place, for the nearest-wins lookup and row-level security; kept in step on a move. */
    placePath: ltree('place_path').notNull(),
    acceptedBy: text('accepted_by').$type<ServiceFlowAccepter>().notNull(),
    dispatch: text('dispatch').$type<ServiceFlowDispatch>().notNull(),
    updatedById: uuid('updated_by_id').references(() => account.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('service_flow_place_path_gist').using('gist', t.placePath)],
);
