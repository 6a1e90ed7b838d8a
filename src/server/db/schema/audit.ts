import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit trail: append-only (no UPDATE or DELETE grant, and a trigger refuses both), one hash chain per
 * district so that each Citus shard extends its own chain. An entry's hash covers its content and the
 * previous entry's hash: editing or deleting a row breaks every later link (`npm run audit:verify`).
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    districtId: uuid('district_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRoles: text('actor_roles').array().notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.seq] }),
    index('audit_event_at_idx').on(t.at),
    index('audit_event_target_idx').on(t.targetType, t.targetId),
    index('audit_event_actor_idx').on(t.actorId, t.at),
  ],
);

/** The head of each district's chain; appending locks this row, which orders the chain. */
export const auditHead = pgTable('audit_head', {
  districtId: uuid('district_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
