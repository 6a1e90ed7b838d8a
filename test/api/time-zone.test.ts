import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// The installation's time zone (LIANXIN_TIME_ZONE) from the configuration to the pages (GET /api/site), the
// ticket numbers and the exports, whose time columns name it. A ticket filed at 07:00 UTC is 15:00 in Beijing.

const FILED_AT = new Date('2026-11-23T07:00:00Z');
const apps: TestApp[] = [];

afterAll(async () => {
  await Promise.all(apps.map((t) => t.close()));
});

async function appIn(zone?: string): Promise<{ t: TestApp; call: Call; home: string }> {
  const t = await createTestApp(zone ? { LIANXIN_TIME_ZONE: zone } : {});
  apps.push(t);
  t.clock.now = FILED_AT;
  const call = caller(t, await loginAll(t, ['resident', 'community', 'street']));
  const home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  return { t, call, home };
}

async function sheetRows(payload: Buffer, sheet = 0): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[sheet]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

describe('the installation time zone', () => {
  it('is Beijing time by default: the pages learn it, exports write and name it', async () => {
    const { call, home } = await appIn();
    const site = await call(null, 'GET', '/api/site');
    expect(site.statusCode).toBe(200);
    expect(site.json()).toEqual({ timeZone: 'Asia/Shanghai' });

    const { number } = await submitTicket(call, 'resident', home);
    expect(number).toMatch(/^GD-20261123-/);
    const res = await call('community', 'GET', '/api/tickets/export.xlsx', undefined, {
      'accept-language': 'zh-CN',
    });
    expect(res.statusCode, res.body).toBe(200);
    const [header = [], ...data] = await sheetRows(res.rawPayload);
    const created = header.indexOf('登记时间 (Asia/Shanghai, UTC+8)');
    expect(created, header.join(' | ')).toBeGreaterThan(0);
    expect(header).toContain('办理期限 (Asia/Shanghai, UTC+8)');
    expect(data.find((r) => r[0] === number)?.[created]).toBe('2026-11-23 15:00');

    const en = await call('community', 'GET', '/api/tickets/export.xlsx', undefined, {
      'accept-language': 'en-US',
    });
    expect((await sheetRows(en.rawPayload))[0]).toContain('Created (Asia/Shanghai, UTC+8)');

    const stats = await call(
      'street',
      'GET',
      '/api/stats/rates/export.xlsx?from=2026-11-01&to=2026-12-01',
      undefined,
      {
        'accept-language': 'zh-CN',
      },
    );
    const summary = await sheetRows(stats.rawPayload);
    expect(summary).toContainEqual(['时区', 'Asia/Shanghai, UTC+8']);
    expect(summary).toContainEqual(['数据时间', '2026-11-23 15:00']);
    expect(summary).toContainEqual(['统计期间', '2026-11-01 – 2026-11-30']);
  });

  it('follows another configured zone everywhere', async () => {
    const { call, home } = await appIn('America/New_York');
    expect((await call(null, 'GET', '/api/site')).json()).toEqual({ timeZone: 'America/New_York' });
    const { number } = await submitTicket(call, 'resident', home);
    const res = await call('community', 'GET', '/api/tickets/export.xlsx', undefined, {
      'accept-language': 'en-US',
    });
    const [header = [], ...data] = await sheetRows(res.rawPayload);
    // New York keeps daylight saving, so its offset changes between rows: the header names the zone alone.
    const created = header.indexOf('Created (America/New_York)');
    expect(created, header.join(' | ')).toBeGreaterThan(0);
    expect(data.find((r) => r[0] === number)?.[created]).toBe('2026-11-23 02:00');

    // A period of days is days in that zone: November starts in summer time (04:00 UTC), December in winter.
    const rates = (await call('street', 'GET', '/api/stats/rates?from=2026-11-01&to=2026-12-01')).json();
    expect(rates).toMatchObject({ from: '2026-11-01T04:00:00.000Z', to: '2026-12-01T05:00:00.000Z' });
  });
});
