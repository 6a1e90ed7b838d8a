import { z } from 'zod';

/** One inbox entry (`GET /api/notifications`). */
export const ZNotification = z.object({
  id: z.uuid(),
  subjectType: z.string().describe('What the notice is about: ticket, and later activity, project, survey …'),
  subjectId: z.uuid().describe('The id of that subject'),
  ticketId: z.uuid().nullable().describe('subjectId when the subject is a ticket, else null'),
  title: z.string().describe("The headline, in the caller's language where its template speaks it"),
  body: z.string().describe('The text'),
  isRead: z.boolean(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof ZNotification>;

/** A person's outside channels (`GET`/`PUT /api/notifications/preferences`); the in-app inbox is always on. */
export const ZNoticePreferences = z.object({
  inApp: z.literal(true).describe('The inbox: always on, so nothing is missed'),
  sms: z.boolean().describe('Notices by SMS (to the phone on the account)'),
  wechat: z.boolean().describe('Notices as WeChat template messages (when WeChat is bound)'),
});
export type NoticePreferences = z.infer<typeof ZNoticePreferences>;

/** The caller's own choices; one may only set one's own, so the body names nobody. */
export const ZNoticePreferencesUpdate = z.strictObject({
  sms: z.boolean().describe('Notices by SMS'),
  wechat: z.boolean().describe('Notices as WeChat template messages'),
});
export type NoticePreferencesUpdate = z.infer<typeof ZNoticePreferencesUpdate>;
