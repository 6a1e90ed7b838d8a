import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';

/**
 * What a photo of a station, an activity or a project keeps (platform/photos.ts stores the files): the
 * original for its office, the copy without metadata for everyone else, and who added it when.
 */
export const storedPhotoColumns = () => ({
  storageKey: text('storage_key').notNull(),
  publicKey: text('public_key').notNull(),
  mime: text('mime').notNull(),
  bytes: integer('bytes').notNull(),
  addedBy: uuid('added_by').references(() => account.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
