import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { account, outboxMessage } from '../../db/schema';
import { type Channel, type ChannelSender, smsChannel, type TicketNotice } from '../../platform/channels';
import type { Vault } from '../../platform/crypto';
import type { SmsSender } from '../../platform/sms';

/** After this many failed attempts a message is given up (status `failed`) and stays for inspection. */
export const MAX_ATTEMPTS = 5;
const BATCH = 100;
/** An `auto` message WeChat refused this often (e.g. 43004: the resident unfollowed) goes by SMS instead. */
export const WECHAT_ATTEMPTS = 2;

type Deps = { db: Db; vault: Vault; sms: SmsSender; wechat: { channel: ChannelSender }; clock: () => Date };

type Addresses = { phoneEnc: string | null; wechatOpenid: string | null };

/**
 * The channel and address a message goes to. Rows written as `auto` (ticket moves) take WeChat when the
 * account bound an openid (free, and it links to the ticket), else SMS when it has a phone — and SMS too once
 * WeChat has failed WECHAT_ATTEMPTS times; rows written for one channel use only that one. Null: the account
 * cannot be reached (status `no_address`).
 */
function route(
  deps: Deps,
  row: Addresses & { channel: string; attempts: number },
): { sender: ChannelSender; channel: Channel; address: string } | null {
  const auto = row.channel === 'auto';
  const wechat = row.wechatOpenid
    ? { sender: deps.wechat.channel, channel: 'wechat' as const, address: row.wechatOpenid }
    : null;
  const sms = row.phoneEnc
    ? { sender: smsChannel(deps.sms), channel: 'sms' as const, address: deps.vault.decrypt(row.phoneEnc) }
    : null;
  if (row.channel === 'wechat') {
    return wechat;
  }
  if (row.channel === 'sms') {
    return sms;
  }
  if (!auto) {
    return null;
  }
  return wechat && (row.attempts < WECHAT_ATTEMPTS || !sms) ? wechat : sms;
}

/**
 * Delivers pending outbox messages through the configured adapters (SMS: the development outbox or a gateway
 * webhook; WeChat: template messages or the development outbox). Messages are written in the same transaction
 * as the move that caused them, so nothing acknowledged is lost; rows are taken with SKIP LOCKED so several
 * servers never send one twice. The channel used is written back on the row. Accounts with no address on any
 * channel are skipped (status `no_address`). Returns what happened.
 */
export async function deliverOutbox(deps: Deps): Promise<{ sent: number; failed: number; skipped: number }> {
  return deps.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        districtId: outboxMessage.districtId,
        id: outboxMessage.id,
        channel: outboxMessage.channel,
        body: outboxMessage.body,
        payload: outboxMessage.payload,
        attempts: outboxMessage.attempts,
        phoneEnc: account.phoneEnc,
        wechatOpenid: account.wechatOpenid,
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
      const to = route(deps, row);
      if (!to) {
        await tx.update(outboxMessage).set({ status: 'no_address' }).where(key);
        result.skipped++;
        continue;
      }
      const attempts = row.attempts + 1;
      try {
        await to.sender.send(tx, to.address, {
          body: row.body,
          notice: (row.payload as TicketNotice | null) ?? null,
        });
        await tx
          .update(outboxMessage)
          .set({ channel: to.channel, status: 'sent', sentAt: deps.clock(), attempts })
          .where(key);
        result.sent++;
      } catch {
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
