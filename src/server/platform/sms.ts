import type { Db, Tx } from '../db/client';
import { smsOutbox } from '../db/schema';
import type { Vault } from './crypto';
import { maskPhone } from './mask';

/** Sends a text message. Real carriers plug in behind this; development writes to the outbox table and log. */
export type SmsSender = {
  readonly name: string;
  send(tx: Db | Tx, phone: string, body: string): Promise<void>;
};

/** The development adapter: the "sent" text lands in `sms_outbox` and the server log. */
export function createOutboxSms(vault: Vault, log: (line: string) => void): SmsSender {
  return {
    name: 'outbox',
    async send(tx, phone, body) {
      await tx.insert(smsOutbox).values({
        phoneMasked: maskPhone(phone) ?? '',
        phoneHash: vault.blindIndex(phone),
        body,
        adapter: 'outbox',
      });
      log(`[sms outbox] to ${maskPhone(phone)}: ${body}`);
    },
  };
}

/**
 * A real gateway behind an HTTP bridge: POSTs `{ phone, body }` as JSON to the configured URL and treats any
 * non-2xx answer as a failure (the outbox retries). Carrier-specific signing lives in the bridge.
 */
export function createWebhookSms(url: string, fetchImpl: typeof fetch = fetch): SmsSender {
  return {
    name: 'webhook',
    async send(_tx, phone, body) {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone, body }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) {
        throw new Error(`sms webhook answered ${res.status}`);
      }
    },
  };
}
