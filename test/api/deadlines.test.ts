import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../src/shared/exchange';
import { type Call, caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// Deadline rules and the work calendar through the API (限时制). The clock stands on Tuesday
// 2027-03-09 10:00 Beijing: 2027 has no official entries in the seed, so every day follows the week until a
// test says otherwise.
const TUESDAY_10AM = new Date('2027-03-09T02:00:00Z');

let t: TestApp;
const ACCOUNTS = ['admin', 'community', 'resident', 'auditor'];
let call: Call;
let home: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = TUESDAY_10AM;
  const cookies = await loginAll(t, ACCOUNTS);
  call = caller(t, cookies);
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t.close();
});

const RULE = {
  kind: 'suggestion',
  categoryId: null,
  urgency: 'urgent',
  responseHours: 4,
  handleHours: 16,
  isCalendarTime: false,
  note: '加急建议：半个工作日内响应',
};

async function categoryId(code: string): Promise<string> {
  const list = await call('admin', 'GET', '/api/categories');
  const found = list.json().items.find((c: { code: string }) => c.code === code);
  expect(found, code).toBeDefined();
  return found.id;
}

describe('deadline rules', () => {
  it('lists the seeded rules, the default first, for office staff and the sysadmin', async () => {
    for (const who of ['admin', 'community']) {
      const res = await call(who, 'GET', '/api/deadline-rules');
      expect(res.statusCode).toBe(200);
      const { items, nextCursor } = res.json();
      expect(nextCursor).toBeNull();
      expect(items.length).toBeGreaterThanOrEqual(6);
      expect(items[0]).toMatchObject({ isDefault: true, kind: null, categoryId: null, urgency: null });
    }
    const utilities = (await call('admin', 'GET', '/api/deadline-rules'))
      .json()
      .items.find((r: { categoryName: string | null }) => r.categoryName?.includes('水电气暖'));
    expect(utilities?.categoryName).toMatch(/^公共设施 \/ /);
  });

  it('creates, updates and deletes a rule, each with an audit entry', async () => {
    const created = await call('admin', 'POST', '/api/deadline-rules', RULE);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ ...RULE, isDefault: false, categoryName: null });

    const cat = await categoryId('facility');
    const updated = await call('admin', 'PUT', `/api/deadline-rules/${id}`, {
      ...RULE,
      categoryId: cat,
      handleHours: 24,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ categoryId: cat, handleHours: 24, categoryName: '公共设施' });

    const listed = (await call('admin', 'GET', '/api/deadline-rules')).json().items;
    expect(listed.filter((r: { id: string }) => r.id === id)).toHaveLength(1);

    expect((await call('admin', 'DELETE', `/api/deadline-rules/${id}`)).statusCode).toBe(204);
    expect((await call('admin', 'DELETE', `/api/deadline-rules/${id}`)).statusCode).toBe(404);
    const after = (await call('admin', 'GET', '/api/deadline-rules')).json().items;
    expect(after.some((r: { id: string }) => r.id === id)).toBe(false);

    await t.services.audit.seal();
    const trail = (await t.database.db.execute(
      sql`SELECT action FROM audit_event WHERE target_id = ${id} ORDER BY at, seq`,
    )) as unknown as { rows: { action: string }[] };
    const actions = trail.rows.map((r) => r.action);
    expect(actions).toEqual(['deadline_rule.create', 'deadline_rule.update', 'deadline_rule.delete']);
  });

  it('refuses hours that are not positive, with a message per field in the caller’s language', async () => {
    const res = await call('admin', 'POST', '/api/deadline-rules', {
      ...RULE,
      responseHours: 0,
      handleHours: -5,
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.responseHours', 'body.handleHours']));

    const shorter = await call(
      'admin',
      'POST',
      '/api/deadline-rules',
      { ...RULE, handleHours: 2 },
      { 'accept-language': 'en-US' },
    );
    expect(shorter.statusCode).toBe(400);
    expect(shorter.json().errors).toEqual([
      { path: 'body.handleHours', message: 'The handling limit cannot be shorter than the response limit' },
    ]);
    const zh = await call('admin', 'POST', '/api/deadline-rules', { ...RULE, handleHours: 2 });
    expect(zh.json().errors[0].message).toBe('办结时限不能短于响应时限');
  });

  it('refuses an unknown category and a second rule for the same kind × category × urgency', async () => {
    const unknown = await call('admin', 'POST', '/api/deadline-rules', {
      ...RULE,
      categoryId: '00000000-0000-4000-8000-000000000001',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('body.categoryId');

    const first = await call('admin', 'POST', '/api/deadline-rules', { ...RULE, kind: 'consultation' });
    expect(first.statusCode).toBe(201);
    const again = await call('admin', 'POST', '/api/deadline-rules', {
      ...RULE,
      kind: 'consultation',
      handleHours: 40,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors.map((e: { path: string }) => e.path)).toContain('body.urgency');
    // The seeded default (all three null) clashes with a new catch-all too: nulls count as equal.
    const catchAll = await call('admin', 'POST', '/api/deadline-rules', {
      ...RULE,
      kind: null,
      urgency: null,
    });
    expect(catchAll.statusCode).toBe(409);
    // Updating a rule onto its own key is no clash.
    const same = await call('admin', 'PUT', `/api/deadline-rules/${first.json().id}`, {
      ...RULE,
      kind: 'consultation',
      handleHours: 40,
    });
    expect(same.statusCode).toBe(200);
  });

  it('lets only the sysadmin write: office staff get 403, nobody signed in 401', async () => {
    expect((await call('community', 'POST', '/api/deadline-rules', RULE)).statusCode).toBe(403);
    expect((await call('resident', 'POST', '/api/deadline-rules', RULE)).statusCode).toBe(403);
    const id = (await call('admin', 'GET', '/api/deadline-rules')).json().items[0].id;
    expect((await call('community', 'PUT', `/api/deadline-rules/${id}`, RULE)).statusCode).toBe(403);
    expect((await call('auditor', 'DELETE', `/api/deadline-rules/${id}`)).statusCode).toBe(403);
    // Reading: office desks and the sysadmin; residents and the auditor are refused.
    expect((await call('community', 'GET', '/api/deadline-rules')).statusCode).toBe(200);
    expect((await call('resident', 'GET', '/api/deadline-rules')).statusCode).toBe(403);
    expect((await call('auditor', 'GET', '/api/work-calendar?year=2026')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/deadline-rules')).statusCode).toBe(401);
  });

  it('a changed rule sets the limits of the next ticket', async () => {
    const rules = (await call('admin', 'GET', '/api/deadline-rules')).json().items;
    const wish = rules.find(
      (r: { kind: string | null; categoryId: string | null; urgency: string | null }) =>
        r.kind === 'wish' && !r.categoryId && !r.urgency,
    );
    const { id: _id, categoryName: _c, isDefault: _d, ...input } = wish;
    const changed = await call('admin', 'PUT', `/api/deadline-rules/${wish.id}`, {
      ...input,
      isCalendarTime: true,
      handleHours: 48,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const ticket = await submit({ kind: 'wish', title: '想要一副老花镜' });
    expect(Date.parse(ticket.handleDueAt) - TUESDAY_10AM.getTime()).toBe(48 * 3_600_000);
  });
});

async function submit(extra: Record<string, unknown> = {}) {
  const { id } = await submitTicket(call, 'resident', home, extra);
  const read = await call('resident', 'GET', `/api/tickets/${id}`);
  return read.json() as { responseDueAt: string; handleDueAt: string };
}

describe('the work calendar', () => {
  it('lists a year’s holidays and make-up days for any active account', async () => {
    const res = await call('community', 'GET', '/api/work-calendar?year=2026');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { day: string; isWorkday: boolean; name: string }[];
    expect(items).toContainEqual({ day: '2026-10-01', isWorkday: false, name: '国庆节' });
    expect(items).toContainEqual({ day: '2026-09-20', isWorkday: true, name: '国庆节调休上班' });
    expect(items.every((d) => d.day.startsWith('2026-'))).toBe(true);
    const status = (await call('admin', 'GET', '/api/work-calendar/status')).json();
    expect(status).toMatchObject({ knownUntilYear: 2026, neededYear: 2027, isCovered: false });
  });

  it('a weekday marked a holiday moves the limits of a ticket filed the day before', async () => {
    const before = await submit();
    // Default rule: 8 working hours to respond, so Tuesday 10:00 → Wednesday 10:00.
    expect(before.responseDueAt).toBe('2027-03-10T02:00:00.000Z');
    const set = await call('admin', 'PUT', '/api/work-calendar/days/2027-03-10', {
      isWorkday: false,
      name: '测试假日',
    });
    expect(set.statusCode, set.body).toBe(200);
    const after = await submit();
    expect(after.responseDueAt).toBe('2027-03-11T02:00:00.000Z');
    expect(Date.parse(after.handleDueAt)).toBeGreaterThan(Date.parse(before.handleDueAt));
    // Cleared again, the day follows the week and the limits are what they were.
    expect((await call('admin', 'DELETE', '/api/work-calendar/days/2027-03-10')).statusCode).toBe(204);
    const cleared = await submit();
    expect(cleared.handleDueAt).toBe(before.handleDueAt);
    expect((await call('admin', 'DELETE', '/api/work-calendar/days/2027-03-10')).statusCode).toBe(404);
  });

  it('a make-up workday must be a Saturday or Sunday; the name is required', async () => {
    const monday = await call('admin', 'PUT', '/api/work-calendar/days/2027-03-08', {
      isWorkday: true,
      name: '调休',
    });
    expect(monday.statusCode).toBe(400);
    expect(monday.json().errors[0].path).toBe('body.isWorkday');
    const noName = await call('admin', 'PUT', '/api/work-calendar/days/2027-03-13', {
      isWorkday: true,
      name: ' ',
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors[0].path).toBe('body.name');
    const badDay = await call('admin', 'PUT', '/api/work-calendar/days/2027-02-30', {
      isWorkday: false,
      name: 'x',
    });
    expect(badDay.statusCode).toBe(400);
  });

  it('only the sysadmin edits the calendar', async () => {
    const day = { isWorkday: false, name: '春节' };
    expect((await call('community', 'PUT', '/api/work-calendar/days/2027-02-08', day)).statusCode).toBe(403);
    expect((await call('resident', 'PUT', '/api/work-calendar/2027', { days: [] })).statusCode).toBe(403);
    expect((await call('community', 'DELETE', '/api/work-calendar/days/2026-10-01')).statusCode).toBe(403);
    expect((await upload(await book([['2027-01-01', '否', '元旦']]), 'community')).statusCode).toBe(403);
  });

  it('replaces a year through JSON, all or nothing', async () => {
    const bad = await call('admin', 'PUT', '/api/work-calendar/2028', {
      days: [
        { day: '2028-01-01', isWorkday: false, name: '元旦' },
        { day: '2029-01-01', isWorkday: false, name: '元旦' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.days.1.day']);
    expect((await call('admin', 'GET', '/api/work-calendar?year=2028')).json().items).toEqual([]);
    const good = await call('admin', 'PUT', '/api/work-calendar/2028', {
      days: [{ day: '2028-01-01', isWorkday: false, name: '元旦' }],
    });
    expect(good.json()).toEqual({ imported: 1 });
  });
});

async function book(rows: (string | Date)[][], headers = ['日期', '是否上班', '名称']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2027');
  sheet.addRow(headers);
  for (const r of rows) {
    sheet.addRow(r);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(body: Buffer, who = 'admin', year = 2027, accept?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(body)], { type: XLSX_TYPE }), 'calendar.xlsx');
  return call(who, 'POST', `/api/work-calendar/${year}/import`, form, accept ? { accept } : {});
}

describe('importing and exporting a year', () => {
  it('a file with bad rows imports nothing and names every bad cell', async () => {
    const body = await book([
      ['2027-01-01', '否', '元旦'],
      ['2027-13-01', '否', '春节'],
      ['2026-10-01', '否', '国庆节'],
      ['2027-01-04', '是', '元旦调休'],
      ['2027-01-01', '否', '元旦'],
      ['2027-02-06', '也许', '春节'],
      ['2027-02-07', '是', ''],
    ]);
    const res = await upload(body);
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual([
      'rows.3.date',
      'rows.4.date',
      'rows.5.is_workday',
      'rows.6.date',
      'rows.7.is_workday',
      'rows.8.name',
    ]);
    expect(errors.find((e) => e.path === 'rows.6.date')?.message).toBe('与第 2 行重复');
    expect((await call('admin', 'GET', '/api/work-calendar?year=2027')).json().items).toEqual([]);

    const workbook = await upload(body, 'admin', 2027, XLSX_TYPE);
    expect(workbook.statusCode).toBe(400);
    expect(workbook.headers['content-type']).toContain(XLSX_TYPE);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(workbook.rawPayload as unknown as ArrayBuffer);
    expect(String(read.worksheets[0]?.getRow(3).getCell(4).value)).toContain('日期');
  });

  it('a good file replaces the year, and the export gives the same rows back', async () => {
    const res = await upload(
      await book([
        [new Date('2027-01-01T00:00:00Z'), '否', '元旦'],
        ['2027/2/6', '否', '春节'],
        ['2027年2月7日', '否', '春节'],
        ['2027-02-20', '是', '春节调休上班'],
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 4 });
    const items = (await call('community', 'GET', '/api/work-calendar?year=2027')).json().items;
    expect(items.map((d: { day: string }) => d.day)).toEqual([
      '2027-01-01',
      '2027-02-06',
      '2027-02-07',
      '2027-02-20',
    ]);
    expect((await call('admin', 'GET', '/api/work-calendar/status')).json().isCovered).toBe(true);

    const exported = await call('admin', 'GET', '/api/work-calendar/2027/export');
    expect(exported.statusCode).toBe(200);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    read.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map(String));
    });
    expect(rows[0]).toEqual(['日期', '是否上班', '名称']);
    expect(rows.slice(1)).toContainEqual(['2027-02-20', '是', '春节调休上班']);
    // Re-importing the export changes nothing.
    const again = await upload(Buffer.from(exported.rawPayload));
    expect(again.json()).toEqual({ imported: 4 });
  });

  it('refuses a file that is not a workbook or lacks a column', async () => {
    expect((await upload(Buffer.from('date,is_workday,name\n'))).statusCode).toBe(400);
    const missing = await upload(await book([['2027-01-01', '元旦']], ['日期', '名称']));
    expect(missing.statusCode).toBe(400);
  });
});
