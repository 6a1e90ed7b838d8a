import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { TERMINAL_STATES } from '../../../shared/ticket-workflow';
import type {
  Channel,
  Horizon,
  Outcome,
  Rating,
  TicketKind,
  TicketState,
  Urgency,
} from '../../../shared/tickets';
import { account } from './accounts';
import { category } from './categories';
import { place, unit } from './places';
import { ltree, tsvector } from './types';

// Growing tables: each carries its district and includes it in its keys (docs/scaling.md).

export const ticket = pgTable(
  'ticket',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    number: text('number').notNull(),
    kind: text('kind').$type<TicketKind>().notNull(),
    categoryId: uuid('category_id').references(() => category.id),
    channel: text('channel').$type<Channel>().notNull(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    placePath: ltree('place_path').notNull(),
    /** The node currently responsible: the community at first, its parent after an escalation. */
    ownerPath: ltree('owner_path').notNull(),
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    urgency: text('urgency').$type<Urgency>().notNull(),
    horizon: text('horizon').$type<Horizon>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    state: text('state').$type<TicketState>().notNull(),
    outcome: text('outcome').$type<Outcome>(),
    submitterId: uuid('submitter_id').references(() => account.id),
    submitterName: text('submitter_name'),
    submitterPhoneEnc: text('submitter_phone_enc'),
    submitterPhoneHash: text('submitter_phone_hash'),
    isAnonymous: boolean('is_anonymous').notNull().default(false),
    isPublic: boolean('is_public').notNull().default(false),
    createdById: uuid('created_by_id').references(() => account.id),
    unitId: uuid('unit_id').references(() => unit.id),
    claimantId: uuid('claimant_id').references(() => account.id),
    /**
     * Everyone who claimed it (领单), the first being claimantId: a service order takes up to claimsNeeded
     * volunteers, a wish one. Changed only under the ticket's row lock, so a race has exactly that many winners.
     */
    claimantIds: uuid('claimant_ids').array().notNull().default(sql`'{}'::uuid[]`),
    claimsNeeded: integer('claims_needed').notNull().default(1),
    /** A service order (kind service): the offering of the service menu it orders (modules/services). */
    offeringId: uuid('offering_id'),
    /** A service order whose place's flow lets the offering's team accept it: that team (else the office). */
    acceptUnitId: uuid('accept_unit_id'),
    /** A service order whose flow dispatches it to the offering's team on acceptance: that team. */
    autoDispatchUnitId: uuid('auto_dispatch_unit_id'),
    mergedIntoId: uuid('merged_into_id'),
    reopenCount: integer('reopen_count').notNull().default(0),
    returnCount: integer('return_count').notNull().default(0),
    escalationCount: integer('escalation_count').notNull().default(0),
    extensionCount: integer('extension_count').notNull().default(0),
    urgeCount: integer('urge_count').notNull().default(0),
    /** A pending extension request (延期申请) by the handler or office, until the level above answers it. */
    extensionRequestedDays: integer('extension_requested_days'),
    extensionRequestedReason: text('extension_requested_reason'),
    extensionRequestedBy: uuid('extension_requested_by').references(() => account.id),
    extensionRequestedAt: timestamp('extension_requested_at', { withTimezone: true }),
    rating: text('rating').$type<Rating>(),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }).notNull(),
    handleDueAt: timestamp('handle_due_at', { withTimezone: true }).notNull(),
    /** 80 % of the current limit: the ticket turns yellow. */
    warnAt: timestamp('warn_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Set by the overdue sweep (idempotent): when it last marked the ticket red. */
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    searchText: tsvector('search_text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    unique('ticket_number_uq').on(t.districtId, t.number),
    // Requests name a ticket by its id alone; the primary key starts with the district, so without this
    // every detail page and every move scanned an index of the whole table (46 ms at 300k rows).
    index('ticket_id_idx').on(t.id),
    index('ticket_place_path_gist').using('gist', t.placePath),
    index('ticket_owner_path_gist').using('gist', t.ownerPath),
    index('ticket_state_created_idx').on(t.districtId, t.state, t.createdAt),
    index('ticket_created_idx').on(t.createdAt, t.id),
    index('ticket_unit_idx').on(t.unitId, t.state),
    index('ticket_submitter_idx').on(t.submitterId, t.createdAt),
    index('ticket_due_idx').on(t.state, t.handleDueAt),
    // The tickets still moving, by district and creation: what the statistics count directly, the finished
    // ones being in ticket_rollup (stats/rollup.ts).
    index('ticket_live_created_idx')
      .on(t.districtId, t.createdAt)
      .where(sql.raw(`state NOT IN (${TERMINAL_STATES.map((s) => `'${s}'`).join(', ')})`)),
    // The few tickets with a pending extension request (queue extension_requests).
    index('ticket_extension_request_idx')
      .on(t.districtId, t.extensionRequestedAt)
      .where(sql`${t.extensionRequestedAt} IS NOT NULL`),
    index('ticket_search_gin').using('gin', t.searchText),
    index('ticket_claimant_ids_gin').using('gin', t.claimantIds),
    index('ticket_title_trgm').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export const ticketEvent = pgTable(
  'ticket_event',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    ticketId: uuid('ticket_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state').$type<TicketState>(),
    toState: text('to_state').$type<TicketState>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    foreignKey({
      columns: [t.districtId, t.ticketId],
      foreignColumns: [ticket.districtId, ticket.id],
    }).onDelete('cascade'),
    index('ticket_event_ticket_idx').on(t.districtId, t.ticketId, t.at),
    index('ticket_event_action_idx').on(t.action, t.at),
  ],
);

/** 关注: people told of every move (submitter, merged submitters, anyone who follows). */
export const ticketFollower = pgTable(
  'ticket_follower',
  {
    districtId: uuid('district_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.ticketId, t.accountId] }),
    foreignKey({
      columns: [t.districtId, t.ticketId],
      foreignColumns: [ticket.districtId, ticket.id],
    }).onDelete('cascade'),
    index('ticket_follower_account_idx').on(t.accountId),
  ],
);

export const ticketPhoto = pgTable(
  'ticket_photo',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    ticketId: uuid('ticket_id').notNull(),
    eventId: uuid('event_id'),
    storageKey: text('storage_key').notNull(),
    publicKey: text('public_key').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    /** Who added it: they may take it back while the ticket is open (a wrong picture, a face). */
    addedBy: uuid('added_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    foreignKey({
      columns: [t.districtId, t.ticketId],
      foreignColumns: [ticket.districtId, ticket.id],
    }).onDelete('cascade'),
    // Ticket id first: pages ask for a ticket's photos by its id alone; the foreign key's look-ups still match.
    index('ticket_photo_ticket_idx').on(t.ticketId, t.districtId),
  ],
);

/**
 * A fulfilled wish its resident thanked in public, as the wall shows it: written once when the resident rates with
 * their consent, from what the wall may show (the community, the claimants' masked names, the words). A copy, so
 * the public role reads this table and never the ticket.
 */
export const wishThanks = pgTable(
  'wish_thanks',
  {
    districtId: uuid('district_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    placePath: ltree('place_path').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    placeName: text('place_name').notNull(),
    claimantNames: text('claimant_names').array().notNull(),
    thanks: text('thanks').notNull(),
    thankedAt: timestamp('thanked_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.ticketId] }),
    foreignKey({
      columns: [t.districtId, t.ticketId],
      foreignColumns: [ticket.districtId, ticket.id],
    }).onDelete('cascade'),
    index('wish_thanks_thanked_idx').on(t.thankedAt),
  ],
);

/**
 * The serial behind human-readable numbers (GD-20261122-000123: Beijing day + serial). A sequence, not a counter
 * row per district and day: a counter row is locked by every intake until commit and serialises a district's
 * intake (docs/performance.md). The serial never restarts, so numbers are unique across all districts.
 */
export const ticketNumberSeq = pgSequence('ticket_number_seq');
