import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser';
import { computed, label, photoJpeg, shot, signInPhone, startDemoServer } from '../support/journeys';
import type { StartedServer } from '../support/server';

// A newcomer on a phone (BRIEF §2, DESIGN.md): registers with an SMS code and a home building picked from the
// place tree, lands signed in, turns on 长辈版 — which makes the text large and is still on after a reload —
// and reads the pages in English.

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

/** The code the development SMS adapter "sent" to this phone, read from the server's output. */
async function smsCode(phone: string): Promise<string> {
  const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`;
  const pattern = new RegExp(`\\[sms outbox\\] to ${masked.replace(/\*/g, '\\*')}: .*?(\\d{6})`, 'g');
  // The log line is written in the same request that answered the button; give the pipe a moment to flush.
  for (let i = 0; i < 50; i += 1) {
    const found = [...server.logs().matchAll(pattern)].at(-1)?.[1];
    if (found) {
      return found;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no SMS code for ${masked} in the server output`);
}

/** Walks the place picker down the tree, one level per screen, tapping each name in turn. */
async function pickPlace(page: Page, testId: string, names: string[]) {
  await page.getByTestId(testId).click();
  const walker = page.getByTestId('place-walker');
  await walker.waitFor();
  for (const name of names) {
    await walker.locator('.adm-list-item').filter({ hasText: name }).first().click();
    expect(await walker.locator('.adm-list-item').filter({ hasText: '网格' }).count()).toBe(0);
  }
  await walker.waitFor({ state: 'detached' });
}

describe('phone pages for a newcomer', () => {
  it('registers with an SMS code and a home building, then uses 长辈版 and English', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    onTestFailed(() => shot(page, 'failed-mobile'));
    const phone = `139${String(Date.now()).slice(-8)}`;

    // Not signed in: /m sends the visitor to sign-in, which offers registration.
    await page.goto(`${server.url}/m`);
    await page.waitForURL(/\/m\/login/);
    await page.getByRole('link', { name: /居民注册/ }).click();
    await page.getByText('居民注册', { exact: true }).first().waitFor();
    await shot(page, 'zh-register');

    await page.getByLabel('手机号').fill(phone);
    await page.getByTestId('send-code').click();
    // The button counts down, and the form says where the code went.
    await page.getByText(`验证码已发到 ${phone.slice(0, 3)}****${phone.slice(7)}`).waitFor();
    expect(await page.getByTestId('send-code').textContent()).toMatch(/秒后可重发/);
    await page.getByLabel('短信验证码').fill(await smsCode(phone));
    await page.getByLabel('设置密码').fill('Lianxin@2026');
    await page.getByLabel('姓名').fill('王秀英');
    // Residents think in compounds and buildings: a compound lists its buildings, whichever grid each is in.
    await pickPlace(page, 'home-picker', ['武进区', '湖塘镇', '府东社区', '府东花园', '2栋']);
    // The chosen building shows with its path once its details have loaded.
    await page
      .getByTestId('home-picker')
      .filter({ hasText: '府东花园' })
      .filter({ hasText: '2栋' })
      .waitFor();
    await shot(page, 'zh-register-filled');
    await page.getByTestId('register-submit').click();

    // Signed in on the home page, greeted by name, with the home place under the greeting.
    await page.waitForURL(/\/m\/?$/);
    await page.getByTestId('greeting').filter({ hasText: '王秀英' }).waitFor();
    expect(await page.locator('.lx-brand').textContent()).toContain('府东花园');
    await shot(page, 'zh-home');

    const fontSize = async () => Number.parseFloat(await computed(page, 'body', 'font-size'));
    const normalSize = await fontSize();

    // 我的: the home and the phone (masked) are there; turn 长辈版 on.
    await page.getByTestId('tab-tabs.me').click();
    await page.waitForURL(/\/m\/me$/);
    await page.getByTestId('me-name').filter({ hasText: '王秀英' }).waitFor();
    const me = page.locator('.lx-page-body');
    expect(await me.textContent()).toContain('府东花园');
    expect(await me.textContent()).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    const elderly = page.getByTestId('elderly-switch');
    expect(await elderly.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await elderly.click();
    await page.locator('html.lx-elderly').waitFor({ state: 'attached' });
    expect(await elderly.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    expect(await fontSize()).toBeGreaterThanOrEqual(18);
    expect(await fontSize()).toBeGreaterThan(normalSize);
    // Touch targets ≥ 60 px high.
    expect((await elderly.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(60);
    await shot(page, 'zh-me-elderly');

    // Remembered: still on after a reload.
    await page.reload();
    await page.getByTestId('me-name').waitFor();
    expect(await page.getByTestId('elderly-switch').getByRole('switch').getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(await fontSize()).toBeGreaterThanOrEqual(18);

    // English: the page and the tab bar speak it, and it stays after a reload.
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('elderly-switch').filter({ hasText: 'Large mode for seniors' }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Main navigation' });
    await tabs.waitFor();
    expect(await tabs.textContent()).toMatch(/Home.*Requests.*Wishes.*Me/);
    expect(await page.getByTestId('sign-out').textContent()).toMatch(label('Sign out'));
    await shot(page, 'en-me-elderly');
    await page.reload();
    await page.getByTestId('elderly-switch').filter({ hasText: 'Large mode for seniors' }).waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/长辈版|我的住址/);
    expect(await fontSize()).toBeGreaterThanOrEqual(18);
    await context.close();
  });
});

describe('WeChat notifications on 我的', () => {
  it('binds and unbinds WeChat (development binding: no official account configured)', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    onTestFailed(() => shot(page, 'failed-mobile-wechat'));
    await signInPhone(page, server.url, 'resident2');
    await page.goto(`${server.url}/m/me`);
    const row = page.getByTestId('me-wechat');
    await row.filter({ hasText: '未绑定' }).waitFor();
    await row.click();
    await page.waitForURL(/\/m\/me\/wechat$/);
    await page.getByTestId('wechat-status').filter({ hasText: '未绑定微信' }).waitFor();
    expect(await page.locator('.lx-page-body').textContent()).toContain('尚未接入微信公众号');
    await page.getByTestId('wechat-bind').click();
    await page.getByTestId('wechat-status').filter({ hasText: '已绑定微信' }).waitFor();
    await shot(page, 'zh-me-wechat-bound');

    // A return from WeChat whose state this browser did not send is refused, and nothing changes.
    await page.goto(`${server.url}/m/me/wechat?code=forged&state=forged`);
    await page.getByTestId('form-error').filter({ hasText: '微信授权已过期' }).waitFor();
    await page.waitForURL(/\/m\/me\/wechat$/);
    await page.getByTestId('wechat-status').filter({ hasText: '已绑定微信' }).waitFor();

    await page.goto(`${server.url}/m/me`);
    await page.getByTestId('me-wechat').filter({ hasText: '已绑定' }).waitFor();
    await page.getByTestId('me-wechat').click();
    await page.getByTestId('wechat-unbind').click();
    await page.getByTestId('wechat-status').filter({ hasText: '未绑定微信' }).waitFor();
    await context.close();
  });

  it('takes back a photo sent by mistake, then the whole request, while it is open', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    onTestFailed(() => shot(page, 'failed-mobile-photo'));
    await signInPhone(page, server.url, 'resident2');
    const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { placeId: string };
    const created = await page.request.post(`${server.url}/api/tickets`, {
      data: { kind: 'problem', title: '单元门口积水', description: '下雨后一直积水', placeId: me.placeId },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const upload = await page.request.post(`${server.url}/api/tickets/${id}/photos`, {
      multipart: { files: { name: 'water.jpg', mimeType: 'image/jpeg', buffer: await photoJpeg() } },
    });
    expect(upload.status()).toBe(201);

    await page.goto(`${server.url}/m/tickets/${id}`);
    await page.locator('.lx-photos img').waitFor();
    await shot(page, 'zh-ticket-own-photo');
    await page.getByTestId('photo-remove').click();
    await page.locator('.adm-dialog').getByText('删除这张照片？').waitFor();
    await page
      .locator('.adm-dialog-footer')
      .getByRole('button', { name: label('删除') })
      .click();
    await page.locator('.lx-photos').waitFor({ state: 'detached' });
    const left = await page.request.get(`${server.url}/api/tickets/${id}/photos`);
    expect(await left.json()).toEqual([]);

    // Then the whole request: it dried up by itself, so the resident takes it back, saying why.
    await page.getByTestId('go-withdraw').click();
    await page.getByLabel('撤回原因（可选）').fill('雨停后积水已经退了');
    await page.getByTestId('withdraw-submit').click();
    await page.waitForURL(new RegExp(`/m/tickets/${id}$`));
    await page.getByText('诉求已撤回').waitFor();
    const after = await (await page.request.get(`${server.url}/api/tickets/${id}`)).json();
    expect(after).toMatchObject({ state: 'closed', outcome: 'withdrawn' });
    await context.close();
  });
});

describe('a long paste into 我要反映', () => {
  it('counts, says how far over it is and refuses to send until the title is short enough', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    onTestFailed(() => shot(page, 'failed-mobile-long-title'));
    await signInPhone(page, server.url, 'resident');
    await page.goto(`${server.url}/m/tickets/new`);
    const title = page.getByLabel('一句话说明');
    const item = page.locator('.adm-form-item').filter({ has: title });
    // 5,000 characters arrive at once, as a paste does; nothing is cut.
    await title.focus();
    await page.keyboard.insertText('路灯不亮'.repeat(1250));
    expect((await title.inputValue()).length).toBe(5000);
    await item.getByTestId('text-count').filter({ hasText: '5000/100' }).waitFor();
    await item.getByText('最多 100 个字，已超出 4900 个字').waitFor();
    await page.getByLabel('详细情况').fill('晚上很黑，老人出门不方便');
    await shot(page, 'zh-submit-title-over');

    const sent: string[] = [];
    page.on(
      'request',
      (r) => r.method() === 'POST' && r.url().endsWith('/api/tickets') && sent.push(r.url()),
    );
    await page.getByTestId('submit-ticket').click();
    await item.getByText('最多 100 个字，已超出 4900 个字').waitFor();
    await page.waitForTimeout(500);
    expect(sent).toEqual([]);
    expect(page.url()).toMatch(/\/m\/tickets\/new$/);

    // Cut down to its first sentence: the message goes, and the request is sent.
    await title.fill('3栋门口路灯不亮');
    await item.getByTestId('text-count').filter({ hasText: '8/100' }).waitFor();
    expect(await item.locator('.adm-form-item-feedback-error').count()).toBe(0);
    await page.getByTestId('submit-ticket').click();
    await page.waitForURL(/\/m\/tickets\/[0-9a-f-]{36}$/);
    expect(sent).toHaveLength(1);
    await context.close();
  });
});
