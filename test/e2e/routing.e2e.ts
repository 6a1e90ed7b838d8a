import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from '../support/browser';
import { journeyFixtures, label, shot, signInConsole } from '../support/journeys';

// The 派单目录 journey at the community office's desk: it changes who handles 垃圾清运 in 府东社区, dispatches a
// resident's ticket and finds the catalogue's unit already chosen, then dispatches several tickets at once, each
// to the unit the catalogue names for it.

const journey = journeyFixtures('routing');

/** A resident's ticket of this category (code), accepted by the community office through the API. */
async function acceptedTicket(office: Page, title: string, category: string | null): Promise<string> {
  const base = journey.url;
  const categories = (await (await office.request.get(`${base}/api/categories`)).json()).items as {
    id: string;
    code: string;
  }[];
  const resident = await journey.open(DESKTOP, `resident-${title}`);
  const login = await resident.request.post(`${base}/api/auth/login`, {
    data: { username: 'resident', password: 'Lianxin@2026' },
  });
  expect(login.status()).toBe(200);
  const home = (await (await resident.request.get(`${base}/api/auth/me`)).json()).placeId;
  const created = await resident.request.post(`${base}/api/tickets`, {
    data: {
      kind: 'problem',
      title,
      description: '已经好几天了，请尽快处理',
      placeId: home,
      ...(category ? { categoryId: categories.find((c) => c.code === category)?.id } : {}),
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  const accepted = await office.request.post(`${base}/api/tickets/${id}/actions`, {
    data: { action: 'accept' },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  return id;
}

async function ticketOf(office: Page, id: string): Promise<{ state: string; unitName: string | null }> {
  return (await office.request.get(`${journey.url}/api/tickets/${id}`)).json();
}

describe('the routing catalogue at the desk', () => {
  it('changes a rule, preselects its unit in the dispatch, and dispatches a selection by the catalogue', async () => {
    const office = await journey.open(DESKTOP, 'community');
    await signInConsole(office, journey.url, 'community', '/console/routing');
    await office.getByRole('heading', { name: '派单目录' }).waitFor();

    // 垃圾清运 in 府东社区: the street's enforcement team becomes the main handler, the property company next.
    const rule = office.getByRole('row', { name: /府东社区.*垃圾清运/ });
    await rule.getByText('主办 · 府东物业服务有限公司').waitFor();
    await rule.getByRole('button', { name: label('编辑') }).click();
    const editor = office.getByRole('dialog');
    await editor.getByText('主办 · 府东物业服务有限公司').waitFor();
    await editor
      .locator('.ant-tag')
      .filter({ hasText: '府东物业服务有限公司' })
      .locator('.ant-tag-close-icon')
      .click();
    await editor.getByText('主办 · 湖塘镇综合行政执法队').waitFor();
    // The search filters the list as it re-renders; a click that lands mid-render picks nothing, and a second
    // click on a picked option would drop it again — so click only while it is still missing.
    const picked = editor.getByText('2. 府东物业服务有限公司');
    for (let attempt = 0; attempt < 3 && !(await picked.isVisible()); attempt++) {
      await editor.getByLabel('责任单位').fill('府东物业');
      await office.locator('.ant-select-item-option').filter({ hasText: '府东物业服务有限公司' }).click();
      await picked.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await picked.waitFor();
    // The list stays open for more picks: close it by clicking the dialog's title.
    await editor.locator('.ant-modal-title').click();
    await office.locator('.ant-select-dropdown').last().waitFor({ state: 'hidden' });
    await shot(office, 'routing-rule-editor');
    await editor.getByRole('button', { name: label('保存') }).click();
    await editor.waitFor({ state: 'detached' });
    await rule.getByText('主办 · 湖塘镇综合行政执法队').waitFor();

    // A resident's 垃圾清运 ticket: the dispatch dialog already holds the catalogue's main handler.
    const garbage = await acceptedTicket(office, `垃圾没人清运${Date.now() % 100000}`, 'city.garbage');
    await office.goto(`${journey.url}/console/tickets/${garbage}`);
    await office
      .getByRole('button', { name: label('派单') })
      .first()
      .click();
    const dispatch = office.getByRole('dialog');
    await dispatch
      .getByTestId('routing-hint')
      .getByText('派单目录（府东社区 · 垃圾清运）推荐，已预选主办单位')
      .waitFor();
    await dispatch.locator('.ant-select').getByText('湖塘镇综合行政执法队').waitFor();
    await shot(office, 'routing-dispatch');
    await dispatch.getByRole('button', { name: label('派单') }).click();
    await dispatch.waitFor({ state: 'detached' });
    expect(await ticketOf(office, garbage)).toMatchObject({
      state: 'dispatched',
      unitName: '湖塘镇综合行政执法队',
    });

    // 批量派单 by the catalogue: each its own unit; the one no rule covers is reported, not dispatched.
    const stamp = Date.now() % 100000;
    const picks = [
      [`路面坑洼${stamp}`, 'traffic.road', '武进区交通运输局'],
      [`楼道垃圾${stamp}`, 'city.garbage', '湖塘镇综合行政执法队'],
      [`咨询办事${stamp}`, null, null],
    ] as const;
    const ids: string[] = [];
    for (const [title, category] of picks) {
      ids.push(await acceptedTicket(office, title, category));
    }
    await office.goto(`${journey.url}/console/tickets?queue=to_dispatch`);
    for (const [title] of picks) {
      await office
        .getByRole('row', { name: new RegExp(title) })
        .getByRole('checkbox')
        .check();
    }
    await office.getByRole('button', { name: /批量派单（3）/ }).click();
    const bulk = office.getByRole('dialog');
    const preview = bulk.getByTestId('catalogue-preview');
    for (const [title, , unit] of picks) {
      await preview.getByRole('row', { name: new RegExp(`${title}.*${unit ?? '无适用规则'}`) }).waitFor();
    }
    await bulk.getByText('2 件可按目录派出').waitFor();
    await shot(office, 'routing-bulk-preview');
    await bulk.getByRole('button', { name: '按派单目录分派' }).click();
    await bulk.getByText('成功 2 件，未成功 1 件').waitFor();
    await bulk.getByRole('row', { name: /咨询办事.*派单目录中没有适用于该工单的规则/ }).waitFor();
    await shot(office, 'routing-bulk-results');
    for (const [i, [, , unit]] of picks.entries()) {
      expect(await ticketOf(office, ids[i] ?? '')).toMatchObject(
        unit ? { state: 'dispatched', unitName: unit } : { state: 'accepted', unitName: null },
      );
    }
  });
});
