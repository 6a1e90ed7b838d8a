import { bigint, pgTable, smallint } from 'drizzle-orm/pg-core';

/**
 * One row counting changes to cached configuration (categories, deadline rules, the work calendar): triggers on
 * those tables add one in the changing transaction, so a server sees the new count exactly when it can see the
 * new rows, and reloads its copy (platform/config-cache.ts).
 */
export const configVersion = pgTable('config_version', {
  id: smallint('id').primaryKey().default(1),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
