import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  account,
  auditEvent,
  noticePreference,
  notification,
  outboxMessage,
} from '../../src/server/db/schema';
import { registerSubject, sendNotice } from '../../src/server/modules/notifications';
import { deliverOutbox } from '../../src/server/modules/notifications/outbox';
import { type Actor, runAs } from '../../src/server/platform/context';
import { actorOf } from '../../src/server/platform/session';
import { type Call, caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { type FakeWechat, startFakeWechat } from '../support/fake-wechat';

// A subject type no module has yet, registered here the way a module registers its own: the pipe must carry it
// with no change to the notifications module.
const TEST_SURVEYS = registerSubject<{
  opened: { code: string; name: string; closes: string };
  reminder: { name: string };
}>({
  type: 'test_survey',
  link: (id) => `/m/test-surveys/${id}`,
  templates: {
    opened: {
      text: {
        'zh-CN': (p) => ({ title: `${p.code} 问卷已发布`, body: `「${p.name}」已发布，${p.closes}截止` }),
        'en-US': (p) => ({ title: `${p.code} survey open`, body: `“${p.name}” is open until ${p.closes}` }),
      },
      outside: (p) => ({ number: p.code, title: p.name, move: '问卷已发布', note: `${p.closes}截止` }),
    },
    reminder: {
      text: {
        'zh-CN': (p) => ({ title: '问卷提醒', body: `「${p.name}」还未填写` }),
        'en-US': (p) => ({ title: 'Survey reminder', body: `“${p.name}” is still unanswered` }),
      },
    },
  },
});

const APP = { appId: 'wx-notify-test', secret: 'notify-secret' };
const META = { ip: '127.0.0.1', userAgent: 'notifications-test', requestId: null };
const ACCOUNTS = ['resident', 'resident2', 'community'];
let fake: FakeWechat;
let t: TestApp;
let call: Call;
let home: string;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  fake = await startFakeWechat(APP);
  t = await createTestApp({
    LIANXIN_WECHAT_APPID: APP.appId,
    LIANXIN_WECHAT_SECRET: APP.secret,
    LIANXIN_WECHAT_TEMPLATE_ID: 'TPL-PROGRESS',
    LIANXIN_WECHAT_API_BASE: fake.base,
    LIANXIN_WECHAT_LINK_BASE: 'https://lianxin.example.cn',
  });
  call = caller(t, await loginAll(t, ACCOUNTS));
  for (const username of ACCOUNTS) {
    const [row] = await t.database.db.select().from(account).where(eq(account.username, username));
    if (!row) {
      throw new Error(`no demo account ${username}`);
    }
    actors[username] = await actorOf(t.database.db, row);
  }
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  // The resident reads WeChat; resident2 has only a phone.
  fake.issueCode('code-notify', 'openid-notify-resident');
  const bound = await call('resident', 'POST', '/api/auth/wechat/bind', { code: 'code-notify' });
  expect(bound.statusCode, bound.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

function actor(name: string): Actor {
  const found = actors[name];
  if (!found) {
    throw new Error(`no actor ${name}`);
  }
  return found;
}
const idOf = (name: string) => actor(name).accountId ?? '';

async function outboxOf(subjectId: string, username: string) {
  return t.database.db
    .select({ channel: outboxMessage.channel, status: outboxMessage.status })
    .from(outboxMessage)
    .where(and(eq(outboxMessage.subjectId, subjectId), eq(outboxMessage.accountId, idOf(username))));
}

async function setPreferences(who: string, choice: { sms: boolean; wechat: boolean }) {
  const res = await call(who, 'PUT', '/api/notifications/preferences', choice);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json()).toEqual({ inApp: true, ...choice });
}

describe('a subject other than a ticket', () => {
  it('reaches the inbox in the reader’s language and the outbox with its own link', async () => {
    const surveyId = randomUUID();
    const community = actor('community');
    const told = await runAs(t.services, community, META, (ctx) =>
      sendNotice(ctx, TEST_SURVEYS, {
        districtId: community.districtId ?? '',
        subjectId: surveyId,
        // The sender is in its own audience and named twice: told nobody twice, and never of its own act.
        audience: [idOf('resident'), idOf('resident2'), idOf('resident2'), idOf('community')],
        template: 'opened',
        params: { code: 'WJ-7', name: '老旧小区加装电梯意见征集', closes: '12月20日' },
      }),
    );
    expect(told).toBe(2);

    const zh = (await call('resident', 'GET', '/api/notifications?limit=100')).json();
    const entry = zh.items.find((n: { subjectId: string }) => n.subjectId === surveyId);
    expect(entry).toMatchObject({
      subjectType: 'test_survey',
      ticketId: null,
      title: 'WJ-7 问卷已发布',
      body: '「老旧小区加装电梯意见征集」已发布，12月20日截止',
      isRead: false,
    });
    const en = await call('resident', 'GET', '/api/notifications?limit=100', undefined, {
      'accept-language': 'en-US',
    });
    expect(en.json().items.find((n: { subjectId: string }) => n.subjectId === surveyId)).toMatchObject({
      title: 'WJ-7 survey open',
      body: '“老旧小区加装电梯意见征集” is open until 12月20日',
    });
    const toSender = await t.database.db
      .select({ id: notification.id })
      .from(notification)
      .where(and(eq(notification.subjectId, surveyId), eq(notification.accountId, idOf('community'))));
    expect(toSender).toEqual([]);

    const sentBefore = fake.sent.length;
    const smsBefore = t.sms.length;
    await deliverOutbox(t.services);
    expect(fake.sent.slice(sentBefore).map((s) => s.body)).toContainEqual(
      expect.objectContaining({
        touser: 'openid-notify-resident',
        url: `https://lianxin.example.cn/m/test-surveys/${surveyId}`,
        data: expect.objectContaining({
          keyword1: { value: 'WJ-7' },
          keyword2: { value: '老旧小区加装电梯意见征集' },
          keyword3: { value: '问卷已发布' },
          remark: { value: '12月20日截止' },
        }),
      }),
    );
    expect(await outboxOf(surveyId, 'resident')).toEqual([{ channel: 'wechat', status: 'sent' }]);
    expect(await outboxOf(surveyId, 'resident2')).toEqual([{ channel: 'sms', status: 'sent' }]);
    expect(
      t.sms.slice(smsBefore).some((line) => line.includes('【连心】「老旧小区加装电梯意见征集」已发布')),
    ).toBe(true);
  });

  it('keeps an inbox-only template out of the outbox', async () => {
    const surveyId = randomUUID();
    const community = actor('community');
    await runAs(t.services, community, META, (ctx) =>
      sendNotice(ctx, TEST_SURVEYS, {
        districtId: community.districtId ?? '',
        subjectId: surveyId,
        audience: [idOf('resident')],
        template: 'reminder',
        params: { name: '社区食堂满意度' },
      }),
    );
    const inbox = (await call('resident', 'GET', '/api/notifications?limit=100')).json();
    expect(inbox.items.find((n: { subjectId: string }) => n.subjectId === surveyId)?.title).toBe('问卷提醒');
    expect(await outboxOf(surveyId, 'resident')).toEqual([]);
  });
});

describe('channel preferences', () => {
  it('start with every channel on, and the outbox follows a later choice', async () => {
    expect((await call('resident2', 'GET', '/api/notifications/preferences')).json()).toEqual({
      inApp: true,
      sms: true,
      wechat: true,
    });
    // The notice is queued first; the choice made before delivery still counts (read at delivery).
    const own = await submitTicket(call, 'resident2', home);
    await call('community', 'POST', `/api/tickets/${own.id}/actions`, { action: 'accept' });
    await setPreferences('resident2', { sms: false, wechat: true });
    const smsBefore = t.sms.length;
    await deliverOutbox(t.services);
    expect(await outboxOf(own.id, 'resident2')).toEqual([{ channel: 'auto', status: 'opted_out' }]);
    expect(t.sms.slice(smsBefore).some((line) => line.includes('已受理'))).toBe(false);
    // The inbox is always on.
    const inbox = (await call('resident2', 'GET', '/api/notifications?limit=100')).json();
    expect(inbox.items.some((n: { ticketId: string }) => n.ticketId === own.id)).toBe(true);

    await t.services.audit.seal();
    const trail = await t.database.db
      .select({ before: auditEvent.before, after: auditEvent.after })
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.action, 'notification.preferences_update'),
          eq(auditEvent.targetId, idOf('resident2')),
        ),
      );
    expect(trail).toEqual([{ before: { sms: true, wechat: true }, after: { sms: false, wechat: true } }]);
  });

  it('send by SMS when WeChat is turned off, and never fall back to a channel turned off', async () => {
    await setPreferences('resident', { sms: true, wechat: false });
    const first = await submitTicket(call, 'resident', home);
    await call('community', 'POST', `/api/tickets/${first.id}/actions`, { action: 'accept' });
    const sentBefore = fake.sent.length;
    await deliverOutbox(t.services);
    expect(fake.sent.length).toBe(sentBefore);
    expect(await outboxOf(first.id, 'resident')).toEqual([{ channel: 'sms', status: 'sent' }]);

    // WeChat refusing twice moves a message to SMS, unless SMS is off: then it keeps trying WeChat.
    await setPreferences('resident', { sms: false, wechat: true });
    const second = await submitTicket(call, 'resident', home);
    await call('community', 'POST', `/api/tickets/${second.id}/actions`, { action: 'accept' });
    fake.failNextSends(43004, 43004);
    const smsBefore = t.sms.length;
    expect((await deliverOutbox(t.services)).failed).toBe(1);
    expect((await deliverOutbox(t.services)).failed).toBe(1);
    expect((await deliverOutbox(t.services)).sent).toBe(1);
    expect(await outboxOf(second.id, 'resident')).toEqual([{ channel: 'wechat', status: 'sent' }]);
    expect(t.sms.length).toBe(smsBefore);
    await setPreferences('resident', { sms: true, wechat: true });
  });

  it('refuse a choice for another person: in the API and in the database', async () => {
    await setPreferences('resident2', { sms: true, wechat: true });
    const named = await call('resident', 'PUT', '/api/notifications/preferences', {
      accountId: idOf('resident2'),
      sms: false,
      wechat: false,
    });
    expect(named.statusCode, named.body).toBe(400);
    expect(named.headers['content-type']).toContain('application/problem+json');
    expect(
      (await call(null, 'PUT', '/api/notifications/preferences', { sms: false, wechat: false })).statusCode,
    ).toBe(401);
    expect((await call(null, 'GET', '/api/notifications/preferences')).statusCode).toBe(401);
    expect(
      (await call('resident', 'PUT', '/api/notifications/preferences', { sms: 'no', wechat: false }))
        .statusCode,
    ).toBe(400);

    // A request's own transaction cannot write or read anyone else's row either (row-level security).
    const resident = actor('resident');
    const insert = runAs(t.services, resident, META, (ctx) =>
      ctx.tx
        .insert(noticePreference)
        .values({ accountId: idOf('resident2'), sms: false, wechat: false, updatedAt: ctx.now })
        .onConflictDoNothing(),
    );
    await expect(insert).rejects.toThrow();
    const updated = await runAs(t.services, resident, META, (ctx) =>
      ctx.tx
        .update(noticePreference)
        .set({ sms: false, wechat: false })
        .where(eq(noticePreference.accountId, idOf('resident2')))
        .returning({ accountId: noticePreference.accountId }),
    );
    expect(updated).toEqual([]);
    const seen = await runAs(t.services, resident, META, (ctx) =>
      ctx.tx.execute(sql`SELECT account_id FROM notice_preference`),
    );
    expect(
      (seen as unknown as { rows: { account_id: string }[] }).rows.map((r) => r.account_id),
    ).not.toContain(idOf('resident2'));
    expect((await call('resident2', 'GET', '/api/notifications/preferences')).json()).toEqual({
      inApp: true,
      sms: true,
      wechat: true,
    });
  });
});
