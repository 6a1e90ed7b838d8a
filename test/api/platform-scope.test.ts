import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, type Callers, caller, ids, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

/**
 * Scoped reads (数据权限: 本级及以下): a community office sees its subtree and nothing of another
 * community's; a street office sees its communities; a place the client names outside the subtree is
 * refused. The contract: anything outside the caller's view answers 404 (its existence is not confirmed).
 */
let t: TestApp;
let cookies: Callers;
let call: Call;
const me: Record<string, { id: string; placeId: string }> = {};
// 惠民社区 (community2's) subtree and district, read by the whole-tree administrator.
let other: {
  place: string;
  places: Set<string>;
  district: string;
  units: Set<string>;
  stations: Set<string>;
};

beforeAll(async () => {
  t = await createTestApp();
  cookies = await loginAll(t, ['admin', 'street', 'community', 'community2', 'resident2', 'leader']);
  call = caller(t, cookies);
  for (const who of Object.keys(cookies)) {
    me[who] = (await call(who, 'GET', '/api/auth/me')).json();
  }
  const place = me.community2?.placeId ?? '';
  const detail = (await call('admin', 'GET', `/api/places/${place}`)).json();
  const district = detail.ancestors[0].id as string;
  other = {
    place,
    district,
    places: ids(await listAll(call, 'admin', `/api/places?under=${place}`)),
    units: ids(await listAll(call, 'admin', `/api/units?placeId=${district}`)),
    stations: ids(await listAll(call, 'admin', `/api/stations?placeId=${district}`)),
  };
});
afterAll(async () => {
  await t?.close();
});

const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x));

describe("a community office and another community's records", () => {
  it('has something to hide (the fixtures are not empty)', () => {
    expect(other.places.size).toBeGreaterThan(10);
    expect(other.units.size).toBeGreaterThan(3);
    expect(other.stations.size).toBeGreaterThan(1);
  });

  it('cannot read any of them one by one: 404, the same answer as for an id that does not exist', async () => {
    const targets = [
      `/api/places/${other.place}`,
      `/api/units/${[...other.units][0]}`,
      `/api/stations/${[...other.stations][0]}`,
      `/api/accounts/${me.community2?.id}`,
      `/api/accounts/${me.resident2?.id}`,
    ];
    for (const url of targets) {
      const res = await call('community', 'GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code, url).toBe('not_found');
    }
    // The administrator reads the same ids, so the 404 is scope, not a bad id.
    for (const url of targets) {
      expect((await call('admin', 'GET', url)).statusCode, url).toBe(200);
    }
  });

  it('does not list them', async () => {
    const places = ids(await listAll(call, 'community', '/api/places'));
    const units = ids(await listAll(call, 'community', '/api/units'));
    const stations = ids(await listAll(call, 'community', '/api/stations'));
    const accounts = ids(await listAll(call, 'community', '/api/accounts'));
    expect(places.size).toBeGreaterThan(0);
    expect(overlap(places, other.places)).toEqual([]);
    expect(overlap(units, other.units)).toEqual([]);
    expect(overlap(stations, other.stations)).toEqual([]);
    expect(accounts.has(me.community2?.id ?? '')).toBe(false);
    expect(accounts.has(me.resident2?.id ?? '')).toBe(false);
    // Nor the whole-tree administrators (their empty path is outside every subtree).
    expect(accounts.has(me.admin?.id ?? '')).toBe(false);
  });

  it('lists exactly its own subtree of places', async () => {
    const own = ids(await listAll(call, 'community', '/api/places'));
    const expected = ids(await listAll(call, 'admin', `/api/places?under=${me.community?.placeId}`));
    expect([...own].sort()).toEqual([...expected].sort());
  });

  it('cannot write them either', async () => {
    const unit = [...other.units][0];
    const station = [...other.stations][0];
    expect((await call('community', 'PATCH', `/api/places/${other.place}`, { name: 'x' })).statusCode).toBe(
      404,
    );
    expect((await call('community', 'DELETE', `/api/units/${unit}`)).statusCode).toBe(404);
    expect((await call('community', 'DELETE', `/api/stations/${station}`)).statusCode).toBe(404);
    expect((await call('community', 'POST', `/api/accounts/${me.community2?.id}/reveal`)).statusCode).toBe(
      404,
    );
  });
});

describe('a place named by the client outside the subtree', () => {
  it('is refused as a filter with 404', async () => {
    for (const url of [
      `/api/places?under=${other.place}`,
      `/api/places?parentId=${other.place}`,
      `/api/units?placeId=${other.place}`,
      `/api/stations?placeId=${other.place}`,
      `/api/accounts?placeId=${other.place}`,
    ]) {
      const res = await call('community', 'GET', url);
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('is refused as the home of a new record with 404', async () => {
    const posts: [string, Record<string, unknown>][] = [
      ['/api/places', { parentId: other.place, code: 'GUARD-X1', name: '越界小区' }],
      ['/api/units', { placeId: other.place, kind: 'department', name: '越界单位' }],
      ['/api/stations', { placeId: other.place, kind: 'service_desk', name: '越界阵地' }],
    ];
    for (const [url, body] of posts) {
      const res = await call('community', 'POST', url, body);
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('cannot widen the scope through extra query parameters', async () => {
    const plain = ids(await listAll(call, 'community', '/api/places'));
    const widened = ids(await listAll(call, 'community', '/api/places?scope=*&placePath=&districtId=x'));
    expect([...widened].sort()).toEqual([...plain].sort());
  });
});

describe('a street office', () => {
  it('sees its communities and no other street’s', async () => {
    const communities = await listAll<{ id: string; name: string }>(
      call,
      'street',
      '/api/places?level=community',
    );
    const names = communities.map((c) => c.name);
    expect(names).toContain('府东社区');
    expect(names).not.toContain('惠民社区');
    expect(names).not.toContain('夏城社区'); // 南夏墅街道, the same district's other street
    for (const c of communities) {
      const detail = (await call('street', 'GET', `/api/places/${c.id}`)).json();
      expect(detail.ancestors.map((a: { id: string }) => a.id)).toContain(me.street?.placeId);
    }
  });

  it("reads its communities' accounts and units", async () => {
    expect((await call('street', 'GET', `/api/accounts/${me.community?.id}`)).statusCode).toBe(200);
    const units = await listAll<{ placeId: string }>(
      call,
      'street',
      `/api/units?placeId=${me.community?.placeId}`,
    );
    expect(units.some((u) => u.placeId === me.community?.placeId)).toBe(true);
  });

  it('a district leader sees every street of the district, still nothing of another district', async () => {
    const places = ids(await listAll(call, 'leader', '/api/places?level=community'));
    expect(places.has(me.community?.placeId ?? '')).toBe(true);
    expect(overlap(places, other.places)).toEqual([]);
  });
});
