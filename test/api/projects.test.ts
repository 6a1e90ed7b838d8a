import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../src/shared/exchange';
import { type Call, caller, listAll, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// The projects API as outside tools use it: the contract (create, read as of a day, report, list with filters),
// scope (a community sees its own and below, not a sibling), the public pages (nothing private) and hostile input.
let t: TestApp;
let call: Call;
let fudong: string;
let compound: string;
let town: string;
let sibling: string;
let handlerUnit: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(
    t,
    await loginAll(t, ['community', 'community2', 'street', 'handler', 'leader', 'resident', 'volunteer']),
    { 'accept-language': 'zh-CN' },
  );
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  town = (await call('street', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
  const places = (await call('community', 'GET', `/api/places?parentId=${fudong}`)).json();
  compound = (places.items ?? places)[0].id;
  const streets = (await call('street', 'GET', `/api/places?parentId=${town}`)).json();
  sibling = (streets.items ?? streets).find((p: { id: string }) => p.id !== fudong).id;
});
afterAll(async () => {
  await t?.close();
});

const today = () => new Date(t.clock.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const dayFrom = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A project of 100 days from 20 days ago: planned 20 today (one milestone of weight 1 at its end). */
function projectBody(placeId: string, fields: Record<string, unknown> = {}) {
  const start = dayFrom(today(), -20);
  return {
    name: '府东花园非机动车充电棚',
    placeId,
    leadUnitId: handlerUnit,
    startDate: start,
    endDate: dayFrom(start, 100),
    milestones: [{ name: '建成投用', plannedDate: dayFrom(start, 100), weight: 1 }],
    ...fields,
  };
}

describe('the contract', () => {
  it('creates (201, id), reads planned and actual progress and status as of a day, takes a report (201)', async () => {
    const created = await call('community', 'POST', '/api/projects', projectBody(compound));
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const read = await call('community', 'GET', `/api/projects/${id}?asOf=${today()}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ plannedProgress: 20, actualProgress: 0, status: 'behind' });

    const filed = await call('handler', 'POST', `/api/projects/${id}/reports`, {
      progress: 15,
      note: '地基完成',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const after = (await call('community', 'GET', `/api/projects/${id}?asOf=${today()}`)).json();
    expect(after).toMatchObject({ actualProgress: 15, status: 'on_track' });
    // Before the start nothing was planned nor done.
    const before = (
      await call('community', 'GET', `/api/projects/${id}?asOf=${dayFrom(today(), -30)}`)
    ).json();
    expect(before).toMatchObject({ plannedProgress: 0, actualProgress: 0 });

    const reports = (await call('leader', 'GET', `/api/projects/${id}/reports`)).json();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ progress: 15, plannedProgress: 20 });
  });

  it('lists within scope with status and place filters, in pages', async () => {
    const behind = await call(
      'community',
      'POST',
      '/api/projects',
      projectBody(fudong, { name: '府东社区助餐点' }),
    );
    expect(behind.statusCode).toBe(201);
    const listed = await listAll<{ id: string; status: string }>(
      call,
      'community',
      `/api/projects?placeId=${fudong}&status=behind`,
    );
    expect(listed.map((p) => p.id)).toContain(behind.json().id);
    expect(listed.every((p) => p.status === 'behind')).toBe(true);
    const page = (await call('community', 'GET', '/api/projects?limit=1')).json();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toEqual(expect.any(String));
  });
});

describe('scope', () => {
  let ownId: string;
  let siblingId: string;
  beforeAll(async () => {
    ownId = (
      await call('community', 'POST', '/api/projects', projectBody(compound, { name: '府东加装电梯' }))
    ).json().id;
    const s = await call('street', 'POST', '/api/projects', projectBody(sibling, { name: '晓柳幼儿园扩建' }));
    expect(s.statusCode, s.body).toBe(201);
    siblingId = s.json().id;
  });

  it("shows a community its own and what is below, never a sibling's", async () => {
    const mine = await listAll<{ id: string }>(call, 'community', '/api/projects');
    expect(mine.map((p) => p.id)).toContain(ownId);
    expect(mine.map((p) => p.id)).not.toContain(siblingId);
    expect((await call('community', 'GET', `/api/projects/${siblingId}`)).statusCode).toBe(404);
    expect(
      (await call('community', 'POST', `/api/projects/${siblingId}/reports`, { progress: 5, note: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await call('community2', 'GET', `/api/projects/${ownId}`)).statusCode).toBe(404);
    const streets = await listAll<{ id: string }>(call, 'street', '/api/projects');
    expect(streets.map((p) => p.id)).toEqual(expect.arrayContaining([ownId, siblingId]));
  });

  it('lets the lead unit report but not edit; residents and volunteers read nothing', async () => {
    expect((await call('handler', 'GET', `/api/projects/${siblingId}`)).statusCode).toBe(200);
    expect((await call('handler', 'PATCH', `/api/projects/${siblingId}`, { name: '改名' })).statusCode).toBe(
      403,
    );
    expect((await call('resident', 'GET', '/api/projects')).statusCode).toBe(403);
    expect(
      (await call('volunteer', 'POST', `/api/projects/${ownId}/reports`, { progress: 1, note: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await call(null, 'GET', '/api/projects')).statusCode).toBe(401);
  });
});

describe('the public pages', () => {
  it('show published projects only, with nothing private', async () => {
    const created = await call(
      'community',
      'POST',
      '/api/projects',
      projectBody(compound, {
        name: '东方名苑排水改造',
        ownerName: '沈建国',
        ownerPhone: '13861231234',
        internalNote: '内部：资金缺口待协调',
      }),
    );
    const { id } = created.json();
    expect((await call(null, 'GET', `/api/public/projects/${id}`)).statusCode).toBe(404);
    expect(
      (await call('community', 'POST', `/api/projects/${id}/publish`, { isPublished: true })).statusCode,
    ).toBe(200);
    await call('handler', 'POST', `/api/projects/${id}/reports`, { progress: 30, note: '管网铺设过半' });

    const one = await call(null, 'GET', `/api/public/projects/${id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ name: '东方名苑排水改造', actualProgress: 30, plannedProgress: 20 });
    expect(one.json().milestones).toHaveLength(1);
    expect(one.json().reports).toHaveLength(1);
    const list = await call(null, 'GET', '/api/public/projects?limit=100');
    expect(list.json().items.map((p: { id: string }) => p.id)).toContain(id);
    for (const body of [one.body, list.body]) {
      expect(body).not.toMatch(/沈建国|1386123|内部|ownerPhone|ownerName|internalNote|leadUnitId|placeId/);
    }
    // A resident follows a published project, not an unpublished one.
    expect((await call('resident', 'PUT', `/api/projects/${id}/follow`)).statusCode).toBe(204);
    const hidden = (
      await call('community', 'POST', '/api/projects', projectBody(compound, { name: '未公开项目' }))
    ).json();
    expect((await call('resident', 'PUT', `/api/projects/${hidden.id}/follow`)).statusCode).toBe(404);
    // The office reads them (the phone masked).
    const office = (await call('community', 'GET', `/api/projects/${id}`)).json();
    expect(office).toMatchObject({ ownerName: '沈建国', ownerPhone: expect.stringContaining('****') });
  });
});

describe('tickets', () => {
  it('promotes a suggestion, and accepting the project resolves it', async () => {
    const s = await submitTicket(call, 'resident', fudong, {
      kind: 'suggestion',
      title: '建议小区增设充电桩',
    });
    expect(
      (await call('community', 'POST', `/api/tickets/${s.id}/actions`, { action: 'accept' })).statusCode,
    ).toBe(200);
    const start = today();
    const promoted = await call('community', 'POST', '/api/projects/promote', {
      ticketId: s.id,
      leadUnitId: handlerUnit,
      startDate: start,
      endDate: dayFrom(start, 30),
    });
    expect(promoted.statusCode, promoted.body).toBe(201);
    const id = promoted.json().id;
    const accepted = await call('community', 'POST', `/api/projects/${id}/accept`, {
      result: '充电桩已投用',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('done');
    expect((await call('resident', 'GET', `/api/tickets/${s.id}`)).json().state).toBe('resolved');
    expect(
      (await call('community', 'POST', `/api/projects/${id}/accept`, { result: '再次' })).statusCode,
    ).toBe(409);
  });
});

describe('hostile input', () => {
  it('is refused with 4xx problem+json', async () => {
    const bad = [
      projectBody(compound, { startDate: '2026-13-01' }),
      projectBody(compound, { endDate: '2020-01-01' }),
      projectBody(compound, { milestones: [{ name: '节点', plannedDate: '2026-01-01', weight: -1 }] }),
      projectBody(compound, { milestones: [{ name: '节点', plannedDate: '1999-01-01', weight: 1 }] }),
      projectBody(compound, { leadUnitId: '00000000-0000-4000-8000-000000000000' }),
      projectBody(compound, { name: 'x'.repeat(500) }),
      projectBody(compound, { name: 'a\u0000b' }),
    ];
    for (const body of bad) {
      const res = await call('community', 'POST', '/api/projects', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('problem+json');
    }
    const id = (await call('community', 'POST', '/api/projects', projectBody(compound))).json().id;
    for (const body of [
      { progress: 101, note: 'x' },
      { progress: -1, note: 'x' },
      { progress: 10 },
      { progress: '10', note: 'x' },
    ]) {
      expect((await call('handler', 'POST', `/api/projects/${id}/reports`, body)).statusCode).toBe(400);
    }
    expect((await call('community', 'GET', `/api/projects/${id}?asOf=yesterday`)).statusCode).toBe(400);
    expect((await call('community', 'GET', '/api/projects/not-a-uuid')).statusCode).toBe(400);
    expect((await call('community', 'GET', '/api/projects?status=late')).statusCode).toBe(400);
  });
});

describe('Excel', () => {
  const HEADERS = [
    '地点编码',
    '项目名称',
    '领办单位',
    '类别',
    '开始日期',
    '结束日期',
    '任务节点',
    '责任人',
    '预算（元）',
    '目标任务',
  ];
  async function book(rows: (string | number)[][]) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('重点项目');
    sheet.addRow(HEADERS);
    for (const r of rows) {
      sheet.addRow(r);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const upload = async (body: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)], { type: XLSX_TYPE }), 'import.xlsx');
    return call('community', 'POST', '/api/exchange/projects/import', form);
  };
  const row = (name: string, milestones: string) => [
    '320412001001',
    name,
    '湖塘镇综合行政执法队',
    '环境',
    '2026-03-01',
    '2026-09-30',
    milestones,
    '王建华',
    120000,
    '整治背街小巷',
  ];

  it('imports projects with their milestones, all or nothing, with an error per bad cell', async () => {
    const bad = await upload(
      await book([
        row('导入项目甲', '开工@2026-03-15*1；竣工@2026-09-30*2'),
        row('导入项目乙', '开工于三月'),
      ]),
    );
    expect(bad.statusCode, bad.body).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('rows.3.milestones');
    const none = await listAll<{ name: string }>(call, 'community', '/api/projects?q=导入项目');
    expect(none).toHaveLength(0);

    const good = await upload(await book([row('导入项目甲', '开工@2026-03-15*1；竣工@2026-09-30*2')]));
    expect(good.statusCode, good.body).toBe(200);
    const [made] = await listAll<{ id: string }>(call, 'community', '/api/projects?q=导入项目甲');
    const detail = (await call('community', 'GET', `/api/projects/${made?.id}?asOf=2026-06-01`)).json();
    expect(detail.milestones.map((m: { weight: number }) => m.weight)).toEqual([1, 2]);
    expect(detail.category).toBe('environment');
  });

  it('exports the list with its progress and status', async () => {
    const res = await call('community', 'GET', '/api/projects/export');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['项目名称', '序时进度(%)', '实际进度(%)', '状态']));
  });
});
