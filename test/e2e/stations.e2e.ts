import { describe, expect, it } from 'vitest';
import { type DESKTOP, PHONE } from '../support/browser';
import { journeyFixtures, label, shot, signInConsole, signInPhone } from '../support/journeys';

// The stations page: the 所 → 站 → 点 tree, a station's drawer with its rooms and the week's bookings, a booking
// refused because the slot is taken (the server's words shown), in both languages and at a phone's width; the
// resident's "stations near me" on the phone, in elderly mode too.
const journey = journeyFixtures('stations');
const WIDE = { viewport: { width: 1366, height: 900 } } as typeof DESKTOP;
const NARROW = { viewport: { width: 390, height: 844 } } as typeof DESKTOP;

/** The first Monday-to-Friday day after today in Beijing: the demo's activity room opens on those. */
function nextWeekday(): string {
  let at = Date.now() + 8 * 3_600_000 + 86_400_000;
  while ([0, 6].includes(new Date(at).getUTCDay())) {
    at += 86_400_000;
  }
  return new Date(at).toISOString().slice(0, 10);
}

describe('stations', () => {
  it('shows the tree, the drawer and the week view; a taken slot is refused with the reason', async () => {
    const desk = await journey.open(WIDE, 'community');
    await signInConsole(desk, journey.url, 'community', '/console/stations');
    await desk.getByRole('button', { name: /府东社区新时代文明实践站/ }).waitFor();
    await shot(desk, 'stations-1-tree-1366-zh');
    await desk.getByRole('button', { name: /府东社区新时代文明实践站/ }).click();
    await desk.getByRole('tab', { name: '预约（周视图）' }).click();
    const weekday = nextWeekday();
    const book = async () => {
      await desk.getByRole('button', { name: /预约功能室/ }).click();
      const dialog = desk.getByRole('dialog').filter({ hasText: '用途' });
      await dialog.getByLabel('日期').fill(weekday);
      await dialog.getByLabel('日期').press('Enter');
      // Noon: the demo's own bookings of this room are in the morning and the afternoon.
      await dialog.getByLabel('开始').fill('12:00');
      await dialog.getByLabel('结束').fill('13:00');
      await dialog.getByLabel('用途').fill('楼道长例会');
      await dialog.getByLabel('联系人').fill('沈晓梅');
      await dialog.getByLabel('电话').fill('13861230003');
      await dialog.getByRole('button', { name: label('保存') }).click();
      return dialog;
    };
    await book();
    await desk.getByRole('dialog').filter({ hasText: '用途' }).waitFor({ state: 'detached' });
    const second = await book();
    await second.getByText(/已被预约/).waitFor();
    await shot(desk, 'stations-2-conflict-1366-zh');
    await second.getByRole('button', { name: label('取消') }).click();
    await shot(desk, 'stations-3-week-1366-zh');

    await desk.evaluate(() => localStorage.setItem('lianxin.language', 'en-US'));
    await desk.reload();
    await desk.getByRole('button', { name: /府东社区新时代文明实践站/ }).waitFor();
    await shot(desk, 'stations-4-tree-1366-en');
    await desk.getByRole('button', { name: /府东社区新时代文明实践站/ }).click();
    await desk.getByRole('tab', { name: 'Rooms' }).waitFor();
    await shot(desk, 'stations-5-drawer-1366-en');

    const narrow = await journey.open(NARROW, 'community');
    await signInConsole(narrow, journey.url, 'community', '/console/stations');
    await narrow.getByRole('button', { name: /府东社区新时代文明实践站/ }).waitFor();
    await shot(narrow, 'stations-6-tree-390-zh');
    await narrow.evaluate(() => localStorage.setItem('lianxin.language', 'en-US'));
    await narrow.reload();
    await narrow.getByRole('button', { name: /府东社区新时代文明实践站/ }).click();
    await narrow.getByRole('tab', { name: 'Bookings (week)' }).click();
    await shot(narrow, 'stations-7-week-390-en');
  });

  it("lists a resident's stations near home with today's hours, in elderly mode too", async () => {
    const phone = await journey.open(PHONE, 'resident');
    await signInPhone(phone, journey.url, 'resident');
    await phone.goto(`${journey.url}/m/stations`);
    await phone.getByTestId('station-card').first().waitFor();
    expect(await phone.getByTestId('station-card').count()).toBeGreaterThanOrEqual(3);
    expect(await phone.getByText(/\*{4}/).count()).toBeGreaterThan(0);
    await shot(phone, 'stations-8-nearby-zh');
    await phone.evaluate(() => {
      localStorage.setItem('lianxin.elderly', '1');
      localStorage.setItem('lianxin.language', 'en-US');
    });
    await phone.reload();
    await phone.getByTestId('station-card').first().waitFor();
    await shot(phone, 'stations-9-nearby-elderly-en');
  });
});
