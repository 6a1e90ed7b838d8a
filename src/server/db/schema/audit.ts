import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** What an entry says: written by the request into `audit_pending`, then sealed into `audit_event` unchanged. */
const entryColumns = {
  districtId: uuid('district_id').notNull(),
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
};

/**
 * The audit trail: append-only (a trigger refuses UPDATE and DELETE; no role but the sealer may insert), one
 * HMAC chain per district so that each Citus shard extends its own chain. An entry's hash is keyed with a
 * secret kept outside the database and covers its content and the previous entry's hash; the chain's head is
 * its highest seq, anchored outside the database by signed checkpoints (`npm run audit:verify`).
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    ...entryColumns,
    seq: bigint('seq', { mode: 'number' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The `audit_pending` row this entry sealed: the pending row may be deleted only once this exists. */
    pendingId: bigint('pending_id', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.seq] }),
    index('audit_event_at_idx').on(t.at),
    index('audit_event_target_idx').on(t.targetType, t.targetId),
    index('audit_event_actor_idx').on(t.actorId, t.at),
    index('audit_event_pending_idx').on(t.districtId, t.pendingId),
  ],
);

/**
 * Entries committed with their request and not yet chained. Requests may only insert (no lock shared with
 * other requests); the sealer chains them into `audit_event` in id order and deletes them in one transaction.
 */
export const auditPending = pgTable(
  'audit_pending',
  {
    ...entryColumns,
    id: bigserial('id', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.id] }), index('audit_pending_id_idx').on(t.id)],
);
