import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';

// The in-app inbox and the outbox for outside channels (notifications module).

/** The in-app inbox. */
export const notification = pgTable(
  'notification',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    ticketId: uuid('ticket_id'),
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
    ticketId: uuid('ticket_id'),
    body: text('body').notNull(),
    // What structured channels (WeChat templates) need: number, title, move, note, time (platform/channels.ts).
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
