import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, notification, projectReminder } from '../../src/server/db/schema';
import { sweepBulletins, sweepUrging } from '../../src/server/modules/bulletins';
import { computeFigures } from '../../src/server/modules/bulletins/generate';
import { urgeQuietProjects } from '../../src/server/modules/bulletins/urging';
import { SYSTEM_ACTOR } from '../../src/server/platform/context';
import { parsePeriod } from '../../src/shared/bulletin-periods';
import { XLSX_TYPE } from '../../src/shared/exchange';
import { type Call, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { createStaff, createStaffedCommunity, type StaffedCommunity } from '../support/factories';

// The 三个一 cadence through the real app, on a fixed programme in a new street whose figures are known: the
// bulletin of 2026-11 中旬 (as of 11-20) against 上旬 (as of 11-10), generated once; scope; the downloads; the
// weekly urging, once per project and week.
let t: TestApp;
let call: Call;
let cookies: Record<string, string>;
let c1: StaffedCommunity;
let c2: StaffedCommunity;
let office: string;
const ids: Record<string, string> = {};

/** Beijing noon of a day (the test installation's zone is Asia/Shanghai). */
const at = (day: string, hour = 12) => new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000);

async function moveClock(day: string, hour = 12) {
  t.clock.now = at(day, hour);
  // Sessions are signed in again: the clock jumps days at a time.
  await loginAll(
    t,
    ['street', 'leader', 'community', 'handler', office, c1.handler.username, c2.handler.username],
    cookies,
  );
}

async function project(
  name: string,
  community: StaffedCommunity,
  unitId: string,
  end = '2027-01-09',
  start = '2026-10-01',
) {
  const res = await call(office, 'POST', '/api/projects', {
    name,
    placeId: community.communityId,
    leadUnitId: unitId,
    startDate: start,
    endDate: end,
    milestones: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  ids[name] = res.json().id;
}

async function report(name: string, handler: string, progress: number) {
  const res = await call(handler, 'POST', `/api/projects/${ids[name]}/reports`, {
    progress,
    note: '按计划推进',
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = at('2026-11-05');
  c1 = await createStaffedCommunity(t);
  c2 = await createStaffedCommunity(t, { streetId: c1.streetId });
  const streetOffice = await createStaff(t, { roles: ['street_admin'], placeId: c1.streetId });
  office = streetOffice.username;
  for (const p of [streetOffice, c1.handler, c2.handler]) {
    await t.database.db.update(account).set({ mustChangePassword: false }).where(eq(account.id, p.id));
  }
  cookies = {};
  call = caller(t, cookies, { 'accept-language': 'zh-CN' });
  await moveClock('2026-11-05');
  const h1 = c1.handler.username;
  const h2 = c2.handler.username;
  // Linear plans from 10-01 over 100 days: 40 planned on 11-10, 50 on 11-20.
  await project('P1 按序时', c1, c1.unitId);
  await project('P2 新滞后', c1, c1.unitId);
  await project('P3 追赶', c2, c2.unitId);
  await project('P4 超期', c2, c2.unitId, '2026-11-15');
  await project('P5 办结', c1, c2.unitId);
  await project('P6 未开工', c2, c1.unitId, '2027-03-01', '2026-11-25');
  await report('P1 按序时', h1, 45);
  await report('P2 新滞后', h1, 35);
  // P5's lead unit sits in the other community: its staff report wherever the project is.
  await report('P5 办结', h2, 40);
  await moveClock('2026-11-14');
  const accepted = await call(office, 'POST', `/api/projects/${ids['P5 办结']}/accept`, { result: '已建成' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  await moveClock('2026-11-15');
  await report('P3 追赶', h2, 30);
  await moveClock('2026-11-21');
});
afterAll(async () => {
  await t?.close();
});

describe('the ten-day bulletin', () => {
  let id: string;

  it('gives the exact figures of the fixed programme as of the period’s last day', async () => {
    const res = await call(office, 'POST', '/api/bulletins', { placeId: c1.streetId, period: '2026-11-2' });
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json();
    id = b.id;
    expect(b).toMatchObject({ period: '2026-11-2', periodFrom: '2026-11-11', asOf: '2026-11-20' });
    expect(b.figures.counts).toEqual({
      total: 5,
      on_track: 1,
      behind: 2,
      seriously_behind: 0,
      overdue: 1,
      done: 1,
    });
    expect(
      b.figures.laggards.map((l: { name: string; gap: number; status: string }) => [l.name, l.status, l.gap]),
    ).toEqual([
      ['P4 超期', 'overdue', 100],
      ['P3 追赶', 'behind', 20],
      ['P2 新滞后', 'behind', 15],
    ]);
    const rank = (rows: { rank: number; total: number; onTrackShare: number; meanGap: number }[]) =>
      rows.map((r) => [r.rank, r.total, r.onTrackShare, r.meanGap]);
    expect(rank(b.figures.byUnit)).toEqual([
      [1, 2, 50, 10],
      [2, 3, 33.3, 40],
    ]);
    expect(b.figures.byUnit[0].id).toBe(c1.unitId);
    expect(rank(b.figures.byPlace)).toEqual([
      [1, 3, 66.7, 6.7],
      [2, 2, 0, 60],
    ]);
    expect(b.figures.byPlace[0].id).toBe(c1.communityId);
    expect(
      b.figures.changes.map((c: { name: string; kind: string; from: string }) => [c.kind, c.name, c.from]),
    ).toEqual([
      ['newly_done', 'P5 办结', 'on_track'],
      ['newly_overdue', 'P4 超期', 'seriously_behind'],
      ['newly_behind', 'P2 新滞后', 'on_track'],
      ['recovered', 'P3 追赶', 'seriously_behind'],
    ]);
  });

  it('answers the stored bulletin when asked again, unchanged by later reports; recomputing gives the same', async () => {
    const first = (await call(office, 'GET', `/api/bulletins/${id}`)).json();
    await report('P1 按序时', c1.handler.username, 60);
    const again = await call(office, 'POST', '/api/bulletins', { placeId: c1.streetId, period: '2026-11-2' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first);
    const period = parsePeriod('2026-11-2');
    const recomputed = await t.as(SYSTEM_ACTOR, async (ctx) => {
      const [street] = await ctx.tx
        .execute<{ id: string }>(
          // biome-ignore lint/suspicious/noExplicitAny: a raw row
          `SELECT id, path::text AS path, name, district_id AS "districtId" FROM place WHERE id = '${c1.streetId}'` as any,
        )
        .then(
          (r) =>
            (r as unknown as { rows: { id: string; path: string; name: string; districtId: string }[] }).rows,
        );
      return street && period ? computeFigures(ctx, street, period) : null;
    });
    expect(recomputed).toEqual(first.figures);
  });

  it('refuses an open period, a community, and a place outside the caller’s area', async () => {
    const open = await call(office, 'POST', '/api/bulletins', { placeId: c1.streetId, period: '2026-11-3' });
    expect(open.statusCode).toBe(400);
    expect(open.body).toContain('尚未结束');
    const community = await call(office, 'POST', '/api/bulletins', {
      placeId: c1.communityId,
      period: '2026-11-1',
    });
    expect(community.statusCode).toBe(400);
    expect(
      (await call('street', 'POST', '/api/bulletins', { placeId: c1.streetId, period: '2026-11-1' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(office, 'POST', '/api/bulletins', { placeId: c1.streetId, period: '2026-11-4' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await call('leader', 'POST', '/api/bulletins', { placeId: c1.streetId, period: '2026-11-1' }))
        .statusCode,
    ).toBe(403);
    expect((await call(null, 'GET', '/api/bulletins')).statusCode).toBe(401);
  });

  it('is read in its street and above it, never by another street or a community', async () => {
    expect((await call('leader', 'GET', `/api/bulletins/${id}`)).statusCode).toBe(200);
    expect((await call('street', 'GET', `/api/bulletins/${id}`)).statusCode).toBe(404);
    expect((await call('community', 'GET', `/api/bulletins/${id}`)).statusCode).toBe(404);
    expect((await call('handler', 'GET', `/api/bulletins/${id}`)).statusCode).toBe(403);
    const listed = (await call('street', 'GET', '/api/bulletins?limit=100')).json().items;
    expect(listed.map((b: { id: string }) => b.id)).not.toContain(id);
    const own = (await call(office, 'GET', '/api/bulletins')).json().items;
    expect(own).toEqual([expect.objectContaining({ id, counts: expect.objectContaining({ total: 5 }) })]);
  });

  it('downloads as a workbook and a PDF in the caller’s language', async () => {
    const xlsx = await call(office, 'GET', `/api/bulletins/${id}/export`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain(XLSX_TYPE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['总体情况', '慢序时项目', '排名', '较上期变化']);
    expect(book.getWorksheet('慢序时项目')?.getRow(5).getCell(1).value).toBe('P4 超期');
    const en = await call(office, 'GET', `/api/bulletins/${id}/export`, undefined, {
      'accept-language': 'en-US',
    });
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
    expect(enBook.worksheets[0]?.name).toBe('Overview');
    for (const language of ['zh-CN', 'en-US']) {
      const pdf = await call(office, 'GET', `/api/bulletins/${id}/pdf`, undefined, {
        'accept-language': language,
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.rawPayload.length).toBeGreaterThan(1000);
    }
  });

  it('is written by the sweep for every district and street once, leaving a stored one as it is', async () => {
    let written = 0;
    for (let round = await sweepBulletins(t.services); round > 0; round = await sweepBulletins(t.services)) {
      written += round;
    }
    expect(written).toBeGreaterThan(0);
    expect(await sweepBulletins(t.services)).toBe(0);
    const street = (await call('street', 'GET', '/api/bulletins?period=2026-11-2')).json().items;
    expect(street).toHaveLength(1);
    expect(street[0].generatedByName).toBeNull();
    expect((await call(office, 'GET', `/api/bulletins/${id}`)).json().figures.counts.total).toBe(5);
  });
});

describe('the weekly urging', () => {
  it('tells the lead unit of each quiet project once a week; not a recent reporter, a done or unstarted one', async () => {
    await moveClock('2026-11-23', 8);
    expect(await sweepUrging(t.services)).toBe(0);
    await moveClock('2026-11-22');
    await report('P1 按序时', c1.handler.username, 62);
    await moveClock('2026-11-23', 10);
    expect(await sweepUrging(t.services)).toBe(3);
    expect(await sweepUrging(t.services)).toBe(0);
    // Past the sweep's own guard, the rows' key still tells nobody twice (another process's round).
    expect(await t.as(SYSTEM_ACTOR, (ctx) => urgeQuietProjects(ctx, '2026-11-25'))).toBe(0);
    await moveClock('2026-11-26', 10);
    expect(await sweepUrging(t.services)).toBe(0);
    const rows = await t.database.db.select().from(projectReminder);
    expect(rows.map((r) => r.projectId).sort()).toEqual(
      [ids['P2 新滞后'], ids['P3 追赶'], ids['P4 超期']].sort(),
    );
    expect(rows.every((r) => r.week === '2026-W48' && r.recipients === 1)).toBe(true);
    const told = await t.database.db
      .select()
      .from(notification)
      .where(
        and(eq(notification.subjectType, 'project_reminder'), eq(notification.accountId, c1.handler.id)),
      );
    expect(told.map((n) => n.title)).toEqual(['请填报「P2 新滞后」的进度']);
    const listed = (await call(office, 'GET', '/api/bulletins/urgings')).json();
    expect(listed).toHaveLength(3);
    expect((await call('street', 'GET', '/api/bulletins/urgings')).json()).toHaveLength(0);
    await moveClock('2026-11-30', 9);
    expect(await sweepUrging(t.services)).toBe(4);
  });
});
