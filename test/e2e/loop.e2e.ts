import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Rates } from '../../src/shared/stats';
import { DESKTOP, PHONE } from '../support/browser';
import {
  beijingDays,
  journeyFixtures,
  label,
  photoJpeg,
  shot,
  signInConsole,
  signInPhone,
} from '../support/journeys';

// The whole loop (诉求闭环, BRIEF §3) across three people: a resident reports a problem with a photo on the
// phone; the community office accepts it and dispatches it to the handler's unit; the handler takes it and
// resolves it; the resident rates it 满意; the office closes it (核查销号). The community's three rates move.

const journey = journeyFixtures('loop');

/** The community's figures for tickets submitted today, read with the office's own session. */
async function rates(page: Page, placeId: string): Promise<Rates> {
  const { today, tomorrow } = beijingDays();
  const res = await page.request.get(
    `${journey.url}/api/stats/rates?placeId=${placeId}&from=${today}&to=${tomorrow}`,
  );
  expect(res.status()).toBe(200);
  return (await res.json()) as Rates;
}

/** Performs one move from a console ticket page: the header button, then the dialog's OK. */
async function consoleMove(
  page: Page,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page
    .getByRole('button', { name: label(action) })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: label(action) }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the ticket loop', () => {
  it('a problem with a photo goes from the phone through the office and the unit to 满意 and 销号', async () => {
    const title = `单元门禁坏了${Date.now() % 100000}`;

    // The office, before: the community's figures for today.
    const office = await journey.open(DESKTOP, 'office');
    await signInConsole(office, journey.url, 'community', '/console/tickets?queue=to_accept');
    const communityId = (
      (await (await office.request.get(`${journey.url}/api/auth/me`)).json()) as { placeId: string }
    ).placeId;
    const before = await rates(office, communityId);

    // 1. The resident reports it on the phone, with one photo, at their home (the form starts there).
    const phone = await journey.open(PHONE, 'resident');
    await signInPhone(phone, journey.url, 'resident');
    await phone.getByRole('button', { name: '反映问题' }).click();
    await phone.waitForURL(/\/m\/tickets\/new\?kind=problem/);
    await phone.getByTestId('place-picker').filter({ hasText: '1栋' }).waitFor();
    await phone.getByLabel('一句话说明').fill(title);
    await phone.getByLabel('详细情况').fill('2单元的门禁刷卡没反应，门一直关不上，晚上不安全');
    await phone.locator('input[type=file]').setInputFiles({
      name: 'door.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoJpeg(),
    });
    await phone.locator('.adm-image-uploader-cell').first().waitFor();
    await shot(phone, 'zh-submit');
    await phone.getByTestId('submit-ticket').click();
    await phone.waitForURL(/\/m\/tickets\/[0-9a-f-]{36}$/);
    const ticketId = phone.url().split('/').at(-1) ?? '';
    await phone.getByText('提交成功').waitFor();
    await phone.getByTestId('ticket-title').filter({ hasText: title }).waitFor();
    await phone.getByRole('img', { name: '现场照片' }).waitFor();
    expect(await phone.locator('.lx-page-body').textContent()).toContain('待受理');

    // 2. The office finds it in 待受理, accepts it and dispatches it to the handler's unit.
    await office.reload();
    await office.getByRole('heading', { name: '待受理' }).waitFor();
    await office
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('link')
      .first()
      .click();
    await office.getByRole('heading', { name: title }).waitFor();
    await office.getByRole('tab', { name: /附件/ }).click();
    await office.getByRole('tabpanel').getByRole('img').first().waitFor();
    await consoleMove(office, '受理');
    const handlerPage = await journey.open(DESKTOP, 'handler');
    await signInConsole(handlerPage, journey.url, 'handler', '/console/tickets?queue=my_unit');
    const handlerMe = (await (await handlerPage.request.get(`${journey.url}/api/auth/me`)).json()) as {
      unitIds: string[];
    };
    const unit = (await (
      await handlerPage.request.get(`${journey.url}/api/units/${handlerMe.unitIds[0]}`)
    ).json()) as { name: string };
    await consoleMove(office, '派单', async (dialog) => {
      await dialog.getByRole('combobox').fill(unit.name);
      await office.locator('.ant-select-item-option').filter({ hasText: unit.name }).first().click();
    });
    await office.getByText('已派单', { exact: true }).first().waitFor();

    // 3. The handler finds it in 本单位工单, takes it (接单) and resolves it (办结) with a result.
    await handlerPage.reload();
    await handlerPage.getByRole('heading', { name: '本单位工单' }).waitFor();
    await handlerPage
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('link')
      .first()
      .click();
    await handlerPage.getByRole('heading', { name: title }).waitFor();
    await consoleMove(handlerPage, '接单');
    await handlerPage.getByText('已接单', { exact: true }).first().waitFor();
    const result = '已更换2单元门禁读卡器，门能正常关闭';
    await consoleMove(handlerPage, '办结', async (dialog) => {
      await dialog.getByLabel('办理结果').fill(result);
    });
    await handlerPage.getByText('已办结', { exact: true }).first().waitFor();
    // The result shows in the ticket's details as soon as it is given, not only once it is closed.
    await handlerPage.locator('.ant-descriptions-item-content').filter({ hasText: result }).waitFor();

    // 4. The resident's bell counts the news; 消息 lists it and a tap opens the ticket, read.
    await phone.goto(`${journey.url}/m`);
    const bell = phone.getByTestId('inbox-bell');
    await expect.poll(async () => bell.getAttribute('aria-label')).toMatch(/[1-9]\d* 条未读/);
    await bell.click();
    await phone.waitForURL(/\/m\/messages$/);
    const news = phone.getByTestId('inbox').locator('.adm-list-item').filter({ hasText: '已办结' }).first();
    await news.waitFor();
    await shot(phone, 'zh-inbox');
    await news.click();
    await phone.waitForURL(new RegExp(`/m/tickets/${ticketId}$`));

    // 5. The resident sees it resolved, with the story so far, and rates it 满意.
    await phone.getByTestId('go-rate').waitFor();
    // The old "提交成功" notice was for the moment of submitting, not for every later visit.
    expect(await phone.getByText('提交成功').count()).toBe(0);
    const timeline = phone.getByTestId('timeline');
    const story = await timeline.textContent();
    expect(story).toContain(unit.name);
    expect(story).toContain(result);
    expect(await timeline.locator('li').count()).toBe(5);
    await shot(phone, 'zh-ticket-resolved');
    await phone.getByTestId('go-rate').click();
    await phone.getByText('您对办理结果满意吗？').waitFor();
    await phone.getByTestId('rating-satisfied').click();
    await phone.getByLabel('想说的话（可选）').fill('修得很快，谢谢！');
    await shot(phone, 'zh-rate');
    await phone.getByTestId('rate-submit').click();
    await phone.getByText('谢谢您的评价！').waitFor();
    expect(await phone.getByTestId('go-rate').count()).toBe(0);

    // 6. The office closes it: 销号 as 已解决.
    await office.reload();
    await office.getByRole('heading', { name: title }).waitFor();
    await office.getByText('已评价', { exact: true }).first().waitFor();
    await consoleMove(office, '销号');
    await office.getByText('已销号', { exact: true }).first().waitFor();

    // The timeline tells the whole story, newest on top.
    await office.getByRole('tab', { name: '时间线（7）' }).click();
    const events = office.getByTestId('timeline-event');
    await shot(office, 'zh-console-ticket-closed');
    const lines = await events.allTextContents();
    expect(lines).toHaveLength(7);
    const actions = ['销号', '评价', '办结', '接单', '派单', '受理', '提交'];
    for (const [i, action] of actions.entries()) {
      expect(lines[i], action).toContain(action);
    }
    // …and the resident's phone too.
    await phone.reload();
    await phone.getByTestId('ticket-title').filter({ hasText: title }).waitFor();
    expect(await phone.locator('.lx-page-body').textContent()).toContain('已完结');
    expect(await phone.getByTestId('timeline').textContent()).toContain('已完结：已解决');
    await shot(phone, 'zh-ticket-closed');

    // The server agrees, and the community's figures moved by exactly this ticket.
    const closed = (await (await office.request.get(`${journey.url}/api/tickets/${ticketId}`)).json()) as {
      state: string;
      rating: string;
      outcome: string;
    };
    expect(closed).toMatchObject({ state: 'closed', rating: 'satisfied', outcome: 'resolved' });
    const after = await rates(office, communityId);
    expect(after.counts.submitted).toBe(before.counts.submitted + 1);
    expect(after.counts.closed).toBe(before.counts.closed + 1);
    for (const key of ['responseRate', 'resolutionRate', 'satisfactionRate'] as const) {
      const [was, now] = [before.rates[key], after.rates[key]];
      expect(now.numerator, key).toBe(was.numerator + 1);
      expect(now.denominator, key).toBe(was.denominator + 1);
      expect(now.value, key).toBeCloseTo((was.numerator + 1) / (was.denominator + 1), 6);
    }
  });
});
