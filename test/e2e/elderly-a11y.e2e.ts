import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeFindings, type Finding, report, sizeFindings } from '../support/a11y';
import { DESKTOP } from '../support/browser';
import { computed, journeyFixtures, PASSWORD, photoJpeg, shot, signInPhone } from '../support/journeys';

// 长辈版 on every resident page (DESIGN.md): an older resident on a 390 px phone, elderly mode on, in Chinese, goes
// through sign-in, registration with the place picker, password reset, home, a new problem, her requests, one
// of them with its photo and timeline, rating, the wish wall, 我的, messages and her home place. On each screen
// axe-core finds no serious or critical violation, no text is under 18 px and no tap target under 60 px high.
// The office console's sign-in, ticket list and ticket detail are checked by axe at 1366 px.

const fx = journeyFixtures('elderly-a11y');
const ELDERLY_PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** A phone with 长辈版 on before the first page paints, in the given language. */
async function elderlyPhone(who: string, language = 'zh-CN'): Promise<Page> {
  const page = await fx.open(ELDERLY_PHONE, who);
  await page.addInitScript((lang) => {
    localStorage.setItem('lianxin.elderly', '1');
    localStorage.setItem('lianxin.language', lang);
  }, language);
  return page;
}

/** The value of `make`, made once, on first use inside a test (fx.open must be called inside one). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** Everything axe and the size rule find on the page as it is now (after it has settled). */
async function check(page: Page, where: string): Promise<Finding[]> {
  await page.locator('[data-testid=loading], .adm-skeleton').first().waitFor({ state: 'detached' });
  await shot(page, `elderly-${where}`);
  return [...(await axeFindings(page, where)), ...(await sizeFindings(page, where))];
}

const clean = (findings: Finding[]) => expect(report(findings)).toBe('');

describe('resident pages before sign-in, in 长辈版', () => {
  const visitor = once(() => elderlyPhone('visitor'));

  it('sign-in (also where / sends a phone)', async () => {
    const page = await visitor();
    await page.goto(`${fx.url}/`);
    await page.waitForURL(/\/m\/login/);
    await page.locator('html.lx-elderly').waitFor({ state: 'attached' });
    clean(await check(page, 'sign-in'));
  });

  it('registration, the place picker walking down and its search', async () => {
    const page = await visitor();
    await page.goto(`${fx.url}/m/register`);
    await page.getByTestId('register-submit').waitFor();
    const found = await check(page, 'register');
    await page.getByTestId('home-picker').click();
    const walker = page.getByTestId('place-walker');
    await walker.locator('.adm-list-item').first().waitFor();
    found.push(...(await check(page, 'picker-districts')));
    for (const name of ['武进区', '湖塘镇', '府东社区', '府东花园']) {
      await walker.locator('.adm-list-item').filter({ hasText: name }).first().click();
    }
    await walker.locator('.adm-list-item').filter({ hasText: '6栋' }).waitFor();
    found.push(...(await check(page, 'picker-buildings')));
    await page.getByTestId('place-search').locator('input').fill('2栋');
    await page.getByTestId('place-result').first().waitFor();
    found.push(...(await check(page, 'picker-search')));
    clean(found);
  });

  it('password reset', async () => {
    const page = await visitor();
    await page.goto(`${fx.url}/m/reset-password`);
    await page.locator('.lx-page-footer button').waitFor();
    clean(await check(page, 'reset-password'));
  });
});

describe('resident pages after sign-in, in 长辈版', () => {
  const resident = once(async () => {
    const page = await elderlyPhone('resident');
    await signInPhone(page, fx.url, 'resident');
    const me = (await (await page.request.get(`${fx.url}/api/auth/me`)).json()) as { placeId: string };
    // Her own open request with a photo: the photo's 删除 and the timeline are on its page.
    const created = await page.request.post(`${fx.url}/api/tickets`, {
      data: {
        kind: 'problem',
        title: '楼道灯不亮',
        description: '三楼楼道的灯晚上不亮',
        placeId: me.placeId,
      },
    });
    const ticketId = ((await created.json()) as { id: string }).id;
    await page.request.post(`${fx.url}/api/tickets/${ticketId}/photos`, {
      multipart: { files: { name: 'lamp.jpg', mimeType: 'image/jpeg', buffer: await photoJpeg() } },
    });
    // A request of the demo history the office has resolved, waiting for her rating.
    const mine = (await (await page.request.get(`${fx.url}/api/tickets?queue=mine&limit=100`)).json()) as {
      items: { id: string; state: string }[];
    };
    const toRate = mine.items.find((t) => t.state === 'resolved')?.id ?? '';
    return { page, ticketId, toRate };
  });

  it('home', async () => {
    const { page } = await resident();
    await page.goto(`${fx.url}/m`);
    await page.getByTestId('greeting').waitFor();
    // Loaded directly, before any ticket screen: the shell's own CSS sets 我最近的诉求 off the screen's edge.
    await page.locator('.lx-subhead').waitFor();
    expect(Number.parseFloat(await computed(page, '.lx-subhead', 'margin-left'))).toBeGreaterThanOrEqual(12);
    clean(await check(page, 'home'));
  });

  it('submitting a problem, with the place picker', async () => {
    const { page } = await resident();
    await page.goto(`${fx.url}/m/tickets/new?kind=problem`);
    await page.getByTestId('place-picker').waitFor();
    const found = await check(page, 'submit');
    await page.getByTestId('place-picker').click();
    await page.getByTestId('place-walker').locator('.adm-list-item').first().waitFor();
    found.push(...(await check(page, 'submit-picker')));
    clean(found);
  });

  it('my requests', async () => {
    const { page } = await resident();
    await page.goto(`${fx.url}/m/tickets`);
    await page.locator('.lx-card-link').first().waitFor();
    clean(await check(page, 'my-tickets'));
  });

  it('one request, with its photo and timeline', async () => {
    const { page, ticketId } = await resident();
    await page.goto(`${fx.url}/m/tickets/${ticketId}`);
    await page.locator('.lx-photos img').waitFor();
    await page.locator('.lx-timeline li').first().waitFor();
    clean(await check(page, 'ticket'));
  });

  it('rating a resolved request', async () => {
    const { page, toRate } = await resident();
    expect(toRate).not.toBe('');
    await page.goto(`${fx.url}/m/tickets/${toRate}/rate`);
    await page.locator('.lx-rating').first().waitFor();
    clean(await check(page, 'rate'));
  });

  it('the wish wall', async () => {
    const { page } = await resident();
    await page.goto(`${fx.url}/m/tickets/wishes`);
    await page.locator('.lx-page-body').waitFor();
    clean(await check(page, 'wish-wall'));
  });

  it('我的, messages and the home place', async () => {
    const { page } = await resident();
    await page.goto(`${fx.url}/m/me`);
    await page.getByTestId('me-name').waitFor();
    const found = await check(page, 'me');
    await page.goto(`${fx.url}/m/messages`);
    await page.locator('.lx-page-body').waitFor();
    found.push(...(await check(page, 'messages')));
    await page.goto(`${fx.url}/m/me/home`);
    await page.getByTestId('home-picker').filter({ hasText: '1栋' }).waitFor();
    found.push(...(await check(page, 'home-place')));
    await page.getByTestId('home-picker').click();
    // Opened beside her building: the buildings of her compound, grids left out.
    await page.getByTestId('place-walker').locator('.adm-list-item').filter({ hasText: '6栋' }).waitFor();
    found.push(...(await check(page, 'home-place-picker')));
    clean(found);
  });
});

describe('office console pages the journeys visit, by axe at 1366 px', () => {
  it('sign-in, ticket list and ticket detail', async () => {
    const page = await fx.open({ ...DESKTOP, viewport: { width: 1366, height: 900 } }, 'office');
    await page.goto(`${fx.url}/console/login`);
    await page.getByLabel('用户名').waitFor();
    const found = await axeFindings(page, 'console-sign-in');
    await page.getByLabel('用户名').fill('community');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByLabel('密码').press('Enter');
    await page.getByRole('menu').first().waitFor();
    await page.goto(`${fx.url}/console/tickets`);
    const link = page.locator('.ant-table-row a').first();
    await link.waitFor();
    found.push(...(await axeFindings(page, 'console-tickets')));
    await link.click();
    await page.getByRole('tab').first().waitFor();
    found.push(...(await axeFindings(page, 'console-ticket')));
    clean(found);
  });
});
