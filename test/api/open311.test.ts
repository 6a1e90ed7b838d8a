import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsOpen311 } from '../../src/server/modules/open311/scope';
import { createTestApp, type TestApp } from '../support/app';
import { fieldsOf, kid, kids, parseXml, textOf, xmlErrors } from '../support/georeport';

// Open311 GeoReport v2 through a real HTTP client (fetch against the listening app), the way FixMyStreet or a
// 12345 hotline system would call it: XML parsed back element by element, JSON compared with it.

const DEMO_KEY = 'lianxin-demo-open311';
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

let t: TestApp;
let base: string;
const cookies: Record<string, string> = {};
let fudong: string; // 府东社区's place code
let huimin: string; // 惠民社区 (another district)
let building: string; // a building code under 府东社区
let handlerUnit: string;

// ---- HTTP helpers ----

async function get(path: string, language = 'zh-CN') {
  const res = await fetch(`${base}${path}`, { headers: { 'accept-language': language } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}
async function post(path: string, form: Record<string, string>, language = 'zh-CN') {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': language },
    body: new URLSearchParams(form),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}
function office(who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: cookies[who] ?? '' },
    ...(payload ? { payload } : {}),
  });
}
async function file(extra: Record<string, string> = {}, format = 'xml') {
  const res = await post(`/open311/v2/requests.${format}`, {
    api_key: DEMO_KEY,
    jurisdiction_id: fudong,
    service_code: 'facility.light',
    lat: '31.7123',
    long: '119.9456',
    description: '路灯不亮\n3栋门口一周了',
    ...extra,
  });
  expect(res.status, res.body).toBe(200);
  if (format === 'json') {
    return (JSON.parse(res.body) as { service_request_id: string; service_notice: string }[])[0]
      ?.service_request_id as string;
  }
  return textOf(kid(parseXml(res.body), 'request'), 'service_request_id');
}

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  for (const who of ['admin', 'community', 'handler', 'resident']) {
    cookies[who] = await t.login(who);
  }
  const codes = (await t.database.db.execute(
    sql`SELECT name, code, level FROM place WHERE name IN ('府东社区', '惠民社区')`,
  )) as unknown as { rows: { name: string; code: string }[] };
  fudong = codes.rows.find((r) => r.name === '府东社区')?.code ?? '';
  huimin = codes.rows.find((r) => r.name === '惠民社区')?.code ?? '';
  const b = (await t.database.db.execute(
    sql`SELECT code FROM place WHERE level = 'building' AND code LIKE ${`${fudong}%`} ORDER BY code LIMIT 1`,
  )) as unknown as { rows: { code: string }[] };
  building = b.rows[0]?.code ?? '';
  handlerUnit = (await office('handler', 'GET', '/api/auth/me')).json().unitIds[0];
});
afterAll(async () => {
  await t.close();
});

describe('discovery and services', () => {
  it('describes the endpoint in XML and JSON', async () => {
    const xml = await get('/open311/v2/discovery.xml');
    expect(xml.status).toBe(200);
    expect(xml.type).toBe('text/xml; charset=utf-8');
    const root = parseXml(xml.body);
    expect(root.name).toBe('discovery');
    expect(textOf(root, 'changeset')).toMatch(W3C);
    const endpoint = kid(kid(root, 'endpoints'), 'endpoint');
    expect(textOf(endpoint, 'url')).toBe(`${base}/open311/v2`);
    expect(textOf(endpoint, 'specification')).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(kids(kid(endpoint, 'formats'), 'format').map((f) => f.text)).toEqual([
      'text/xml',
      'application/json',
    ]);

    const json = await get('/open311/v2/discovery.json');
    expect(json.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.body).endpoints[0].url).toBe(`${base}/open311/v2`);
  });

  it('lists the taxonomy as services, the same in both formats, in the caller’s language', async () => {
    const xml = parseXml((await get('/open311/v2/services.xml')).body);
    expect(xml.name).toBe('services');
    const services = kids(xml, 'service').map(fieldsOf);
    const light = services.find((s) => s.service_code === 'facility.light');
    expect(light).toMatchObject({
      service_name: '路灯照明',
      group: '公共设施',
      metadata: 'true',
      type: 'realtime',
    });
    expect(light?.keywords?.split(',')).toEqual(['路灯照明', 'Street lights', 'facility.light']);
    // Only second-level categories are services.
    expect(services.some((s) => s.service_code === 'facility')).toBe(false);

    const json = JSON.parse((await get('/open311/v2/services.json', 'en-US')).body) as Record<
      string,
      unknown
    >[];
    expect(json.map((s) => s.service_code)).toEqual(services.map((s) => s.service_code));
    expect(json.find((s) => s.service_code === 'facility.light')).toMatchObject({
      service_name: 'Street lights',
      group: 'Public facilities',
      metadata: true,
    });
  });

  it('defines a service with its consent attribute; an unknown one is 404', async () => {
    const def = parseXml((await get('/open311/v2/services/facility.light.xml')).body);
    expect(def.name).toBe('service_definition');
    expect(textOf(def, 'service_code')).toBe('facility.light');
    const attribute = kid(kid(def, 'attributes'), 'attribute');
    expect(textOf(attribute, 'code')).toBe('is_public');
    expect(textOf(attribute, 'datatype')).toBe('singlevaluelist');
    expect(kids(kid(attribute, 'values'), 'value').map((v) => textOf(v, 'key'))).toEqual(['yes', 'no']);

    const json = JSON.parse((await get('/open311/v2/services/facility.light.json')).body);
    expect(json.attributes[0]).toMatchObject({ code: 'is_public', required: false, variable: true });

    const missing = await get('/open311/v2/services/no.such.xml');
    expect(missing.status).toBe(404);
    expect(xmlErrors(missing.body)[0]?.code).toBe(404);
  });
});

describe('a service request round trip', () => {
  it('files a ticket (channel external, through the intake) and follows it in XML and JSON', async () => {
    const hostile = `灯不亮 <script>alert("x")</script> & 'quotes' 联系 13912345678`;
    const res = await post('/open311/v2/requests.xml', {
      api_key: DEMO_KEY,
      jurisdiction_id: fudong,
      service_code: 'facility.light',
      lat: '31.7123',
      long: '119.9456',
      address_string: '府东花园3栋门口',
      description: hostile,
      first_name: '小明',
      last_name: '王',
      phone: '+86 139 1234 5678',
      email: 'wang@example.com',
      media_url: 'https://fixmystreet.example/photo/1.jpg',
      'attribute[is_public]': 'no',
    });
    expect(res.status, res.body).toBe(200);
    const created = kid(parseXml(res.body), 'request');
    const id = textOf(created, 'service_request_id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(textOf(created, 'service_notice')).toMatch(/GD-\d{8}-\d{6}/);

    // The ticket: made by the intake, channel external, contact kept encrypted, audited under the key's name.
    const stored = (await t.database.db.execute(
      sql`SELECT channel, state, title, submitter_name, submitter_phone_enc, is_public, lat, address FROM ticket WHERE id = ${id}`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(stored.rows[0]).toMatchObject({
      channel: 'external',
      state: 'submitted',
      submitter_name: '王小明',
      is_public: false,
      lat: 31.7123,
      address: '府东花园3栋门口',
    });
    expect(String(stored.rows[0]?.submitter_phone_enc)).not.toContain('13912345678');
    await t.services.audit.seal();
    const audit = (await t.database.db.execute(
      sql`SELECT action, actor_name FROM audit_event WHERE target_id = ${id} ORDER BY seq`,
    )) as unknown as { rows: { action: string; actor_name: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(['ticket.create', 'open311.submit']);
    expect(audit.rows[0]?.actor_name).toMatch(/^Open311 · 演示密钥/);

    // Unpublished: whoever holds the id follows its progress (a 12345 system polls without a key), but what
    // the resident wrote and where is for the key that filed it only.
    const bare = await get(`/open311/v2/requests/${id}.json?jurisdiction_id=${fudong}`);
    expect(bare.status, bare.body).toBe(200);
    const [progress] = JSON.parse(bare.body) as Record<string, unknown>[];
    expect(progress).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'facility.light',
      status_notes: '已收到，等待受理',
      description: null,
      address: null,
      address_id: null,
      lat: null,
      long: null,
      media_url: null,
    });
    expect(progress?.service_notice).toMatch(/GD-\d{8}-\d{6}/);
    expect(bare.body).not.toContain('灯不亮');
    const byList = await get(`/open311/v2/requests.json?jurisdiction_id=${fudong}&service_request_id=${id}`);
    expect((JSON.parse(byList.body) as { description: unknown }[]).map((r) => r.description)).toEqual([null]);
    expect((await get(`/open311/v2/tokens/${id}.xml`)).status).toBe(200);
    const xml = await get(`/open311/v2/requests/${id}.xml?jurisdiction_id=${fudong}&api_key=${DEMO_KEY}`);
    expect(xml.status, xml.body).toBe(200);
    expect(xml.body).not.toContain('<script>');
    for (const secret of ['王小明', '小明', '13912345678', 'wang@example.com']) {
      expect(xml.body).not.toContain(secret);
    }
    const request = kid(parseXml(xml.body), 'request');
    const fields = fieldsOf(request);
    expect(fields).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'facility.light',
      service_name: '路灯照明',
      description: `灯不亮 <script>alert("x")</script> & 'quotes' 联系 139****5678`,
      agency_responsible: '府东社区',
      address: '府东花园3栋门口',
      lat: '31.7123',
      long: '119.9456',
      media_url: 'https://fixmystreet.example/photo/1.jpg',
      status_notes: '已收到，等待受理',
    });
    for (const field of ['requested_datetime', 'updated_datetime', 'expected_datetime']) {
      expect(fields[field]).toMatch(W3C);
    }

    const json = await get(`/open311/v2/requests/${id}.json?api_key=${DEMO_KEY}`, 'en-US');
    const [one] = JSON.parse(json.body) as Record<string, unknown>[];
    const same = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === '' ? null : v]));
    expect(one).toEqual({
      ...same,
      lat: 31.7123,
      long: 119.9456,
      service_name: 'Street lights',
      status_notes: 'Received, waiting to be accepted',
      service_notice: expect.stringMatching(/^Received as ticket GD-/),
    });
    expect(Object.keys(one ?? {})).not.toContain('phone');

    const token = parseXml((await get(`/open311/v2/tokens/${id}.xml?api_key=${DEMO_KEY}`)).body);
    expect(textOf(kid(token, 'request'), 'service_request_id')).toBe(id);
  });

  it('reports the office’s work: status notes from public events, the unit, open → closed', async () => {
    const id = await file({ 'attribute[is_public]': 'yes' }, 'json');
    const act = async (who: string, body: object) => {
      const res = await office(who, 'POST', `/api/tickets/${id}/actions`, body);
      expect(res.statusCode, res.body).toBe(200);
      t.clock.advance(60_000);
    };
    const read = async () =>
      (
        JSON.parse((await get(`/open311/v2/requests/${id}.json`, 'en-US')).body) as Record<string, unknown>[]
      )[0];
    t.clock.advance(60_000);
    await act('community', { action: 'accept' });
    await act('community', { action: 'dispatch', unitId: handlerUnit });
    const dispatched = await read();
    const unitName = (await office('handler', 'GET', `/api/tickets/${id}`)).json().unitName;
    expect(dispatched).toMatchObject({ status: 'open', agency_responsible: unitName });
    expect(dispatched?.status_notes).toBe(`Dispatched to ${unitName}`);
    await act('handler', { action: 'receive' });
    // A progress note is public; numbers in it are masked like every other phone.
    await act('handler', { action: 'progress', note: '已联系供电所，电话 13800001111' });
    expect((await read())?.status_notes).toBe('已联系供电所，电话 138****1111');
    await act('handler', { action: 'resolve', result: '已更换灯泡' });
    expect(await read()).toMatchObject({ status: 'closed', status_notes: '已更换灯泡' });
  });

  it('places a request at address_id when it names a place in the jurisdiction', async () => {
    const id = await file({ address_id: building, lat: '', long: '' });
    const json = JSON.parse((await get(`/open311/v2/requests/${id}.json?api_key=${DEMO_KEY}`)).body);
    expect(json[0]).toMatchObject({ address_id: building, lat: null, long: null });
    const outside = await post('/open311/v2/requests.xml', {
      api_key: DEMO_KEY,
      jurisdiction_id: huimin,
      service_code: 'facility.light',
      address_id: building,
    });
    expect(outside.status).toBe(400);
    expect(xmlErrors(outside.body)[0]?.description).toContain(building);
  });

  it('lists with the spec’s filters, only what the caller may see, inside the jurisdiction', async () => {
    const mine = await file();
    const published = await file({ 'attribute[is_public]': 'yes', service_code: 'city.garbage' });
    const list = async (query: string) => {
      const res = await get(`/open311/v2/requests.xml?${query}`);
      expect(res.status, res.body).toBe(200);
      return kids(parseXml(res.body), 'request').map((r) => textOf(r, 'service_request_id'));
    };
    const withKey = `jurisdiction_id=${fudong}&api_key=${DEMO_KEY}`;
    expect(await list(withKey)).toEqual(expect.arrayContaining([mine, published]));
    // Without a key: the published one only.
    const anonymous = await list(`jurisdiction_id=${fudong}`);
    expect(anonymous).toContain(published);
    expect(anonymous).not.toContain(mine);
    expect(await list(`${withKey}&service_code=city.garbage`)).toEqual([published]);
    expect(await list(`${withKey}&status=closed`)).not.toContain(mine);
    expect(await list(`${withKey}&status=open,closed`)).toContain(mine);
    const now = new Date(t.clock.now.getTime() + 3600_000).toISOString();
    const hourAgo = new Date(t.clock.now.getTime() - 3600_000).toISOString();
    expect(await list(`${withKey}&start_date=${encodeURIComponent(now)}`)).toEqual([]);
    expect(
      await list(`${withKey}&start_date=${encodeURIComponent(hourAgo)}&end_date=${encodeURIComponent(now)}`),
    ).toContain(mine);
    // service_request_id wins over every other filter.
    expect(await list(`${withKey}&service_request_id=${mine},${published}&status=closed`)).toEqual(
      expect.arrayContaining([mine, published]),
    );
    // Another jurisdiction sees none of them, and cannot read one by id.
    expect(await list(`jurisdiction_id=${huimin}&api_key=${DEMO_KEY}`)).not.toContain(published);
    const elsewhere = await get(`/open311/v2/requests/${published}.json?jurisdiction_id=${huimin}`);
    expect(elsewhere.status).toBe(404);
    expect(JSON.parse(elsewhere.body)[0].code).toBe(404);
  });
});

describe('the jurisdiction fence', () => {
  it('lets a query that forgot its filter see only the jurisdiction (row-level security)', async () => {
    await file();
    await file({ jurisdiction_id: huimin, lat: '35.76', long: '115.03' });
    const count = async (jurisdictionId: string) =>
      runAsOpen311(
        t.services,
        { ip: null, userAgent: null, requestId: null },
        { apiKey: undefined, requireKey: false, jurisdictionId, requireJurisdiction: true },
        async (ctx) => {
          const r = (await ctx.tx.execute(sql`SELECT count(*)::int AS n FROM ticket`)) as unknown as {
            rows: { n: number }[];
          };
          return r.rows[0]?.n ?? -1;
        },
      );
    const under = async (code: string) => {
      const r = (await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM ticket WHERE place_path <@ (SELECT path FROM place WHERE code = ${code})`,
      )) as unknown as { rows: { n: number }[] };
      return r.rows[0]?.n ?? -1;
    };
    expect(await under(fudong)).toBeGreaterThan(0);
    expect(await count(fudong)).toBe(await under(fudong));
    expect(await count(huimin)).toBe(await under(huimin));
    expect(await under(huimin)).toBeGreaterThan(0);
  });
});

describe('errors in the spec’s format', () => {
  const form = () => ({
    api_key: DEMO_KEY,
    jurisdiction_id: fudong,
    service_code: 'facility.light',
    lat: '31.7',
    long: '119.9',
  });
  const without = (name: string) => Object.fromEntries(Object.entries(form()).filter(([k]) => k !== name));

  it('refuses a missing or wrong api_key with 403', async () => {
    const missing = await post('/open311/v2/requests.xml', without('api_key'));
    expect(missing.status).toBe(403);
    expect(missing.type).toBe('text/xml; charset=utf-8');
    expect(xmlErrors(missing.body)).toEqual([{ code: 403, description: 'api_key 缺失、无效或已吊销' }]);
    const wrong = await post('/open311/v2/requests.json', { ...form(), api_key: 'guess' }, 'en-US');
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body)).toEqual([
      { code: 403, description: 'api_key is missing, not valid or revoked' },
    ]);
  });

  it('answers 400 / 404 for jurisdictions, services, locations and bad fields', async () => {
    const cases: [Record<string, string>, number][] = [
      [without('jurisdiction_id'), 400],
      [{ ...form(), jurisdiction_id: 'nowhere' }, 404],
      [without('service_code'), 400],
      [{ ...form(), service_code: 'no.such' }, 400],
      [{ ...form(), lat: '', long: '' }, 400],
      [{ ...form(), lat: '91' }, 400],
      [{ ...form(), long: '' }, 400],
      [{ ...form(), media_url: 'javascript:alert(1)' }, 400],
      [{ ...form(), 'attribute[is_public]': 'maybe' }, 400],
      [{ ...form(), description: 'x'.repeat(4001) }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await post('/open311/v2/requests.xml', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const errors = xmlErrors(res.body);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.code === status && e.description.length > 0)).toBe(true);
    }
  });

  it("keeps zod's own wording of a refused field, as GeoReport clients already read it", async () => {
    const long = { ...form(), description: 'x'.repeat(4001) };
    expect(xmlErrors((await post('/open311/v2/requests.xml', long)).body)).toEqual([
      { code: 400, description: 'description: 数值过大：期望 string <=4000 字符' },
    ]);
    expect(JSON.parse((await post('/open311/v2/requests.json', long, 'en-US')).body)).toEqual([
      { code: 400, description: 'description: Too big: expected string to have <=4000 characters' },
    ]);
  });

  it('rejects malformed dates, too long ranges and unknown statuses; the list needs a jurisdiction', async () => {
    const q = `jurisdiction_id=${fudong}`;
    for (const bad of [
      'start_date=2026-01-01',
      'start_date=yesterday',
      'end_date=2026-13-01T00:00:00Z',
      'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
      'start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z',
      'status=pending',
      'service_code=no.such',
    ]) {
      const res = await get(`/open311/v2/requests.xml?${q}&${bad}`);
      expect(res.status, bad).toBe(400);
      expect(xmlErrors(res.body)[0]?.code).toBe(400);
    }
    expect((await get('/open311/v2/requests.xml')).status).toBe(400);
    expect((await get('/open311/v2/requests.json?jurisdiction_id=nowhere')).status).toBe(404);
    const unknown = await get('/open311/v2/requests/00000000-0000-4000-8000-000000000000.xml');
    expect(unknown.status).toBe(404);
    expect(xmlErrors(unknown.body)[0]?.code).toBe(404);
    const nothing = await get('/open311/v2/nothing.xml');
    expect(nothing.status).toBe(404);
    expect(xmlErrors(nothing.body)[0]?.code).toBe(404);
  });
});

describe('key management', () => {
  it('lets the system administrator issue, list and revoke keys; a revoked key is refused', async () => {
    const created = await office('admin', 'POST', '/api/open311/keys', { name: '12345 热线' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, key } = created.json() as { id: string; key: string };
    expect(key).toMatch(/^lx311_/);

    const listed = await office('admin', 'GET', '/api/open311/keys');
    const entry = listed.json().items.find((k: { id: string }) => k.id === id);
    expect(entry).toMatchObject({ name: '12345 热线', channel: 'external', revokedAt: null });
    expect(listed.body).not.toContain(key);
    expect(listed.json().items.some((k: { name: string }) => k.name.startsWith('演示密钥'))).toBe(true);

    const filed = await file({ api_key: key });
    expect(filed).toMatch(/^[0-9a-f-]{36}$/);
    // A key reads in full what it filed; another key, like anyone with the id, only how it is going.
    const own = await get(`/open311/v2/requests/${filed}.json?api_key=${key}`);
    expect(JSON.parse(own.body)[0].description).toBeTruthy();
    const other = await get(`/open311/v2/requests/${filed}.json?api_key=${DEMO_KEY}`);
    expect(other.status).toBe(200);
    expect(JSON.parse(other.body)[0]).toMatchObject({ service_request_id: filed, description: null });

    expect((await office('admin', 'DELETE', `/api/open311/keys/${id}`)).statusCode).toBe(204);
    const refused = await post('/open311/v2/requests.xml', {
      api_key: key,
      jurisdiction_id: fudong,
      service_code: 'facility.light',
      lat: '31.7',
      long: '119.9',
    });
    expect(refused.status).toBe(403);
    expect(xmlErrors(refused.body)[0]?.code).toBe(403);
    expect((await get(`/open311/v2/requests/${filed}.xml?api_key=${key}`)).status).toBe(403);
    const after = (await office('admin', 'GET', '/api/open311/keys')).json();
    expect(after.items.find((k: { id: string }) => k.id === id).revokedAt).not.toBeNull();

    await t.services.audit.seal();
    const audit = (await t.database.db.execute(
      sql`SELECT action FROM audit_event WHERE target_id = ${id} ORDER BY seq`,
    )) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(['open311_key.create', 'open311_key.revoke']);
  });

  it('is for the system administrator only', async () => {
    expect((await office('community', 'GET', '/api/open311/keys')).statusCode).toBe(403);
    expect((await office('community', 'POST', '/api/open311/keys', { name: 'sneaky' })).statusCode).toBe(403);
    expect((await office('resident', 'DELETE', `/api/open311/keys/${crypto.randomUUID()}`)).statusCode).toBe(
      403,
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/open311/keys' })).statusCode).toBe(401);
    expect((await office('admin', 'DELETE', `/api/open311/keys/${crypto.randomUUID()}`)).statusCode).toBe(
      404,
    );
  });

  it('documents the routes in OpenAPI under the open311 tag', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/open311/v2/requests.xml'].post.tags).toEqual(['open311']);
    expect(doc.paths['/open311/v2/requests.xml'].post['x-permission']).toBe('public');
    expect(doc.paths['/api/open311/keys'].post['x-permission']).toBe('open311.write');
  });
});
