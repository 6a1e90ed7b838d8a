import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, place, volunteer } from '../../src/server/db/schema';
import { NOTIFY_LIMIT } from '../../src/shared/volunteer-matching';
import { type Call, caller, loginAll, submitTicket, ticketCalls } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { createStaff } from '../support/factories';

/**
 * Matching (GET/POST /api/tickets/{id}/volunteer-suggestions): who may take an order or a wish that still needs
 * people, ranked skill before place before load on a known fixture, the claimants and those without the volunteer
 * role left out, the office's and the team leader's right to ask, and notices only for suggested volunteers.
 */
let t: TestApp;
let call: Call;
let act: ReturnType<typeof ticketCalls>['act'];
let home: string; // the resident's building in 府东社区
let team: string; // the demo volunteer's team; the demo volunteer leads it
let offeringId: string;
let orderId: string;
const cookies: Record<string, string> = {};
const people: Record<string, string> = {}; // fixture name → account id
const idOf = (name: string) => people[name] ?? '';

type Suggestion = {
  accountId: string;
  matchedSkills: string[];
  sharedLevel: string | null;
  openClaims: number;
};

async function move(who: string, id: string, body: Record<string, unknown>) {
  const res = await act(who, id, body);
  expect(res.statusCode, `${who} ${String(body.action)}: ${res.body}`).toBe(200);
  return res.json();
}

/** A staff-kind account with these roles at a place, in these units, with a volunteer profile of these skills. */
async function member(
  name: string,
  placeId: string,
  skills: string[] | null,
  roles: ('volunteer' | 'handler')[] = ['volunteer'],
) {
  const p = await createStaff(t, { roles, placeId, unitIds: [team] });
  const db = t.database.db;
  await db.update(account).set({ mustChangePassword: false, displayName: name }).where(eq(account.id, p.id));
  if (skills) {
    const [at] = await db.select({ path: place.path }).from(place).where(eq(place.id, placeId));
    await db.insert(volunteer).values({
      accountId: p.id,
      placePath: at?.path ?? '',
      number: `T${randomUUID().slice(0, 8)}`,
      realName: name,
      idNumberEnc: 'test',
      idNumberHash: randomUUID(),
      skills,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }
  cookies[name] = await t.login(p.username);
  people[name] = p.id;
}

const order = async () => {
  const o = await submitTicket(call, 'resident', home, {
    kind: 'service',
    offeringId,
    title: '想请人上门理发',
    description: '老人行动不便',
  });
  await move('community', o.id, { action: 'accept' });
  await move('community', o.id, { action: 'dispatch', unitId: team });
  await move('volunteer', o.id, { action: 'receive' });
  return o.id;
};

const suggestions = async (who: string, id: string, status = 200) => {
  const res = await call(who, 'GET', `/api/tickets/${id}/volunteer-suggestions`);
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as { stillNeeded: number; items: Suggestion[] };
};

beforeAll(async () => {
  t = await createTestApp();
  await loginAll(t, ['resident', 'community', 'community2', 'volunteer'], cookies);
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  const chain = (await call('resident', 'GET', `/api/places/${home}`)).json().ancestors;
  const [fudong, compound] = [chain[2].id, chain[3].id];
  team = (await call('volunteer', 'GET', '/api/auth/me')).json().unitIds[0];
  const offering = await call('community', 'POST', '/api/service-offerings', {
    name: '上门理发',
    unitId: team,
    placeId: fudong,
    description: '为行动不便的老人上门理发、修剪指甲',
    volunteersNeeded: 3,
  });
  expect(offering.statusCode, offering.body).toBe(201);
  offeringId = offering.json().id;
  // The fixture: skill beats place beats load.
  await member('甲·理发·小区', compound, ['理发']);
  await member('乙·理发指甲·社区', fudong, ['理发', '修剪指甲']);
  await member('丙·无·小区·有单', compound, ['唱歌']);
  await member('丁·无·社区', fudong, []);
  await member('戊·无·社区·有单', fudong, null);
  await member('己·非志愿者', fudong, ['理发'], ['handler']);
  // 丙 and 戊 hold an open claim each on another order.
  const other = await order();
  for (const who of ['丙·无·小区·有单', '戊·无·社区·有单']) {
    const claimed = await act(who, other, { action: 'claim' });
    expect(claimed.statusCode, claimed.body).toBe(200);
  }
  // The order in question: the demo volunteer has claimed one of its three places.
  orderId = await order();
  await move('volunteer', orderId, { action: 'claim' });
});
afterAll(async () => {
  await t?.close();
});

describe('suggestions for a service order', () => {
  it('ranks the team members: matched skills, then nearness, then fewer open claims, with the reasons', async () => {
    const body = await suggestions('community', orderId);
    expect(body.stillNeeded).toBe(2);
    const names = Object.fromEntries(Object.entries(people).map(([n, id]) => [id, n]));
    expect(body.items.map((i) => names[i.accountId])).toEqual([
      // Two skills before one, though farther.
      '乙·理发指甲·社区',
      '甲·理发·小区',
      // No skill: the same compound before the same community, though it holds more.
      '丙·无·小区·有单',
      // Same place: fewer open claims first.
      '丁·无·社区',
      '戊·无·社区·有单',
    ]);
    const [yi, jia, bing, ding, wu] = body.items;
    expect(yi).toMatchObject({ matchedSkills: ['理发', '修剪指甲'], sharedLevel: 'community' });
    expect(jia).toMatchObject({ matchedSkills: ['理发'], sharedLevel: 'compound', openClaims: 0 });
    expect(bing).toMatchObject({ matchedSkills: [], sharedLevel: 'compound', openClaims: 1 });
    expect(ding).toMatchObject({ sharedLevel: 'community', openClaims: 0 });
    expect(wu).toMatchObject({ openClaims: 1 });
  });

  it('leaves out claimants and members without the volunteer role', async () => {
    const ids = new Set((await suggestions('community', orderId)).items.map((i) => i.accountId));
    const me = (await call('volunteer', 'GET', '/api/auth/me')).json().id;
    expect(ids.has(me)).toBe(false);
    expect(ids.has(idOf('己·非志愿者'))).toBe(false);
  });

  it('is for the office over it and the team leader; another community does not see it', async () => {
    expect((await suggestions('volunteer', orderId)).items.length).toBe(5);
    await suggestions('甲·理发·小区', orderId, 403);
    await suggestions('resident', orderId, 403);
    await suggestions('community2', orderId, 404);
    // A ticket that needs nobody now: not yet with a team.
    const fresh = await submitTicket(call, 'resident', home, {
      kind: 'service',
      offeringId,
      title: '预约理发',
    });
    await suggestions('community', fresh.id, 409);
  });
});

describe('asking suggested volunteers', () => {
  const notify = (who: string, accountIds: string[]) =>
    call(who, 'POST', `/api/tickets/${orderId}/volunteer-suggestions/notify`, { accountIds });

  it('tells only suggested volunteers, in their inbox, opening the order', async () => {
    const jia = idOf('甲·理发·小区');
    const res = await notify('community', [jia]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ notified: 1 });
    const inbox = (await call('甲·理发·小区', 'GET', '/api/notifications')).json().items;
    expect(inbox[0]).toMatchObject({ subjectType: 'ticket', subjectId: orderId });
    expect(inbox[0].body).toContain('有一个服务单需要您');
    // The volunteer opens it.
    expect((await call('甲·理发·小区', 'GET', `/api/tickets/${orderId}`)).statusCode).toBe(200);
  });

  it('refuses ids outside the suggestions, and more than the limit at once', async () => {
    const me = (await call('volunteer', 'GET', '/api/auth/me')).json().id;
    const stray = await notify('community', [idOf('丁·无·社区'), me]);
    expect(stray.statusCode).toBe(400);
    expect(stray.json().errors[0].path).toBe('body.accountIds.1');
    expect((await notify('community', [idOf('己·非志愿者')])).statusCode).toBe(400);
    const many = Array.from({ length: NOTIFY_LIMIT + 1 }, () => randomUUID());
    expect((await notify('community', many)).statusCode).toBe(400);
    expect((await notify('community2', [idOf('丁·无·社区')])).statusCode).toBe(404);
  });
});

describe('suggestions for a wish on the wall', () => {
  it('are the volunteers whose area holds its place', async () => {
    const wish = await submitTicket(call, 'resident', home, { kind: 'wish', title: '想找人陪老人聊聊天' });
    await move('community', wish.id, { action: 'accept' });
    await move('community', wish.id, { action: 'pool' });
    const body = await suggestions('community', wish.id);
    const ids = new Set(body.items.map((i) => i.accountId));
    expect(ids.has(idOf('甲·理发·小区'))).toBe(true);
    expect(ids.has(idOf('丁·无·社区'))).toBe(true);
    expect(ids.has(idOf('己·非志愿者'))).toBe(false);
  });
});
