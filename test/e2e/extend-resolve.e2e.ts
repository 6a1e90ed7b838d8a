import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser';
import { journeyFixtures, label, photoJpeg, shot, signInConsole, signInPhone } from '../support/journeys';

// Two journeys: the grid worker's 现场解决 on the phone (one move, with a photo), and a 延期申请 on
// the console — the handler asks, the street office sees the request on the ticket and approves it.

const journey = journeyFixtures('extend');

/** A resident's new ticket at home, through the API with the resident's own session. */
async function submitAsResident(title: string): Promise<string> {
  const page = await journey.open(PHONE, 'resident');
  await signInPhone(page, journey.url, 'resident');
  const me = await (await page.request.get(`${journey.url}/api/auth/me`)).json();
  const res = await page.request.post(`${journey.url}/api/tickets`, {
    data: { kind: 'problem', title, description: '现场就能处理的小事', placeId: me.placeId },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).id;
}

describe('extension requests and 现场解决', () => {
  it('the grid worker resolves a new ticket on the spot in one step, with a photo', async () => {
    const id = await submitAsResident(`楼道灯不亮${Date.now() % 100000}`);
    const phone = await journey.open(PHONE, 'grid');
    await signInPhone(phone, journey.url, 'grid');
    // Home is the grid worker's workbench: the 待办 tile counts what waits to be taken in, the new one among them.
    const waiting = await (await phone.request.get(`${journey.url}/api/tickets/queues`)).json();
    expect(waiting.queues.to_accept).toBeGreaterThan(0);
    await phone.getByLabel(`${waiting.queues.to_accept} 件等您处理`).waitFor();
    await phone.goto(`${journey.url}/m/tickets/${id}`);
    // The grid worker may call the resident first: the number shows whole after one (audited) tap.
    await phone.getByRole('button', { name: '显示完整号码' }).click();
    await phone.getByRole('link', { name: /13800000001/ }).waitFor();
    await phone.getByTestId('go-resolve').click();
    await phone.getByLabel('办理结果').fill('已更换灯泡，恢复照明');
    await phone.locator('input[type=file]').setInputFiles({
      name: 'spot.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoJpeg(),
    });
    await phone.locator('.adm-image-uploader-cell').first().waitFor();
    await shot(phone, 'zh-resolve-on-spot');
    await phone.getByTestId('resolve-submit').click();
    await phone.waitForURL(new RegExp(`/m/tickets/${id}$`));
    await phone.getByText('现场解决了诉求').waitFor();

    const detail = await (await phone.request.get(`${journey.url}/api/tickets/${id}`)).json();
    expect(detail.state).toBe('resolved');
    // One move: no separate 受理 on the way.
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'resolve']);
    const photos = await (await phone.request.get(`${journey.url}/api/tickets/${id}/photos`)).json();
    expect(photos).toHaveLength(1);
  });

  it('the handler asks for more time; the street office sees the request and approves it', async () => {
    const id = await submitAsResident(`路面塌陷${Date.now() % 100000}`);
    const handler = await journey.open(DESKTOP, 'handler');
    await signInConsole(handler, journey.url, 'handler', `/console/tickets/${id}`);
    const handlerUnit = (await (await handler.request.get(`${journey.url}/api/auth/me`)).json()).unitIds[0];
    const office = await journey.open(DESKTOP, 'community');
    await signInConsole(office, journey.url, 'community', `/console/tickets/${id}`);
    for (const move of [{ action: 'accept' }, { action: 'dispatch', unitId: handlerUnit }]) {
      const res = await office.request.post(`${journey.url}/api/tickets/${id}/actions`, { data: move });
      expect(res.status()).toBe(200);
    }
    const received = await handler.request.post(`${journey.url}/api/tickets/${id}/actions`, {
      data: { action: 'receive' },
    });
    expect(received.status()).toBe(200);
    await handler.reload();
    await handler.getByRole('button', { name: label('延期') }).click();
    const dialog = handler.getByRole('dialog');
    await dialog.getByLabel('理由').fill('需要采购配件');
    await dialog.getByRole('button', { name: label('延期') }).click();
    await dialog.waitFor({ state: 'detached' });
    const notice = handler.getByTestId('extension-request');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('钱明华');
    expect(await notice.textContent()).toContain('需要采购配件');
    // Asked once: no second request, and no way to approve it oneself.
    expect(await handler.getByRole('button', { name: label('延期') }).count()).toBe(0);
    expect(await handler.getByRole('button', { name: label('批准延期') }).count()).toBe(0);

    const street = await journey.open(DESKTOP, 'street');
    await signInConsole(street, journey.url, 'street', '/console/tickets?queue=extension_requests');
    await street.getByText('延期待审批').first().waitFor();
    await street.goto(`${journey.url}/console/tickets/${id}`);
    await street.getByTestId('extension-request').waitFor();
    await shot(street, 'zh-extension-request');
    const before = await (await street.request.get(`${journey.url}/api/tickets/${id}`)).json();
    await street.getByRole('button', { name: label('批准延期') }).click();
    const approve = street.getByRole('dialog');
    await approve.getByRole('button', { name: label('批准延期') }).click();
    await approve.waitFor({ state: 'detached' });
    await street.getByTestId('extension-request').waitFor({ state: 'detached' });
    const after = await (await street.request.get(`${journey.url}/api/tickets/${id}`)).json();
    expect(after.extensionCount).toBe(1);
    expect(after.extensionRequest).toBeNull();
    expect(Date.parse(after.handleDueAt)).toBeGreaterThan(Date.parse(before.handleDueAt));
  });
});
