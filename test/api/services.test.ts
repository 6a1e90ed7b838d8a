import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../../src/server/db/schema';
import {
  type Call,
  caller,
  ids,
  listAll,
  loginAll,
  submitTicket,
  ticketCalls,
  weekAhead,
} from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { createStaff, personOf } from '../support/factories';

/**
 * The service menu, service orders and the hours ledger (issue 12, capabilities 3, 6 and 11), through the real
 * app: the contract outside tools rely on, the order's path through the ticket state machine, several
 * claimants (exactly the needed number win a race), credited hours, their confirmation and reversal, totals
 * that are sums of entries, the ledger's append-only guard at the database, and a volunteer's scope.
 */
let t: TestApp;
let call: Call;
let act: ReturnType<typeof ticketCalls>['act'];
let home: string; // the resident's building in 府东社区
let fudong: string; // 府东社区
let street: string; // 湖塘镇
let team: string; // 府东社区法治科普志愿队, the demo volunteer's team
let otherUnit: string; // a unit of 惠民社区 (community2's area)
const cookies: Record<string, string> = {};

type Offering = { id: string; name: string; unitId: string; isActive: boolean; volunteersNeeded: number };
type Hour = { id: string; minutes: number; status: string; ticketId: string | null; accountId: string };
type HourPage = { items: Hour[]; nextCursor: string | null; totalMinutes: number };

async function offer(fields: Record<string, unknown> = {}): Promise<Offering> {
  const res = await call('community', 'POST', '/api/service-offerings', {
    name: '免费理发',
    unitId: team,
    placeId: fudong,
    description: '每月第一个周六上午，在文明实践站',
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Offering;
}

async function order(offeringId: string, who = 'resident', fields: Record<string, unknown> = {}) {
  return submitTicket(call, who, home, {
    kind: 'service',
    offeringId,
    title: '想预约理发',
    description: '腿脚不便，希望上门',
    ...fields,
  });
}

async function move(who: string, id: string, body: Record<string, unknown>, status = 200) {
  const res = await act(who, id, body);
  expect(res.statusCode, `${who} ${String(body.action)}: ${res.body}`).toBe(status);
  return res.json();
}

/** An order accepted, dispatched to the team and received by the demo volunteer. */
async function received(offeringId: string) {
  const o = await order(offeringId);
  await move('community', o.id, { action: 'accept' });
  await move('community', o.id, { action: 'dispatch', unitId: team });
  await move('volunteer', o.id, { action: 'receive' });
  return o;
}

/** `n` more volunteers in the team, signed in. */
async function teamMembers(n: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = await createStaff(t, { roles: ['volunteer'], placeId: fudong, unitIds: [team] });
    // Accounts the sysadmin creates change their password first; these test ones are past that.
    await t.database.db.update(account).set({ mustChangePassword: false }).where(eq(account.id, p.id));
    cookies[p.username] = await t.login(p.username);
    names.push(p.username);
  }
  return names;
}

const hours = async (who: string, query: string) => {
  const res = await call(who, 'GET', `/api/service-hours${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as HourPage;
};

beforeAll(async () => {
  t = await createTestApp();
  await loginAll(
    t,
    ['resident', 'resident2', 'community', 'community2', 'volunteer', 'street', 'grid'],
    cookies,
  );
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  const chain = (await call('resident', 'GET', `/api/places/${home}`)).json().ancestors;
  street = chain[1].id;
  fudong = chain[2].id;
  const me = (await call('volunteer', 'GET', '/api/auth/me')).json();
  team = me.unitIds[0];
  const units = (await call('community2', 'GET', '/api/units')).json();
  otherUnit = units.items[0].id;
});
afterAll(async () => {
  await t?.close();
});

describe('the service menu (contract: GET/POST /api/service-offerings)', () => {
  it('lists the offerings of a place and of the nodes above it, with id, name and unitId', async () => {
    const atCommunity = await offer();
    const streetOffer = await call('street', 'POST', '/api/service-offerings', {
      name: '健康义诊',
      unitId: team,
      placeId: street,
      description: '镇卫生院医生坐诊',
    });
    expect(streetOffer.statusCode, streetOffer.body).toBe(201);
    const res = await call('resident', 'GET', `/api/service-offerings?placeId=${home}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toHaveProperty('nextCursor');
    const mine = body.items.find((i: Offering) => i.id === atCommunity.id);
    expect(mine).toMatchObject({ id: atCommunity.id, name: '免费理发', unitId: team });
    expect(ids(body.items).has(streetOffer.json().id)).toBe(true);
    // Not open at a place of another community.
    const home2 = (await call('resident2', 'GET', '/api/auth/me')).json().placeId;
    const elsewhere = await listAll<Offering>(call, 'resident2', `/api/service-offerings?placeId=${home2}`);
    expect(ids(elsewhere).has(atCommunity.id)).toBe(false);
  });

  it('is written by community staff only, with a team of their area', async () => {
    const body = { name: '法律咨询', unitId: team, placeId: fudong, description: '' };
    expect((await call('resident', 'POST', '/api/service-offerings', body)).statusCode).toBe(403);
    expect((await call('volunteer', 'POST', '/api/service-offerings', body)).statusCode).toBe(403);
    expect((await call(null, 'POST', '/api/service-offerings', body)).statusCode).toBe(401);
    // A unit of another community is not theirs to offer; a place outside their area neither.
    const foreign = await call('community', 'POST', '/api/service-offerings', { ...body, unitId: otherUnit });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors?.[0]?.path ?? JSON.stringify(foreign.json())).toContain('unitId');
    const outside = await call('community2', 'POST', '/api/service-offerings', body);
    expect([400, 404]).toContain(outside.statusCode);
    const bad = await call('community', 'POST', '/api/service-offerings', { ...body, name: '' });
    expect(bad.statusCode).toBe(400);
  });

  it('is changed and taken off the menu; an inactive one is not listed nor orderable', async () => {
    const o = await offer({ name: '代办代购' });
    const off = await call('community', 'PATCH', `/api/service-offerings/${o.id}`, { isActive: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().isActive).toBe(false);
    const menu = await listAll<Offering>(call, 'resident', `/api/service-offerings?placeId=${home}`);
    expect(ids(menu).has(o.id)).toBe(false);
    const res = await call('resident', 'POST', '/api/tickets', {
      kind: 'service',
      offeringId: o.id,
      title: '代买米面',
      description: '两袋米',
      placeId: home,
    });
    expect(res.statusCode).toBe(400);
    expect(
      (await call('community2', 'PATCH', `/api/service-offerings/${o.id}`, { isActive: true })).statusCode,
    ).toBe(403);
  });
});

describe('ordering (contract: POST /api/tickets { kind: "service", offeringId })', () => {
  it('needs an offering open at the place of the order', async () => {
    const base = { kind: 'service', title: '想预约理发', description: '上门', placeId: home };
    expect((await call('resident', 'POST', '/api/tickets', base)).statusCode).toBe(400);
    const unknown = { ...base, offeringId: '00000000-0000-4000-8000-000000000000' };
    expect((await call('resident', 'POST', '/api/tickets', unknown)).statusCode).toBe(400);
    // The street's community office puts one on a compound of 府东; a resident of 惠民 cannot order it.
    const o = await offer();
    const home2 = (await call('resident2', 'GET', '/api/auth/me')).json().placeId;
    const far = await call('resident2', 'POST', '/api/tickets', {
      ...base,
      offeringId: o.id,
      placeId: home2,
    });
    expect(far.statusCode).toBe(400);
    // An offering on a problem is refused.
    const wrong = await call('resident', 'POST', '/api/tickets', {
      ...base,
      kind: 'problem',
      offeringId: o.id,
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('runs accept → dispatch → receive → claim → progress → resolve { minutes } → rate, and credits the claimant', async () => {
    const o = await offer();
    const created = await order(o.id);
    expect(created.state).toBe('submitted');
    const detail = (await call('resident', 'GET', `/api/tickets/${created.id}`)).json();
    expect(detail).toMatchObject({ kind: 'service', offeringId: o.id, claimsNeeded: 1, claimCount: 0 });
    await move('community', created.id, { action: 'accept' });
    await move('community', created.id, { action: 'dispatch', unitId: team });
    const got = await move('volunteer', created.id, { action: 'receive' });
    expect(got.state).toBe('received');
    expect(got.allowedActions).toContain('claim');
    const claimed = await move('volunteer', created.id, { action: 'claim' });
    expect(claimed).toMatchObject({ state: 'claimed', claimCount: 1, claimantName: '冯国栋' });
    expect(claimed.allowedActions).not.toContain('claim');
    await move('volunteer', created.id, { action: 'progress', note: '已约好周六上午上门' });
    // A service order is done with the minutes it took; bounds hold.
    await move('volunteer', created.id, { action: 'resolve', result: '已上门理发' }, 400);
    await move('volunteer', created.id, { action: 'resolve', result: '已上门理发', minutes: 0 }, 400);
    await move('volunteer', created.id, { action: 'resolve', result: '已上门理发', minutes: 2000 }, 400);
    const done = await move('volunteer', created.id, {
      action: 'resolve',
      result: '已上门理发',
      minutes: 45,
    });
    expect(done.events.at(-1).data.minutes).toBe(45);
    const rated = await move('resident', created.id, { action: 'rate', rating: 'satisfied' });
    expect(rated.state).toBe('rated');
    const volunteerId = (await call('volunteer', 'GET', '/api/auth/me')).json().id;
    const mine = await hours('volunteer', '');
    const entry = mine.items.find((h) => h.ticketId === created.id);
    expect(entry).toMatchObject({ minutes: 45, status: 'pending', accountId: volunteerId });
  });

  it('is taken in by staff on a resident’s behalf (hotline, grid visit)', async () => {
    const o = await offer();
    const byGrid = await order(o.id, 'grid', { submitterName: '王大爷', submitterPhone: '13900002222' });
    const detail = (await call('community', 'GET', `/api/tickets/${byGrid.id}`)).json();
    expect(detail).toMatchObject({ kind: 'service', channel: 'grid_visit', submitterName: '王大爷' });
  });

  it('for a group (上门助老 for the elderly) is ordered by its recorded members, or by staff for anyone', async () => {
    const o = await offer({ name: '上门助老', audience: 'elderly' });
    // The demo resident is recorded as elderly; here the community has not recorded her (yet).
    const residentId = (await call('resident', 'GET', '/api/auth/me')).json().id;
    const untag = await call('community', 'PUT', `/api/accounts/${residentId}/groups`, { groups: [] });
    expect(untag.statusCode, untag.body).toBe(200);
    const menu = async () =>
      (
        await listAll<Offering & { mayOrder: boolean }>(
          call,
          'resident',
          `/api/service-offerings?placeId=${home}`,
        )
      ).find((x) => x.id === o.id);
    expect(await menu()).toMatchObject({ audience: 'elderly', mayOrder: false });
    const refused = await call('resident', 'POST', '/api/tickets', {
      kind: 'service',
      offeringId: o.id,
      title: '想请人上门',
      description: '腿脚不便',
      placeId: home,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: 'body.offeringId' });
    expect(refused.json().errors[0].message).toContain('老年人');
    // The grid worker orders it for them on a home visit.
    await order(o.id, 'grid', { submitterName: '王大爷', submitterPhone: '13900002222' });
    // The community records the resident as elderly; the menu and the order follow.
    const tagged = await call('community', 'PUT', `/api/accounts/${residentId}/groups`, {
      groups: ['elderly'],
    });
    expect(tagged.statusCode, tagged.body).toBe(200);
    expect(tagged.json().groups).toEqual(['elderly']);
    expect(await menu()).toMatchObject({ mayOrder: true });
    await order(o.id);
    // Groups are for residents, by the community that serves them.
    const volunteerId = (await call('volunteer', 'GET', '/api/auth/me')).json().id;
    const staff = await call('community', 'PUT', `/api/accounts/${volunteerId}/groups`, {
      groups: ['elderly'],
    });
    expect(staff.statusCode).toBe(409);
    const away = await call('community2', 'PUT', `/api/accounts/${residentId}/groups`, { groups: [] });
    expect(away.statusCode).toBe(404);
    const bad = await call('community', 'PUT', `/api/accounts/${residentId}/groups`, { groups: ['rich'] });
    expect(bad.statusCode).toBe(400);
    expect(
      (await call('community', 'PUT', `/api/accounts/${residentId}/groups`, { groups: [] })).statusCode,
    ).toBe(200);
  });
});

describe('several claimants', () => {
  it('takes up to the needed number; the others get 409', async () => {
    const o = await offer({ volunteersNeeded: 2 });
    const [a, b] = await teamMembers(2);
    const r = await received(o.id);
    await move('volunteer', r.id, { action: 'claim' });
    await move('volunteer', r.id, { action: 'claim' }, 409);
    // Someone outside the team may not take the place left.
    await move('grid', r.id, { action: 'claim' }, 403);
    const second = await move(a as string, r.id, { action: 'claim' });
    expect(second).toMatchObject({ state: 'claimed', claimCount: 2, claimsNeeded: 2 });
    await move(b as string, r.id, { action: 'claim' }, 409);
    // Both claimants get the minutes; the third does not.
    await move(a as string, r.id, { action: 'resolve', result: '两人一起上门', minutes: 60 });
    const all = await hours('community', `?placeId=${fudong}`);
    const credited = all.items.filter((h) => h.ticketId === r.id);
    expect(credited.map((h) => h.minutes)).toEqual([60, 60]);
  });

  it('when more volunteers race for the last places than it needs, exactly the needed number win', async () => {
    const o = await offer({ volunteersNeeded: 3 });
    const racers = await teamMembers(6);
    const r = await received(o.id);
    const results = await Promise.all(
      racers.map((who) => call(who, 'POST', `/api/tickets/${r.id}/actions`, { action: 'claim' })),
    );
    const codes = results.map((res) => res.statusCode).sort();
    expect(codes, results.map((res) => res.body).join('\n')).toEqual([200, 200, 200, 409, 409, 409]);
    const after = (await call('community', 'GET', `/api/tickets/${r.id}`)).json();
    expect(after.claimCount).toBe(3);
    expect(after.events.filter((e: { action: string }) => e.action === 'claim')).toHaveLength(3);
  });
});

describe('the hours ledger (contract: GET /api/service-hours, confirm, reverse)', () => {
  /** A resolved order of `minutes`, claimed by the demo volunteer: its credit's id. */
  async function credit(minutes: number): Promise<string> {
    const o = await offer();
    const r = await received(o.id);
    await move('volunteer', r.id, { action: 'claim' });
    await move('volunteer', r.id, { action: 'resolve', result: '已完成', minutes });
    const entry = (await hours('volunteer', '?status=pending')).items.find((h) => h.ticketId === r.id);
    if (!entry) {
      throw new Error('no credit');
    }
    return entry.id;
  }

  it('confirms one by one and in bulk; totalMinutes counts confirmed entries only', async () => {
    const before = (await hours('volunteer', '')).totalMinutes;
    const one = await credit(30);
    const two = await credit(40);
    const three = await credit(50);
    expect((await hours('volunteer', '')).totalMinutes).toBe(before);
    // Only the office confirms.
    expect((await call('volunteer', 'POST', `/api/service-hours/${one}/confirm`)).statusCode).toBe(403);
    expect((await call('community2', 'POST', `/api/service-hours/${one}/confirm`)).statusCode).toBe(404);
    expect((await call('community', 'POST', `/api/service-hours/${one}/confirm`)).statusCode).toBe(204);
    expect((await call('community', 'POST', `/api/service-hours/${one}/confirm`)).statusCode).toBe(409);
    const bulk = await call('community', 'POST', '/api/service-hours/confirm', {
      entryIds: [one, two, three],
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(bulk.json()).toEqual({ confirmed: [two, three], skipped: [one] });
    const page = await hours('volunteer', '');
    expect(page.totalMinutes).toBe(before + 120);
    expect(page.items.find((h) => h.id === two)?.status).toBe('confirmed');
  });

  it('reverses with a reason by a new entry; the original shows reversed and leaves the total', async () => {
    const before = (await hours('volunteer', '')).totalMinutes;
    const confirmed = await credit(25);
    const pending = await credit(35);
    await call('community', 'POST', `/api/service-hours/${confirmed}/confirm`);
    expect((await hours('volunteer', '')).totalMinutes).toBe(before + 25);
    expect((await call('community', 'POST', `/api/service-hours/${confirmed}/reverse`, {})).statusCode).toBe(
      400,
    );
    const res = await call('community', 'POST', `/api/service-hours/${confirmed}/reverse`, {
      reason: '重复登记',
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(
      (await call('community', 'POST', `/api/service-hours/${confirmed}/reverse`, { reason: '再来' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call('community', 'POST', `/api/service-hours/${pending}/reverse`, { reason: '未服务' }))
        .statusCode,
    ).toBe(204);
    expect((await call('community', 'POST', `/api/service-hours/${pending}/confirm`)).statusCode).toBe(409);
    const page = await hours('volunteer', '');
    expect(page.totalMinutes).toBe(before);
    expect(page.items.find((h) => h.id === confirmed)?.status).toBe('reversed');
    expect(page.items.find((h) => h.id === pending)?.status).toBe('reversed');
  });

  it('totals per volunteer, team, place and period equal the sums of their entries', async () => {
    const c = await credit(15);
    await call('community', 'POST', `/api/service-hours/${c}/confirm`);
    const volunteerId = (await call('volunteer', 'GET', '/api/auth/me')).json().id;
    const sumOf = async (where: ReturnType<typeof sql>) => {
      const rows = await t.database.db.execute(
        sql`SELECT coalesce(sum(minutes), 0)::int AS m FROM service_hour WHERE entry IN ('confirm', 'reverse') AND ${where}`,
      );
      return Number((rows as unknown as { rows: { m: number }[] }).rows[0]?.m);
    };
    const under = (id: string) =>
      sql`place_id IN (SELECT id FROM place WHERE path <@ (SELECT path FROM place WHERE id = ${id}))`;
    const now = new Date(t.clock.now.getTime() + 60_000).toISOString();
    const cases: [string, string, ReturnType<typeof sql>][] = [
      ['volunteer', `?accountId=${volunteerId}`, sql`account_id = ${volunteerId}`],
      ['community', `?unitId=${team}`, sql`unit_id = ${team}`],
      ['community', `?placeId=${fudong}`, under(fudong)],
      ['street', `?placeId=${street}`, under(street)],
      [
        'community',
        `?from=${encodeURIComponent('2000-01-01T00:00:00+08:00')}&to=${encodeURIComponent(now)}`,
        sql`${under(fudong)} AND served_at >= '2000-01-01' AND served_at < ${now}`,
      ],
    ];
    for (const [who, query, where] of cases) {
      const total = (await hours(who, query)).totalMinutes;
      expect(total, query).toBe(await sumOf(where));
      expect(total, query).toBeGreaterThan(0);
    }
  });

  it('a volunteer reads only their own', async () => {
    const communityId = (await call('community', 'GET', '/api/auth/me')).json().id;
    expect((await call('volunteer', 'GET', `/api/service-hours?accountId=${communityId}`)).statusCode).toBe(
      403,
    );
    expect((await call('resident', 'GET', '/api/service-hours')).statusCode).toBe(403);
  });

  it('has no update or delete path, down to the database', async () => {
    const c = await credit(10);
    const staff = await personOf(t, 'community');
    for (const statement of [
      sql`UPDATE service_hour SET minutes = 1 WHERE id = ${c}`,
      sql`DELETE FROM service_hour WHERE id = ${c}`,
    ]) {
      const refused = await t
        .as(staff.actor, (ctx) => ctx.tx.execute(statement))
        .then(
          () => null,
          (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
        );
      expect(refused).toMatch(/permission denied/);
    }
    // Even the owner (migrations, the system role's grant) is stopped by the trigger.
    const owner = await t.database.db.execute(sql`UPDATE service_hour SET minutes = 1 WHERE id = ${c}`).then(
      () => null,
      (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
    );
    expect(owner).toMatch(/append-only/);
  });
});

describe('a volunteer’s scope (capability 11)', () => {
  it('reads pooled wishes and its team’s orders, not the residents’ other tickets', async () => {
    const problem = await submitTicket(call, 'resident', home, {});
    const wish = await submitTicket(call, 'resident', home, {
      kind: 'wish',
      title: '想请人陪我去医院',
      description: '下周三上午',
      isPublic: true,
    });
    await move('community', wish.id, { action: 'accept' });
    await move('community', wish.id, { action: 'pool' });
    const o = await offer();
    const svc = await order(o.id);
    await move('community', svc.id, { action: 'accept' });
    await move('community', svc.id, { action: 'dispatch', unitId: team });

    expect((await call('volunteer', 'GET', `/api/tickets/${problem.id}`)).statusCode).toBe(404);
    expect((await call('volunteer', 'GET', `/api/tickets/${wish.id}`)).statusCode).toBe(200);
    expect((await call('volunteer', 'GET', `/api/tickets/${svc.id}`)).statusCode).toBe(200);
    const list = ids(await listAll(call, 'volunteer', '/api/tickets'));
    expect(list.has(problem.id)).toBe(false);
    expect(list.has(wish.id)).toBe(true);
    expect(list.has(svc.id)).toBe(true);
    const scoped = ids(await listAll(call, 'volunteer', `/api/tickets?placeId=${fudong}`));
    expect(scoped.has(problem.id)).toBe(false);
    // The office still reads everything of its area.
    expect((await call('community', 'GET', `/api/tickets/${problem.id}`)).statusCode).toBe(200);

    // What to claim: the wish, and the order (to receive first, then to claim); what it claimed stays readable.
    expect(ids(await listAll(call, 'volunteer', '/api/tickets?queue=to_claim')).has(svc.id)).toBe(true);
    await move('volunteer', svc.id, { action: 'receive' });
    const toClaim = ids(await listAll(call, 'volunteer', '/api/tickets?queue=to_claim'));
    expect(toClaim.has(wish.id) && toClaim.has(svc.id)).toBe(true);
    expect(toClaim.has(problem.id)).toBe(false);
    await move('volunteer', wish.id, { action: 'claim', promisedOn: weekAhead(t.clock.now) });
    const mine = ids(await listAll(call, 'volunteer', '/api/tickets?queue=mine'));
    expect(mine.has(wish.id)).toBe(true);
    // A claimed wish resolved with minutes credits its claimant.
    await move('volunteer', wish.id, { action: 'resolve', result: '已陪同复查', minutes: 120 });
    const credited = (await hours('volunteer', '')).items.find((h) => h.ticketId === wish.id);
    expect(credited).toMatchObject({ minutes: 120, status: 'pending' });
  });
});
