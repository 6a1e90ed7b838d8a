import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { auditEvent, auditHead } from '../db/schema';
import { ZERO_UUID } from '../db/schema/types';
import type { Actor, RequestMeta } from './context';
import { sha256 } from './crypto';

export type AuditInput = {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The district whose chain records it; whole-tree actions use the zero id. */
  districtId?: string | null;
  before?: unknown;
  after?: unknown;
};

const GENESIS = '0'.repeat(64);

type ChainFields = {
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

export function entryHash(fields: ChainFields): string {
  return sha256(canonicalJson({ ...fields, at: fields.at.toISOString() }));
}

/**
 * Appends one entry to its district's chain inside the caller's transaction. Locking the chain's head row
 * orders concurrent appends; the entry commits or rolls back with the change it describes.
 */
export async function appendAudit(
  tx: Tx,
  who: { actor: Actor; meta: RequestMeta; at: Date },
  input: AuditInput,
): Promise<void> {
  const districtId = input.districtId ?? ZERO_UUID;
  // Creates the district's head on its first entry, or locks it (ON CONFLICT DO UPDATE takes the row lock),
  // in one round trip.
  const locked = (await tx.execute(sql`INSERT INTO audit_head (district_id, seq, hash)
    VALUES (${districtId}, 0, ${GENESIS})
    ON CONFLICT (district_id) DO UPDATE SET seq = audit_head.seq
    RETURNING seq, hash`)) as unknown as { rows: { seq: number | string; hash: string }[] };
  const head = locked.rows[0] ? { seq: Number(locked.rows[0].seq), hash: locked.rows[0].hash } : undefined;
  if (!head) {
    throw new Error('audit head missing');
  }
  const fields: ChainFields = {
    districtId,
    seq: head.seq + 1,
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
    prevHash: head.hash,
  };
  const hash = entryHash(fields);
  await tx.insert(auditEvent).values({ ...fields, hash });
  await tx.update(auditHead).set({ seq: fields.seq, hash }).where(eq(auditHead.districtId, districtId));
}

export type ChainCheck = {
  ok: boolean;
  checked: number;
  firstBroken: { districtId: string; seq: number; reason: string } | null;
};

/**
 * Walks every district's chain from its first entry: recomputes each hash, checks each link and the
 * sequence, and compares the end with the head row (catches deleted tails). Names the first broken entry.
 */
export async function verifyAuditChain(db: Db | Tx, batch = 2000): Promise<ChainCheck> {
  const heads = await db.select().from(auditHead).orderBy(asc(auditHead.districtId));
  let checked = 0;
  for (const head of heads) {
    let prevHash = GENESIS;
    let expectedSeq = 1;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.districtId, head.districtId), gt(auditEvent.seq, expectedSeq - 1)))
        .orderBy(asc(auditEvent.seq))
        .limit(batch);
      for (const row of rows) {
        const broken = (reason: string): ChainCheck => ({
          ok: false,
          checked,
          firstBroken: { districtId: row.districtId, seq: row.seq, reason },
        });
        if (row.seq !== expectedSeq) {
          return {
            ok: false,
            checked,
            firstBroken: { districtId: row.districtId, seq: expectedSeq, reason: 'missing' },
          };
        }
        if (row.prevHash !== prevHash) {
          return broken('link');
        }
        const { hash, ...fields } = row;
        if (entryHash(fields as ChainFields) !== hash) {
          return broken('content');
        }
        prevHash = hash;
        expectedSeq++;
        checked++;
      }
      if (rows.length < batch) {
        break;
      }
    }
    if (expectedSeq - 1 !== head.seq || prevHash !== head.hash) {
      return {
        ok: false,
        checked,
        firstBroken: { districtId: head.districtId, seq: expectedSeq, reason: 'truncated' },
      };
    }
  }
  return { ok: true, checked, firstBroken: null };
}
