import {
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { category } from './categories';
import { place, unit } from './places';
import { ltree } from './types';

// The routing catalogue (routing module): category × place → the responsible units, in order. It grows with
// the place tree (a few hundred rules a street), so it carries its district in its keys (docs/scaling.md).

export const routingRule = pgTable(
  'routing_rule',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => category.id),
    placeId: uuid('place_id')
      .notNull()
      .references(() => place.id),
    // Copied from the place so scope filters and row-level security need no join; kept in step on a move.
    placePath: ltree('place_path').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    // One rule per category and place: an import of the same pair replaces its units.
    unique('routing_rule_place_category_uq').on(t.districtId, t.placeId, t.categoryId),
    // Requests name a rule by its id alone.
    index('routing_rule_id_idx').on(t.id),
    index('routing_rule_place_path_gist').using('gist', t.placePath),
  ],
);

/** A rule's units in order: position 0 is the main handler (主办). */
export const routingRuleUnit = pgTable(
  'routing_rule_unit',
  {
    districtId: uuid('district_id').notNull(),
    ruleId: uuid('rule_id').notNull(),
    position: integer('position').notNull(),
    // No cascade: a unit the catalogue still names cannot be deleted until the office changes the rule.
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.ruleId, t.position] }),
    unique('routing_rule_unit_uq').on(t.districtId, t.ruleId, t.unitId),
    foreignKey({
      columns: [t.districtId, t.ruleId],
      foreignColumns: [routingRule.districtId, routingRule.id],
    }).onDelete('cascade'),
    index('routing_rule_unit_unit_idx').on(t.unitId),
  ],
);
