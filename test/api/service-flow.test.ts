import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../../src/server/db/schema';
import { type Call, caller, listAll, loginAll, submitTicket, ticketCalls } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { createStaff } from '../support/factories';

/**
 * Who accepts and who dispatches a service order, per place (shared/service-flow.ts): the nearest setting wins,
 * clearing falls back, only the place's office sets it (audited), and each flow drives an order through the
 * ticket state machine with the right people allowed and the others refused.
 */
let t: TestApp;
let call: Call;
let act: ReturnType<typeof ticketCalls>['act'];
let home: string; // the resident's building in 府东社区
let fudong: string; // 府东社区
let street: string; // 湖塘镇
let team: string; // the demo volunteer's team
let offeringId: string;
let outsider: string; // a volunteer of 府东社区 in no team
const cookies: Record<string, string> = {};

type Flow = { acceptedBy: string; dispatch: string; from: { placeId: string } | null; isOwn: boolean };

const flowAt = async (who: string, placeId: string) => {
  const res = await call(who, 'GET', `/api/places/${placeId}/service-flow`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Flow;
};
const setFlow = (who: string, placeId: string, flow: Record<string, string> | null) =>
  call(who, 'PUT', `/api/places/${placeId}/service-flow`, { flow });

async function move(who: string, id: string, body: Record<string, unknown>, status = 200) {
  const res = await act(who, id, body);
  expect(res.statusCode, `${who} ${String(body.action)}: ${res.body}`).toBe(status);
  return res.json();
}

const order = () =>
  submitTicket(call, 'resident', home, {
    kind: 'service',
    offeringId,
    title: '想预约法律咨询',
    description: '物业纠纷',
  });

beforeAll(async () => {
  t = await createTestApp();
  await loginAll(t, ['resident', 'community', 'community2', 'volunteer', 'street', 'auditor'], cookies);
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  const chain = (await call('resident', 'GET', `/api/places/${home}`)).json().ancestors;
  street = chain[1].id;
  fudong = chain[2].id;
  team = (await call('volunteer', 'GET', '/api/auth/me')).json().unitIds[0];
  const offering = await call('community', 'POST', '/api/service-offerings', {
    name: '法律咨询',
    unitId: team,
    placeId: fudong,
    volunteersNeeded: 1,
  });
  expect(offering.statusCode, offering.body).toBe(201);
  offeringId = offering.json().id;
  const p = await createStaff(t, { roles: ['volunteer'], placeId: fudong });
  await t.database.db.update(account).set({ mustChangePassword: false }).where(eq(account.id, p.id));
  cookies[p.username] = await t.login(p.username);
  outsider = p.username;
});
afterEach(async () => {
  // Each test starts from no setting anywhere (the default).
  expect((await setFlow('street', street, null)).statusCode).toBe(200);
  expect((await setFlow('community', fudong, null)).statusCode).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('a place inherits the nearest setting above it', () => {
  it('defaults, inherits from the street, is overridden by the community, and falls back when cleared', async () => {
    expect(await flowAt('community', home)).toMatchObject({
      acceptedBy: 'office',
      dispatch: 'office_choice',
      from: null,
      isOwn: false,
    });
    const set = await setFlow('street', street, { acceptedBy: 'team', dispatch: 'offering_team' });
    expect(set.statusCode, set.body).toBe(200);
    expect(await flowAt('community', home)).toMatchObject({
      acceptedBy: 'team',
      dispatch: 'offering_team',
      from: { placeId: street },
      isOwn: false,
    });
    expect(
      (await setFlow('community', fudong, { acceptedBy: 'office', dispatch: 'office_choice' })).statusCode,
    ).toBe(200);
    // The nearest wins: the community's own setting, for the community and everything below it.
    expect(await flowAt('community', home)).toMatchObject({
      acceptedBy: 'office',
      from: { placeId: fudong },
    });
    expect(await flowAt('community', fudong)).toMatchObject({ isOwn: true });
    expect(await flowAt('street', street)).toMatchObject({ acceptedBy: 'team', isOwn: true });
    // Cleared, the community inherits the street's again.
    const cleared = await setFlow('community', fudong, null);
    expect(cleared.json()).toMatchObject({ acceptedBy: 'team', from: { placeId: street }, isOwn: false });
  });

  it('is set by the office of the place only, validated, and audited', async () => {
    const body = { acceptedBy: 'office', dispatch: 'offering_team' };
    // The community's office does not set the street's; another community's office does not even see it.
    expect((await setFlow('community', street, body)).statusCode).toBe(404);
    expect((await setFlow('community2', fudong, body)).statusCode).toBe(404);
    expect((await call('community2', 'GET', `/api/places/${fudong}/service-flow`)).statusCode).toBe(404);
    expect((await setFlow('volunteer', fudong, body)).statusCode).toBe(403);
    expect((await call('resident', 'GET', `/api/places/${fudong}/service-flow`)).statusCode).toBe(403);
    // A team that accepts serves it: no other unit may be chosen after it.
    const odd = await setFlow('community', fudong, { acceptedBy: 'team', dispatch: 'office_choice' });
    expect(odd.statusCode).toBe(400);
    expect(odd.json().errors[0].path).toBe('body.flow.dispatch');
    expect(
      (await setFlow('community', fudong, { acceptedBy: 'nobody', dispatch: 'offering_team' })).statusCode,
    ).toBe(400);
    expect((await setFlow('community', fudong, body)).statusCode).toBe(200);
    const audited = await listAll<{ action: string; actorId: string }>(
      call,
      'auditor',
      `/api/audit?action=service_flow.set&targetId=${fudong}`,
    );
    expect(audited.length).toBeGreaterThan(0);
  });
});

describe('each flow drives a service order through the state machine', () => {
  it('office accepts, office chooses (the default): the team waits for the dispatch', async () => {
    const o = await order();
    // Not the team's until dispatched: the volunteer does not even see it (row-level security).
    await move('volunteer', o.id, { action: 'accept' }, 404);
    const accepted = await move('community', o.id, { action: 'accept' });
    expect(accepted.state).toBe('accepted');
    await move('volunteer', o.id, { action: 'receive' }, 404);
    await move('community', o.id, { action: 'dispatch', unitId: team });
    await move('volunteer', o.id, { action: 'receive' });
    expect((await move('volunteer', o.id, { action: 'claim' })).state).toBe('claimed');
  });

  it('office accepts, straight to the offering team: acceptance dispatches it', async () => {
    expect(
      (await setFlow('community', fudong, { acceptedBy: 'office', dispatch: 'offering_team' })).statusCode,
    ).toBe(200);
    const o = await order();
    await move('volunteer', o.id, { action: 'accept' }, 404);
    const accepted = await move('community', o.id, { action: 'accept' });
    expect(accepted).toMatchObject({ state: 'dispatched', unitId: team });
    // Nothing left for the office to choose.
    await move('community', o.id, { action: 'dispatch', unitId: team }, 409);
    await move(outsider, o.id, { action: 'receive' }, 404);
    await move('volunteer', o.id, { action: 'receive' });
    await move(outsider, o.id, { action: 'claim' }, 404);
    expect((await move('volunteer', o.id, { action: 'claim' })).state).toBe('claimed');
  });

  it('the team accepts (station → team, set on the street): the office may not, the team goes on', async () => {
    expect(
      (await setFlow('street', street, { acceptedBy: 'team', dispatch: 'offering_team' })).statusCode,
    ).toBe(200);
    const o = await order();
    await move('community', o.id, { action: 'accept' }, 403);
    // A volunteer of another team does not see it; the resident who placed it may not accept it.
    await move(outsider, o.id, { action: 'accept' }, 404);
    await move('resident', o.id, { action: 'accept' }, 403);
    const accepted = await move('volunteer', o.id, { action: 'accept' });
    expect(accepted).toMatchObject({ state: 'dispatched', unitId: team });
    await move('volunteer', o.id, { action: 'accept' }, 409);
    await move('volunteer', o.id, { action: 'receive' });
    await move('volunteer', o.id, { action: 'claim' });
    const resolved = await move('volunteer', o.id, { action: 'resolve', result: '已解答', minutes: 30 });
    expect(resolved.state).toBe('resolved');
    // The office still oversees it: it may close what is resolved.
    expect((await move('community', o.id, { action: 'close' })).state).toBe('closed');
  });

  it('two members of the team accepting at once: exactly one wins, the other gets 409', async () => {
    expect(
      (await setFlow('street', street, { acceptedBy: 'team', dispatch: 'offering_team' })).statusCode,
    ).toBe(200);
    const p = await createStaff(t, { roles: ['volunteer'], placeId: fudong, unitIds: [team] });
    await t.database.db.update(account).set({ mustChangePassword: false }).where(eq(account.id, p.id));
    cookies[p.username] = await t.login(p.username);
    const o = await order();
    const codes = (
      await Promise.all(['volunteer', p.username].map((who) => act(who, o.id, { action: 'accept' })))
    ).map((r) => r.statusCode);
    expect(codes.sort()).toEqual([200, 409]);
  });

  it('an order keeps the flow it was placed under', async () => {
    const o = await order();
    expect(
      (await setFlow('street', street, { acceptedBy: 'team', dispatch: 'offering_team' })).statusCode,
    ).toBe(200);
    // Placed under the default: the office accepts it, the team does not even see it yet.
    await move('volunteer', o.id, { action: 'accept' }, 404);
    expect((await move('community', o.id, { action: 'accept' })).state).toBe('accepted');
  });
});
