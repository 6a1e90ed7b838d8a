import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser';
import { journeyFixtures, photoJpeg, shot, signInConsole, signInPhone } from '../support/journeys';

// An activity from the office's calendar to a volunteer's check-in: the office creates it (one place), the
// resident signs up on the phone and gets it, the volunteer is put on the waiting list; the resident cancels and
// the volunteer moves up; the office shows the QR code; the volunteer opens the URL it holds and checks in.

const journey = journeyFixtures('activities');

describe('an activity', () => {
  it('takes sign-ups with a waiting list and checks a volunteer in from the QR code', async () => {
    const title = `应急救护培训${Date.now() % 100000}`;
    const office = await journey.open(DESKTOP, 'office');
    await signInConsole(office, journey.url, 'community', '/console/activities');
    const me = await (await office.request.get(`${journey.url}/api/auth/me`)).json();
    const iso = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
    const created = await office.request.post(`${journey.url}/api/activities`, {
      data: {
        title,
        placeId: me.placeId,
        startsAt: iso(Date.now() - 600_000),
        endsAt: iso(Date.now() + 7_200_000),
        capacity: 1,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = await created.json();

    // On the desk, a new activity at a station offers that station's rooms (the one chosen is booked with it).
    await office.getByRole('button', { name: '新建活动' }).click();
    const modal = office.getByRole('dialog');
    await modal.getByTestId('activity-station').click();
    await office.keyboard.type('府东社区新时代文明实践站');
    await office.keyboard.press('Enter');
    await modal.getByLabel('地点/功能室').click();
    await office.locator('.ant-select-item-option').filter({ hasText: '阅览室' }).waitFor();
    await shot(office, 'zh-activity-station-room');
    await modal.getByRole('button', { name: /取\s*消/ }).click();
    await modal.waitFor({ state: 'hidden' });

    // The resident: 活动报名 on the home page, the new activity's card, 我要报名.
    const resident = await journey.open(PHONE, 'resident');
    await signInPhone(resident, journey.url, 'resident');
    await resident.getByRole('button', { name: '活动报名' }).click();
    const card = resident.getByTestId('activity-card').filter({ hasText: title });
    await card.getByTestId('sign-up').click();
    await card.getByText('已报名').waitFor();
    await shot(resident, 'zh-activities');
    // 往期回顾: what was held lately, with the people it served.
    await resident.getByRole('tab', { name: '往期回顾' }).click();
    await resident.getByTestId('past-activity').filter({ hasText: '服务群众' }).first().waitFor();
    await resident.getByRole('tab', { name: '附近活动' }).click();

    // The volunteer finds it full: the waiting list.
    const volunteer = await journey.open(PHONE, 'volunteer');
    await signInPhone(volunteer, journey.url, 'volunteer');
    await volunteer.goto(`${journey.url}/m/activities`);
    const vcard = volunteer.getByTestId('activity-card').filter({ hasText: title });
    await vcard.getByText('名额已满，报名将进入候补').waitFor();
    await vcard.getByTestId('sign-up').click();
    await vcard.getByText('候补第 1 位').waitFor();

    // The resident cancels; the volunteer moves up.
    await card.getByRole('button', { name: '取消报名' }).click();
    await resident.getByRole('button', { name: '确定' }).click();
    await card.getByTestId('sign-up').waitFor();
    await volunteer.reload();
    await vcard.getByText('已报名').waitFor();

    // The office opens it on the calendar: the QR code is an image that loaded.
    await office.reload();
    await office.getByTestId('calendar-activity').filter({ hasText: title }).click();
    const qr = office.getByTestId('checkin-qr');
    await qr.waitFor();
    await expect
      .poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(100);
    await shot(office, 'zh-activity-qr');
    // A photo of the day goes up from the same drawer and shows as a thumbnail.
    await office.locator('.ant-drawer input[type=file]').setInputFiles({
      name: 'day.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoJpeg(),
    });
    await office.getByTestId('photo').first().waitFor();
    const url = (await qr.getAttribute('alt')) ?? '';
    expect(url).toMatch(/\/m\/scan\/[A-Za-z0-9_-]{32}$/);

    // The volunteer scans it: the page it opens checks in.
    await volunteer.goto(url);
    await volunteer.getByTestId('scan-confirm').click();
    await volunteer.getByText('签到成功').waitFor();
    await shot(volunteer, 'zh-scan');
    const attendance = await (
      await office.request.get(`${journey.url}/api/activities/${id}/attendance`)
    ).json();
    expect(attendance).toMatchObject({ attendedCount: 1, confirmedCount: 1 });
  });
});
