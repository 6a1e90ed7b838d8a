import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL `ltree`: a place's path from its district down, one label per ancestor id. */
export const ltree = customType<{ data: string }>({
  dataType: () => 'ltree',
});

/** The district column every growing table carries: Citus distributes by it (docs/scaling.md). */
export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * An account's place path when it has no place (whole-tree administrators, residents without a home): the
 * empty ltree, which only a whole-tree scope contains — never NULL, so row-level security stays index-friendly.
 */
export const NO_PLACE = '';

/** PostgreSQL `tsvector` (Chinese words and bigrams, `simple` configuration: platform/text.ts). */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});
