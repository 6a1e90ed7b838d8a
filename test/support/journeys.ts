import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, inject, onTestFailed } from 'vitest';
import { type DESKTOP, launchBrowser, type PHONE } from './browser';
import { startServer } from './server';

// Helpers shared by the browser journeys (test/e2e/*.e2e.ts).

export const PASSWORD = 'Lianxin@2026';

// antd spaces out two-character Chinese button labels (受 理); match the label with or without the space.
export const label = (text: string) => new RegExp(`^\\s*${[...text].join('\\s?')}\\s*$`);

/** A small real JPEG (a gray square with a red bar), as a phone camera would hand over. */
export async function photoJpeg(): Promise<Buffer> {
  const bar = await sharp({
    create: { width: 320, height: 40, channels: 3, background: { r: 200, g: 16, b: 46 } },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 160, g: 160, b: 160 } } })
    .composite([{ input: bar, top: 100, left: 0 }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * Saves a full-page screenshot when LIANXIN_SHOTS names a folder (e.g. .tmp/shots/loop), so the pages a journey
 * passes through can be looked at; without it nothing is written.
 */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.LIANXIN_SHOTS;
  if (!dir) {
    return;
  }
  mkdirSync(dir, { recursive: true });
  // A tall viewport rather than `fullPage`, so fixed bars (tab bar, footer button) sit where they belong.
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (size && height > size.height) {
    await page.setViewportSize({ width: size.width, height });
  }
  await page.screenshot({ path: `${dir}/${name}.png`, animations: 'disabled' });
  if (size && height > size.height) {
    await page.setViewportSize(size);
  }
}

/** Signs in on the phone pages as a resident or field worker would, and waits for the home page. */
export async function signInPhone(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/m/login`);
  await page.getByLabel(/账号或手机号|Account or phone/).fill(username);
  await page.getByLabel(/^(密码|Password)\*?$/).fill(PASSWORD);
  await page.getByRole('button', { name: /^\s*(登\s?录|Sign in)\s*$/ }).click();
  await page.getByTestId('greeting').waitFor();
}

/** Signs in on the office console's sign-in page and waits for the menu. */
export async function signInConsole(page: Page, base: string, username: string, next: string): Promise<void> {
  await page.goto(`${base}${next}`);
  await page.waitForURL(/\/console\/login\?next=/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: label('登录') }).click();
  await page.getByRole('menu').first().waitFor();
}

/** Today and tomorrow as calendar days in Beijing, the days the statistics count by. */
export function beijingDays(now = new Date()): { today: string; tomorrow: string } {
  const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return { today: day(now), tomorrow: day(new Date(now.getTime() + 86_400_000)) };
}

/** A computed style property of the first element a selector matches. */
export function computed(page: Page, selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

/** The real server on its own copy of the demo region that the e2e set-up seeded once (e2e-setup.ts). */
export function startDemoServer() {
  return startServer({ from: inject('demoSnapshot') });
}

/**
 * One journey file's fixtures: a server and a browser for the whole file, and a fresh context per person
 * (`open`), all closed afterwards; a failing test leaves a screenshot named after the journey and the person.
 */
export function journeyFixtures(journey: string) {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
    await server?.stop();
  });
  return {
    get url(): string {
      if (!server) {
        throw new Error('the journey server is not running yet');
      }
      return server.url;
    },
    async open(options: typeof PHONE | typeof DESKTOP, who: string): Promise<Page> {
      if (!browser) {
        throw new Error('the journey browser is not running yet');
      }
      const context = await browser.newContext({ ...options, locale: 'zh-CN' });
      contexts.push(context);
      const page = await context.newPage();
      onTestFailed(() => shot(page, `failed-${journey}-${who}`));
      return page;
    },
  };
}
