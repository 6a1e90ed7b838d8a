import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { account, outboxMessage } from '../../db/schema';
import type { Vault } from '../../platform/crypto';
import type { SmsSender } from '../../platform/sms';

/** After this many failed attempts a message is given up (status `failed`) and stays for inspection. */
export const MAX_ATTEMPTS = 5;
const BATCH = 100;

type Deps = { db: Db; vault: Vault; sms: SmsSender; clock: () => Date };

/**
 * Delivers pending outbox messages through the configured adapter (SMS: the development outbox, or a
 * gateway webhook). Messages are written in the same transaction as the move that caused them, so nothing
 * acknowledged is lost; rows are taken with SKIP LOCKED so several servers never send one twice.
 * Accounts without a phone number are skipped (status `no_address`). Returns what happened.
 */
export async function deliverOutbox(deps: Deps): Promise<{ sent: number; failed: number; skipped: number }> {
  return deps.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        districtId: outboxMessage.districtId,
        id: outboxMessage.id,
        channel: outboxMessage.channel,
        body: outboxMessage.body,
        attempts: outboxMessage.attempts,
        phoneEnc: account.phoneEnc,
      })
      .from(outboxMessage)
      .leftJoin(account, eq(account.id, outboxMessage.accountId))
      .where(and(eq(outboxMessage.status, 'pending'), lt(outboxMessage.attempts, MAX_ATTEMPTS)))
      .orderBy(asc(outboxMessage.createdAt))
      .limit(BATCH)
      .for('update', { of: outboxMessage, skipLocked: true });
    const result = { sent: 0, failed: 0, skipped: 0 };
    for (const row of rows) {
      const key = sql`${outboxMessage.districtId} = ${row.districtId} AND ${outboxMessage.id} = ${row.id}`;
      if (row.channel !== 'sms' || !row.phoneEnc) {
        await tx.update(outboxMessage).set({ status: 'no_address' }).where(key);
        result.skipped++;
        continue;
      }
      try {
        await deps.sms.send(tx, deps.vault.decrypt(row.phoneEnc), row.body);
        await tx
          .update(outboxMessage)
          .set({ status: 'sent', sentAt: deps.clock(), attempts: row.attempts + 1 })
          .where(key);
        result.sent++;
      } catch {
        const attempts = row.attempts + 1;
        await tx
          .update(outboxMessage)
          .set({ attempts, status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending' })
          .where(key);
        result.failed++;
      }
    }
    return result;
  });
}

/** Delivers every `intervalMs` until stopped (main.ts); errors are logged, never fatal. */
export function startOutbox(deps: Deps, log: (error: unknown) => void, intervalMs = 10_000) {
  const timer = setInterval(() => {
    deliverOutbox(deps).catch(log);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
