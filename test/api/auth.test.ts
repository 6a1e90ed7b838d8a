import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('sign-in', () => {
  it('signs in with a username and sets an HttpOnly SameSite cookie', async () => {
    const res = await login('community', 'Lianxin@2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lx_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = res.json();
    expect(me.roles).toEqual(['community_staff']);
    expect(me.placeName).toBe('府东社区');
    expect(me.phone).toBe('139****0003');
  });

  it('signs residents in by phone number; me has their home and units', async () => {
    const res = await login('13800000001', 'Lianxin@2026');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'resident',
      kind: 'resident',
      roles: ['resident'],
      unitIds: [],
    });
    expect(res.json().placeId).toMatch(/^[0-9a-f-]{36}$/);
    const volunteer = await login('volunteer', 'Lianxin@2026');
    // Two teams of 府东社区: 法治科普志愿队 and the haircut team (seed/demo-volunteers.ts).
    expect(volunteer.json().unitIds).toHaveLength(2);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const unknown = await login('nobody-here', 'Lianxin@2026');
    const wrong = await login('leader', 'Wrong@2026x');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
  });

  it('speaks the caller language in problems', async () => {
    const zh = await login('nobody', 'x', { 'accept-language': 'zh-CN' });
    const en = await login('nobody', 'x', { 'accept-language': 'en-US,en;q=0.9' });
    expect(zh.json().title).toBe('用户名或密码错误');
    expect(en.json().title).toBe('Wrong username or password');
  });

  it('locks a name for its address for 15 minutes after 5 failures, even for the right password', async () => {
    // Lock-outs run on wall-clock time (platform/rate-limit.ts): move it with the app's clock.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const later = (ms: number) => {
      t.clock.advance(ms);
      vi.setSystemTime(Date.now() + ms);
    };
    try {
      for (let i = 0; i < 4; i++) {
        expect((await login('grid', 'Wrong@pass1')).statusCode).toBe(401);
      }
      const fifth = await login('grid', 'Wrong@pass1');
      expect(fifth.statusCode).toBe(423);
      expect(fifth.headers['retry-after']).toBe('900');
      expect((await login('grid', 'Lianxin@2026')).statusCode).toBe(423);
      later(14 * 60_000);
      expect((await login('grid', 'Lianxin@2026')).statusCode).toBe(423);
      later(2 * 60_000);
      expect((await login('grid', 'Lianxin@2026')).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const cookie = await t.login('street');
    const me = () => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    t.clock.advance(29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(29 * 60_000); // activity above reset the idle timer
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().title).toBe('登录已超时，请重新登录');
    expect((await me()).statusCode).toBe(401);
  });

  it('sign-out revokes every session of the account', async () => {
    const a = await t.login('leader');
    const b = await t.login('leader');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a } });
    expect(out.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: b } })).statusCode,
    ).toBe(401);
  });

  it('rejects malformed JSON with 400 and oversized bodies with 413', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x'.repeat(1024 * 1024 + 10), password: 'y' }),
    });
    expect(big.statusCode).toBe(413);
  });

  it('gives field-level validation messages in both languages', async () => {
    const zh = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(zh.statusCode).toBe(400);
    const body = zh.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.password',
      'body.username',
    ]);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().title).toBe('Some fields are not valid');
    expect(en.json().errors[0].message).not.toEqual(body.errors[0].message);
  });
});
