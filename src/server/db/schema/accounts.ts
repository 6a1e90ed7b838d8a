import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ResidentGroup } from '../../../shared/accounts';
import { place, unit } from './places';
import { ltree } from './types';

export const account = pgTable(
  'account',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    kind: text('kind').notNull(), // 'staff' | 'resident'
    roles: text('roles').array().notNull(),
    // Staff: the node whose subtree they serve (null = the whole tree, for the three administrators).
    // Residents: their home, down to the building.
    placeId: uuid('place_id').references(() => place.id),
    placePath: ltree('place_path'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    groups: text('groups').array().$type<ResidentGroup[]>().notNull().default([]),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    totpSecretEnc: text('totp_secret_enc'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    // The WeChat official-account openid the holder bound (POST /api/auth/wechat/bind); template messages go here.
    wechatOpenid: text('wechat_openid'),
    status: text('status').notNull().default('active'), // 'active' | 'disabled'
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('account_phone_hash_uq').on(t.phoneHash),
    uniqueIndex('account_wechat_openid_uq').on(t.wechatOpenid),
    index('account_place_path_gist').using('gist', t.placePath),
  ],
);

export const accountUnit = pgTable(
  'account_unit',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.unitId] }), index('account_unit_unit_idx').on(t.unitId)],
);

/** Only the SHA-256 of the cookie token is stored: a database dump cannot be replayed as a session. */
export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_account_idx').on(t.accountId)],
);

/** One row: the policy the security administrator sets (password, lock-out, idle time, second factor). */
export const securityPolicy = pgTable('security_policy', {
  id: integer('id').primaryKey(),
  policy: jsonb('policy').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** One-time codes sent by SMS (registration, password reset); only a hash of the code is kept. */
export const smsCode = pgTable(
  'sms_code',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phoneHash: text('phone_hash').notNull(),
    purpose: text('purpose').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sms_code_phone_idx').on(t.phoneHash, t.purpose)],
);

/** What the development SMS adapter "sends": read it in the console log or this table. */
export const smsOutbox = pgTable('sms_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  phoneMasked: text('phone_masked').notNull(),
  phoneHash: text('phone_hash').notNull(),
  body: text('body').notNull(),
  adapter: text('adapter').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What the development WeChat adapter "sends": the template-message request it would have POSTed. */
export const wechatOutbox = pgTable('wechat_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  openid: text('openid').notNull(),
  templateId: text('template_id').notNull(),
  request: jsonb('request').notNull(),
  adapter: text('adapter').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
