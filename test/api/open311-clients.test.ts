import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';
import { kid, kids, parseXml, textOf, xmlErrors } from '../support/georeport';

// Open311 as real clients call it, beyond the spec's letter: FixMyStreet (multipart posts with photos, the
// key in the query string, polling servicerequestupdates without a key), 12345 desks following requests
// filed without the resident's consent to publication, callers abroad.

const DEMO_KEY = 'lianxin-demo-open311';
let t: TestApp;
let base: string;
let fudong: string;
let handlerUnit: string;
const cookies: Record<string, string> = {};

async function send(path: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'accept-language': 'zh-CN', ...(init.headers ?? {}) },
  });
  return { status: res.status, body: await res.text() };
}
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});
const report = (extra: Record<string, string> = {}) => ({
  api_key: DEMO_KEY,
  jurisdiction_id: fudong,
  service_code: 'facility.light',
  lat: '31.7123',
  long: '119.9456',
  description: '路灯不亮，晚上看不清台阶',
  ...extra,
});
function idOf(body: string): string {
  return (JSON.parse(body) as { service_request_id: string }[])[0]?.service_request_id ?? '';
}
async function ticketRow(id: string) {
  const [row] = await rowsOf<Record<string, unknown>>(
    t.database.db,
    sql`SELECT submitter_name, submitter_phone_enc, (SELECT count(*)::int FROM ticket_photo p
      WHERE p.ticket_id = ticket.id) AS photos FROM ticket WHERE id = ${id}`,
  );
  return row;
}
function act(who: string, id: string, body: object) {
  return t.app.inject({
    method: 'POST',
    url: `/api/tickets/${id}/actions`,
    headers: { cookie: cookies[who] ?? '' },
    payload: body,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  for (const who of ['community', 'handler']) {
    cookies[who] = await t.login(who);
  }
  const [row] = await rowsOf<{ code: string }>(
    t.database.db,
    sql`SELECT code FROM place WHERE name = '府东社区'`,
  );
  fudong = row?.code ?? '';
  const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookies.handler } });
  handlerUnit = me.json().unitIds[0];
});
afterAll(async () => {
  await t.close();
});

describe('what clients send', () => {
  it('takes the api_key and jurisdiction from the query string as well as the body', async () => {
    const { api_key, jurisdiction_id, ...rest } = report();
    const res = await send(
      `/open311/v2/requests.json?api_key=${api_key}&jurisdiction_id=${jurisdiction_id}`,
      form(rest),
    );
    expect(res.status, res.body).toBe(200);
    const wrong = await send('/open311/v2/requests.json?api_key=guess', form({ ...rest, jurisdiction_id }));
    expect(wrong.status).toBe(403);
  });

  it('takes a multipart post: its fields, repeated media_url and its photos', async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer();
    const body = new FormData();
    for (const [name, value] of Object.entries(report())) {
      body.append(name, value);
    }
    body.append('media_url', 'https://fixmystreet.example/photo/1.jpeg');
    body.append('media_url', 'https://fixmystreet.example/photo/2.jpeg');
    body.append('attribute[is_public]', 'yes');
    body.append('photo', new Blob([photo], { type: 'image/jpeg' }), 'photo.jpeg');
    const res = await send('/open311/v2/requests.json', { method: 'POST', body });
    expect(res.status, res.body).toBe(200);
    const id = idOf(res.body);
    expect((await ticketRow(id))?.photos).toBe(1);
    const read = JSON.parse((await send(`/open311/v2/requests/${id}.json`)).body)[0];
    expect(read.media_url).toBe('https://fixmystreet.example/photo/1.jpeg');

    // The same checks as a form: a field with a NUL refused, a file that is not an image refused, nothing kept.
    const bad = new FormData();
    for (const [name, value] of Object.entries(report({ description: 'bad\u0000text' }))) {
      bad.append(name, value);
    }
    expect((await send('/open311/v2/requests.xml', { method: 'POST', body: bad })).status).toBe(400);
    const notImage = new FormData();
    for (const [name, value] of Object.entries(report({ description: '不是图片的附件' }))) {
      notImage.append(name, value);
    }
    notImage.append('photo', new Blob(['hello'], { type: 'image/jpeg' }), 'fake.jpeg');
    const refused = await send('/open311/v2/requests.xml', { method: 'POST', body: notImage });
    expect(refused.status).toBe(400);
    expect(xmlErrors(refused.body)[0]?.code).toBe(400);
    const [kept] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM ticket WHERE description = '不是图片的附件'`,
    );
    expect(kept?.n).toBe(0);
  });

  it('keeps a report whose contact details do not fit: a number abroad kept, a non-number dropped', async () => {
    const abroad = await send('/open311/v2/requests.json', form(report({ phone: '+44 20 7946 0958' })));
    expect(abroad.status, abroad.body).toBe(200);
    expect((await ticketRow(idOf(abroad.body)))?.submitter_phone_enc).toBeTruthy();
    const noNumber = await send(
      '/open311/v2/requests.json',
      form(report({ phone: 'call me', first_name: 'A'.repeat(40), last_name: 'B'.repeat(40) })),
    );
    expect(noNumber.status, noNumber.body).toBe(200);
    const row = await ticketRow(idOf(noNumber.body));
    expect(row?.submitter_phone_enc).toBeNull();
    expect(String(row?.submitter_name)).toHaveLength(50);
  });

  it('refuses a position outside the jurisdiction, saying which', async () => {
    // 府东社区 is in 武进区 (Changzhou); these are Beijing's coordinates.
    const far = await send('/open311/v2/requests.xml', form(report({ lat: '39.9042', long: '116.4074' })));
    expect(far.status).toBe(400);
    expect(xmlErrors(far.body)[0]?.description).toContain('府东社区');
    const [kept] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM ticket WHERE lat = 39.9042`,
    );
    expect(kept?.n).toBe(0);
  });

  it('reads start_date alone as "from then to now", refusing more than 90 days in words', async () => {
    const hourAgo = new Date(t.clock.now.getTime() - 3600_000).toISOString();
    const recent = await send(
      `/open311/v2/requests.json?jurisdiction_id=${fudong}&start_date=${encodeURIComponent(hourAgo)}`,
    );
    expect(recent.status, recent.body).toBe(200);
    expect((JSON.parse(recent.body) as unknown[]).length).toBeGreaterThan(0);
    const longAgo = new Date(t.clock.now.getTime() - 100 * 86_400_000).toISOString();
    const tooEarly = await send(
      `/open311/v2/requests.xml?jurisdiction_id=${fudong}&start_date=${encodeURIComponent(longAgo)}`,
    );
    expect(tooEarly.status).toBe(400);
    expect(xmlErrors(tooEarly.body)[0]?.description).toContain('end_date');
  });
});

describe('servicerequestupdates (FixMyStreet)', () => {
  it('lists the progress of published requests, oldest first, with FixMyStreet statuses', async () => {
    const from = new Date(t.clock.now.getTime() - 1000).toISOString();
    const published = idOf(
      (await send('/open311/v2/requests.json', form(report({ 'attribute[is_public]': 'yes' })))).body,
    );
    const unpublished = idOf((await send('/open311/v2/requests.json', form(report()))).body);
    for (const id of [published, unpublished]) {
      t.clock.advance(60_000);
      expect((await act('community', id, { action: 'accept' })).statusCode).toBe(200);
      t.clock.advance(60_000);
      expect((await act('community', id, { action: 'dispatch', unitId: handlerUnit })).statusCode).toBe(200);
    }
    t.clock.advance(60_000);
    expect((await act('handler', published, { action: 'receive' })).statusCode).toBe(200);
    t.clock.advance(60_000);
    const note = { action: 'progress', note: '已联系供电所，电话 13800001111' };
    expect((await act('handler', published, note)).statusCode).toBe(200);
    const to = new Date(t.clock.now.getTime() + 1000).toISOString();
    const window = `start_date=${encodeURIComponent(from)}&end_date=${encodeURIComponent(to)}`;

    const anonymous = await send(
      `/open311/v2/servicerequestupdates.json?jurisdiction_id=${fudong}&${window}`,
    );
    expect(anonymous.status, anonymous.body).toBe(200);
    const updates = JSON.parse(anonymous.body) as Record<string, string>[];
    expect(updates.some((u) => u.service_request_id === unpublished)).toBe(false);
    const mine = updates.filter((u) => u.service_request_id === published);
    expect(mine.map((u) => u.status)).toEqual([
      'open',
      'investigating',
      'action_scheduled',
      'in_progress',
      'in_progress',
    ]);
    expect(mine.at(-1)?.description).toBe('已联系供电所，电话 138****1111');
    expect(new Set(mine.map((u) => u.update_id)).size).toBe(mine.length);

    // The key that filed the unpublished one follows it too; the XML names are FixMyStreet's.
    const keyed = await send(
      `/open311/v2/servicerequestupdates.xml?jurisdiction_id=${fudong}&api_key=${DEMO_KEY}&${window}`,
    );
    const root = parseXml(keyed.body);
    expect(root.name).toBe('service_request_updates');
    const ids = kids(root, 'request_update').map((u) => textOf(u, 'service_request_id'));
    expect(ids).toContain(unpublished);
    expect(textOf(kid(root, 'request_update'), 'updated_datetime')).toMatch(/\+08:00$/);
  });
});
