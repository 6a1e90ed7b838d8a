import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceHit } from '../../src/shared/places';
import { type Call, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

/**
 * Finding a place by what a resident types (the home picker on registration, before any sign-in): names,
 * pinyin and initials, a compound and a building together, with the path that tells same-named places apart;
 * residents' view leaves out grids. Staff find only inside their own area.
 */
let t: TestApp;
let call: Call;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['street', 'community2', 'grid', 'resident']));
});
afterAll(async () => {
  await t?.close();
});

type Found = { items: PlaceHit[]; more: boolean };
async function search(who: string | null, q: string, extra = ''): Promise<Found> {
  const res = await call(who, 'GET', `/api/places/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Found;
}
const path = (hit: PlaceHit) => [...hit.ancestors.map((a) => a.name), hit.name].join(' › ');

describe('place search for residents', () => {
  it('finds a compound by name, pinyin or initials, without signing in, with its path', async () => {
    for (const q of ['府东花园', 'fudong', 'fdhy', 'fudonghuay']) {
      const { items } = await search(null, q, '&grids=false');
      expect(items.map(path), q).toContain('武进区 › 湖塘镇 › 府东社区 › 府东花园');
    }
    // fdhy reaches into the compound's name, not into each building's: one hit, not six more.
    const { items } = await search(null, 'fdhy', '&grids=false');
    expect(items.filter((i) => i.level === 'building')).toEqual([]);
  });

  it("shows a compound's buildings straight below it in residents' view, grids in the office's", async () => {
    const [resident] = (await search(null, 'fdhy', '&grids=false')).items;
    expect(resident).toMatchObject({ level: 'compound', childCount: 6 });
    const [office] = (await search('street', 'fdhy')).items;
    expect(office).toMatchObject({ level: 'compound', childCount: 2 });
  });

  it('finds a building with its compound, grids left out of the path and of the results', async () => {
    for (const q of ['fdhy 2', 'fdhy2', '府东花园2栋', '府东花园 2栋']) {
      const { items } = await search('resident', q, '&grids=false');
      expect(items.map(path), q).toEqual(['武进区 › 湖塘镇 › 府东社区 › 府东花园 › 2栋']);
    }
    // 府东 is in the community's name as well: each of its compounds' 2栋 is found.
    expect((await search(null, '府东 2栋', '&grids=false')).items).toHaveLength(3);
    expect((await search(null, '第一网格', '&grids=false')).items).toEqual([]);
    const office = await search('street', 'fdhy 2');
    expect(office.items.map(path)).toEqual(['武进区 › 湖塘镇 › 府东社区 › 府东花园 › 第一网格 › 2栋']);
  });

  it('tells same-named buildings apart by their paths, and says when there are more than it lists', async () => {
    const { items, more } = await search(null, '2栋', '&grids=false');
    expect(items).toHaveLength(20);
    expect(more).toBe(true);
    expect(new Set(items.map(path)).size).toBe(20);
    expect(new Set(items.map((i) => i.name))).toEqual(new Set(['2栋']));
  });

  it('reads a polyphone every way (长安蒋湾社区: chang or zhang)', async () => {
    for (const q of ['cajw', 'zajw', 'changan']) {
      expect(
        (await search(null, q)).items.map((i) => i.name),
        q,
      ).toContain('长安蒋湾社区');
    }
  });

  it('finds a place the office adds or renames at once', async () => {
    const [community] = (await search('street', '府东社区')).items;
    const created = await call('street', 'POST', '/api/places', {
      parentId: community?.id,
      code: 'XYXQ-1',
      name: '杏园小区',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await search(null, 'xyxq')).items.map(path)).toEqual(['武进区 › 湖塘镇 › 府东社区 › 杏园小区']);
    const renamed = await call('street', 'PATCH', `/api/places/${created.json().id}`, { name: '杏林小区' });
    expect(renamed.statusCode).toBe(200);
    expect((await search(null, 'xyxq')).items).toEqual([]);
    expect((await search(null, 'xinglin')).items.map((i) => i.name)).toEqual(['杏林小区']);
  });
});

describe('place search for staff and its input', () => {
  it("finds only inside the office's own area", async () => {
    expect((await search('community2', 'fdhy')).items).toEqual([]);
    expect((await search('community2', 'hmhy')).items.map((i) => i.name)).toEqual(['惠民花园']);
  });

  it('narrows to a subtree, and refuses one outside the caller’s area', async () => {
    const me = (await call('grid', 'GET', '/api/auth/me')).json() as { placeId: string };
    const { items } = await search('grid', '栋', `&under=${me.placeId}`);
    expect(items.map((i) => i.name)).toEqual(['1栋', '2栋', '3栋']);
    const huimin = (await search(null, 'hmhy')).items[0]?.id;
    const res = await call('grid', 'GET', `/api/places/search?q=1&under=${huimin}`);
    expect(res.statusCode).toBe(404);
  });

  it('refuses an empty or overlong query with field errors', async () => {
    for (const q of ['', '   ', 'x'.repeat(51)]) {
      const res = await call(null, 'GET', `/api/places/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().errors[0].path).toBe('querystring.q');
    }
    expect((await call(null, 'GET', '/api/places/search?q=x&grids=maybe')).statusCode).toBe(400);
  });
});
