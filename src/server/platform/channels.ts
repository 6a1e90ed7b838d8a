import type { Db, Tx } from '../db/client';
import type { SmsSender } from './sms';

/** The outside channels a follower can be told on (outbox_message.channel). */
export const CHANNELS = ['sms', 'wechat'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The facts of one ticket move, kept with the outbox row (outbox_message.payload) so that channels with
 * structured messages (WeChat templates) need not parse the text body. `at` is an ISO timestamp.
 */
export type TicketNotice = {
  ticketId: string;
  number: string;
  title: string;
  move: string;
  note: string | null;
  at: string;
};

/** One outbox message: the plain text every channel can send, and the notice when there is one. */
export type OutboundMessage = { body: string; notice: TicketNotice | null };

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
