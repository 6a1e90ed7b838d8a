import { notification, outboxMessage } from '../../db/schema';
import type { StructuredNotice } from '../../platform/channels';
import type { Ctx } from '../../platform/context';
import { type NoticeParams, type SubjectDefinition, subjectOf } from './subjects';

/** One notice: about which subject, to whom (account ids the sender resolved), in which template. */
type Notice<T extends Record<string, NoticeParams>, K extends keyof T & string> = {
  districtId: string;
  subjectId: string;
  audience: readonly string[];
  template: K;
  params: T[K];
};

/** Every SMS carries the sender's name first (短信签名), as the gateways require. */
const SMS_SIGNATURE = '【连心】';

/**
 * Writes one notice in the caller's transaction, so it commits or rolls back with what caused it: an inbox entry
 * per person and, when the template goes outside, an outbox message per person whose channel is chosen at
 * delivery (their addresses and preferences are read then, not here). At most two batched inserts, no reads. The
 * actor is never told of what they did themselves. Returns how many people were told. Throws when the subject
 * type or the template was not registered: a programming error, not a caller's.
 */
export async function sendNotice<T extends Record<string, NoticeParams>, K extends keyof T & string>(
  ctx: Ctx,
  subject: SubjectDefinition<T>,
  notice: Notice<T, K>,
): Promise<number> {
  const registered = subjectOf(subject.type);
  const template = registered?.templates.get(notice.template);
  if (!registered || !template) {
    throw new Error(`notice template '${subject.type}.${notice.template}' is not registered`);
  }
  const audience = [...new Set(notice.audience)].filter((id) => id !== ctx.actor.accountId);
  if (audience.length === 0) {
    return 0;
  }
  const params: NoticeParams = notice.params;
  const text = template.text['zh-CN'](params);
  const about = { districtId: notice.districtId, subjectType: subject.type, subjectId: notice.subjectId };
  // Nothing in the request reads its own notices back: they are written with COMMIT.
  ctx.later(
    ctx.tx.insert(notification).values(
      audience.map((accountId) => ({
        ...about,
        accountId,
        template: notice.template,
        params,
        title: text.title,
        body: text.body,
        createdAt: ctx.now,
      })),
    ),
  );
  if (!template.outside) {
    return audience.length;
  }
  const payload: StructuredNotice = {
    path: registered.link(notice.subjectId),
    ...template.outside(params),
    at: ctx.now.toISOString(),
  };
  ctx.later(
    ctx.tx.insert(outboxMessage).values(
      audience.map((accountId) => ({
        ...about,
        // Chosen at delivery from the person's addresses and preferences (outbox.ts): WeChat when bound, else SMS.
        channel: 'auto',
        accountId,
        body: `${SMS_SIGNATURE}${text.body}`,
        payload,
        createdAt: ctx.now,
      })),
    ),
  );
  return audience.length;
}
