import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client';
import { open311Key } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { randomToken, sha256 } from '../../platform/crypto';
import { notFound } from '../../platform/errors';
import type { ZOpen311KeyCreate } from './schemas';

type KeyRow = typeof open311Key.$inferSelect;
export type ActiveKey = Pick<KeyRow, 'id' | 'name' | 'channel'>;

/**
 * Keys are random (≥ 192 bits) so a plain SHA-256 is enough to store them: nothing to brute-force, and the
 * look-up stays one indexed equality. The plaintext leaves the server once, in the create answer.
 */
export function hashApiKey(plain: string): string {
  return sha256(plain);
}

function present(row: KeyRow) {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The key behind a plaintext, unless unknown or revoked. Runs as trusted code (keys are admin-only rows). */
export async function findActiveKey(tx: Tx, plain: string): Promise<ActiveKey | undefined> {
  const [row] = await tx
    .select({ id: open311Key.id, name: open311Key.name, channel: open311Key.channel })
    .from(open311Key)
    .where(and(eq(open311Key.keyHash, hashApiKey(plain)), isNull(open311Key.revokedAt)));
  return row;
}

/** Every key, newest first, revoked ones included (hashes never leave). */
export async function listKeys(ctx: Ctx) {
  const rows = await ctx.tx.select().from(open311Key).orderBy(desc(open311Key.createdAt));
  return { items: rows.map(present), nextCursor: null };
}

/** Issues a key for an outside system; the answer carries the plaintext, which is not kept. */
export async function createKey(ctx: Ctx, input: z.infer<typeof ZOpen311KeyCreate>) {
  const plain = `lx311_${randomToken(24)}`;
  const [row] = await ctx.tx
    .insert(open311Key)
    .values({
      name: input.name,
      keyHash: hashApiKey(plain),
      channel: 'external',
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
    })
    .returning();
  if (!row) {
    throw new Error('open311 key insert returned nothing');
  }
  await ctx.audit({
    action: 'open311_key.create',
    targetType: 'open311_key',
    targetId: row.id,
    after: { name: row.name, channel: row.channel },
  });
  return { ...present(row), key: plain };
}

/** Revokes a key: every later call with it gets 403. Revoking twice changes nothing. Throws not_found. */
export async function revokeKey(ctx: Ctx, id: string): Promise<void> {
  const [row] = await ctx.tx.select().from(open311Key).where(eq(open311Key.id, id));
  if (!row) {
    throw notFound();
  }
  if (row.revokedAt) {
    return;
  }
  await ctx.tx.update(open311Key).set({ revokedAt: ctx.now }).where(eq(open311Key.id, id));
  await ctx.audit({
    action: 'open311_key.revoke',
    targetType: 'open311_key',
    targetId: id,
    before: { name: row.name },
    after: { revokedAt: ctx.now.toISOString() },
  });
}
