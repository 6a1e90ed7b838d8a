import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from './audit';

/** A district chain's head at one moment, signed so that nobody without the audit key can write one. */
export type Checkpoint = { districtId: string; seq: number; hash: string; at: string; sig: string };

export type Head = { districtId: string; seq: number; hash: string };

function signature(key: Buffer, c: Omit<Checkpoint, 'sig'>): string {
  const { districtId, seq, hash, at } = c;
  return createHmac('sha256', key).update(canonicalJson({ districtId, seq, hash, at })).digest('hex');
}

export function signCheckpoint(key: Buffer, head: Head, at: Date): Checkpoint {
  const unsigned = { districtId: head.districtId, seq: head.seq, hash: head.hash, at: at.toISOString() };
  return { ...unsigned, sig: signature(key, unsigned) };
}

export function isSignedCheckpoint(key: Buffer, c: Checkpoint): boolean {
  const expected = Buffer.from(signature(key, c), 'hex');
  const given = Buffer.from(typeof c.sig === 'string' ? c.sig : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The checkpoints in the anchor file, oldest first. A line that is not a checkpoint is returned as an
 * unsigned one, so that the verifier reports it rather than skipping it.
 */
export function readCheckpoints(file: string): Checkpoint[] {
  if (!existsSync(file)) {
    return [];
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        const c = JSON.parse(line) as Partial<Checkpoint>;
        return {
          districtId: String(c.districtId),
          seq: Number(c.seq),
          hash: String(c.hash),
          at: String(c.at),
          sig: String(c.sig),
        };
      } catch {
        return { districtId: 'unreadable', seq: 0, hash: '', at: '', sig: '' };
      }
    });
}

export type AnchorTarget = { file: string; witnessUrl: string | undefined };

/**
 * Appends checkpoints to the anchor file and, when configured, POSTs them to the witness — both outside the
 * database, so that whoever can rewrite the database cannot also move the anchors. The file is written
 * first: a witness that is down costs its copy, never the local one. Throws when the witness refuses.
 */
export async function writeCheckpoints(target: AnchorTarget, checkpoints: Checkpoint[]): Promise<void> {
  if (checkpoints.length === 0) {
    return;
  }
  mkdirSync(path.dirname(target.file), { recursive: true });
  appendFileSync(target.file, checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''));
  if (!target.witnessUrl) {
    return;
  }
  const res = await fetch(target.witnessUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ checkpoints }),
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) {
    throw new Error(`audit witness answered ${res.status}`);
  }
}
