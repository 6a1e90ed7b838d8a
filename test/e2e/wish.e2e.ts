import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser';
import { journeyFixtures, shot, signInConsole, signInPhone } from '../support/journeys';

// A 微心愿 from the resident's phone to done: the resident writes it in the short wish form and sees the card the
// wall will show; the office publishes it seeing the same card; a volunteer, whose wall opens on their own
// community, claims it, says how it is going and finishes it on the phone. A wish without the resident's consent
// is published only after the office is told plainly that it will not be on the wall.

const journey = journeyFixtures('wish');

/** The office accepts the wish (through the API) and opens its publish step (发布认领) on the console. */
async function openPublish(office: Page, id: string): Promise<ReturnType<Page['getByRole']>> {
  const accepted = await office.request.post(`${journey.url}/api/tickets/${id}/actions`, {
    data: { action: 'accept' },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await office.goto(`${journey.url}/console/tickets/${id}`);
  await office.getByRole('button', { name: '发布认领' }).click();
  const dialog = office.getByRole('dialog');
  await dialog.getByTestId('wish-publish').waitFor();
  return dialog;
}

describe('a wish', () => {
  it('goes from the short form through the office to a volunteer of its community, who finishes it', async () => {
    const title = `想请人上门理发${Date.now() % 100000}`;

    // 1. The resident: 许个心愿 on the home page, two fields, the wall card drawn as they type.
    const resident = await journey.open(PHONE, 'resident');
    await signInPhone(resident, journey.url, 'resident');
    await resident.getByRole('button', { name: '许个心愿' }).click();
    await resident.waitForURL(/\/m\/tickets\/wishes\/new$/);
    await resident.getByTestId('place-picker').filter({ hasText: '1栋' }).waitFor();
    await resident.getByLabel('您的心愿').fill(title);
    await resident.getByLabel('说几句').fill('腿脚不便，出不了门，想请人上门理个发');
    const preview = resident.getByTestId('wish-preview');
    await preview.filter({ hasText: title }).waitFor();
    await expect(preview.getByTestId('wish-name').textContent()).resolves.toContain('何**');
    const card = (await preview.textContent()) ?? '';
    expect(card).toContain('府东社区');
    expect(card).not.toMatch(/何秀英|1栋|138/);
    await resident.getByTestId('wish-private').filter({ hasText: '手机号' }).waitFor();
    await shot(resident, 'zh-wish-form');
    await resident.getByTestId('submit-wish').click();
    await resident.waitForURL(/\/m\/tickets\/[0-9a-f-]{36}$/);
    const id = resident.url().split('/').at(-1) ?? '';
    await resident.getByText('心愿已提交').waitFor();

    // 2. The office publishes it, seeing the card the wall will show: the resident agreed, so no warning.
    const office = await journey.open(DESKTOP, 'office');
    await signInConsole(office, journey.url, 'community', '/console/tickets');
    const dialog = await openPublish(office, id);
    const shown = dialog.getByTestId('wish-preview');
    await shown.filter({ hasText: title }).waitFor();
    expect(await shown.textContent()).toMatch(/府东社区.*何\*\*/);
    expect(await dialog.getByTestId('wish-no-consent').count()).toBe(0);
    await shot(office, 'zh-wish-publish');
    await dialog.getByRole('button', { name: '发布认领' }).click();
    await dialog.waitFor({ state: 'detached' });

    // 3. The volunteer's wall opens on their community (府东社区): the wish is there; a wish from another
    //    community shows only once they widen it to everything.
    const elsewhere = await journey.open(PHONE, 'resident2');
    await signInPhone(elsewhere, journey.url, 'resident2');
    const far = `想学用智能手机${Date.now() % 100000}`;
    const farWish = await elsewhere.request.post(`${journey.url}/api/tickets`, {
      data: {
        kind: 'wish',
        title: far,
        description: '想和孙子视频',
        placeId: (await (await elsewhere.request.get(`${journey.url}/api/auth/me`)).json()).placeId,
        isPublic: true,
      },
    });
    const farId = (await farWish.json()).id;
    const office2 = await journey.open(DESKTOP, 'office2');
    await signInConsole(office2, journey.url, 'community2', '/console/tickets');
    for (const action of ['accept', 'pool']) {
      const moved = await office2.request.post(`${journey.url}/api/tickets/${farId}/actions`, {
        data: { action },
      });
      expect(moved.status(), await moved.text()).toBe(200);
    }

    const phone = await journey.open(PHONE, 'volunteer');
    await signInPhone(phone, journey.url, 'volunteer');
    await phone.goto(`${journey.url}/m/tickets/wishes`);
    await phone.getByTestId('wish-area').filter({ hasText: '府东社区' }).waitFor();
    const mine = phone.getByTestId('wish-card').filter({ hasText: title });
    await mine.waitFor();
    expect(await phone.getByTestId('wish-card').filter({ hasText: far }).count()).toBe(0);
    await shot(phone, 'zh-wish-wall');
    await phone.getByTestId('wish-area-all').click();
    await phone.getByTestId('wish-card').filter({ hasText: far }).waitFor();
    await phone.getByTestId('wish-area-own').click();
    await mine.getByRole('button', { name: '我来认领' }).click();
    // A wish is taken on with a promise: a sheet of a few days to tap.
    await phone.getByText('您打算什么时候帮他完成这个心愿？').waitFor();
    await shot(phone, 'zh-wish-promise');
    await phone.getByText(/^7 天内/).click();
    await phone.waitForURL(new RegExp(`/m/tickets/${id}$`));
    await phone.getByText(/承诺在 \d{4}-\d{2}-\d{2} 前完成/).waitFor();
    await phone.getByText('认领成功').waitFor();

    await phone.getByTestId('go-progress').click();
    await phone.getByLabel('进展情况').fill('已约好理发师，周六上午上门');
    await phone.getByTestId('progress-submit').click();
    await phone.waitForURL(new RegExp(`/m/tickets/${id}$`));
    await phone.getByText('进展已记录').waitFor();

    await phone.getByTestId('go-resolve').click();
    await phone
      .getByRole('heading', { name: '办结' })
      .or(phone.getByText('办结', { exact: true }))
      .first()
      .waitFor();
    await phone.getByLabel('办理结果').fill('已上门理发，老人很满意');
    await shot(phone, 'zh-wish-finish');
    await phone.getByTestId('resolve-submit').click();
    await phone.waitForURL(new RegExp(`/m/tickets/${id}$`));

    const detail = await (await phone.request.get(`${journey.url}/api/tickets/${id}`)).json();
    expect(detail.state).toBe('resolved');
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'pool',
      'claim',
      'progress',
      'resolve',
    ]);

    // The resident is glad and shows their thanks on the wall.
    await resident.goto(`${journey.url}/m/tickets/${id}`);
    await resident.getByTestId('go-rate').click();
    await resident.getByTestId('rating-satisfied').click();
    await resident
      .getByLabel('评价意见')
      .or(resident.locator('textarea'))
      .first()
      .fill('谢谢志愿者，理得真精神！');
    await resident.getByTestId('thanks-public').click();
    await shot(resident, 'zh-wish-thanks-rate');
    await resident.getByTestId('rate-submit').click();
    await resident.waitForURL(new RegExp(`/m/tickets/${id}$`));
    await resident.goto(`${journey.url}/m/tickets/wishes`);
    await resident.getByTestId('wish-thanks').filter({ hasText: '谢谢志愿者，理得真精神！' }).waitFor();
    await shot(resident, 'zh-wish-thanks-wall');
  });

  it('without the resident’s consent is published only after a plain warning, and stays off the wall', async () => {
    const title = `想要一副老花镜${Date.now() % 100000}`;
    const resident = await journey.open(PHONE, 'resident-private');
    await signInPhone(resident, journey.url, 'resident');
    await resident.goto(`${journey.url}/m/tickets/wishes/new`);
    await resident.getByLabel('您的心愿').fill(title);
    await resident.getByLabel('说几句').fill('看报纸看不清');
    await resident.getByTestId('wish-on-wall').click();
    await resident.getByTestId('wish-off-wall').filter({ hasText: '只能由社区直接安排' }).waitFor();
    expect(await resident.getByTestId('wish-preview').count()).toBe(0);
    await resident.getByTestId('submit-wish').click();
    await resident.waitForURL(/\/m\/tickets\/[0-9a-f-]{36}$/);
    const id = resident.url().split('/').at(-1) ?? '';

    const office = await journey.open(DESKTOP, 'office-private');
    await signInConsole(office, journey.url, 'community', '/console/tickets');
    const dialog = await openPublish(office, id);
    await dialog.getByTestId('wish-no-consent').filter({ hasText: '不会出现在心愿墙上' }).waitFor();
    expect(await dialog.getByTestId('wish-preview').count()).toBe(0);
    await shot(office, 'zh-wish-publish-no-consent');
    await dialog.getByRole('button', { name: '发布（不上心愿墙）' }).click();
    await dialog.waitFor({ state: 'detached' });

    const wall = await (await office.request.get(`${journey.url}/api/public/wishes?limit=100`)).json();
    expect(wall.items.map((w: { id: string }) => w.id)).not.toContain(id);
    const detail = await (await office.request.get(`${journey.url}/api/tickets/${id}`)).json();
    expect(detail).toMatchObject({ state: 'pooled', isPublic: false });
  });
});
