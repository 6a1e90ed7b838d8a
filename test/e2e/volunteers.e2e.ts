import { describe, expect, it } from 'vitest';
import { type DESKTOP, PHONE } from '../support/browser';
import { journeyFixtures, label, shot, signInConsole, signInPhone } from '../support/journeys';

// A resident applies to a volunteer team on the phone (as a party member), the community office approves on the
// desk, and the resident's phone then shows the volunteer number and the party identity. Elderly mode keeps the
// form usable.
const journey = journeyFixtures('volunteers');

describe('becoming a volunteer', () => {
  it('applies on the phone, is approved on the desk, and sees the volunteer record', async () => {
    const phone = await journey.open(PHONE, 'resident');
    await signInPhone(phone, journey.url, 'resident');
    await phone.goto(`${journey.url}/m/me`);
    await phone.getByTestId('me-volunteer').click();
    await phone.getByTestId('apply').click();
    await phone.getByText('府东社区蓝衣天使志愿服务队').click();
    await phone.getByLabel('真实姓名').fill('何秀英');
    await phone.getByLabel('身份证号').fill('320412195203150020');
    await phone.getByText('上门助老', { exact: true }).click();
    await phone.getByTestId('party-yes').click();
    await phone.getByLabel('所在党支部').fill('常州市武进区退休职工党支部');
    await shot(phone, 'volunteers-1-apply');
    await phone.getByTestId('submit-application').click();
    await phone.waitForURL(/\/m\/volunteer$/);
    await expect.poll(() => phone.getByTestId('my-application').first().textContent()).toContain('待审核');
    await shot(phone, 'volunteers-2-pending');

    const desk = await journey.open(
      { viewport: { width: 1366, height: 900 } } as typeof DESKTOP,
      'community',
    );
    await signInConsole(desk, journey.url, 'community', '/console/teams');
    const row = desk.getByRole('row').filter({ hasText: '3204*' }).filter({ hasText: '何秀英' });
    await row.waitFor();
    await shot(desk, 'volunteers-3-desk');
    await row.getByRole('button', { name: label('通过') }).click();
    // Waiting on the answer itself: when it fails, the test says how, not only that a toast never came.
    const answer = desk.waitForResponse((r) =>
      /\/volunteer-applications\/[^/]+\/approve$/.test(new URL(r.url()).pathname),
    );
    await desk
      .getByRole('dialog')
      .getByRole('button', { name: label('通过') })
      .click();
    const approved = await answer;
    expect(approved.status(), await approved.text()).toBe(200);
    // The pending list drops the row (a lasting sign; the toast is gone after three seconds).
    await row.waitFor({ state: 'detached' });

    await phone.reload();
    await phone.getByTestId('volunteer-number').waitFor();
    expect(await phone.getByTestId('volunteer-number').textContent()).toMatch(/^320412V\d{6}$/);
    expect(await phone.getByTestId('party-tag').textContent()).toBe('党员');
    await shot(phone, 'volunteers-4-record');

    // Elderly mode: the same form with large type and targets.
    await phone.evaluate(() => localStorage.setItem('lianxin.elderly', '1'));
    await phone.goto(`${journey.url}/m/volunteer/apply`);
    await phone.getByTestId('team-selector').waitFor();
    await shot(phone, 'volunteers-5-elderly');
  });

  it("shows the demo volunteer's party identity and teams", async () => {
    const phone = await journey.open(PHONE, 'volunteer');
    await signInPhone(phone, journey.url, 'volunteer');
    await phone.goto(`${journey.url}/m/volunteer`);
    await phone.getByTestId('party-tag').waitFor();
    await expect.poll(() => phone.getByText('府东社区红马甲便民理发志愿队').count()).toBe(1);
    await shot(phone, 'volunteers-6-volunteer');
  });
});
