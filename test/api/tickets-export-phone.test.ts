import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

// Phones in the ticket export: masked (138****1234) for every desk that may export; an office may ask for the
// numbers whole, which is written where it may call the submitter back and audited once with the count of rows
// revealed. Nobody else may ask.

const RESIDENT_PHONE = '13800000001';
const CALLER_PHONE = '13912345678';
let t: TestApp;
let call: Call;
let home: string;
let fromResident: string;
let fromHotline: string;
let anonymous: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(
    t,
    await loginAll(t, ['resident', 'community', 'street', 'handler', 'grid', 'leader', 'auditor']),
    { 'accept-language': 'zh-CN' },
  );
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  fromResident = (await submitTicket(call, 'resident', home, { title: '居民自助：楼道灯坏了' })).number;
  fromHotline = (
    await submitTicket(call, 'community', home, {
      title: '热线来电：路面塌陷',
      channel: 'hotline',
      submitterName: '王大爷',
      submitterPhone: CALLER_PHONE,
    })
  ).number;
  anonymous = (await submitTicket(call, 'resident', home, { title: '匿名：噪音扰民', isAnonymous: true }))
    .number;
});
afterAll(async () => {
  await t?.close();
});

/** The first sheet as rows of text, and the phone column of a ticket by its number. */
async function phones(payload: Buffer): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  const [header = [], ...data] = rows;
  const column = header.indexOf('联系电话');
  expect(column).toBeGreaterThan(0);
  return new Map(data.map((r) => [r[0] ?? '', r[column] ?? '']));
}

async function exportAudits() {
  await t.services.audit.seal();
  return rowsOf<{ actor_name: string; after: { rows: number; revealed: number; fields: string[] } }>(
    t.database.db,
    sql`SELECT actor_name, after FROM audit_event WHERE action = 'ticket.export_phones' ORDER BY seq`,
  );
}

const exported = (who: string, query = '') => call(who, 'GET', `/api/tickets/export.xlsx${query}`);

describe('phones in the ticket export', () => {
  it('are masked by default, a resident’s own ticket included, for every desk that exports', async () => {
    for (const who of ['community', 'street', 'grid']) {
      const res = await exported(who);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      const byNumber = await phones(res.rawPayload);
      expect(byNumber.get(fromResident), who).toBe('138****0001');
      expect(byNumber.get(fromHotline), who).toBe('139****5678');
      expect(byNumber.get(anonymous), who).toBe('');
      expect(res.rawPayload.toString('latin1')).not.toContain(CALLER_PHONE);
    }
    expect(await exportAudits()).toEqual([]);
  });

  it('come out whole for an office that asks, audited once with the count revealed', async () => {
    const res = await exported('community', '?phones=full');
    expect(res.statusCode, res.body).toBe(200);
    const byNumber = await phones(res.rawPayload);
    expect(byNumber.get(fromResident)).toBe(RESIDENT_PHONE);
    expect(byNumber.get(fromHotline)).toBe(CALLER_PHONE);
    // An anonymous ticket keeps its secret even here.
    expect(byNumber.get(anonymous)).toBe('');
    const audits = await exportAudits();
    expect(audits).toHaveLength(1);
    const rows = Number(res.headers['x-export-rows']);
    expect(audits[0]).toMatchObject({
      actor_name: '陈晓岚',
      after: { fields: ['submitterPhone'], rows, revealed: 2 },
    });

    // The street office above it may ask too; each full export is its own entry.
    const street = await exported('street', '?phones=full&channel=hotline');
    expect(street.statusCode, street.body).toBe(200);
    expect((await phones(street.rawPayload)).get(fromHotline)).toBe(CALLER_PHONE);
    expect((await exportAudits()).map((a) => a.actor_name)).toEqual(['陈晓岚', '吴海燕']);
  });

  it('are refused whole (403) to desks that may not reveal, and nothing is audited', async () => {
    const before = (await exportAudits()).length;
    for (const who of ['handler', 'grid', 'leader']) {
      const res = await exported(who, '?phones=full');
      expect(res.statusCode, who).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await exported('auditor', '?phones=full')).statusCode).toBe(403);
    expect((await exported('resident', '?phones=full')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/tickets/export.xlsx?phones=full')).statusCode).toBe(401);
    expect((await exported('community', '?phones=all')).statusCode).toBe(400);
    expect((await exportAudits()).length).toBe(before);
  });
});
