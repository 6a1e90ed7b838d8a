import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ADVISORY_LOCKS } from '../db/locks';
import { auditEvent, auditPending } from '../db/schema';
import { type AuditKeys, type ChainFields, entryHash, GENESIS } from './audit';
import {
  type AnchorTarget,
  type Head,
  readCheckpoints,
  signCheckpoint,
  writeCheckpoints,
} from './audit-anchor';
import { type ChainCheck, verifyAuditChain } from './audit-verify';

const BATCH = 500;

type HeadRow = { district_id: string; seq: number | string | null; hash: string | null };

/**
 * Moves committed `audit_pending` rows into their districts' chains, oldest id first, in batches: each batch
 * reads the heads it extends, inserts the chained entries and deletes the pending rows in one transaction, so
 * an entry is either pending or sealed, never lost or sealed twice. Returns the new head of every district it
 * extended (empty when nothing was pending).
 */
export async function sealAudit(db: Db, keys: AuditKeys): Promise<Head[]> {
  const sealed = new Map<string, Head>();
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      // One sealer at a time across every server process (PGlite has one connection: the lock is free there).
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.auditSeal})`);
      const pending = await tx.select().from(auditPending).orderBy(asc(auditPending.id)).limit(BATCH);
      if (pending.length === 0) {
        return { count: 0, heads: new Map<string, { seq: number; hash: string }>() };
      }
      const districts = [...new Set(pending.map((p) => p.districtId))];
      const found = (await tx.execute(sql`SELECT d AS district_id, e.seq, e.hash
        FROM unnest(${sql.param(districts)}::uuid[]) AS d
        LEFT JOIN LATERAL (SELECT seq, hash FROM audit_event WHERE district_id = d ORDER BY seq DESC LIMIT 1) e
          ON true`)) as unknown as { rows: HeadRow[] };
      const heads = new Map(
        found.rows.map((r) => [r.district_id, { seq: Number(r.seq ?? 0), hash: r.hash ?? GENESIS }]),
      );
      const entries = pending.map(({ id, ...entry }) => {
        const head = heads.get(entry.districtId) ?? { seq: 0, hash: GENESIS };
        const fields: ChainFields = { ...entry, seq: head.seq + 1, prevHash: head.hash };
        const hash = entryHash(keys.chain, fields);
        heads.set(entry.districtId, { seq: fields.seq, hash });
        return { ...fields, hash, pendingId: id };
      });
      await tx.insert(auditEvent).values(entries);
      await tx.delete(auditPending).where(
        inArray(
          auditPending.id,
          pending.map((p) => p.id),
        ),
      );
      return { count: pending.length, heads };
    });
    // Only heads that committed: a checkpoint of a rolled-back head would read as a cut chain.
    for (const [districtId, head] of batch.heads) {
      sealed.set(districtId, { districtId, ...head });
    }
    if (batch.count < BATCH) {
      return [...sealed.values()];
    }
  }
}

export type AuditTrail = {
  /** Seals what is pending; writes checkpoints when the last ones are older than the interval. */
  seal(): Promise<number>;
  /** Writes checkpoints now for every head sealed since the last ones. */
  anchor(): Promise<void>;
  /**
   * Checks the chains against the key and every checkpoint in the anchor file, through `reader` (which may be
   * a request's transaction). Seal and anchor first, outside that transaction, to include the latest entries.
   */
  verify(reader: Parameters<typeof verifyAuditChain>[0]): Promise<ChainCheck>;
  /**
   * Seals every interval; errors go to `onError` and never stop it. The returned function stops it, waits
   * for a seal under way, seals what is left and writes the last checkpoints.
   */
  start(onError: (error: unknown) => void, everyMs?: number): () => Promise<void>;
};

export type AuditTrailOptions = {
  db: Db;
  keys: AuditKeys;
  anchors: AnchorTarget;
  clock: () => Date;
  /** The least time between two checkpoint writes for the same process. */
  anchorEveryMs?: number;
};

export function createAuditTrail(options: AuditTrailOptions): AuditTrail {
  const { db, keys, anchors, clock, anchorEveryMs = 60_000 } = options;
  // Heads sealed since the last checkpoints: only a head that moved needs a new one.
  const unanchored = new Map<string, Head>();
  let lastAnchorAt = Number.NEGATIVE_INFINITY;

  async function anchor(): Promise<void> {
    const heads = [...unanchored.values()];
    unanchored.clear();
    const at = clock();
    lastAnchorAt = at.getTime();
    await writeCheckpoints(
      anchors,
      heads.map((head) => signCheckpoint(keys.anchor, head, at)),
    );
  }

  async function seal(): Promise<number> {
    const heads = await sealAudit(db, keys);
    for (const head of heads) {
      unanchored.set(head.districtId, head);
    }
    if (unanchored.size > 0 && clock().getTime() - lastAnchorAt >= anchorEveryMs) {
      await anchor();
    }
    return heads.length;
  }

  return {
    seal,
    anchor,
    verify: (reader) => verifyAuditChain(reader, keys, readCheckpoints(anchors.file)),
    start(onError, everyMs = 1000) {
      let running: Promise<void> | null = null;
      const timer = setInterval(() => {
        running ??= seal()
          .then(() => undefined, onError)
          .finally(() => {
            running = null;
          });
      }, everyMs);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await running;
        await seal().then(anchor).catch(onError);
      };
    },
  };
}
