import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FiguresReport,
  HonourCandidates,
  HonourRoll,
  PartyReport,
  VolunteerFigures,
} from '../../src/shared/volunteer-figures';
import { type Call, caller, loginAll, submitTicket, ticketCalls, weekAhead } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

/**
 * 志愿服务数据, 在职党员双报到月报 and 荣誉榜 through the real app: a small known history (four service orders, a
 * wish, a held and a cancelled activity) moves every figure by exactly what was done, member counts equal a
 * direct count of the memberships, the breakdowns agree with the totals, the monthly report lists the party
 * member's month, the honour roll publishes masked names for the public and hides them once taken down, the
 * workbooks hold the page's figures, and nobody reads another community's figures.
 */
let t: TestApp;
let call: Call;
let act: ReturnType<typeof ticketCalls>['act'];
const cookies: Record<string, string> = {};
const NAMES = ['resident', 'community', 'community2', 'street', 'volunteer'];
let home: string; // the resident's building in 府东社区
let fudong: string;
let fudongPath: string;
let team: string; // the demo volunteer's team
let stationId: string; // a station of 府东社区
const HOUR = 3_600_000;

const day = (offsetDays: number) =>
  new Date(t.clock.now.getTime() + 8 * HOUR + offsetDays * 86_400_000).toISOString().slice(0, 10);
let period = '';

beforeAll(async () => {
  t = await createTestApp();
  await loginAll(t, NAMES, cookies);
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  team = (await call('volunteer', 'GET', '/api/auth/me')).json().unitIds[0];
  const [p] = await rowsOf<{ path: string }>(
    t.database.db,
    sql`SELECT path::text FROM place WHERE id = ${fudong}`,
  );
  fudongPath = p?.path ?? '';
  const [s] = await rowsOf<{ id: string }>(
    t.database.db,
    sql`SELECT id FROM station WHERE place_path <@ ${fudongPath}::ltree ORDER BY name LIMIT 1`,
  );
  stationId = s?.id ?? '';
  period = `from=${day(-10)}&to=${day(10)}`;
});
afterAll(async () => {
  await t?.close();
});

async function move(who: string, id: string, body: Record<string, unknown>) {
  const res = await act(who, id, body);
  expect(res.statusCode, `${who} ${String(body.action)}: ${res.body}`).toBe(200);
}

const figures = async (who: string, placeId = fudong) => {
  const res = await call(who, 'GET', `/api/volunteer-figures?placeId=${placeId}&${period}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as FiguresReport;
};

/** A service order of the team's menu, dispatched to the team, received and claimed by the demo volunteer. */
async function claimedOrder(): Promise<string> {
  const offering = await call('community', 'POST', '/api/service-offerings', {
    name: '免费理发',
    unitId: team,
    placeId: fudong,
  });
  const order = await submitTicket(call, 'resident', home, {
    kind: 'service',
    offeringId: offering.json().id,
    title: '想预约理发',
    description: '腿脚不便，希望上门',
  });
  await move('community', order.id, { action: 'accept' });
  await move('community', order.id, { action: 'dispatch', unitId: team });
  await move('volunteer', order.id, { action: 'receive' });
  await move('volunteer', order.id, { action: 'claim' });
  return order.id;
}

async function creditOf(ticketId: string): Promise<string> {
  const me = (await call('volunteer', 'GET', '/api/auth/me')).json().id;
  const hours = (await call('community', 'GET', `/api/service-hours?accountId=${me}`)).json();
  return hours.items.find((h: { ticketId: string | null }) => h.ticketId === ticketId).id;
}

/** after − before, figure by figure (the average rating is compared on its own). */
function delta(after: VolunteerFigures, before: VolunteerFigures) {
  const { averageRating: _a, ...rest } = after;
  return Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [k, v - (before[k as keyof typeof rest] as number)]),
  );
}

let before: FiguresReport;
let beforeStreet: FiguresReport;

describe('the figures', () => {
  it('move by exactly the known history, and member counts equal a direct count of memberships', async () => {
    before = await figures('community');
    beforeStreet = await figures('street', (await call('street', 'GET', '/api/auth/me')).json().placeId);

    // Order 1: served 45 minutes, confirmed, rated 满意 (3).
    const one = await claimedOrder();
    await move('volunteer', one, { action: 'resolve', result: '已上门理发', minutes: 45 });
    expect(
      (await call('community', 'POST', `/api/service-hours/${await creditOf(one)}/confirm`)).statusCode,
    ).toBe(204);
    await move('resident', one, { action: 'rate', rating: 'satisfied' });
    // Order 2: served 30 minutes, not confirmed yet, rated 基本满意 (2).
    const two = await claimedOrder();
    await move('volunteer', two, { action: 'resolve', result: '已理发', minutes: 30 });
    await move('resident', two, { action: 'rate', rating: 'basically_satisfied' });
    // Order 3: claimed only.
    await claimedOrder();
    // Order 4: served 10 minutes, rated 不满意, so reopened to the volunteer: claimed, not completed.
    const four = await claimedOrder();
    await move('volunteer', four, { action: 'resolve', result: '已理发', minutes: 10 });
    await move('resident', four, { action: 'rate', rating: 'unsatisfied' });
    // A wish: published, claimed and fulfilled with 20 minutes, not confirmed.
    const wish = await submitTicket(call, 'resident', home, {
      kind: 'wish',
      title: '想要一副老花镜',
      description: '看报纸看不清',
    });
    await move('community', wish.id, { action: 'accept' });
    await move('community', wish.id, { action: 'pool' });
    await move('volunteer', wish.id, { action: 'claim', promisedOn: weekAhead(t.clock.now) });
    await move('volunteer', wish.id, { action: 'resolve', result: '已送到', minutes: 20 });

    // An activity of the team at the station: two check in, the volunteer for 30 minutes; held, 12 served.
    const at = (hours: number) =>
      `${new Date(t.clock.now.getTime() + hours * HOUR + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
    const created = await call('community', 'POST', '/api/activities', {
      title: '便民理发 服务日',
      placeId: fudong,
      unitId: team,
      stationId,
      startsAt: at(0.5),
      endsAt: at(2.5),
      capacity: 10,
    });
    expect(created.statusCode, created.body).toBe(201);
    const activityId = created.json().id;
    const cancelled = await call('community', 'POST', '/api/activities', {
      title: '健康讲座',
      placeId: fudong,
      unitId: team,
      startsAt: at(1),
      endsAt: at(2),
      capacity: 10,
    });
    const { token } = (await call('community', 'GET', `/api/activities/${activityId}/checkin-code`)).json();
    t.clock.advance(HOUR);
    await loginAll(t, NAMES, cookies);
    for (const who of ['volunteer', 'resident']) {
      expect((await call(who, 'POST', '/api/activities/checkin', { token })).statusCode).toBe(200);
    }
    t.clock.advance(HOUR / 2);
    await loginAll(t, NAMES, cookies);
    expect((await call('volunteer', 'POST', '/api/activities/checkin', { token })).json().minutes).toBe(30);
    const held = await call('community', 'POST', `/api/activities/${activityId}/actions`, {
      action: 'complete',
      peopleServed: 12,
    });
    expect(held.statusCode, held.body).toBe(200);
    await call('community', 'POST', `/api/activities/${cancelled.json().id}/actions`, {
      action: 'cancel',
      reason: '场地临时检修',
    });

    const after = await figures('community');
    const expected = {
      volunteers: 0,
      partyMembers: 0,
      teams: 0,
      confirmedMinutes: 45,
      pendingMinutes: 30 + 10 + 20 + 30,
      activitiesHeld: 1,
      attendance: 2,
      peopleServed: 12,
      ordersClaimed: 4,
      ordersCompleted: 2,
      wishesClaimed: 1,
      wishesCompleted: 1,
      ratedOrders: 2,
    };
    expect(delta(after.totals, before.totals)).toEqual(expected);
    expect(after.totals.averageRating).toBe(2.5);

    // Members now: a direct count of the memberships of the teams in the subtree.
    const [direct] = await rowsOf<{ volunteers: number; party: number; teams: number }>(
      t.database.db,
      sql`SELECT count(DISTINCT m.account_id)::int AS volunteers,
          count(DISTINCT m.account_id) FILTER (WHERE v.is_party_member)::int AS party,
          (SELECT count(*)::int FROM unit WHERE kind = 'volunteer_team' AND place_path <@ ${fudongPath}::ltree) AS teams
        FROM account_unit m JOIN unit u ON u.id = m.unit_id LEFT JOIN volunteer v ON v.account_id = m.account_id
        WHERE u.kind = 'volunteer_team' AND u.place_path <@ ${fudongPath}::ltree`,
    );
    expect(after.totals).toMatchObject({
      volunteers: direct?.volunteers,
      partyMembers: direct?.party,
      teams: direct?.teams,
    });
    expect(direct?.volunteers).toBeGreaterThan(0);
    expect(direct?.party).toBeGreaterThan(0);

    // By team: the orders, hours and activity were the team's.
    const teamRow = (r: FiguresReport) => r.byTeam.find((x) => x.id === team)?.figures as VolunteerFigures;
    expect(delta(teamRow(after), teamRow(before))).toMatchObject({
      confirmedMinutes: 45,
      activitiesHeld: 1,
      ordersClaimed: 4,
      ordersCompleted: 2,
      wishesClaimed: 0,
    });
    expect(after.byTeam.length).toBe(direct?.teams);

    // By child: the street's row of 府东社区 is the community's own total.
    const street = await figures('street', beforeStreet.placeId ?? '');
    const row = street.byChild.find((c) => c.id === fudong);
    expect(row?.figures).toEqual(after.totals);
    expect(delta(street.totals, beforeStreet.totals)).toEqual(expected);
  });

  it('is the office’s own subtree only; a volunteer does not read figures', async () => {
    for (const url of ['/api/volunteer-figures', '/api/party-reports', '/api/honour-rolls/candidates']) {
      const other = await call('community2', 'GET', `${url}?placeId=${fudong}`);
      expect(other.statusCode, url).toBe(403);
    }
    expect((await call('volunteer', 'GET', '/api/volunteer-figures')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/volunteer-figures')).statusCode).toBe(401);
    expect(
      (await call('community2', 'GET', `/api/volunteer-figures/export.xlsx?placeId=${fudong}`)).statusCode,
    ).toBe(403);
  });

  it('refuses a bad month, a reversed or an over-long period with a clear message', async () => {
    const bad = await call('community', 'GET', '/api/party-reports?month=2026-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toMatchObject([
      { path: 'querystring.month', message: '月份应写作年-月，如 2026-11' },
    ]);
    const reversed = await call('community', 'GET', '/api/volunteer-figures?from=2026-11-20&to=2026-11-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toMatchObject([
      { path: 'querystring.from', message: '开始日期不能晚于结束日期' },
    ]);
    const long = await call(
      'community',
      'GET',
      '/api/volunteer-figures?from=2025-01-01&to=2026-06-30',
      undefined,
      {
        'accept-language': 'en-US',
      },
    );
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toMatchObject({ path: 'querystring.to' });
    expect(long.json().errors[0].message).toContain('at most 366 days');
    // A whole year is allowed.
    expect(
      (await call('community', 'GET', '/api/volunteer-figures?from=2026-01-01&to=2026-12-31')).statusCode,
    ).toBe(200);
  });
});

describe('the party member’s monthly report', () => {
  it('lists the member under their branch with their month, the phone masked', async () => {
    const month = day(0).slice(0, 7);
    const res = await call('community', 'GET', `/api/party-reports?placeId=${fudong}&month=${month}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as PartyReport;
    const branch = report.branches.find((b) => b.branch === '常州市武进区司法局机关党支部');
    const member = branch?.members.find((m) => m.name === '冯国栋');
    expect(member).toMatchObject({
      wishesClaimed: 1,
      wishesCompleted: 1,
      ordersClaimed: 4,
      ordersCompleted: 2,
      activitiesAttended: 1,
      confirmedMinutes: 45,
    });
    expect(member?.phone ?? '').toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(JSON.stringify(report)).not.toMatch(/1\d{10}/);
    // Another month: the same people, nothing done.
    const earlier = (
      await call('community', 'GET', `/api/party-reports?placeId=${fudong}&month=2020-01`)
    ).json();
    const quiet = earlier.branches.flatMap((b: PartyReport['branches'][number]) => b.members);
    expect(quiet.find((m: { name: string }) => m.name === '冯国栋')).toMatchObject({ ordersClaimed: 0 });

    const file = await call(
      'community',
      'GET',
      `/api/party-reports/export.xlsx?placeId=${fudong}&month=${month}`,
    );
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(String(sheet?.getCell('A1').value)).toContain('在职党员双报到月报');
    const lines: unknown[][] = [];
    sheet?.eachRow((r) => {
      lines.push((r.values as unknown[]).slice(1));
    });
    expect(lines).toContainEqual(
      expect.arrayContaining(['常州市武进区司法局机关党支部', '冯国栋', member?.phone, 1, 1, 4, 2, 1, 0.8]),
    );
  });
});

describe('the workbook of the figures', () => {
  it('holds a title row, the figures by child node with the total, and a sheet by team', async () => {
    const shown = await figures('community');
    const res = await call(
      'community',
      'GET',
      `/api/volunteer-figures/export.xlsx?placeId=${fudong}&${period}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['按下级', '按服务队']);
    const [byChild, byTeam] = workbook.worksheets;
    expect(String(byChild?.getCell('A1').value)).toContain('志愿服务数据');
    expect(byChild?.getRow(4).getCell(5).value).toBe('已确认时长（小时）');
    const total = byChild?.getRow(5 + shown.byChild.length);
    expect(total?.getCell(1).value).toBe('合计');
    expect(total?.getCell(5).value).toBe(Math.round(shown.totals.confirmedMinutes / 6) / 10);
    expect(total?.getCell(10).value).toBe(shown.totals.ordersClaimed);
    expect(byTeam?.rowCount).toBe(4 + shown.byTeam.length);

    const en = await call('community', 'GET', `/api/volunteer-figures/export.xlsx?${period}`, undefined, {
      'accept-language': 'en-US',
    });
    const english = new ExcelJS.Workbook();
    await english.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
    expect(english.worksheets.map((s) => s.name)).toEqual(['By child node', 'By team']);
    expect(english.worksheets[0]?.getRow(4).getCell(1).value).toBe('Child node');
  });
});

describe('the honour roll', () => {
  let roll: HonourRoll;

  it('ranks candidates from the records and publishes the chosen with masked names, audited', async () => {
    const res = await call('community', 'GET', `/api/honour-rolls/candidates?placeId=${fudong}&${period}`);
    expect(res.statusCode, res.body).toBe(200);
    const candidates = res.json() as HonourCandidates;
    const me = candidates.volunteers.find((v) => v.name === '冯国栋');
    expect(me?.figures).toEqual({ confirmedMinutes: 45, activitiesAttended: 1, averageRating: 2.5 });
    expect(candidates.teams.find((x) => x.id === team)?.figures).toEqual({
      confirmedMinutes: 45,
      ordersCompleted: 2,
    });
    expect(candidates.stations.find((x) => x.id === stationId)?.figures).toEqual({
      activitiesHeld: 1,
      peopleServed: 12,
    });

    const notOne = await call('community', 'POST', '/api/honour-rolls', {
      placeId: fudong,
      title: '优秀志愿者',
      from: day(-10),
      to: day(10),
      entries: [{ kind: 'volunteer', id: crypto.randomUUID() }],
    });
    expect(notOne.statusCode).toBe(400);
    expect(notOne.json().errors).toMatchObject([{ path: 'body.entries.0.id' }]);

    const published = await call('community', 'POST', '/api/honour-rolls', {
      placeId: fudong,
      title: '本月优秀志愿者',
      from: day(-10),
      to: day(10),
      entries: [
        { kind: 'volunteer', id: me?.id },
        { kind: 'team', id: team },
        { kind: 'station', id: stationId },
      ],
    });
    expect(published.statusCode, published.body).toBe(201);
    roll = published.json();
    expect(roll.entries.map((e) => e.name)[0]).toBe('冯某');
    expect(roll.entries[0]?.figures).toEqual(me?.figures);
    expect(
      (
        await call('community2', 'POST', '/api/honour-rolls', {
          ...published.json(),
          entries: [{ kind: 'team', id: team }],
        })
      ).statusCode,
    ).toBe(403);

    const audited = await rowsOf<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM (SELECT action, target_id FROM audit_pending UNION ALL
        SELECT action, target_id FROM audit_event) a WHERE action = 'honour_roll.publish' AND target_id = ${roll.id}`,
    );
    expect(audited[0]?.n).toBe(1);
  });

  it('is read without sign-in showing only masked names, and hidden once taken down (one winner)', async () => {
    const open = await call(null, 'GET', `/api/public/honour-rolls?placeId=${fudong}`);
    expect(open.statusCode).toBe(200);
    expect(open.json().items.map((r: HonourRoll) => r.id)).toContain(roll.id);
    expect(open.body).toContain('冯某');
    expect(open.body).not.toContain('冯国栋');
    expect(
      (await call(null, 'GET', `/api/public/honour-rolls?placeId=${crypto.randomUUID()}`)).statusCode,
    ).toBe(404);

    expect((await call('community2', 'POST', `/api/honour-rolls/${roll.id}/unpublish`)).statusCode).toBe(404);
    const both = await Promise.all([
      call('community', 'POST', `/api/honour-rolls/${roll.id}/unpublish`),
      call('street', 'POST', `/api/honour-rolls/${roll.id}/unpublish`),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    const after = await call(null, 'GET', `/api/public/honour-rolls?placeId=${fudong}`);
    expect(after.json().items.map((r: HonourRoll) => r.id)).not.toContain(roll.id);
    const office = (await call('community', 'GET', `/api/honour-rolls?placeId=${fudong}`)).json();
    expect(office.items.find((r: HonourRoll) => r.id === roll.id)).toMatchObject({ publishedAt: null });
  });
});
