import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, type Callers, caller, ids, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

/**
 * Moving a place (BRIEF §2): the rules (one level below the new parent, never into itself, only strictly
 * below the office, only inside its subtree) and what follows the subtree: places, units, stations,
 * accounts and tickets, so that scope keeps meaning the same thing after the move.
 */
let t: TestApp;
let cookies: Callers;
let call: Call;
const place: Record<string, string> = {};

async function placeId(who: string, query: string): Promise<string> {
  const [found] = await listAll<{ id: string; name: string }>(call, who, `/api/places?${query}`);
  if (!found) {
    throw new Error(`no place for ${query}`);
  }
  return found.id;
}

const rows = <T>(query: ReturnType<typeof sql>) => rowsOf<T>(t.database.db, query);
const pathOf = async (id: string) =>
  (await rows<{ path: string }>(sql`SELECT path::text FROM place WHERE id = ${id}`))[0]?.path ?? '';

beforeAll(async () => {
  t = await createTestApp();
  cookies = await loginAll(t, ['street', 'community', 'community2', 'grid', 'resident']);
  call = caller(t, cookies);
  const me = async (who: string) => (await call(who, 'GET', '/api/auth/me')).json();
  place.street = (await me('street')).placeId;
  place.community = (await me('community')).placeId;
  place.community2 = (await me('community2')).placeId;
  place.compound = await placeId('street', `parentId=${place.community}&q=${encodeURIComponent('府东花园')}`);
  place.xiaoliu = await placeId('street', `level=community&q=${encodeURIComponent('晓柳社区')}`);
  // A ticket at the resident's home, inside the compound that moves.
  const home = (await me('resident')).placeId;
  const ticket = await call('resident', 'POST', '/api/tickets', {
    kind: 'problem',
    title: '楼道灯不亮',
    description: '晚上很黑',
    placeId: home,
  });
  if (ticket.statusCode !== 201) {
    throw new Error(`ticket: ${ticket.statusCode} ${ticket.body}`);
  }
});
afterAll(async () => {
  await t?.close();
});

const move = (who: string, id: string, parentId: string) =>
  call(who, 'POST', `/api/places/${id}/move`, { parentId });

describe('move rules', () => {
  it('needs a parent exactly one level above', async () => {
    const res = await move('street', place.compound ?? '', place.street ?? '');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.parentId');
  });

  it('never moves a node into its own subtree', async () => {
    const res = await move('street', place.community ?? '', place.compound ?? '');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.parentId');
  });

  it("refuses the office's own node: it belongs to the level above", async () => {
    expect((await move('community', place.community ?? '', place.xiaoliu ?? '')).statusCode).toBe(403);
  });

  it('refuses a new parent outside the subtree with 404', async () => {
    expect((await move('street', place.compound ?? '', place.community2 ?? '')).statusCode).toBe(404);
    expect((await move('community', place.compound ?? '', place.xiaoliu ?? '')).statusCode).toBe(404);
  });
});

describe('a moved subtree takes everything on it along', () => {
  it('moves 府东花园 from 府东社区 to 晓柳社区 with its accounts and tickets', async () => {
    const oldPath = await pathOf(place.compound ?? '');
    const count = async (table: 'account' | 'ticket', path: string) =>
      (
        await rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE place_path <@ ${path}::ltree`,
        )
      )[0]?.n ?? 0;
    const accountsBefore = await count('account', oldPath);
    const ticketsBefore = await count('ticket', oldPath);
    const placesBefore = ids(await listAll(call, 'street', `/api/places?under=${place.compound}`));
    expect(accountsBefore).toBeGreaterThanOrEqual(2); // the grid worker and the resident live there
    expect(ticketsBefore).toBeGreaterThan(0);

    const res = await move('street', place.compound ?? '', place.xiaoliu ?? '');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().parentId).toBe(place.xiaoliu);
    expect(res.json().ancestors.map((a: { id: string }) => a.id)).toContain(place.xiaoliu);

    const newPath = await pathOf(place.compound ?? '');
    expect(newPath.startsWith(await pathOf(place.xiaoliu ?? ''))).toBe(true);
    for (const table of ['place', 'unit', 'station', 'account', 'ticket']) {
      const column = table === 'place' ? 'path' : 'place_path';
      const left = await rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} <@ ${oldPath}::ltree`,
      );
      expect(left[0]?.n, `${table} rows left on the old path`).toBe(0);
    }
    expect(await count('account', newPath)).toBe(accountsBefore);
    expect(await count('ticket', newPath)).toBe(ticketsBefore);
    const placesAfter = ids(await listAll(call, 'street', `/api/places?under=${place.compound}`));
    expect([...placesAfter].sort()).toEqual([...placesBefore].sort());
  });

  it('the old community no longer sees the subtree, its people or its tickets', async () => {
    expect((await call('community', 'GET', `/api/places/${place.compound}`)).statusCode).toBe(404);
    const accounts = await listAll<{ username: string }>(call, 'community', '/api/accounts');
    expect(accounts.map((a) => a.username)).not.toContain('grid');
    expect(accounts.map((a) => a.username)).not.toContain('resident');
    const tickets = await rows<{ id: string }>(
      sql`SELECT t.id FROM ticket t JOIN account a ON a.id = t.submitter_id WHERE a.username = 'resident'`,
    );
    expect(tickets.length).toBeGreaterThan(0);
    for (const { id } of tickets) {
      expect((await call('community', 'GET', `/api/tickets/${id}`)).statusCode, id).toBe(404);
      expect((await call('street', 'GET', `/api/tickets/${id}`)).statusCode, id).toBe(200);
    }
  });

  it('the people who moved keep working in their new place', async () => {
    const grid = (await call('grid', 'GET', '/api/auth/me')).json();
    expect(grid.placeName).toBeTruthy();
    const seen = ids(await listAll(call, 'grid', '/api/places'));
    expect(seen.has(place.compound ?? '')).toBe(false); // the grid worker sits below the compound
    expect(seen.size).toBeGreaterThan(0);
    expect((await call('resident', 'GET', '/api/auth/me')).statusCode).toBe(200);
  });
});

describe("a place's box", () => {
  it('is set, shown and cleared by the office above it; one turned inside out is refused', async () => {
    const box = { south: 31.71, west: 119.94, north: 31.72, east: 119.96 };
    const set = await call('street', 'PATCH', `/api/places/${place.xiaoliu}`, { bounds: box });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().bounds).toEqual(box);
    const reversed = await call('street', 'PATCH', `/api/places/${place.xiaoliu}`, {
      bounds: { ...box, south: 31.8 },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].path).toBe('body.bounds');
    expect((await call('street', 'GET', `/api/places/${place.xiaoliu}`)).json().bounds).toEqual(box);
    const cleared = await call('street', 'PATCH', `/api/places/${place.xiaoliu}`, { bounds: null });
    expect(cleared.json().bounds).toBeNull();
  });
});
