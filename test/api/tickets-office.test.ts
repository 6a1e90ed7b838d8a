import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../src/shared/exchange';
import { type Call, caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// The office's tools over many tickets: bulk moves and the Excel export of a list.

let t: TestApp;
const ACCOUNTS = ['resident', 'resident2', 'community', 'community2', 'handler', 'auditor'];
let call: Call;
let home: string;
let home2: string;
let handlerUnit: string;

beforeAll(async () => {
  t = await createTestApp();
  const cookies = await loginAll(t, ACCOUNTS);
  // Chinese unless a test asks otherwise.
  call = caller(t, cookies, { 'accept-language': 'zh-CN' });
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  home2 = (await call('resident2', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
});
afterAll(async () => {
  await t.close();
});

function submit(who: string, extra: Record<string, unknown> = {}) {
  return submitTicket(call, who, who === 'resident2' ? home2 : home, {
    title: '小区门口垃圾桶满了',
    description: '好几天没人清运',
    ...extra,
  });
}

async function accepted(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await submit('resident');
    // Timelines order by time (the test clock stands still otherwise).
    t.clock.advance(60_000);
    const res = await call('community', 'POST', `/api/tickets/${id}/actions`, { action: 'accept' });
    expect(res.statusCode, res.body).toBe(200);
    ids.push(id);
  }
  t.clock.advance(60_000);
  return ids;
}

const dispatchAll = (who: string, ids: string[], language = 'zh-CN') =>
  call(
    who,
    'POST',
    '/api/tickets/bulk-actions',
    { ids, action: 'dispatch', unitId: handlerUnit },
    { 'accept-language': language },
  );

type Result = { id: string; status: number; state?: string; code?: string; title?: string };

describe('POST /api/tickets/bulk-actions', () => {
  it('dispatches every selected ticket, each with its own timeline event', async () => {
    const ids = await accepted(3);
    const res = await dispatchAll('community', ids);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { results: Result[]; succeeded: number; failed: number };
    expect(body).toMatchObject({ succeeded: 3, failed: 0 });
    expect(body.results.map((r) => r.id)).toEqual(ids);
    expect(body.results.every((r) => r.status === 200 && r.state === 'dispatched')).toBe(true);
    for (const id of ids) {
      const detail = (await call('handler', 'GET', `/api/tickets/${id}`)).json();
      expect(detail).toMatchObject({ state: 'dispatched', unitId: handlerUnit });
      expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
        'submit',
        'accept',
        'dispatch',
      ]);
    }
  });

  it('answers per ticket: the ones already moved get 409 in the caller language, the rest go through', async () => {
    const ids = await accepted(2);
    const { id: unaccepted } = await submit('resident');
    const [first, second] = ids as [string, string];
    // Someone else got there first.
    expect((await dispatchAll('community', [first])).json().succeeded).toBe(1);
    const res = await dispatchAll('community', [first, unaccepted, second], 'en-US');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { results: Result[]; succeeded: number; failed: number };
    expect(body).toMatchObject({ succeeded: 1, failed: 2 });
    expect(body.results).toEqual([
      expect.objectContaining({ id: first, status: 409, code: 'invalid_transition' }),
      expect.objectContaining({ id: unaccepted, status: 409, code: 'invalid_transition' }),
      expect.objectContaining({ id: second, status: 200, state: 'dispatched' }),
    ]);
    expect(body.results[0]?.title).toMatch(/not possible in the current state/);
    // The failures changed nothing.
    expect((await call('community', 'GET', `/api/tickets/${unaccepted}`)).json().state).toBe('submitted');
  });

  it('refuses callers outside the office: 403 for non-staff, per-ticket 403 or 404 for staff without the right', async () => {
    const ids = await accepted(1);
    expect((await dispatchAll('resident', ids)).statusCode).toBe(403);
    expect((await dispatchAll('auditor', ids)).statusCode).toBe(403);
    // The handler sees the ticket (its unit serves the street) but is not its office.
    const byHandler = (await dispatchAll('handler', ids)).json() as { results: Result[] };
    expect(byHandler.results[0]).toMatchObject({ status: 403, code: 'forbidden' });
    // Another district's office does not even see it.
    const byOther = (await dispatchAll('community2', ids)).json() as { results: Result[] };
    expect(byOther.results[0]).toMatchObject({ status: 404, code: 'not_found' });
    expect((await call('community', 'GET', `/api/tickets/${ids[0]}`)).json().state).toBe('accepted');
  });

  it('answers 400 for a bad body and a missing field per ticket', async () => {
    const ids = await accepted(1);
    const tooMany = Array.from({ length: 101 }, () => crypto.randomUUID());
    for (const body of [
      { ids: [], action: 'dispatch', unitId: handlerUnit },
      { ids: tooMany, action: 'dispatch', unitId: handlerUnit },
      { ids: ['not-a-uuid'], action: 'dispatch', unitId: handlerUnit },
      { ids, action: 'fly' },
      { action: 'dispatch', unitId: handlerUnit },
    ]) {
      const res = await call('community', 'POST', '/api/tickets/bulk-actions', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const noUnit = (
      await call('community', 'POST', '/api/tickets/bulk-actions', { ids, action: 'dispatch' })
    ).json();
    expect(noUnit.results[0]).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(noUnit.results[0].errors[0].path).toBe('body.unitId');
  });
});

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new Error('no sheet');
  }
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

describe('GET /api/tickets/export.xlsx', () => {
  it('exports only the caller’s tickets, filtered like the list, with phones masked', async () => {
    const mine = await submit('community', {
      title: '热线来电：路面塌陷',
      channel: 'hotline',
      submitterName: '王大爷',
      submitterPhone: '13912345678',
    });
    const theirs = await submit('resident2', { title: '惠民花园电梯故障' });

    const res = await call('community', 'GET', '/api/tickets/export.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('工单'));
    const rows = await readWorkbook(res.rawPayload);
    const [header, ...data] = rows;
    expect(header?.slice(0, 3)).toEqual(['编号', '标题', '类型']);
    // Numbers count per district, so another district's ticket is told apart by its title.
    const numbers = data.map((r) => r[0]);
    const titles = data.map((r) => r[1]);
    expect(numbers).toContain(mine.number);
    expect(titles).toContain('热线来电：路面塌陷');
    expect(titles).not.toContain('惠民花园电梯故障');
    // Exactly the list's rows (same scope, same order).
    const list = (await call('community', 'GET', '/api/tickets?limit=100')).json();
    expect(numbers).toEqual(list.items.map((i: { number: string }) => i.number));
    const row = data.find((r) => r[0] === mine.number) ?? [];
    const phoneColumn = header?.indexOf('联系电话') ?? -1;
    expect(row[phoneColumn]).toBe('139****5678');
    expect(res.rawPayload.toString('latin1')).not.toContain('13912345678');
    expect(rows.flat().join(' ')).not.toContain('13912345678');

    const other = await call('community2', 'GET', '/api/tickets/export.xlsx');
    const otherRows = (await readWorkbook(other.rawPayload)).slice(1);
    expect(otherRows.map((r) => r[0])).toContain(theirs.number);
    expect(otherRows.map((r) => r[1])).toContain('惠民花园电梯故障');
    expect(otherRows.map((r) => r[1])).not.toContain('热线来电：路面塌陷');
  });

  it('applies the same filters and queue, and speaks the caller’s language', async () => {
    const { number } = await submit('community', { title: '热线来电：井盖松动', channel: 'hotline' });
    const res = await call(
      'community',
      'GET',
      '/api/tickets/export.xlsx?queue=to_accept&channel=hotline',
      undefined,
      { 'accept-language': 'en-US' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('tickets-');
    const [header, ...data] = await readWorkbook(res.rawPayload);
    expect(header?.[0]).toBe('Number');
    expect(data.map((r) => r[0])).toContain(number);
    const stateColumn = header?.indexOf('State') ?? -1;
    const channelColumn = header?.indexOf('Channel') ?? -1;
    expect(new Set(data.map((r) => r[stateColumn]))).toEqual(new Set(['Submitted']));
    expect(new Set(data.map((r) => r[channelColumn]))).toEqual(new Set(['Hotline']));
  });

  it('refuses residents (403), the signed-out (401) and a bad filter (400)', async () => {
    expect((await call('resident', 'GET', '/api/tickets/export.xlsx')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/tickets/export.xlsx')).statusCode).toBe(401);
    expect((await call('community', 'GET', '/api/tickets/export.xlsx?state=nonsense')).statusCode).toBe(400);
    expect((await call('community', 'GET', '/api/tickets/export.xlsx?kind=other')).statusCode).toBe(400);
  });
});
