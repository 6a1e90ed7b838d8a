import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser } from '../support/browser';
import { startDemoServer } from '../support/journeys';
import type { StartedServer } from '../support/server';

// The office's desk journey: a resident's ticket reaches 待受理; the community office opens it,
// reveals the resident's number to call back, accepts it, dispatches it to the handler's unit and watches the
// timeline grow.

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

/** Signs in through the API and returns the session cookie. */
async function signIn(username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Lianxin@2026' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lx_session='));
  return cookie?.split(';')[0] ?? '';
}

async function api<T>(cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
  return (await res.json()) as T;
}

// antd spaces out two-character Chinese button labels (受 理).
const label = (text: string) => new RegExp(`^\\s*${[...text].join('\\s?')}\\s*$`);

describe('the office desk', () => {
  it('accepts a resident ticket from 待受理, dispatches it to a unit and sees the timeline grow', async () => {
    const resident = await signIn('resident');
    const home = (await api<{ placeId: string }>(resident, 'GET', '/api/auth/me')).placeId;
    const title = `楼道灯坏了${Date.now() % 100000}`;
    const ticket = await api<{ id: string; number: string }>(resident, 'POST', '/api/tickets', {
      kind: 'problem',
      title,
      description: '三楼楼道的灯一直不亮，晚上上下楼看不见',
      placeId: home,
    });
    const handler = await signIn('handler');
    const unitId = (await api<{ unitIds: string[] }>(handler, 'GET', '/api/auth/me')).unitIds[0] ?? '';
    const unitName = (await api<{ name: string }>(handler, 'GET', `/api/units/${unitId}`)).name;

    const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const signedIn = await page.request.post(`${server.url}/api/auth/login`, {
      data: { username: 'community', password: 'Lianxin@2026' },
    });
    expect(signedIn.status()).toBe(200);

    await page.goto(`${server.url}/console/tickets?queue=to_accept`);
    await page.getByRole('heading', { name: '待受理' }).waitFor();
    // The menu counts what waits in each queue: the new ticket is among those to accept.
    const waiting = page.getByRole('menuitem', { name: /待受理/ }).locator('.ant-badge-count');
    await waiting.waitFor();
    expect(Number(await waiting.getAttribute('title'))).toBeGreaterThan(0);
    const row = page.getByRole('row', { name: new RegExp(title) });
    // A click anywhere on the row opens the ticket, not only on its number.
    await row.getByText(title).click();

    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('tab', { name: '时间线（1）' }).waitFor();

    // To call the resident back: the number is masked until the office asks for it (the server audits it).
    await page.getByText('138****0001').waitFor();
    await page.getByRole('button', { name: '显示号码' }).click();
    await page.getByRole('link', { name: '13800000001' }).waitFor();

    // 受理
    await page
      .getByRole('button', { name: label('受理') })
      .first()
      .click();
    const accept = page.getByRole('dialog');
    await accept.getByRole('button', { name: label('受理') }).click();
    await accept.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '时间线（2）' }).waitFor();
    await page.getByText('已受理', { exact: true }).first().waitFor();

    // 派单 to the handler's unit
    await page
      .getByRole('button', { name: label('派单') })
      .first()
      .click();
    const dispatch = page.getByRole('dialog');
    await dispatch.getByRole('combobox').click();
    await dispatch.getByRole('combobox').fill(unitName);
    await page.locator('.ant-select-item-option').filter({ hasText: unitName }).first().click();
    await dispatch.getByRole('button', { name: label('派单') }).click();
    await dispatch.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '时间线（3）' }).click();

    const events = page.getByTestId('timeline-event');
    await events.nth(2).waitFor();
    expect(await events.count()).toBe(3);
    // Newest on top: the dispatch, naming the unit.
    expect(await events.first().textContent()).toContain(unitName);
    expect(await events.first().textContent()).toContain('派单');
    expect(await events.nth(1).textContent()).toContain('受理');

    const after = await api<{ state: string; unitId: string }>(handler, 'GET', `/api/tickets/${ticket.id}`);
    expect(after).toMatchObject({ state: 'dispatched', unitId });
    await context.close();
  });

  it('lands each role on its workbench: the handler on its unit, the leader on its rates', async () => {
    // The menu lists the queues of the person's desk only: a handler has no intake queue to look at.
    for (const [who, shows, hides, menu] of [
      ['handler', 'workbench-my_unit', 'workbench-to_accept', ['本单位', '超期', '全部工单']],
      ['leader', 'workbench-rates', 'workbench-to_accept', ['超期', '上报给我', '延期审批', '全部工单']],
      ['community', 'workbench-to_accept', 'workbench-my_unit', ['待受理', '待派单', '超期']],
    ] as const) {
      const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
      const page = await context.newPage();
      const signedIn = await page.request.post(`${server.url}/api/auth/login`, {
        data: { username: who, password: 'Lianxin@2026' },
      });
      expect(signedIn.status()).toBe(200);
      await page.goto(`${server.url}/console`);
      await page.waitForURL(/\/console\/workbench$/);
      await page.getByRole('heading', { name: '工作台' }).waitFor();
      await page.getByTestId(shows).waitFor();
      await page.getByTestId('workbench-due-soon').waitFor();
      expect(await page.getByTestId(hides).count(), `${who} sees ${hides}`).toBe(0);
      const queues = await page.getByRole('menu').first().getByRole('menuitem').allTextContents();
      const named = queues.map((q) => q.replace(/\d+$/, '').trim());
      expect(named, `${who}'s menu`).toEqual(expect.arrayContaining([...menu]));
      expect(named.includes('待受理'), `${who}'s menu has 待受理`).toBe(
        (menu as readonly string[]).includes('待受理'),
      );
      await context.close();
    }
  });
});
