import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { auditEvent } from '../db/schema';
import { type AuditKeys, entryHash, GENESIS } from './audit';
import { type Checkpoint, isSignedCheckpoint } from './audit-anchor';

export type ChainCheck = {
  ok: boolean;
  checked: number;
  firstBroken: { districtId: string; seq: number; reason: string } | null;
};

/** Per district: the hashes its checkpoints saw at each seq, and the highest anchored seq. */
function anchorsByDistrict(checkpoints: Checkpoint[]) {
  const byDistrict = new Map<string, { top: number; at: Map<number, string[]> }>();
  for (const c of checkpoints) {
    const d = byDistrict.get(c.districtId) ?? { top: 0, at: new Map<number, string[]>() };
    d.top = Math.max(d.top, c.seq);
    d.at.set(c.seq, [...(d.at.get(c.seq) ?? []), c.hash]);
    byDistrict.set(c.districtId, d);
  }
  return byDistrict;
}

/**
 * Walks every district's chain from its first entry — each district in the database and each one a
 * checkpoint names — recomputing each keyed hash and checking each link and the sequence; an anchored entry
 * must still carry its checkpoint's hash, and no chain may end before its highest checkpoint. Names the first
 * broken entry. Reasons: `checkpoint_forged` (a checkpoint not signed with the key), `missing` (a gap in
 * seq), `link`, `content` (the keyed hash differs: edited, forged or reordered), `checkpoint` (the entry differs
 * from its checkpoint), `truncated` (the chain ends before a checkpoint: a deleted tail or district).
 */
export async function verifyAuditChain(
  db: Db | Tx,
  keys: AuditKeys,
  checkpoints: Checkpoint[],
  batch = 2000,
): Promise<ChainCheck> {
  const forged = checkpoints.find((c) => !isSignedCheckpoint(keys.anchor, c));
  if (forged) {
    return {
      ok: false,
      checked: 0,
      firstBroken: { districtId: forged.districtId, seq: forged.seq, reason: 'checkpoint_forged' },
    };
  }
  const anchored = anchorsByDistrict(checkpoints);
  const stored = (await db.execute(sql`SELECT DISTINCT district_id FROM audit_event`)) as unknown as {
    rows: { district_id: string }[];
  };
  const districts = [...new Set([...stored.rows.map((r) => r.district_id), ...anchored.keys()])].sort();
  let checked = 0;
  for (const districtId of districts) {
    const anchors = anchored.get(districtId);
    let prevHash = GENESIS;
    let expectedSeq = 1;
    const broken = (seq: number, reason: string): ChainCheck => ({
      ok: false,
      checked,
      firstBroken: { districtId, seq, reason },
    });
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.districtId, districtId), gt(auditEvent.seq, expectedSeq - 1)))
        .orderBy(asc(auditEvent.seq))
        .limit(batch);
      for (const row of rows) {
        if (row.seq !== expectedSeq) {
          return broken(expectedSeq, 'missing');
        }
        if (row.prevHash !== prevHash) {
          return broken(row.seq, 'link');
        }
        if (entryHash(keys.chain, row) !== row.hash) {
          return broken(row.seq, 'content');
        }
        if (anchors?.at.get(row.seq)?.some((hash) => hash !== row.hash)) {
          return broken(row.seq, 'checkpoint');
        }
        prevHash = row.hash;
        expectedSeq++;
        checked++;
      }
      if (rows.length < batch) {
        break;
      }
    }
    if (anchors && expectedSeq - 1 < anchors.top) {
      return broken(expectedSeq, 'truncated');
    }
  }
  return { ok: true, checked, firstBroken: null };
}
