import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE } from '../support/browser';
import { PASSWORD, shot, signInConsole, signInPhone, startDemoServer } from '../support/journeys';
import type { StartedServer } from '../support/server';

// A browser whose clock is UTC still shows the installation's time (Asia/Shanghai, from GET /api/site): a
// ticket filed at 07:00 UTC reads 15:00 on both faces, and days picked in a filter are Beijing days.

let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const FILED = '2026-11-23T07:00:00.000Z';
const DUE = '2026-11-30T10:00:00.000Z';

/** A resident's ticket, filed through the API. */
async function fileTicket(): Promise<{ id: string; number: string }> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'resident', password: PASSWORD }),
  });
  const cookie =
    login.headers
      .getSetCookie()
      .find((c) => c.startsWith('lx_session='))
      ?.split(';')[0] ?? '';
  const me = (await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json()) as {
    placeId: string;
  };
  const res = await fetch(`${server.url}/api/tickets`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'problem',
      title: `时区核对${Date.now() % 100000}`,
      description: '楼下路灯晚上不亮',
      placeId: me.placeId,
    }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; number: string };
}

/**
 * The server answers with this ticket filed at 07:00 UTC and due at 10:00 UTC a week later (the server's clock
 * cannot be set from here), so the page's formatting is what is under test.
 */
async function pinTimes(page: Page, id: string) {
  const pin = (t: Record<string, unknown>) =>
    t.id === id
      ? {
          ...t,
          createdAt: FILED,
          handleDueAt: DUE,
          events: Array.isArray(t.events)
            ? t.events.map((e: Record<string, unknown>, i: number) => (i === 0 ? { ...e, at: FILED } : e))
            : t.events,
        }
      : t;
  await page.route(/\/api\/tickets(\/[0-9a-f-]{36})?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Record<string, unknown>;
    const items = body.items as Record<string, unknown>[] | undefined;
    await route.fulfill({ response, json: items ? { ...body, items: items.map(pin) } : pin(body) });
  });
}

describe('a browser in UTC', () => {
  it('shows Beijing times in the console and on the phone, and filters by Beijing days', async () => {
    const ticket = await fileTicket();
    for (const language of ['zh-CN', 'en-US'] as const) {
      const context = await browser.newContext({
        ...DESKTOP,
        viewport: { width: 1366, height: 900 },
        // Signed in in Chinese (the helper reads the Chinese labels), then the page switches language.
        locale: 'zh-CN',
        timezoneId: 'UTC',
      });
      const page = await context.newPage();
      await pinTimes(page, ticket.id);
      await signInConsole(page, server.url, 'community', '/console/tickets');
      await page.evaluate((lang) => localStorage.setItem('lianxin.language', lang), language);
      await page.reload();
      expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBe(0);
      const row = page.locator('tr', { hasText: ticket.number });
      await row.waitFor();
      expect(await row.textContent()).toContain('11-23 15:00');
      expect(await row.textContent()).not.toContain('11-23 07:00');
      await shot(page, `console-list-utc-${language}`);

      await page.goto(`${server.url}/console/tickets/${ticket.id}`);
      const detail = page.getByText('2026-11-30 18:00').first();
      await detail.waitFor();
      expect(await page.getByText('2026-11-23 15:00').count()).toBeGreaterThan(0);
      expect(await page.getByText('2026-11-30 10:00').count()).toBe(0);
      await shot(page, `console-detail-utc-${language}`);

      // Days in the address are Beijing midnights; the range picker shows them as those days, and searching
      // again keeps them Beijing midnights (not the browser's UTC ones).
      await page.goto(
        `${server.url}/console/tickets?from=${encodeURIComponent('2026-12-01T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-03T00:00:00+08:00')}`,
      );
      const range = page.locator('.ant-picker-range input');
      await expect.poll(() => range.first().inputValue()).toBe('2026-12-01');
      expect(await range.nth(1).inputValue()).toBe('2026-12-02');
      await page.getByRole('search').locator('button[type=submit]').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2026-12-01T00:00:00+08:00');
      expect(new URL(page.url()).searchParams.get('to')).toBe('2026-12-03T00:00:00+08:00');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    }

    const phone = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'UTC' });
    const page = await phone.newPage();
    await pinTimes(page, ticket.id);
    await signInPhone(page, server.url, 'resident');
    await page.goto(`${server.url}/m/tickets/${ticket.id}`);
    await page.getByText('预计 2026-11-30 18:00 前办结').waitFor();
    expect(await page.getByText('2026-11-23 15:00').count()).toBeGreaterThan(0);
    await shot(page, 'phone-detail-utc');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await phone.close();
  });
});
