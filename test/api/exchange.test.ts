import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../src/shared/exchange';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: string;
let community: string;
let fudongId: string;
const FUDONG = '320412001001';
const XIAOLIU = '320412001002'; // 晓柳社区: same street, outside `community`'s scope

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
  const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: community } });
  fudongId = me.json().placeId;
});
afterAll(async () => {
  await t.close();
});

async function book(headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  sheet.addRow(headers);
  for (const r of rows) {
    sheet.addRow(r);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function open(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
  });
  return { workbook, rows };
}

function upload(
  kind: string,
  body: Buffer,
  cookie: string,
  options: { filename?: string; accept?: string; type?: string } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/exchange/${kind}/import`,
    headers: { cookie, ...(options.accept ? { accept: options.accept } : {}) },
    payload: formOf(body, options.filename, options.type),
  });
}

function formOf(body: Buffer, filename = 'import.xlsx', type = XLSX_TYPE) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(body)], { type }), filename);
  return form;
}

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

async function exported(kind: string, cookie: string) {
  const res = await get(`/api/exchange/${kind}/export`, cookie);
  expect(res.statusCode).toBe(200);
  return open(res.rawPayload);
}

const PLACE_HEADERS = ['编码', '名称', '层级', '上级编码'];

describe('templates', () => {
  it.each([
    ['places', PLACE_HEADERS],
    ['units', ['挂靠节点编码', '类型', '名称', '编码', '联系人', '电话', '说明']],
    ['accounts', ['用户名', '姓名', '角色', '节点编码', '手机', '初始密码', '所属单位']],
  ])('%s: a header row and a sheet explaining the values', async (kind, headers) => {
    const res = await get(`/api/exchange/${kind}/template`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    const { workbook, rows } = await open(res.rawPayload);
    expect(rows).toEqual([headers]);
    const explained = JSON.stringify(workbook.worksheets[1]?.getSheetValues());
    expect(explained).toContain(
      kind === 'places' ? '小区（compound）' : kind === 'units' ? '物业公司' : '社区工作人员',
    );
  });

  it('is listed in the OpenAPI document with its permission', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/exchange/places/import'].post['x-permission']).toBe('place.write');
    expect(doc.paths['/api/exchange/accounts/export'].get.tags).toEqual(['exchange']);
  });
});

describe('export', () => {
  it('gives a community office only its own subtree, phones masked', async () => {
    const places = await exported('places', community);
    expect(places.rows[0]).toEqual(PLACE_HEADERS);
    const codes = places.rows.slice(1).map((r) => r[0]);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.every((c) => c?.startsWith(FUDONG))).toBe(true);
    expect(places.rows.slice(1).some((r) => r[2] === '楼栋')).toBe(true);

    const accounts = await exported('accounts', community);
    const me = accounts.rows.find((r) => r[0] === 'community');
    expect(me?.[4]).toBe('139****0003');
    expect(me?.[5]).toBe('');
    expect(accounts.rows.some((r) => r[0] === 'street')).toBe(false);
    expect(JSON.stringify(accounts.rows)).not.toContain('13912340003');
  });

  it('limits to placeId and refuses a place outside the caller scope', async () => {
    const res = await get(`/api/exchange/places/export?placeId=${fudongId}`, admin);
    expect(res.statusCode).toBe(200);
    const { rows } = await open(res.rawPayload);
    expect(rows.slice(1).every((r) => r[0]?.startsWith(FUDONG))).toBe(true);
    const bad = await get('/api/exchange/places/export?placeId=nope', admin);
    expect(bad.statusCode).toBe(400);
  });
});

describe('places import', () => {
  it('imports a compound, its grid and building, given in reverse order', async () => {
    const file = await book(PLACE_HEADERS, [
      ['T-B1', '1栋', '楼栋', 'T-G1'],
      ['T-G1', '第一网格', 'grid', 'T-C1'],
      [{ richText: [{ text: 'T-' }, { text: 'C1' }] } as never, '新建小区', '小区', Number(FUDONG)],
    ]);
    const res = await upload('places', file, community);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 3 });
    const list = await get(`/api/places?parentId=${fudongId}`, community);
    const compound = list.json().items.find((p: { code: string }) => p.code === 'T-C1');
    expect(compound).toMatchObject({ name: '新建小区', level: 'compound', childCount: 1 });
    const grids = await get(`/api/places?parentId=${compound.id}`, community);
    expect(grids.json().items).toMatchObject([{ code: 'T-G1', level: 'grid', childCount: 1 }]);
  });

  it('reports every bad row and imports nothing', async () => {
    const before = (await exported('places', admin)).rows.length;
    const file = await book(PLACE_HEADERS, [
      ['T-OK1', '好小区', '小区', FUDONG],
      ['T-X1', '未知层级', '城堡', FUDONG],
      ['T-X2', null, '小区', FUDONG],
      ['T-OK1', '重复', '小区', FUDONG],
      ['T-X3', '别人的小区', '小区', XIAOLIU],
    ]);
    const res = await upload('places', file, community, { accept: 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.title).toBe('有 4 行有误，未导入任何数据');
    expect(body.errors).toEqual([
      { path: 'rows.3.level', message: '无效的值“城堡”' },
      { path: 'rows.4.name', message: '必填' },
      { path: 'rows.5.code', message: '与第 2 行重复' },
      { path: 'rows.6.parentCode', message: `找不到编码“${XIAOLIU}”，或不在您的管辖范围内` },
    ]);
    expect((await exported('places', admin)).rows.length).toBe(before);
  });

  it('rolls back rows already written when a service refuses a later one', async () => {
    const before = (await exported('places', admin)).rows.length;
    const file = await book(PLACE_HEADERS, [
      ['T-OK2', '好小区', '小区', FUDONG],
      ['T-D1', '新区县', '区县', null],
    ]);
    const res = await upload('places', file, community, { accept: 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'rows.3.parentCode', message: '只有全域管理员可以新建区县' }]);
    expect((await exported('places', admin)).rows.length).toBe(before);
  });

  it('answers with an error workbook when asked for one', async () => {
    const file = await book(PLACE_HEADERS, [
      ['T-OK3', '好小区', '小区', FUDONG],
      ['T-X4', '', '城堡', FUDONG],
    ]);
    const res = await upload('places', file, community, { accept: XLSX_TYPE });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    const { rows } = await open(res.rawPayload);
    expect(rows[0]).toEqual([...PLACE_HEADERS, '错误']);
    expect(rows[1]?.[4] ?? '').toBe('');
    expect(rows[2]?.[4]).toBe('名称：必填；层级：无效的值“城堡”');
  });

  it('speaks English when asked', async () => {
    const file = await book(PLACE_HEADERS, [['T-X5', '', '小区', FUDONG]]);
    const res = t.app.inject({
      method: 'POST',
      url: '/api/exchange/places/import',
      headers: { cookie: community, 'accept-language': 'en-US' },
      payload: formOf(file),
    });
    const body = (await res).json();
    expect(body.title).toBe('1 rows have errors; nothing was imported');
    expect(body.errors).toEqual([{ path: 'rows.2.name', message: 'Required' }]);
  });

  it('refuses what is not an .xlsx workbook', async () => {
    const text = await upload('places', Buffer.from('编码,名称\n1,2'), community, {
      filename: 'places.csv',
      type: 'text/csv',
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().title).toBe('只接受 .xlsx 文件');
    const fake = await upload('places', Buffer.from('not a zip'), community);
    expect(fake.statusCode).toBe(400);
    const broken = await upload('places', Buffer.from('PK\u0003\u0004broken'), community);
    expect(broken.json().title).toBe('无法读取该 Excel 文件');
    const noColumns = await upload('places', await book(['名字'], [['x']]), community);
    expect(noColumns.json().title).toBe('表格缺少必需的列：编码、名称、层级');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/exchange/places/import',
      headers: { cookie: community },
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
  });

  it('needs the write permission', async () => {
    const file = await book(PLACE_HEADERS, [['T-X6', '小区', '小区', FUDONG]]);
    expect((await upload('places', file, await t.login('grid'))).statusCode).toBe(403);
    expect((await upload('accounts', file, community)).statusCode).toBe(403);
    expect((await get('/api/exchange/accounts/template', await t.login('grid'))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/exchange/places/template' })).statusCode).toBe(
      401,
    );
  });
});

const UNIT_HEADERS = ['挂靠节点编码', '类型', '名称', '编码', '联系人', '电话', '说明'];
const ACCOUNT_HEADERS = ['用户名', '姓名', '角色', '节点编码', '手机', '初始密码', '所属单位'];

describe('units and accounts import', () => {
  it('imports units; re-exports them masked; refuses bad ones', async () => {
    const good = await book(UNIT_HEADERS, [
      [FUDONG, '志愿服务队', '府东社区测试志愿队', 'T-U1', '王老师', 13800001111, '周末活动'],
      [FUDONG, 'property_company', '府东物业', 'T-U2', null, null, null],
    ]);
    const ok = await upload('units', good, community);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ imported: 2 });
    const { rows } = await exported('units', community);
    expect(rows.find((r) => r[3] === 'T-U1')).toEqual([
      FUDONG,
      '志愿服务队',
      '府东社区测试志愿队',
      'T-U1',
      '王老师',
      '138****1111',
      '周末活动',
    ]);

    const bad = await book(UNIT_HEADERS, [
      [FUDONG, '饭店', '甲', null, null, null, null],
      [XIAOLIU, '党组织', '乙', null, null, 'call me', null],
      [FUDONG, '党组织', '丙', 'T-U1', null, null, null],
    ]);
    const res = await upload('units', bad, community);
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['rows.2.kind', 'rows.3.phone', 'rows.3.placeCode', 'rows.4.code']);
  });

  it('imports accounts that must change their password; refuses bad ones', async () => {
    const good = await book(ACCOUNT_HEADERS, [
      ['t.grid', '测试网格员', '网格员、volunteer', FUDONG, '13800002222', 'Strong@Pass2026', 'T-U1'],
    ]);
    const ok = await upload('accounts', good, admin);
    expect(ok.statusCode, ok.body).toBe(200);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 't.grid', password: 'Strong@Pass2026' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).toMatchObject({ mustChangePassword: true, roles: ['grid_worker', 'volunteer'] });
    expect(signIn.json().unitIds).toHaveLength(1);

    const bad = await book(ACCOUNT_HEADERS, [
      ['t.admin2', '两个管理员', '系统管理员、网格员', FUDONG, null, 'Strong@Pass2026', null],
      ['t.weak', '弱密码', '网格员', FUDONG, null, 'weak', null],
      ['t.grid', '重名', '网格员', FUDONG, null, 'Strong@Pass2026', 'NOPE'],
    ]);
    const res = await upload('accounts', bad, admin);
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors;
    expect(errors.map((e: { path: string }) => e.path)).toEqual(['rows.4.units']);
    expect(res.json().title).toBe('有 1 行有误，未导入任何数据');

    const serviceBad = await book(ACCOUNT_HEADERS, [
      ['t.admin2', '两个管理员', '系统管理员、网格员', FUDONG, null, 'Strong@Pass2026', null],
      ['t.weak', '弱密码', '网格员', FUDONG, null, 'weak', null],
      ['t.grid', '重名', '网格员', FUDONG, null, 'Strong@Pass2026', null],
      ['t.fine', '没问题', '网格员', FUDONG, null, 'Strong@Pass2026', null],
    ]);
    const refused = await upload('accounts', serviceBad, admin);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().title).toBe('有 3 行有误，未导入任何数据');
    expect(new Set(refused.json().errors.map((e: { path: string }) => e.path))).toEqual(
      new Set(['rows.2.roles', 'rows.3.password', 'rows.4.username']),
    );
    expect(refused.json().errors).toContainEqual({ path: 'rows.4.username', message: '用户名已被使用' });
    const { rows } = await exported('accounts', admin);
    expect(rows.some((r) => r[0] === 't.fine')).toBe(false);
  });
});
