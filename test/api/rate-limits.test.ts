import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

// The request limits of platform/rate-limit.ts through the real app: `t` runs on the defaults, `small` on
// explicitly small limits where the defaults would take hundreds of requests to reach. Every scenario comes
// from its own addresses.

let t: TestApp;
let small: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { realLimits: true });
  small = await createTestApp(
    {
      LIANXIN_LIMIT_SMS_DAILY: '5/1d',
      LIANXIN_LIMIT_TICKET_SUBMIT: '2/1h',
      LIANXIN_LIMIT_OPEN311_SUBMIT: '3/1h',
    },
    { realLimits: true },
  );
});
afterAll(async () => {
  await t.close();
  await small.close();
});

const phone = (i: number) => `1390000${String(i).padStart(4, '0')}`;
const texts = (app: TestApp) => app.sms.filter((line) => line.includes('验证码')).length;

function askCode(app: TestApp, to: string, from: string) {
  return app.app.inject({
    method: 'POST',
    url: '/api/auth/sms-code',
    payload: { phone: to, purpose: 'register' },
    remoteAddress: from,
  });
}

function expectRefusal(res: { statusCode: number; headers: Record<string, unknown>; json(): object }) {
  expect(res.statusCode).toBe(429);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.json()).toMatchObject({ status: 429, code: 'rate_limited' });
}

describe('one-time codes by SMS', () => {
  it('sends ten codes to thirty phones asked for from one address', async () => {
    const before = texts(t);
    const answers = [];
    for (let i = 0; i < 30; i++) {
      answers.push(await askCode(t, phone(i), '10.10.0.1'));
    }
    const sent = texts(t) - before;
    console.info(`SMS flood, 30 phones from one address: ${sent} sent`);
    expect(sent).toBe(10);
    expect(answers.slice(0, 10).every((r) => r.statusCode === 200)).toBe(true);
    for (const refused of answers.slice(10)) {
      expectRefusal(refused);
    }
    // Another address is not held back by this one.
    expect((await askCode(t, phone(31), '10.10.0.2')).statusCode).toBe(200);
  });

  it('sends one code when ten ask for the same phone at once', async () => {
    const before = texts(t);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => askCode(t, phone(100), `10.11.0.${i + 1}`)),
    );
    const sent = texts(t) - before;
    console.info(`one phone, 10 parallel requests: ${sent} sent`);
    expect(sent).toBe(1);
    const refused = answers.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(9);
    expect(refused[0]?.json().title).toMatch(/^验证码发送太频繁，请 \d+ 秒后再试$/);
  });

  it('sends one phone a code a minute, and at most ten a day', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const before = texts(t);
      expect((await askCode(t, phone(200), '10.12.0.1')).statusCode).toBe(200);
      expectRefusal(await askCode(t, phone(200), '10.12.0.2'));
      for (let i = 0; i < 11; i++) {
        vi.setSystemTime(Date.now() + 61_000);
        await askCode(t, phone(200), `10.12.1.${i + 1}`);
      }
      expect(texts(t) - before).toBe(10);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops at the installation’s daily ceiling, whatever the phones and addresses', async () => {
    const before = texts(small);
    const answers = [];
    for (let i = 0; i < 8; i++) {
      answers.push(await askCode(small, phone(300 + i), `10.13.0.${i + 1}`));
    }
    expect(texts(small) - before).toBe(5);
    const last = answers.at(-1);
    expect(last?.statusCode).toBe(429);
    expect(last?.json().title).toBe('今天的短信验证码已经发完了，请明天再试，或联系所在社区');
  });
});

describe('registration', () => {
  it('takes five registrations an hour from one address', async () => {
    const register = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: { phone: phone(400), code: '000000', password: 'Lianxin@2026', displayName: '新居民' },
        remoteAddress: '10.14.0.1',
      });
    for (let i = 0; i < 5; i++) {
      expect((await register()).statusCode).toBe(400); // no code was sent: wrong code
    }
    expectRefusal(await register());
  });
});

describe('tickets residents submit', () => {
  it('limits them per address, and not the office’s own intake', async () => {
    const resident = await small.login('resident');
    const community = await small.login('community');
    const home = (
      await small.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: resident } })
    ).json().placeId;
    const submit = (cookie: string, from: string) =>
      small.app.inject({
        method: 'POST',
        url: '/api/tickets',
        headers: { cookie },
        payload: { kind: 'problem', title: '路灯不亮', description: '3栋门口', placeId: home },
        remoteAddress: from,
      });
    expect((await submit(resident, '10.15.0.1')).statusCode).toBe(201);
    expect((await submit(resident, '10.15.0.1')).statusCode).toBe(201);
    expectRefusal(await submit(resident, '10.15.0.1'));
    expect((await submit(resident, '10.15.0.2')).statusCode).toBe(201);
    for (let i = 0; i < 3; i++) {
      expect((await submit(community, '10.15.0.1')).statusCode).toBe(201);
    }
  });
});

describe('Open311 service requests', () => {
  it('limits requests filed with one API key, in the spec’s error format', async () => {
    const codes = (await small.database.db.execute(
      sql`SELECT code FROM place WHERE name = '府东社区'`,
    )) as unknown as { rows: { code: string }[] };
    const file = (from: string) =>
      small.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          api_key: 'lianxin-demo-open311',
          jurisdiction_id: codes.rows[0]?.code ?? '',
          service_code: 'facility.light',
          lat: '31.7123',
          long: '119.9456',
          description: '路灯不亮',
        }).toString(),
        remoteAddress: from,
      });
    for (let i = 0; i < 3; i++) {
      expect((await file(`10.16.0.${i + 1}`)).statusCode).toBe(200);
    }
    const refused = await file('10.16.0.9');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const minutes = Math.ceil(Number(refused.headers['retry-after']) / 60);
    expect(refused.json()).toEqual([{ code: 429, description: `操作太频繁，请 ${minutes} 分钟后再试` }]);
  });
});

describe('the limit table', () => {
  it('is out of reach of request roles, and the sweep deletes windows that ended', async () => {
    const asRequest = t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL ROLE lianxin_staff`);
      await tx.execute(sql`SELECT count(*) FROM rate_limit`);
    });
    await expect(asRequest).rejects.toThrow();
    const rows = async () =>
      Number(
        (
          (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM rate_limit`)) as unknown as {
            rows: { n: number }[];
          }
        ).rows[0]?.n,
      );
    expect(await rows()).toBeGreaterThan(0);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 86_400_000 });
    try {
      expect(await t.services.limits.sweep()).toBeGreaterThan(0);
      expect(await rows()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
