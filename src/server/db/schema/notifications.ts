import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { account } from './accounts';

// The in-app inbox, the outbox for outside channels and each person's channel choices (notifications module).
// A notice names its subject by type and id (a ticket, later an activity, a project, a survey …), so these tables
// serve every module without knowing any.

// Readers that predate subjects (reports, the inbox's `ticketId`) keep a ticket column, derived from the subject.
const TICKET_OF_SUBJECT = sql`CASE WHEN subject_type = 'ticket' THEN subject_id END`;

/** The in-app inbox. */
export const notification = pgTable(
  'notification',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    ticketId: uuid('ticket_id').generatedAlwaysAs(TICKET_OF_SUBJECT),
    // The registered template and its parameters, so the inbox can be shown in the reader's language; null for
    // entries written before templates existed.
    template: text('template'),
    params: jsonb('params'),
    // The text as written, in Chinese: what the inbox shows when the template is not (or no longer) registered.
    title: text('title').notNull(),
    body: text('body').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    index('notification_account_idx').on(t.accountId, t.createdAt),
  ],
);

/** Messages for outside channels (SMS, WeChat template messages), delivered by adapters. */
export const outboxMessage = pgTable(
  'outbox_message',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    channel: text('channel').notNull(),
    accountId: uuid('account_id'),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    ticketId: uuid('ticket_id').generatedAlwaysAs(TICKET_OF_SUBJECT),
    body: text('body').notNull(),
    // What structured channels (WeChat templates) need: number, title, move, note, time, link (platform/channels.ts).
    payload: jsonb('payload'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    index('outbox_pending_idx').on(t.status, t.createdAt),
  ],
);

/**
 * Which outside channels a person wants notices on. The inbox is always on; no row means every channel is on,
 * as it was before people could choose. Read by the outbox at delivery, never by the request that writes a notice.
 */
export const noticePreference = pgTable('notice_preference', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => account.id, { onDelete: 'cascade' }),
  sms: boolean('sms').notNull().default(true),
  wechat: boolean('wechat').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
