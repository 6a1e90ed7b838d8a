import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_TABLE } from '../../src/server/permissions';
import type { Permission } from '../../src/server/platform/permissions';
import type { Role } from '../../src/shared/roles';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';
import { type JsonSchema, type Operation, readOperations, sampleOf, urlOf } from '../support/openapi';

/**
 * Hostile input over every operation of the served OpenAPI document: wrong types, nulls, huge strings, deep
 * nesting, characters PostgreSQL cannot store, SQL- and HTML-looking text, forged ids, odd headers — each sent
 * signed in as an account that may use the route, and as nobody. Nothing may answer 5xx, and a caller serving
 * one district never gets another district's rows (with a real id of a row there, a write never succeeds).
 */
let t: TestApp;
let operations: Operation[] = [];

/** Staff serving a subtree first, so that forged ids of another district mean something. */
const PROBES = ['community', 'street', 'handler', 'grid', 'volunteer', 'resident', 'leader'];
const WHOLE_TREE = ['admin', 'secadmin', 'auditor'];
type Probe = { name: string; roles: Role[]; isScoped: boolean; cookie: string };
const probes: Probe[] = [];

/** Real rows under 华龙区 (410902), a district none of the scoped probes serves. */
type Foreign = Record<'place' | 'ticket' | 'account' | 'unit' | 'station', string>;
let foreign: Foreign;
/** Text only those rows carry: seeing it in an answer means seeing them. */
let foreignMarks: string[] = [];

const HUGE = 'x'.repeat(100_000);
const TEXTS = [
  'a\u0000b',
  '\ud800',
  '\u202egnp.exe',
  "' OR '1'='1'; DROP TABLE ticket; --",
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  HUGE,
];
/** 10,000 levels of JSON, well inside the 1 MiB body limit. */
const DEEP = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;

const stats = { requests: 0, relogins: 0 };
const serverErrors: string[] = [];
const leaks: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  operations = await readOperations(t);
  for (const name of [...PROBES, ...WHOLE_TREE]) {
    const cookie = await t.login(name);
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json();
    probes.push({ name, roles: me.roles, isScoped: me.placeId !== null, cookie });
  }
  foreign = await foreignRows();
  foreignMarks = await marksOf(foreign);
});
afterAll(async () => {
  await t?.close();
});

async function first(query: ReturnType<typeof sql>): Promise<string> {
  const id = (await rowsOf<{ id: string }>(t.database.db, query))[0]?.id;
  if (!id) {
    throw new Error('the demo data lacks a row under 华龙区');
  }
  return id;
}

async function foreignRows(): Promise<Foreign> {
  const under = sql`(SELECT id FROM place WHERE district_id = (SELECT id FROM place WHERE code = '410902'))`;
  // The demo history has no ticket there: resident2, who lives there, reports one.
  const resident2 = await t.login('resident2');
  const home = (
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: resident2 } })
  ).json();
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/tickets',
    headers: { cookie: resident2 },
    payload: {
      kind: 'problem',
      title: '华龙区的路灯不亮',
      description: '只有本区的人看得到',
      placeId: home.placeId,
    },
  });
  if (created.statusCode !== 201) {
    throw new Error(`resident2 could not report: ${created.body}`);
  }
  return {
    place: await first(sql`SELECT id FROM place WHERE id IN ${under} AND level = 'community' LIMIT 1`),
    ticket: created.json().id,
    account: await first(sql`SELECT id FROM account WHERE place_id IN ${under} ORDER BY username LIMIT 1`),
    unit: await first(sql`SELECT id FROM unit WHERE place_id IN ${under} LIMIT 1`),
    station: await first(sql`SELECT id FROM station WHERE place_id IN ${under} LIMIT 1`),
  };
}

async function marksOf(f: Foreign): Promise<string[]> {
  const result = (await t.database.db.execute(sql`
    SELECT number AS mark FROM ticket WHERE id = ${f.ticket}
    UNION ALL SELECT username FROM account WHERE id = ${f.account}
    UNION ALL SELECT name FROM unit WHERE id = ${f.unit}
    UNION ALL SELECT name FROM station WHERE id = ${f.station}`)) as unknown as { rows: { mark: string }[] };
  return [...Object.values(f), ...result.rows.map((r) => r.mark)];
}

/** The foreign row a field or parameter names, by its name and path: `placeId`, `/api/units/{id}` … */
function foreignFor(name: string, path: string): string | undefined {
  const hint = name === 'id' ? (path.match(/\/api\/(\w+?)s?\/\{id\}/)?.[1] ?? '') : name;
  const kind = (['place', 'ticket', 'account', 'unit', 'station'] as const).find((k) =>
    hint.toLowerCase().startsWith(k),
  );
  return kind ? foreign[kind] : undefined;
}

function isUuid(schema: JsonSchema | undefined): boolean {
  return schema?.format === 'uuid' || schema?.items?.format === 'uuid';
}

/** What to put in one JSON field instead of a good value. */
function hostileValues(name: string, schema: JsonSchema, path: string): unknown[] {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const wrongTypes: Record<string, unknown[]> = {
    string: [12345, {}],
    integer: ['12', 1.5, 1e308],
    number: ['12', 1e308],
    boolean: ['yes'],
    array: ['x', [null], Array(1000).fill(HUGE.slice(0, 100))],
    object: ['x', { [HUGE.slice(0, 1000)]: 1 }],
  };
  const values: unknown[] = [null, ...(wrongTypes[type ?? 'string'] ?? []), ...TEXTS];
  if (type === 'array') {
    values.push(TEXTS.flatMap((text) => [text]));
  }
  if (isUuid(schema)) {
    const id = foreignFor(name, path);
    const ids = [randomUUID(), ...(id ? [id] : [])];
    values.push(...(type === 'array' ? ids.map((i) => [i]) : ids));
  }
  return values;
}

/** What to put in a query or path parameter, already URL-encoded. */
function hostileParams(name: string, schema: JsonSchema | undefined, path: string): string[] {
  const values = [
    '%00',
    '%ED%A0%80', // a lone surrogate, as UTF-8 would (not) spell it
    '%E2%80%AEabc',
    encodeURIComponent("1' OR '1'='1"),
    encodeURIComponent('<script>alert(1)</script>'),
    'x'.repeat(10_000),
    '-1',
    '1e308',
    '%',
    randomUUID(),
  ];
  const id = isUuid(schema) || schema === undefined ? foreignFor(name, path) : undefined;
  return id ? [...values, id] : values;
}

type Attempt = {
  url: string;
  payload?: string | object;
  headers?: Record<string, string>;
  /** The URL addresses a real row of another district: a write to it must not succeed. */
  isForged?: boolean;
};

async function send(op: Operation, probe: Probe | null, attempt: Attempt): Promise<LightMyRequestResponse> {
  const method = op.method.toUpperCase() as 'GET';
  const inject = () =>
    t.app.inject({
      method,
      url: attempt.url,
      headers: { ...(probe ? { cookie: probe.cookie } : {}), ...attempt.headers },
      ...(attempt.payload === undefined ? {} : { payload: attempt.payload }),
    });
  stats.requests++;
  let res = await inject();
  if (probe && res.statusCode === 401) {
    // A probe (password change, policy) may have ended the session: sign in again and retry once.
    probe.cookie = await t.login(probe.name);
    stats.relogins++;
    stats.requests++;
    res = await inject();
  }
  const what = `${method} ${op.path} as ${probe?.name ?? 'nobody'} ${summary(attempt)}`;
  if (res.statusCode >= 500) {
    serverErrors.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  if (probe?.isScoped && res.statusCode < 300) {
    const mark = foreignMarks.find((m) => res.body.includes(m));
    if (mark) {
      leaks.push(`${what}: ${res.statusCode} shows ${mark}`);
    } else if (attempt.isForged && method !== 'GET') {
      leaks.push(`${what}: ${res.statusCode} wrote with another district's id`);
    }
  }
  return res;
}

function summary(attempt: Attempt): string {
  const text = JSON.stringify(attempt.payload ?? '') ?? '';
  return `${attempt.url.slice(0, 120)} ${text.slice(0, 120)}`;
}

/** Every hostile variant of one operation, for one caller. */
function attemptsFor(op: Operation): Attempt[] {
  const url = urlOf(op);
  const base = op.jsonBody ? (sampleOf(op.jsonBody) as Record<string, unknown>) : undefined;
  const attempts: Attempt[] = [{ url, ...(base ? { payload: base } : {}) }];
  if (op.jsonBody) {
    for (const [name, schema] of Object.entries(op.jsonBody.properties ?? {})) {
      for (const value of hostileValues(name, schema, op.path)) {
        attempts.push({ url, payload: { ...base, [name]: value } });
      }
    }
    for (const payload of [null, [], 'text', 42, { 'bad\u0000key': 1, ...base }]) {
      attempts.push({
        url,
        payload: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });
    }
    attempts.push({ url, payload: DEEP, headers: { 'content-type': 'application/json' } });
    attempts.push({ url, payload: '<a/>', headers: { 'content-type': 'application/xml' } });
    attempts.push({ url, payload: 'a=1', headers: { 'content-type': 'text/plain' } });
  }
  if (op.bodyType === 'application/x-www-form-urlencoded') {
    for (const text of TEXTS) {
      const form = new URLSearchParams({ service_code: text, description: text, lat: text, long: text });
      attempts.push({
        url,
        payload: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    }
    attempts.push({
      url,
      payload: 'description=%00&attribute[x][]=%ED%A0%80&lat=%',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  if (op.method === 'post' && !op.bodyType) {
    // Upload routes declare no JSON body: a file that is nothing they take.
    for (const field of ['file', 'files']) {
      const form = new FormData();
      form.append(field, new Blob([new Uint8Array([0, 1, 2, 3])], { type: 'image/jpeg' }), 'a\u0000.xlsx');
      form.append('note', 'a\u0000b');
      attempts.push({ url, payload: form });
    }
  }
  for (const param of op.queryParams) {
    for (const value of hostileParams(param.name, param.schema, op.path)) {
      attempts.push({ url: `${url}?${param.name}=${value}` });
    }
    attempts.push({ url: `${url}?${param.name}=1&${param.name}=2`, ...(base ? { payload: base } : {}) });
  }
  for (const param of op.pathParams) {
    for (const value of hostileParams(param.name, param.schema, op.path)) {
      attempts.push({
        url: urlOf(op, { [param.name]: value }),
        ...(base ? { payload: base } : {}),
        isForged: Object.values(foreign).includes(value),
      });
    }
  }
  attempts.push({
    url,
    ...(base ? { payload: base } : {}),
    headers: {
      'user-agent': 'probe\u0000',
      'x-forwarded-for': "'; DROP TABLE audit_event; --",
      'accept-language': '\u202e;q=abc,,,',
      accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;q=x',
    },
  });
  return attempts;
}

/** The scoped account that may use the operation, else a whole-tree one; null for public routes. */
function probeFor(op: Operation): Probe | null {
  const permission = op.permission ?? 'public';
  if (permission === 'public') {
    return null;
  }
  if (['optional', 'signed_in', 'active'].includes(permission)) {
    return probes[0] ?? null;
  }
  return probes.find((p) => PERMISSION_TABLE.can(p.roles, permission as Permission)) ?? null;
}

// Ends the probe's session: it runs last.
const isSignOut = (op: Operation) => op.path === '/api/auth/logout';

describe('hostile input on every route', () => {
  it('never answers 5xx and never shows or writes another district’s rows', async () => {
    const started = Date.now();
    const ordered = [...operations.filter((op) => !isSignOut(op)), ...operations.filter(isSignOut)];
    for (const op of ordered) {
      const probe = probeFor(op);
      for (const attempt of attemptsFor(op)) {
        await send(op, probe, attempt);
      }
      // Nobody signed in: the route's own refusal (or its public answer), never a crash, never data.
      const isOpen = ['public', 'optional'].includes(op.permission ?? 'public');
      for (const attempt of attemptsFor(op).slice(0, 6)) {
        const res = await send(op, null, attempt);
        if (!isOpen && res.statusCode < 400) {
          leaks.push(`${op.method.toUpperCase()} ${op.path} as nobody: ${res.statusCode}`);
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(
      `hostile input: ${operations.length} operations, ${stats.requests} requests, ` +
        `${serverErrors.length} answered 5xx, ${leaks.length} cross-scope, ${stats.relogins} re-logins, ${seconds} s`,
    );
    expect(operations.length).toBeGreaterThan(90);
    expect(serverErrors).toEqual([]);
    expect(leaks).toEqual([]);
  }, 240_000);
});
