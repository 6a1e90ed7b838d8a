import { sql } from 'drizzle-orm';
import { boolean, index, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { place, station, unit } from './places';
import { ltree } from './types';

// Volunteers and their teams (BRIEF §4, issue 12 capability 2). A team is a unit of kind `volunteer_team`; what
// only a team has (its service brand, station, leader and skills) is here, keyed by the unit. Membership is
// `account_unit`, so a member's sessions carry the team in `unitIds` like any unit.

export const team = pgTable(
  'team',
  {
    unitId: uuid('unit_id')
      .primaryKey()
      .references(() => unit.id, { onDelete: 'cascade' }),
    // The unit's place path, copied as units copy it, so row-level security needs no join.
    placePath: ltree('place_path').notNull(),
    /** 志愿服务品牌, e.g. 蓝衣天使. */
    serviceBrand: text('service_brand'),
    stationId: uuid('station_id').references(() => station.id, { onDelete: 'set null' }),
    leaderId: uuid('leader_id').references(() => account.id, { onDelete: 'set null' }),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('team_place_path_gist').using('gist', t.placePath)],
);

/** Volunteer numbers: one sequence for the installation, prefixed with the district's code when given. */
export const volunteerNumberSeq = pgSequence('volunteer_number_seq');

/** A person's volunteer profile (实名): made when their first application is approved, kept when they leave. */
export const volunteer = pgTable(
  'volunteer',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => account.id, { onDelete: 'cascade' }),
    /** The account's home (or, for staff, the node it serves) at approval: whose offices see the profile. */
    placePath: ltree('place_path').notNull(),
    /** 志愿者编号: unique and stable, given once. */
    number: text('number').notNull().unique(),
    realName: text('real_name').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    availability: text('availability'),
    isPartyMember: boolean('is_party_member').notNull().default(false),
    /** 所在党支部 (在职党员双报到: the branch of their own work unit). */
    partyBranch: text('party_branch'),
    /** 工作单位: where the party member's branch is. */
    partyWorkUnit: text('party_work_unit'),
    /** The community they report to (双报到): their home's community. */
    homeCommunityId: uuid('home_community_id').references(() => place.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('volunteer_place_path_gist').using('gist', t.placePath),
    uniqueIndex('volunteer_id_number_hash_uq').on(t.idNumberHash),
  ],
);

/** An application to join one team: pending until the team's leader or its community's office decides. */
export const volunteerApplication = pgTable(
  'volunteer_application',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id, { onDelete: 'cascade' }),
    /** The team's place path: the offices above it review. */
    placePath: ltree('place_path').notNull(),
    /** The applicant's home path at the time (their community is where a party member reports). */
    applicantPath: ltree('applicant_path').notNull(),
    status: text('status').notNull(), // 'pending' | 'approved' | 'declined' | 'withdrawn'
    realName: text('real_name').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    availability: text('availability'),
    isPartyMember: boolean('is_party_member').notNull(),
    partyBranch: text('party_branch'),
    partyWorkUnit: text('party_work_unit'),
    note: text('note'),
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => account.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('volunteer_application_place_path_gist').using('gist', t.placePath),
    index('volunteer_application_account_idx').on(t.accountId),
    // One open application per person and team, also when two arrive at once.
    uniqueIndex('volunteer_application_pending_uq').on(t.accountId, t.unitId).where(sql`status = 'pending'`),
  ],
);
