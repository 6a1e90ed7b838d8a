import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser';
import { journeyFixtures, shot, signInConsole, signInPhone } from '../support/journeys';

// 百姓点单 → 阵地派单 → 组织接单 → 志愿者领单 → 群众评单, and into the volunteer's hours: a resident orders 免费理发
// from the service menu on the phone; the office accepts it, which sends it to the offering's team (湖塘镇's service
// flow in the demo, shared/service-flow.ts; through the API); the demo volunteer, a member of that team, receives and claims it and finishes it with the minutes spent; the
// resident rates it; the office confirms the hours in the console's ledger; the volunteer's total grows.

const journey = journeyFixtures('service-order');

describe('a service order', () => {
  it('goes from the menu to the volunteer’s confirmed hours', async () => {
    const volunteerPhone = await journey.open(PHONE, 'volunteer');
    await signInPhone(volunteerPhone, journey.url, 'volunteer');
    const before = (await (await volunteerPhone.request.get(`${journey.url}/api/service-hours`)).json())
      .totalMinutes as number;

    // 1. The resident orders 免费理发 from the menu at home.
    const resident = await journey.open(PHONE, 'resident');
    await signInPhone(resident, journey.url, 'resident');
    await resident.getByRole('button', { name: '服务点单' }).click();
    const card = resident.getByTestId('offering-card').filter({ hasText: '免费理发' });
    await card.waitFor();
    await shot(resident, 'zh-service-menu');
    await card.getByTestId('order-offering').click();
    await resident.getByLabel('您的需要').fill('老伴卧床，想请志愿者上门理发');
    await resident.getByTestId('submit-order').click();
    await resident.waitForURL(/\/m\/tickets\/[0-9a-f-]{36}$/);
    const id = resident.url().split('/').at(-1) ?? '';
    await resident.getByText('预约：免费理发').first().waitFor();

    // 2. The office accepts it: 湖塘镇's flow dispatches it to the offering's team at once (阵地派单).
    const office = await journey.open(DESKTOP, 'community');
    await signInConsole(office, journey.url, 'community', '/console/services/hours');
    const order = await (await office.request.get(`${journey.url}/api/tickets/${id}`)).json();
    const offering = await (
      await office.request.get(`${journey.url}/api/service-offerings/${order.offeringId}`)
    ).json();
    const accepted = await office.request.post(`${journey.url}/api/tickets/${id}/actions`, {
      data: { action: 'accept' },
    });
    expect(accepted.status(), await accepted.text()).toBe(200);
    expect(await accepted.json()).toMatchObject({ state: 'dispatched', unitId: offering.unitId });

    // 3. The volunteer receives it for the team, claims it and finishes it with the minutes spent.
    await volunteerPhone.goto(`${journey.url}/m/services/tasks`);
    const task = volunteerPhone.getByTestId('ticket-card').filter({ hasText: '预约：免费理发' }).first();
    await task.waitFor();
    await task.getByRole('link').click();
    await volunteerPhone.waitForURL(new RegExp(`/m/tickets/${id}$`));
    await volunteerPhone.getByTestId('timeline').waitFor();
    await volunteerPhone.getByRole('button', { name: '接单' }).click();
    await volunteerPhone.getByRole('button', { name: '我来认领' }).click();
    await volunteerPhone.getByTestId('go-resolve').click();
    await volunteerPhone.getByLabel('办理结果').fill('已上门理发，老人很满意');
    await volunteerPhone.getByTestId('resolve-minutes').locator('input').fill('45');
    await shot(volunteerPhone, 'zh-service-finish');
    await volunteerPhone.getByTestId('resolve-submit').click();
    await volunteerPhone.waitForURL(new RegExp(`/m/tickets/${id}$`));

    // 4. The resident rates it.
    await resident.reload();
    await resident.getByTestId('go-rate').click();
    await resident.getByTestId('rating-satisfied').click();
    await resident.getByTestId('rate-submit').click();
    await resident.getByText('谢谢您的评价！').waitFor();

    // 5. The office confirms the pending entry in the ledger; the volunteer's total grows by 45 minutes.
    await office.reload();
    const row = office.getByRole('row').filter({ hasText: '预约：免费理发' }).filter({ hasText: '45' });
    await row.waitFor();
    await row.getByRole('checkbox').check();
    await shot(office, 'zh-service-hours-ledger');
    await office.getByTestId('confirm-selected').click();
    await office.getByText('已确认 1 条').waitFor();

    await volunteerPhone.goto(`${journey.url}/m/services/hours`);
    await volunteerPhone.getByTestId('hours-total').waitFor();
    await shot(volunteerPhone, 'zh-service-hours');
    const after = (await (await volunteerPhone.request.get(`${journey.url}/api/service-hours`)).json())
      .totalMinutes as number;
    expect(after).toBe(before + 45);

    // 6. The certificate of the confirmed hours: the page offers it, it is a PDF with the Chinese font embedded,
    // and its number opens the public check with the same total.
    await volunteerPhone.getByTestId('certificate-download').waitFor();
    const me = await (await volunteerPhone.request.get(`${journey.url}/api/auth/me`)).json();
    const certificateUrl = `${journey.url}/api/volunteers/${me.id}/certificate.pdf`;
    const pdf = await volunteerPhone.request.get(certificateUrl);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const number = /filename="([^"]+)\.pdf"/.exec(pdf.headers()['content-disposition'] ?? '')?.[1];
    await resident.goto(`${journey.url}/m/verify/${number}`);
    await resident
      .getByTestId('certificate-check')
      .getByText(number ?? '-')
      .waitFor();
    await resident.getByText(`${(Math.round(after / 6) / 10).toFixed(1)} 小时`).waitFor();
    await shot(resident, 'zh-certificate-check');
    const detail = await (await resident.request.get(`${journey.url}/api/tickets/${id}`)).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'receive',
      'claim',
      'resolve',
      'rate',
    ]);
  });
});
