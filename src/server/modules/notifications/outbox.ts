import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { account, noticePreference, outboxMessage } from '../../db/schema';
import { type Channel, type ChannelSender, type OutboundMessage, smsChannel } from '../../platform/channels';
import type { Vault } from '../../platform/crypto';
import type { SmsSender } from '../../platform/sms';

/** After this many failed attempts a message is given up (status `failed`) and stays for inspection. */
export const MAX_ATTEMPTS = 5;
const BATCH = 100;
/** An `auto` message WeChat refused this often (e.g. 43004: the resident unfollowed) goes by SMS instead. */
export const WECHAT_ATTEMPTS = 2;

type Deps = { db: Db; vault: Vault; sms: SmsSender; wechat: { channel: ChannelSender }; clock: () => Date };

type Addresses = { phoneEnc: string | null; wechatOpenid: string | null };
/** The person's choices; null where they never chose (every channel on). */
type Choices = { smsOn: boolean | null; wechatOn: boolean | null };
type Route = { sender: ChannelSender; channel: Channel; address: string };

/**
 * The channel and address a message goes to. Rows written as `auto` (every notice) take WeChat when the account
 * bound an openid (free, and it links to the subject's page), else SMS when it has a phone — and SMS too once
 * WeChat has failed WECHAT_ATTEMPTS times; rows written for one channel use only that one. A channel the person
 * turned off counts as no address. `no_address`: the account cannot be reached; `opted_out`: it could, but not on
 * any channel the person keeps on.
 */
function route(
  deps: Deps,
  row: Addresses & Choices & { channel: string; attempts: number },
): Route | 'no_address' | 'opted_out' {
  const wechat = row.wechatOpenid
    ? { sender: deps.wechat.channel, channel: 'wechat' as const, address: row.wechatOpenid }
    : null;
  const sms = row.phoneEnc
    ? { sender: smsChannel(deps.sms), channel: 'sms' as const, address: deps.vault.decrypt(row.phoneEnc) }
    : null;
  const choose = (open: { wechat: Route | null; sms: Route | null }): Route | null => {
    if (row.channel === 'wechat' || row.channel === 'sms') {
      return open[row.channel];
    }
    if (row.channel !== 'auto') {
      return null;
    }
    return open.wechat && (row.attempts < WECHAT_ATTEMPTS || !open.sms) ? open.wechat : open.sms;
  };
  const to = choose({
    wechat: row.wechatOn === false ? null : wechat,
    sms: row.smsOn === false ? null : sms,
  });
  if (to) {
    return to;
  }
  return choose({ wechat, sms }) ? 'opted_out' : 'no_address';
}

/**
 * Delivers pending outbox messages through the configured adapters (SMS: the development outbox or a gateway
 * webhook; WeChat: template messages or the development outbox). Messages are written in the same transaction
 * as the move that caused them, so nothing acknowledged is lost; rows are taken with SKIP LOCKED so several
 * servers never send one twice. The channel used is written back on the row. Accounts with no address on any
 * channel are skipped (status `no_address`), and so are people who turned off every channel they could be reached
 * on (status `opted_out`): their choices are read here, at delivery, so a request writing a notice reads nothing
 * more and a choice made after the notice still counts. Returns what happened.
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
        smsOn: noticePreference.sms,
        wechatOn: noticePreference.wechat,
      })
      .from(outboxMessage)
      .leftJoin(account, eq(account.id, outboxMessage.accountId))
      .leftJoin(noticePreference, eq(noticePreference.accountId, outboxMessage.accountId))
      .where(and(eq(outboxMessage.status, 'pending'), lt(outboxMessage.attempts, MAX_ATTEMPTS)))
      .orderBy(asc(outboxMessage.createdAt))
      .limit(BATCH)
      .for('update', { of: outboxMessage, skipLocked: true });
    const result = { sent: 0, failed: 0, skipped: 0 };
    for (const row of rows) {
      const key = sql`${outboxMessage.districtId} = ${row.districtId} AND ${outboxMessage.id} = ${row.id}`;
      const to = route(deps, row);
      if (typeof to === 'string') {
        await tx.update(outboxMessage).set({ status: to }).where(key);
        result.skipped++;
        continue;
      }
      const attempts = row.attempts + 1;
      try {
        await to.sender.send(tx, to.address, {
          body: row.body,
          notice: (row.payload as OutboundMessage['notice']) ?? null,
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
