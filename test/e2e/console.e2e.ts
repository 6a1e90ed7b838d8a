import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as ListPage } from '../../src/shared/list';
import type { Place } from '../../src/shared/places';
import { DESKTOP, launchBrowser } from '../support/browser';
import { startDemoServer } from '../support/journeys';
import type { StartedServer } from '../support/server';

// The office console's journeys: a system administrator grows the place tree; the audit
// administrator sees the audit trail and nothing else (三员分立).

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

async function signIn(page: Page, username: string) {
  await page.goto(`${server.url}/console/places`);
  // Not signed in: the console sends the visitor to sign-in and back afterwards.
  await page.waitForURL(/\/console\/login\?next=/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('Lianxin@2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await mainMenu(page).waitFor();
}

/** The console's navigation (its groups open as nested menus inside it). */
function mainMenu(page: Page) {
  return page.getByRole('menu', { name: /功能菜单|Main menu/ });
}

/** Opens a collapsed node of the place tree by its switcher. */
async function expand(page: Page, name: string) {
  const node = page.getByTestId('place-tree').locator('.ant-tree-treenode').filter({ hasText: name }).first();
  await node.locator('.ant-tree-switcher').click();
  // The tree re-renders while its parent's children arrive; a click that landed mid-render is repeated.
  await node
    .locator('.ant-tree-switcher_open')
    .waitFor({ timeout: 5000 })
    .catch(() => node.locator('.ant-tree-switcher').click());
  await node.locator('.ant-tree-switcher_open').waitFor();
}

function menuItems(page: Page) {
  return mainMenu(page).getByRole('menuitem');
}

describe('office console', () => {
  it('admin creates a compound under 府东社区 in the place tree, then reads the console in English', async () => {
    const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, 'admin');
    expect(await page.getByTestId('header-place').textContent()).toContain('全辖区');

    await expand(page, '武进区');
    await expand(page, '湖塘镇');
    await page.getByTestId('place-tree').getByText('府东社区', { exact: true }).click();
    const detail = page.getByTestId('place-detail');
    await detail.getByRole('heading', { name: '府东社区' }).waitFor();

    await detail.getByRole('button', { name: /新增小区/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('连心家园');
    await dialog.getByLabel('编码').fill('E2E-LXJY-01');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The new compound shows in the tree under 府东社区 and opens on the right.
    await page.getByTestId('place-tree').getByText('连心家园', { exact: true }).waitFor();
    await detail.getByRole('heading', { name: '连心家园' }).waitFor();
    expect(await detail.textContent()).toContain('小区');
    const crumbs = await detail.locator('.ant-breadcrumb').textContent();
    expect(crumbs).toContain('府东社区');

    // …and the server holds it as a compound whose parent is 府东社区.
    const found = await (
      await context.request.get(`${server.url}/api/places?q=${encodeURIComponent('连心家园')}`)
    ).json();
    const created = (found as ListPage<Place>).items[0];
    expect(created?.level).toBe('compound');
    const parent = (await (
      await context.request.get(`${server.url}/api/places/${created?.parentId}`)
    ).json()) as Place;
    expect(parent.name).toBe('府东社区');

    // Language switch: the menu and page speak English, and stay English after a reload.
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'English' }).click();
    await menuItems(page).filter({ hasText: 'Places' }).waitFor();
    await page.getByRole('heading', { name: 'Places' }).waitFor();
    expect(await menuItems(page).allTextContents()).toEqual(
      expect.arrayContaining(['Places', 'Responsible units', 'Stations', 'Accounts', 'My profile']),
    );
    await page.reload();
    await menuItems(page).filter({ hasText: 'Responsible units' }).waitFor();
    expect(await page.getByRole('button', { name: /Sign out/ }).count()).toBe(1);
    await context.close();
  });

  it('the auditor sees only the audit trail and can open an entry', async () => {
    const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, 'auditor');
    // The typed address (/console/places) is refused; the menu offers the audit trail and the profile only.
    await page.getByText('无权访问').waitFor();
    expect(await menuItems(page).allTextContents()).toEqual(['审计日志', '个人中心']);

    await menuItems(page).filter({ hasText: '审计日志' }).click();
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    // The auditor's own sign-in is on the first page (newest first).
    const ownSignIn = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: '审计管理员' })
      .filter({ hasText: '登录' })
      .first();
    await ownSignIn.waitFor();
    await ownSignIn.getByRole('button', { name: /详\s*情/ }).click();
    const entry = page.getByTestId('audit-detail');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('auth.login');
    expect(await entry.textContent()).toContain('审计管理员');
    expect(await entry.textContent()).toContain('修改前');

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /校验日志链/ }).click();
    await page.getByTestId('audit-verify').waitFor();
    expect(await page.getByTestId('audit-verify').textContent()).toContain('校验通过');
    await context.close();
  });

  it('admin imports places and a work calendar with bad rows: the dialog lists each bad cell (API tests: nothing written)', async () => {
    const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, 'admin');
    await importWorkbook(page, '/console/places', [
      ['编码', '名称', '层级', '上级编码'],
      ['', '', 'foo', 'nope'],
    ]);
    const placeErrors = page.getByTestId('import-errors').locator('.ant-table-tbody tr.ant-table-row');
    expect(await placeErrors.allTextContents()).toEqual([
      expect.stringContaining('编码'),
      expect.stringContaining('名称'),
      expect.stringContaining('层级'),
      expect.stringContaining('上级编码'),
    ]);

    await importWorkbook(page, '/console/config/calendar', [
      ['日期', '是否上班', '名称'],
      ['2027-13-01', '否', '坏日期'],
    ]);
    const dayErrors = page.getByTestId('import-errors').locator('.ant-table-tbody tr.ant-table-row');
    expect(await dayErrors.count()).toBe(1);
    expect(await dayErrors.first().textContent()).toContain('日期');
    await context.close();
  });
});

/** Opens a page's 导入 dialog, hands it a workbook of these rows and starts the import. */
async function importWorkbook(page: Page, path: string, rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  for (const row of rows) {
    sheet.addRow(row);
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  await page.goto(`${server.url}${path}`);
  await page
    .getByRole('button', { name: /导\s?入$/ })
    .first()
    .click();
  await page.locator('.ant-modal input[type=file]').setInputFiles({
    name: 'import.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.getByTestId('import-errors').waitFor();
}

describe('API documentation', () => {
  it('renders /api/docs under the Content-Security-Policy, and no site may frame the console', async () => {
    const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const res = await page.goto(`${server.url}/api/docs`);
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByText('Lianxin 连心 API').first().waitFor();
    await page.locator('#operations-tag-tickets').click();
    await page.locator('[data-path="/api/tickets"]').first().waitFor();
    await context.close();
  });
});

describe('the first language', () => {
  it("follows the browser's preference until the person chooses one", async () => {
    const context = await browser.newContext({ ...DESKTOP, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/console/login`);
    await page
      .getByRole('button', { name: /Sign in/ })
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await context.close();
  });
});
