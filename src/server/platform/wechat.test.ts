import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWechat, startFakeWechat } from '../../../test/support/fake-wechat';
import type { OutboundMessage } from './channels';
import { createWechatApi, createWechatChannel, templateRequest, WechatError } from './wechat';

const APP = { appId: 'wx-test-app', secret: 'test-secret' };
const NOTICE: OutboundMessage = {
  body: '【连心】「北门电动车乱停放」已受理',
  notice: {
    ticketId: '0b6f3c9e-1d2a-4f5b-9c8d-7e6f5a4b3c2d',
    number: 'GD-20261123-000042',
    title: '北门电动车乱停放',
    move: '已受理',
    note: '明天上午处理',
    at: '2026-11-23T06:05:00.000Z',
  },
};

let fake: FakeWechat;
beforeAll(async () => {
  fake = await startFakeWechat({ ...APP, expiresIn: 7200 });
});
afterAll(async () => {
  await fake.close();
});

function clockAt(ms: number) {
  const clock = { now: ms, fn: () => new Date(clock.now) };
  return clock;
}

describe('the WeChat template-message adapter', () => {
  it('fetches a token once, reuses it until shortly before it expires, then fetches a new one', async () => {
    const clock = clockAt(Date.parse('2026-11-23T00:00:00Z'));
    const api = createWechatApi({ ...APP, apiBase: fake.base }, fetch, clock.fn);
    const before = fake.tokenCalls;
    const sentBefore = fake.sent.length;
    const request = templateRequest(
      'openid-a',
      { templateId: 'tpl', linkBase: undefined, timeZone: 'Asia/Shanghai' },
      NOTICE,
    );
    await Promise.all([api.sendTemplate(request), api.sendTemplate(request)]);
    await api.sendTemplate(request);
    expect(fake.tokenCalls - before).toBe(1);
    clock.now += (7200 - 400) * 1000; // still inside the token's life less the margin
    await api.sendTemplate(request);
    expect(fake.tokenCalls - before).toBe(1);
    clock.now += 200 * 1000; // within five minutes of expiry: refresh early
    await api.sendTemplate(request);
    expect(fake.tokenCalls - before).toBe(2);
    const tokens = fake.sent.slice(sentBefore).map((s) => s.token);
    expect(tokens).toHaveLength(5);
    expect(new Set(tokens.slice(0, 4)).size).toBe(1);
    expect(tokens[4]).not.toBe(tokens[0]);
  });

  it('fetches a new token once when WeChat says the cached one is invalid (40001) or expired (42001)', async () => {
    const api = createWechatApi({ ...APP, apiBase: fake.base });
    const request = templateRequest(
      'openid-b',
      { templateId: 'tpl', linkBase: undefined, timeZone: 'Asia/Shanghai' },
      NOTICE,
    );
    await api.sendTemplate(request);
    const before = fake.tokenCalls;
    fake.revokeTokens();
    await api.sendTemplate(request);
    expect(fake.tokenCalls - before).toBe(1);
    fake.failNextSends(42001);
    const sentBefore = fake.sent.length;
    await api.sendTemplate(request);
    expect(fake.tokenCalls - before).toBe(2);
    expect(fake.sent.length - sentBefore).toBe(1);
    // A second stale answer in a row is not retried again: the outbox retries later.
    fake.failNextSends(40001, 40001);
    await expect(api.sendTemplate(request)).rejects.toMatchObject({ errcode: 40001 });
  });

  it('treats any other errcode as a failure, and a wrong secret as one too', async () => {
    const api = createWechatApi({ ...APP, apiBase: fake.base });
    const request = templateRequest(
      'openid-c',
      { templateId: 'tpl', linkBase: undefined, timeZone: 'Asia/Shanghai' },
      NOTICE,
    );
    fake.failNextSends(43004); // the user does not follow the official account
    const failure = await api.sendTemplate(request).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WechatError);
    expect((failure as WechatError).errcode).toBe(43004);
    const wrong = createWechatApi({ ...APP, secret: 'wrong', apiBase: fake.base });
    await expect(wrong.sendTemplate(request)).rejects.toMatchObject({ errcode: 40125 });
  });

  it('sends the classic template body: touser, template_id, link and keyword data', async () => {
    const options = {
      ...APP,
      apiBase: `${fake.base}/`,
      templateId: 'TPL-PROGRESS',
      linkBase: 'https://lianxin.example.cn/',
      timeZone: 'Asia/Shanghai',
    };
    const channel = createWechatChannel(options, createWechatApi(options));
    const sentBefore = fake.sent.length;
    await channel.send({} as never, 'openid-d', NOTICE);
    expect(fake.sent.slice(sentBefore).map((s) => s.body)).toEqual([
      {
        touser: 'openid-d',
        template_id: 'TPL-PROGRESS',
        url: 'https://lianxin.example.cn/m/tickets/0b6f3c9e-1d2a-4f5b-9c8d-7e6f5a4b3c2d',
        data: {
          first: { value: '「北门电动车乱停放」已受理' },
          keyword1: { value: 'GD-20261123-000042' },
          keyword2: { value: '北门电动车乱停放' },
          keyword3: { value: '已受理' },
          keyword4: { value: '2026-11-23 14:05' },
          remark: { value: '明天上午处理' },
        },
      },
    ]);
  });

  it('exchanges an OAuth code for the openid once, and refuses an unknown code', async () => {
    const api = createWechatApi({ ...APP, apiBase: fake.base });
    fake.issueCode('code-1', 'openid-e');
    expect(await api.openidForCode('code-1')).toBe('openid-e');
    await expect(api.openidForCode('code-1')).rejects.toMatchObject({ errcode: 40029 });
  });
});
