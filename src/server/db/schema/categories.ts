import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';

// The category taxonomy (categories module): two levels, offered per ticket kind.

export const category = pgTable(
  'category',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    code: text('code').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** Kinds this category is offered for (empty = all). */
    kinds: text('kinds').array().notNull().default(sql`'{}'::text[]`),
    sort: integer('sort').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('category_parent_idx').on(t.parentId, t.sort),
  ],
);
