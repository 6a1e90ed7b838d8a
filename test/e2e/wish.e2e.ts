import { describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser';
import { journeyFixtures, shot, signInPhone } from '../support/journeys';

// A 微心愿 from the wall to done, on the phone: the volunteer claims it, says how it is going and finishes it —
// every move their role may make is offered on the phone, none needs the desk console.

const journey = journeyFixtures('wish');

/** A resident's public wish, accepted and put on the wall by the community office, through the API. */
async function wishOnTheWall(title: string): Promise<string> {
  const resident = await journey.open(PHONE, 'resident');
  await signInPhone(resident, journey.url, 'resident');
  const me = await (await resident.request.get(`${journey.url}/api/auth/me`)).json();
  const created = await resident.request.post(`${journey.url}/api/tickets`, {
    data: {
      kind: 'wish',
      title,
      description: '腿脚不便，想请人上门理发',
      placeId: me.placeId,
      isPublic: true,
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id;
  const office = await journey.open(PHONE, 'community');
  await signInPhone(office, journey.url, 'community');
  for (const action of ['accept', 'pool']) {
    const moved = await office.request.post(`${journey.url}/api/tickets/${id}/actions`, { data: { action } });
    expect(moved.status(), await moved.text()).toBe(200);
  }
  return id;
}

describe('a volunteer and a wish', () => {
  it('claims it from the wall, records progress and finishes it on the phone', async () => {
    const title = `上门理发${Date.now() % 100000}`;
    const id = await wishOnTheWall(title);
    const phone = await journey.open(PHONE, 'volunteer');
    await signInPhone(phone, journey.url, 'volunteer');
    await phone.goto(`${journey.url}/m/tickets/wishes`);
    const card = phone.getByTestId('wish-card').filter({ hasText: title });
    await card.getByRole('button', { name: '我来认领' }).click();
    await phone.waitForURL(new RegExp(`/m/tickets/${id}$`));
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
  });
});
