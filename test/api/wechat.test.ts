import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, auditEvent, outboxMessage, wechatOutbox } from '../../src/server/db/schema';
import { deliverOutbox } from '../../src/server/modules/notifications/outbox';
import { createTestApp, type TestApp } from '../support/app';
import { type FakeWechat, startFakeWechat } from '../support/fake-wechat';

const APP = { appId: 'wx-int-test', secret: 'int-secret' };
let fake: FakeWechat;
let t: TestApp;
const cookies: Record<string, string> = {};
let home: string;
let handlerUnit: string;

beforeAll(async () => {
  fake = await startFakeWechat(APP);
  t = await createTestApp({
    LIANXIN_WECHAT_APPID: APP.appId,
    LIANXIN_WECHAT_SECRET: APP.secret,
    LIANXIN_WECHAT_TEMPLATE_ID: 'TPL-PROGRESS',
    LIANXIN_WECHAT_API_BASE: fake.base,
    LIANXIN_WECHAT_LINK_BASE: 'https://lianxin.example.cn',
  });
  for (const name of ['resident', 'resident2', 'community', 'handler']) {
    cookies[name] = await t.login(name);
  }
  home = (await call(t, 'resident', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call(t, 'handler', 'GET', '/api/auth/me')).json().unitIds[0];
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

function call(app: TestApp, who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
  return app.app.inject({
    method,
    url,
    headers: { cookie: cookies[who] ?? '' },
    ...(payload === undefined ? {} : { payload }),
  });
}
async function submit(who: string) {
  const res = await call(t, who, 'POST', '/api/tickets', {
    kind: 'problem',
    title: '府东花园北门路灯不亮',
    description: '北门口路灯坏了好几天，晚上很黑',
    placeId: home,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string };
}
async function outboxOf(ticketId: string, username: string) {
  const [who] = await t.database.db
    .select({ id: account.id })
    .from(account)
    .where(eq(account.username, username));
  return t.database.db
    .select({ channel: outboxMessage.channel, status: outboxMessage.status })
    .from(outboxMessage)
    .where(and(eq(outboxMessage.ticketId, ticketId), eq(outboxMessage.accountId, who?.id ?? '')));
}

describe('binding WeChat (configured official account)', () => {
  it('binds the openid of an OAuth code, refuses a bad code and a second account, unbinds, audits', async () => {
    const me = (await call(t, 'resident', 'GET', '/api/auth/me')).json();
    expect(me).toMatchObject({ wechatBound: false, wechatAppId: APP.appId, wechatDevBinding: false });

    const bad = await call(t, 'resident', 'POST', '/api/auth/wechat/bind', { code: 'never-issued' });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().errors[0].path).toBe('code');
    const noCode = await call(t, 'resident', 'POST', '/api/auth/wechat/bind', { devOpenid: 'dev-x' });
    expect(noCode.statusCode).toBe(400);

    fake.issueCode('code-r1', 'openid-resident');
    const bound = await call(t, 'resident', 'POST', '/api/auth/wechat/bind', { code: 'code-r1' });
    expect(bound.statusCode, bound.body).toBe(200);
    expect(bound.json().wechatBound).toBe(true);
    expect((await call(t, 'resident', 'GET', '/api/auth/me')).json().wechatBound).toBe(true);

    fake.issueCode('code-r2', 'openid-resident');
    const taken = await call(t, 'resident2', 'POST', '/api/auth/wechat/bind', { code: 'code-r2' });
    expect(taken.statusCode, taken.body).toBe(409);
    expect((await call(t, 'resident2', 'GET', '/api/auth/me')).json().wechatBound).toBe(false);

    fake.issueCode('code-r3', 'openid-resident2');
    expect(
      (await call(t, 'resident2', 'POST', '/api/auth/wechat/bind', { code: 'code-r3' })).statusCode,
    ).toBe(200);
    const unbound = await call(t, 'resident2', 'DELETE', '/api/auth/wechat/bind');
    expect(unbound.statusCode).toBe(200);
    expect(unbound.json().wechatBound).toBe(false);
    const [row] = await t.database.db
      .select({ openid: account.wechatOpenid })
      .from(account)
      .where(eq(account.username, 'resident2'));
    expect(row?.openid).toBeNull();

    await t.services.audit.seal();
    const trail = await t.database.db
      .select({ action: auditEvent.action, actor: auditEvent.actorName })
      .from(auditEvent)
      .where(like(auditEvent.action, 'auth.wechat%'));
    expect(trail.map((e) => e.action).sort()).toEqual([
      'auth.wechat_bind',
      'auth.wechat_bind',
      'auth.wechat_unbind',
    ]);
  });

  it('tells a bound follower by WeChat template message, an unbound one by SMS, and skips the unreachable', async () => {
    const own = await submit('resident'); // bound in the test above
    const other = await submit('resident2'); // unbound again, has a phone
    await call(t, 'community', 'POST', `/api/tickets/${own.id}/actions`, { action: 'accept' });
    await call(t, 'community', 'POST', `/api/tickets/${other.id}/actions`, { action: 'accept' });
    const sentBefore = fake.sent.length;
    const smsBefore = t.sms.length;
    const result = await deliverOutbox(t.services);
    expect(result.sent).toBeGreaterThanOrEqual(2);

    const toResident = fake.sent.slice(sentBefore).map((s) => s.body);
    expect(toResident).toHaveLength(1);
    expect(toResident[0]).toMatchObject({
      touser: 'openid-resident',
      template_id: 'TPL-PROGRESS',
      url: `https://lianxin.example.cn/m/tickets/${own.id}`,
      data: {
        keyword1: { value: own.number },
        keyword2: { value: '府东花园北门路灯不亮' },
        keyword3: { value: '已受理' },
      },
    });
    expect(await outboxOf(own.id, 'resident')).toEqual([{ channel: 'wechat', status: 'sent' }]);
    expect(await outboxOf(other.id, 'resident2')).toEqual([{ channel: 'sms', status: 'sent' }]);
    expect(t.sms.slice(smsBefore).some((line) => line.includes('已受理'))).toBe(true);

    // WeChat refusing (43004: the resident unfollowed the official account) leaves the message pending; after
    // WECHAT_ATTEMPTS refusals it goes by SMS instead.
    await call(t, 'community', 'POST', `/api/tickets/${own.id}/actions`, {
      action: 'dispatch',
      unitId: handlerUnit,
    });
    fake.failNextSends(43004);
    const refused = await deliverOutbox(t.services);
    expect(refused.failed).toBe(1);
    expect(await outboxOf(own.id, 'resident')).toContainEqual({ channel: 'auto', status: 'pending' });
    await deliverOutbox(t.services);
    expect(
      (await outboxOf(own.id, 'resident')).every((r) => r.status === 'sent' && r.channel === 'wechat'),
    ).toBe(true);
    await call(t, 'handler', 'POST', `/api/tickets/${own.id}/actions`, { action: 'receive' });
    fake.failNextSends(43004, 43004);
    const smsBeforeFallback = t.sms.length;
    expect((await deliverOutbox(t.services)).failed).toBe(1);
    expect((await deliverOutbox(t.services)).failed).toBe(1);
    expect((await deliverOutbox(t.services)).sent).toBe(1);
    expect(await outboxOf(own.id, 'resident')).toContainEqual({ channel: 'sms', status: 'sent' });
    expect(t.sms.slice(smsBeforeFallback).some((line) => line.includes('承办单位已接单'))).toBe(true);

    // Neither a phone nor WeChat: no_address.
    await t.database.db
      .update(account)
      .set({ phoneEnc: null, phoneHash: null })
      .where(eq(account.username, 'resident2'));
    await call(t, 'community', 'POST', `/api/tickets/${other.id}/actions`, {
      action: 'dispatch',
      unitId: handlerUnit,
    });
    await deliverOutbox(t.services);
    expect(await outboxOf(other.id, 'resident2')).toContainEqual({ channel: 'auto', status: 'no_address' });
  });
});

describe('WeChat not configured (development adapter)', () => {
  let dev: TestApp;
  beforeAll(async () => {
    dev = await createTestApp();
    cookies.devResident = await dev.login('resident');
    cookies.devCommunity = await dev.login('community');
  });
  afterAll(async () => {
    await dev?.close();
  });

  it('binds a devOpenid outside production, records sends in wechat_outbox, refuses in production', async () => {
    const me = (await call(dev, 'devResident', 'GET', '/api/auth/me')).json();
    expect(me).toMatchObject({ wechatBound: false, wechatAppId: null, wechatDevBinding: true });
    expect((await call(dev, 'devResident', 'POST', '/api/auth/wechat/bind', { code: 'x' })).statusCode).toBe(
      400,
    );
    const bound = await call(dev, 'devResident', 'POST', '/api/auth/wechat/bind', {
      devOpenid: 'dev-resident',
    });
    expect(bound.statusCode, bound.body).toBe(200);

    const res = await call(dev, 'devResident', 'POST', '/api/tickets', {
      kind: 'problem',
      title: '楼道灯坏了',
      description: '三单元楼道灯不亮',
      placeId: me.placeId,
    });
    const ticket = res.json() as { id: string; number: string };
    await call(dev, 'devCommunity', 'POST', `/api/tickets/${ticket.id}/actions`, { action: 'accept' });
    await deliverOutbox(dev.services);
    const recorded = await dev.database.db
      .select({ request: wechatOutbox.request })
      .from(wechatOutbox)
      .where(eq(wechatOutbox.openid, 'dev-resident'));
    expect(
      recorded.map((r) => (r.request as { data: { keyword1: { value: string } } }).data.keyword1.value),
    ).toContain(ticket.number);
    expect(dev.sms.some((line) => line.startsWith('[wechat outbox] to dev-resident'))).toBe(true);

    // The same installation in production mode: no binding without a configured official account.
    const config = dev.services.config as { mode: string };
    config.mode = 'production';
    try {
      const refused = await call(dev, 'devResident', 'POST', '/api/auth/wechat/bind', { devOpenid: 'dev-2' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().title).toBe('本系统尚未接入微信公众号，暂不能绑定微信');
      expect((await call(dev, 'devResident', 'GET', '/api/auth/me')).json().wechatDevBinding).toBe(false);
    } finally {
      config.mode = 'test';
    }
  });
});
