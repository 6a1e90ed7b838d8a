import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, MyVolunteering, Team } from '../../src/shared/volunteers';
import { type Call, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// Teams and volunteers over HTTP, on the demo seed (src/server/seed/demo-volunteers.ts): 府东社区's four teams,
// the demo `volunteer` leading two of them as a party member, two applications waiting.

let t: TestApp;
let call: Call;
const ACCOUNTS = ['community', 'community2', 'volunteer', 'resident', 'resident2', 'grid'];
const teams = new Map<string, Team>();

const team = (name: string): Team => {
  const found = teams.get(`府东社区${name}`);
  if (!found) {
    throw new Error(`no team ${name}`);
  }
  return found;
};
const pending = async () =>
  (await call('community', 'GET', '/api/volunteer-applications?status=pending&limit=100')).json()
    .items as Application[];
const problem = (res: { statusCode: number; headers: Record<string, unknown> }, status: number) => {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
};

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ACCOUNTS), { 'accept-language': 'zh-CN' });
  for (const item of (await call('community', 'GET', '/api/teams?limit=100')).json().items as Team[]) {
    teams.set(item.name, item);
  }
});
afterAll(async () => {
  await t.close();
});

describe('teams', () => {
  it("lists the community's teams with brand, leader and pending applications", async () => {
    expect([...teams.keys()].sort()).toEqual(
      ['法治科普志愿队', '应急救护宣传志愿队', '蓝衣天使志愿服务队', '红马甲便民理发志愿队']
        .map((n) => `府东社区${n}`)
        .sort(),
    );
    expect(team('红马甲便民理发志愿队')).toMatchObject({
      serviceBrand: '红马甲',
      leaderName: '冯国栋',
      pendingCount: 1,
      allowedActions: ['update', 'review'],
    });
    const detail = (await call('community', 'GET', `/api/teams/${team('红马甲便民理发志愿队').id}`)).json();
    expect(detail.members).toMatchObject([{ displayName: '冯国栋', isPartyMember: true, isLeader: true }]);
  });

  it('are closed to residents and to other communities', async () => {
    problem(await call('resident', 'GET', '/api/teams'), 403);
    problem(await call('community2', 'GET', `/api/teams/${team('蓝衣天使志愿服务队').id}`), 404);
    expect((await call('community2', 'GET', '/api/teams')).json().items).toEqual([]);
  });

  it('open to a resident are those of their home community', async () => {
    const open = (await call('resident', 'GET', '/api/teams/open')).json().items as Team[];
    expect(open.map((x) => x.name)).toContain('府东社区蓝衣天使志愿服务队');
    expect((await call('resident2', 'GET', '/api/teams/open')).json().items).toEqual([]);
  });
});

describe('applying and deciding', () => {
  const body = (unitId: string, extra: Record<string, unknown> = {}) => ({
    unitId,
    realName: '何秀英',
    idNumber: '11010519491231002X',
    skills: ['编织'],
    availability: '周二上午',
    isPartyMember: false,
    ...extra,
  });

  it("refuses a bad ID number in the caller's language", async () => {
    const res = await call(
      'resident',
      'POST',
      '/api/volunteer-applications',
      body(team('蓝衣天使志愿服务队').id, { idNumber: '110105194912310021' }),
      { 'accept-language': 'en-US' },
    );
    problem(res, 400);
    expect(res.json().errors).toMatchObject([{ path: 'body.idNumber' }]);
    expect(res.json().errors[0].message).toContain('ID card number');
  });

  it('makes the resident a member: 201, 409 twice, approved, listed in /api/auth/me', async () => {
    const unitId = team('蓝衣天使志愿服务队').id;
    const applied = await call('resident', 'POST', '/api/volunteer-applications', body(unitId));
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toMatchObject({ status: 'pending', idNumber: '1101**********002X' });
    problem(await call('resident', 'POST', '/api/volunteer-applications', body(unitId)), 409);
    // Another community's office does not see it; the volunteer who does not lead this team may not decide.
    problem(
      await call('community2', 'POST', `/api/volunteer-applications/${applied.json().id}/approve`),
      404,
    );
    const notLeader = await call(
      'volunteer',
      'POST',
      `/api/volunteer-applications/${applied.json().id}/approve`,
    );
    problem(notLeader, 403);
    expect(JSON.stringify(notLeader.json())).toContain('队长');
    problem(await call('resident', 'POST', `/api/volunteer-applications/${applied.json().id}/approve`), 403);

    const approved = await call(
      'community',
      'POST',
      `/api/volunteer-applications/${applied.json().id}/approve`,
    );
    expect(approved.statusCode).toBe(200);
    problem(await call('community', 'POST', `/api/volunteer-applications/${applied.json().id}/approve`), 409);
    const me = (await call('resident', 'GET', '/api/auth/me')).json();
    expect(me.unitIds).toContain(unitId);
    expect(me.roles).toEqual(['resident', 'volunteer']);
    const mine = (await call('resident', 'GET', '/api/volunteers/me')).json() as MyVolunteering;
    expect(mine.profile?.number).toMatch(/^320412V\d{6}$/);
    // A volunteer who stays a resident account reaches what a volunteer has: their hours and their certificate.
    const hours = await call('resident', 'GET', `/api/service-hours?accountId=${me.id}`);
    expect(hours.statusCode, hours.body).toBe(200);
    expect(hours.json()).toMatchObject({ items: [], totalMinutes: 0 });
    const certificate = await call('resident', 'GET', `/api/volunteers/${me.id}/certificate.pdf`);
    expect(certificate.statusCode, certificate.body).toBe(200);
    expect(certificate.headers['content-type']).toBe('application/pdf');
  });

  it("the leader decides his team's applications; a decline needs a reason", async () => {
    const haircut = (await pending()).find((a) => a.teamName === '府东社区红马甲便民理发志愿队');
    const nursing = (await pending()).find((a) => a.teamName === '府东社区蓝衣天使志愿服务队');
    expect(haircut).toMatchObject({ realName: '张建华', isPartyMember: true });
    expect(haircut?.idNumber).toMatch(/^3204\*{10}\d{3}[\dX]$/);
    const mine = (await call('volunteer', 'GET', '/api/volunteer-applications')).json()
      .items as Application[];
    expect(mine.map((a) => a.teamName)).not.toContain('府东社区蓝衣天使志愿服务队');
    problem(await call('volunteer', 'POST', `/api/volunteer-applications/${haircut?.id}/decline`, {}), 400);
    problem(
      await call('volunteer', 'POST', `/api/volunteer-applications/${nursing?.id}/decline`, {
        reason: '暂不招募',
      }),
      403,
    );
    const ok = await call('volunteer', 'POST', `/api/volunteer-applications/${haircut?.id}/approve`);
    expect(ok.json()).toMatchObject({ status: 'approved', allowedActions: [] });
  });
});

describe('profiles', () => {
  it('the demo volunteer is a party member in two teams, one of them the haircut team', async () => {
    const mine = (await call('volunteer', 'GET', '/api/volunteers/me')).json() as MyVolunteering;
    expect(mine.profile).toMatchObject({
      isPartyMember: true,
      partyBranch: '常州市武进区司法局机关党支部',
      homeCommunityName: '府东社区',
    });
    expect(mine.profile?.teams.map((x) => x.name).sort()).toEqual(
      ['府东社区法治科普志愿队', '府东社区红马甲便民理发志愿队'].sort(),
    );
    const me = (await call('volunteer', 'GET', '/api/auth/me')).json();
    expect(me.unitIds).toEqual(expect.arrayContaining(mine.profile?.teams.map((x) => x.id) ?? []));
  });

  it('shows the ID number masked and reveals it to the office only', async () => {
    const volunteerId = (await call('volunteer', 'GET', '/api/auth/me')).json().id;
    const profile = (await call('community', 'GET', `/api/volunteers/${volunteerId}`)).json();
    expect(profile.idNumber).toMatch(/^3204\*{10}/);
    const revealed = await call('community', 'POST', `/api/volunteers/${volunteerId}/reveal`);
    expect(revealed.json().idNumber).toMatch(/^320412\d{11}[\dX]$/);
    problem(await call('community2', 'POST', `/api/volunteers/${volunteerId}/reveal`), 404);
    problem(await call('grid', 'POST', `/api/volunteers/${volunteerId}/reveal`), 403);
  });

  it('leaves a team: 204, then 404', async () => {
    const unitId = team('法治科普志愿队').id;
    expect((await call('volunteer', 'POST', `/api/teams/${unitId}/leave`)).statusCode).toBe(204);
    problem(await call('volunteer', 'POST', `/api/teams/${unitId}/leave`), 404);
    expect((await call('volunteer', 'GET', '/api/auth/me')).json().unitIds).not.toContain(unitId);
  });
});
