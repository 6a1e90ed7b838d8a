import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Channel } from '../../../shared/tickets';

// Open311 API keys (open311 module).

export const open311Key = pgTable('open311_key', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  channel: text('channel').$type<Channel>().notNull().default('external'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
