import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../src/shared/exchange';
import { type Call, caller, loginAll, type TicketCalls, ticketCalls } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// Inputs a probe once answered with 500 (PostgreSQL refuses NUL and lone surrogates; sharp throws on a broken
// image), and the transport refusals that were not problem+json. Each must now be a 4xx problem naming the
// field, and leave nothing behind.
let t: TestApp;
let call: Call;
let tickets: TicketCalls;
let home: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['admin', 'resident']), { 'accept-language': 'en-US' });
  tickets = ticketCalls(call);
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t.close();
});

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

/** A 400 problem whose only field error is `path`, said as a person would. */
function expectUnstorable(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  path: string,
) {
  expect(res.statusCode).toBe(400);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const problem = res.json() as Problem;
  expect(problem.code).toBe('validation_failed');
  expect(problem.errors?.map((e) => e.path)).toEqual([path]);
  expect(problem.errors?.[0]?.message).toContain('contains a character that cannot be stored');
}

describe('text that cannot be stored', () => {
  it('a NUL in the sign-in name, before anyone is signed in', async () => {
    const res = await call(null, 'POST', '/api/auth/login', { username: 'admin\u0000', password: 'x' });
    expectUnstorable(res, 'body.username');
    expect((res.json() as Problem).errors?.[0]?.message).toMatch(/^Username contains/);
  });

  it('a NUL or a lone surrogate in an account display name, in either language', async () => {
    expectUnstorable(
      await call('resident', 'PATCH', '/api/auth/me', { displayName: '张\u0000三' }),
      'body.displayName',
    );
    expectUnstorable(
      await call('resident', 'PATCH', '/api/auth/me', { displayName: '张\ud800' }),
      'body.displayName',
    );
    const zh = await call(
      'resident',
      'PATCH',
      '/api/auth/me',
      { displayName: '\ud800' },
      { 'accept-language': 'zh-CN' },
    );
    expect((zh.json() as Problem).errors?.[0]?.message).toContain('“姓名”含有无法保存的字符');
    expect((await call('resident', 'GET', '/api/auth/me')).json().displayName).not.toContain('\ufffd');
  });

  it('a NUL in a work-calendar day name', async () => {
    const res = await call('admin', 'PUT', '/api/work-calendar/days/2027-10-01', {
      isWorkday: false,
      name: '国庆\u0000',
    });
    expectUnstorable(res, 'body.name');
  });

  it('a NUL in an Open311 key name', async () => {
    expectUnstorable(
      await call('admin', 'POST', '/api/open311/keys', { name: 'FixMyStreet\u0000' }),
      'body.name',
    );
  });

  it('the same rule in query strings, path parameters and the Open311 error format', async () => {
    expectUnstorable(await call('resident', 'GET', '/api/tickets?q=%00'), 'querystring.q');
    expectUnstorable(await call('resident', 'GET', '/api/tickets/%01'), 'params.id');
    const open311 = await call(null, 'GET', '/open311/v2/services.json?jurisdiction_id=%00');
    expect(open311.statusCode).toBe(400);
    expect(open311.json()).toEqual([
      {
        code: 400,
        description: expect.stringMatching(/^jurisdiction_id: jurisdiction_id contains a character/),
      },
    ]);
  });

  it('an Excel cell holding an escaped NUL is a cell error in the import report', async () => {
    const exchange = await workbook(
      ['编码', '名称', '层级', '上级编码'],
      [['320412001099', '坏_x0000_名', '小区', '320412001001']],
    );
    const places = await upload('/api/exchange/places/import', exchange);
    expect(places.statusCode).toBe(400);
    expect((places.json() as Problem).errors).toEqual([
      {
        path: 'rows.2.name',
        message: expect.stringContaining('名称 contains a character that cannot be stored'),
      },
    ]);
    const calendar = await workbook(['日期', '是否上班', '名称'], [['2027-10-01', '否', '国庆_x0000_']]);
    const year = await upload('/api/work-calendar/2027/import', calendar);
    expect(year.statusCode).toBe(400);
    expect((year.json() as Problem).errors?.map((e) => e.path)).toEqual(['rows.2.name']);
  });
});

describe('photos that cannot be decoded', () => {
  it('refuses every broken image with 400 and writes no row and no file', async () => {
    const created = await call('resident', 'POST', '/api/tickets', {
      kind: 'problem',
      title: '井盖松动',
      description: '踩上去会响',
      placeId: home,
    });
    const id = created.json().id as string;
    const noise = Buffer.alloc(64 * 64 * 3, 0).map((_, i) => (i * 7919) % 256);
    const raw = { raw: { width: 64, height: 64, channels: 3 as const } };
    const jpeg = await sharp(noise, raw).jpeg().toBuffer();
    const png = await sharp(noise, raw).png().toBuffer();
    const corruptJpeg = Buffer.concat([
      jpeg.subarray(0, 200),
      Buffer.alloc(jpeg.length - 400, 0xff),
      jpeg.subarray(-200),
    ]);
    const webpHeader = Buffer.concat([
      Buffer.from('RIFF\u0000\u0010\u0000\u0000WEBPVP8 '),
      Buffer.alloc(4000, 0x5a),
    ]);
    const written: string[] = [];
    const put = t.services.files.put;
    t.services.files.put = (key, bytes) => {
      written.push(key);
      return put(key, bytes);
    };
    const cases: [string, Buffer, string][] = [
      ['corrupt JPEG', corruptJpeg, 'image_unreadable'],
      ['truncated PNG', png.subarray(0, Math.floor(png.length / 2)), 'image_unreadable'],
      ['WebP header over garbage', webpHeader, 'image_unreadable'],
      ['zero-byte file', Buffer.alloc(0), 'file_type'],
      ['text renamed .jpg', Buffer.from('这不是图片，只是一段文字\n'), 'file_type'],
    ];
    try {
      for (const [name, bytes, why] of cases) {
        // A good photo first, so a refusal must also undo what was already prepared.
        const res = await tickets.uploadPhotos('resident', id, [{ bytes: jpeg }, { bytes }]);
        expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
        const problem = res.json() as Problem;
        expect(
          problem.errors?.map((e) => e.path),
          name,
        ).toEqual(['body.files.1']);
        const said = why === 'image_unreadable' ? 'damaged or incomplete' : 'Only JPEG, PNG, WebP files';
        expect(problem.errors?.[0]?.message, name).toContain(said);
      }
    } finally {
      t.services.files.put = put;
    }
    expect(written).toEqual([]);
    const rows = await t.database.db.execute(sql`SELECT id FROM ticket_photo WHERE ticket_id = ${id}`);
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([]);
  });
});

describe('transport refusals', () => {
  it('a text body on a JSON route is 415 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain', 'accept-language': 'en-US' },
      payload: 'username=admin',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe('unsupported_media_type');
  });

  it('a path parameter past the router limit is 414 problem+json that does not echo the address', async () => {
    const long = 'x'.repeat(5000);
    const res = await call('admin', 'GET', `/api/tickets/${long}`);
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe('uri_too_long');
    expect(res.body).not.toContain(long.slice(0, 200));
  });
});

async function workbook(headers: string[], rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  sheet.addRow(headers);
  for (const row of rows) {
    sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function upload(url: string, body: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(body)], { type: XLSX_TYPE }), 'import.xlsx');
  return call('admin', 'POST', url, form);
}
