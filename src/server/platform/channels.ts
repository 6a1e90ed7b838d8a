import type { Db, Tx } from '../db/client';
import type { SmsSender } from './sms';

/** The outside channels a person can be told on (outbox_message.channel, notice_preference). */
export const CHANNELS = ['sms', 'wechat'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a structured channel (a WeChat template message) shows of one notice, in the progress layout every subject
 * fits: its number, its title, what happened (`move`), when, and a note. `path` is the page on the site the
 * message opens, chosen by the subject's module; null for none. Kept with the outbox row (outbox_message.payload)
 * so channels need not parse the text body. `at` is an ISO timestamp.
 */
export type StructuredNotice = {
  path: string | null;
  number: string;
  title: string;
  move: string;
  note: string | null;
  at: string;
};

/** The payload of outbox rows queued before notices named their subject: always a ticket, which opens its page. */
export type QueuedTicketNotice = Omit<StructuredNotice, 'path'> & { ticketId: string };

/** The page a structured notice opens, for either payload an outbox row may hold. */
export function noticePath(notice: StructuredNotice | QueuedTicketNotice): string | null {
  return 'ticketId' in notice ? `/m/tickets/${notice.ticketId}` : notice.path;
}

/** One outbox message: the plain text every channel can send, and the structured notice when there is one. */
export type OutboundMessage = { body: string; notice: StructuredNotice | QueuedTicketNotice | null };

/**
 * One outside channel behind one shape: SMS and WeChat template messages are adapters of this. `address` is the
 * channel's address (a phone number, an openid); throwing means "not sent" and the outbox retries.
 */
export type ChannelSender = {
  readonly channel: Channel;
  /** The adapter in use ('outbox', 'webhook', 'api'), for logs. */
  readonly name: string;
  send(tx: Db | Tx, address: string, message: OutboundMessage): Promise<void>;
};

/** SMS as a channel: the text body goes through the configured SmsSender (one-time codes use it directly). */
export function smsChannel(sms: SmsSender): ChannelSender {
  return {
    channel: 'sms',
    name: sms.name,
    send: (tx, phone, message) => sms.send(tx, phone, message.body),
  };
}
