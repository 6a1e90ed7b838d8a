import { createHmac } from 'node:crypto';
import type { Deferred, Tx } from '../db/client';
import { placeholders, prepared, withValues } from '../db/prepared';
import { auditPending } from '../db/schema';
import { ZERO_UUID } from '../db/schema/types';
import type { Actor, RequestMeta } from './context';

export type AuditInput = {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The district whose chain records it; whole-tree actions use the zero id. */
  districtId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** The link of each chain's first entry. */
export const GENESIS = '0'.repeat(64);

/**
 * Two keys derived from the one configured audit key (LIANXIN_AUDIT_KEY), which never enters the database:
 * one chains entries, one signs the checkpoints that anchor each chain's head outside the database.
 */
export type AuditKeys = { chain: Buffer; anchor: Buffer };

export function auditKeys(secret: Buffer): AuditKeys {
  if (secret.length !== 32) {
    throw new Error('LIANXIN_AUDIT_KEY must be 32 bytes (base64)');
  }
  return {
    chain: createHmac('sha256', secret).update('lianxin:audit-chain').digest(),
    anchor: createHmac('sha256', secret).update('lianxin:audit-anchor').digest(),
  };
}

/** Exactly what an entry's hash covers: every column of `audit_event` but the hash and the pending link. */
export type ChainFields = {
  districtId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorRoles: string[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
};

/** Picks the hashed fields from a row, so that a column added later is not hashed by accident. */
export function chainFields(row: ChainFields): ChainFields {
  const { districtId, seq, at, actorId, actorName, actorRoles, ip, userAgent, requestId } = row;
  const { action, targetType, targetId, before, after, prevHash } = row;
  return {
    districtId,
    seq,
    at,
    actorId,
    actorName,
    actorRoles,
    ip,
    userAgent,
    requestId,
    action,
    targetType,
    targetId,
    before,
    after,
    prevHash,
  };
}

/** JSON with object keys sorted at every depth: jsonb reorders keys, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) {
    return 'null';
  }
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** HMAC-SHA256 under the chain key: without the key nobody can forge or re-link an entry. */
export function entryHash(key: Buffer, fields: ChainFields): string {
  return createHmac('sha256', key)
    .update(canonicalJson(chainFields(fields)))
    .digest('hex');
}

const PENDING_COLUMNS = [
  'districtId',
  'at',
  'actorId',
  'actorName',
  'actorRoles',
  'ip',
  'userAgent',
  'requestId',
  'action',
  'targetType',
  'targetId',
  'before',
  'after',
] as const satisfies readonly (keyof typeof auditPending.$inferInsert)[];
const insertPending = prepared('audit_pending', (tx) =>
  tx.insert(auditPending).values(placeholders(PENDING_COLUMNS)),
);

/**
 * Records one entry inside the caller's transaction, so it commits or rolls back with the change it describes.
 * It is a plain insert into `audit_pending` — no row shared with other requests is locked; the sealer
 * (audit-seal.ts) chains it moments later. Nothing in a request reads it back, so it is handed to `defer`, which
 * writes it with COMMIT (db/client.ts transactionWith).
 */
export function appendAudit(
  tx: Tx,
  defer: (insert: Deferred) => void,
  who: { actor: Actor; meta: RequestMeta; at: Date },
  input: AuditInput,
): void {
  defer(
    withValues(insertPending(tx), {
      districtId: input.districtId ?? ZERO_UUID,
      at: who.at,
      actorId: who.actor.accountId,
      actorName: who.actor.name,
      actorRoles: who.actor.roles,
      ip: who.meta.ip,
      userAgent: who.meta.userAgent,
      requestId: who.meta.requestId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId ?? null,
      before: input.before ?? null,
      after: input.after ?? null,
    } satisfies Record<(typeof PENDING_COLUMNS)[number], unknown>),
  );
}
