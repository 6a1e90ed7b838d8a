import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wallNameOf } from '../../src/shared/wish-wall';
import {
  type Call,
  caller,
  listAll,
  loginAll,
  type Submitted,
  submitTicket,
  type TicketCalls,
  ticketCalls,
} from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

/**
 * The wish wall (心愿墙, GET /api/public/wishes): what it shows of a resident (a masked name, the community, no
 * phone), its place filter, the moves it offers a signed-in volunteer, and a wish without the resident's
 * consent, which stays off it until the office records one.
 */
let t: TestApp;
let call: Call;
let act: TicketCalls['act'];
let fudongHome: string;
let fudong: string;
let huimin: string;
let district: string;

type Wish = {
  id: string;
  title: string;
  description: string;
  placeName: string;
  submitterName: string | null;
  state: string;
  allowedActions: string[];
};
const wall = (who: string, query = '') => listAll<Wish>(call, who, `/api/public/wishes${query}`);
const onWall = async (who: string, id: string, query = '') =>
  (await wall(who, query)).find((w) => w.id === id);

type Event = { action: string; actorName: string | null; note: string | null; data: Record<string, unknown> };
const poolEvent = (detail: { events: Event[] }) => detail.events.find((e) => e.action === 'pool');

/** A wish submitted as `who`, accepted and published by its community's office. */
async function published(who: string, office: string, fields: Record<string, unknown>): Promise<Submitted> {
  const home = (await call(who, 'GET', '/api/auth/me')).json().placeId;
  const wish = await submitTicket(call, who, fields.placeId ? String(fields.placeId) : home, {
    kind: 'wish',
    title: '想请人陪我去医院复查',
    description: '腿脚不便，下周三上午想去人民医院复查',
    isPublic: true,
    ...fields,
  });
  for (const action of ['accept', 'pool']) {
    const moved = await act(office, wish.id, { action });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return wish;
}

beforeAll(async () => {
  t = await createTestApp();
  const cookies = await loginAll(t, [
    'resident',
    'resident2',
    'community',
    'community2',
    'volunteer',
    'auditor',
  ]);
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  fudongHome = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  const home = (await call('resident', 'GET', `/api/places/${fudongHome}`)).json();
  // The chain from the district down: 武进区, 湖塘镇, 府东社区, 府东花园, 第一网格 (then the home, 1栋).
  district = home.ancestors[0].id;
  fudong = home.ancestors[2].id;
  const home2 = (await call('resident2', 'GET', '/api/auth/me')).json().placeId;
  huimin = (await call('resident2', 'GET', `/api/places/${home2}`)).json().ancestors[2].id;
});
afterAll(async () => {
  await t?.close();
});

describe('what the wall shows of a resident', () => {
  it('names them masked (何**) and their community, never the full name, phone, building or address', async () => {
    const wish = await published('resident', 'community', { address: '府东花园1栋2单元301' });
    const entry = await onWall('nobody', wish.id);
    expect(entry).toMatchObject({
      title: '想请人陪我去医院复查',
      placeName: '府东社区',
      submitterName: '何**',
      state: 'pooled',
      allowedActions: [],
    });
    // The same mask the phone's and the console's previews use.
    expect(entry?.submitterName).toBe(wallNameOf('何秀英', false));
    const raw = JSON.stringify(entry);
    for (const secret of ['秀英', '13800000001', '138****', '1栋', '301', 'phone', 'address']) {
      expect(raw, secret).not.toContain(secret);
    }
  });

  it('masks a name typed in by the office and shows none for an anonymous wish', async () => {
    const typed = await published('community', 'community', {
      placeId: fudongHome,
      submitterName: '王小明',
      submitterPhone: '13900001111',
    });
    const typedEntry = await onWall('nobody', typed.id);
    expect(typedEntry?.submitterName).toBe('王**');
    expect(JSON.stringify(typedEntry)).not.toMatch(/小明|13900001111|\*\*\*\*1111/);
    const anonymous = await published('resident', 'community', { isAnonymous: true });
    expect((await onWall('nobody', anonymous.id))?.submitterName).toBeNull();
  });

  it('shows the same masked entry to a signed-in neighbour as to the public', async () => {
    const wish = await published('resident', 'community', {});
    const asNeighbour = await onWall('resident2', wish.id);
    const asPublic = await onWall('nobody', wish.id);
    expect(asNeighbour).toEqual(asPublic);
  });
});

describe('the place filter', () => {
  it('narrows the wall to a community, a district or nothing, and refuses places that are not', async () => {
    const here = await published('resident', 'community', { title: '想要一台旧收音机' });
    const there = await published('resident2', 'community2', { title: '想学用智能手机' });
    const ids = async (query: string) => new Set((await wall('nobody', query)).map((w) => w.id));
    const inFudong = await ids(`?placeId=${fudong}`);
    expect(inFudong.has(here.id)).toBe(true);
    expect(inFudong.has(there.id)).toBe(false);
    const inHuimin = await ids(`?placeId=${huimin}`);
    expect(inHuimin.has(there.id)).toBe(true);
    expect(inHuimin.has(here.id)).toBe(false);
    expect((await ids(`?placeId=${district}`)).has(here.id)).toBe(true);
    const everywhere = await ids('');
    expect(everywhere.has(here.id) && everywhere.has(there.id)).toBe(true);
    expect((await call(null, 'GET', '/api/public/wishes?placeId=not-a-uuid')).statusCode).toBe(400);
    const unknown = await call(null, 'GET', `/api/public/wishes?placeId=${crypto.randomUUID()}`);
    expect(unknown.statusCode).toBe(404);
  });
});

describe('a volunteer on the wall', () => {
  it('sees the whole wall but may claim only in their own area, once', async () => {
    const here = await published('resident', 'community', { title: '想请人帮忙换灯泡' });
    const there = await published('resident2', 'community2', { title: '想请人读报纸' });
    expect((await onWall('volunteer', here.id))?.allowedActions).toContain('claim');
    const elsewhere = await onWall('volunteer', there.id);
    expect(elsewhere).toBeDefined();
    expect(elsewhere?.allowedActions).not.toContain('claim');
    expect((await act('volunteer', here.id, { action: 'claim' })).statusCode).toBe(200);
    const claimed = await onWall('volunteer', here.id, `?placeId=${fudong}`);
    expect(claimed?.state).toBe('claimed');
    expect(claimed?.allowedActions).not.toContain('claim');
    expect((await onWall('nobody', here.id))?.state).toBe('claimed');
  });
});

describe('consent', () => {
  it('keeps a wish without consent off the wall, and says so on its timeline', async () => {
    const wish = await published('resident', 'community', { isPublic: false });
    expect(await onWall('nobody', wish.id)).toBeUndefined();
    expect(await onWall('volunteer', wish.id)).toBeUndefined();
    const pool = poolEvent((await call('community', 'GET', `/api/tickets/${wish.id}`)).json());
    expect(pool?.data).toEqual({ onWall: false });
  });

  it('lets the office record a consent given on the phone, on the timeline and in the audit trail', async () => {
    const home = fudongHome;
    const wish = await submitTicket(call, 'resident', home, {
      kind: 'wish',
      title: '想要一副老花镜',
      description: '看报纸看不清',
    });
    expect((await act('community', wish.id, { action: 'accept' })).statusCode).toBe(200);
    expect((await act('community', wish.id, { action: 'pool', isPublic: false })).statusCode).toBe(400);
    const moved = await act('community', wish.id, {
      action: 'pool',
      isPublic: true,
      note: '电话中居民同意展示',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ state: 'pooled', isPublic: true });
    expect(poolEvent(moved.json())).toMatchObject({
      actorName: '陈晓岚',
      note: '电话中居民同意展示',
      data: { consentRecorded: true, onWall: true },
    });
    expect((await onWall('nobody', wish.id))?.submitterName).toBe('何**');
    const audit = await listAll<{ after: Record<string, unknown> }>(
      call,
      'auditor',
      `/api/audit?action=ticket.pool&targetId=${wish.id}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ state: 'pooled', consentRecorded: true });
  });

  it('never puts a problem on the wish wall, consent or not', async () => {
    const problem = await submitTicket(call, 'resident', fudongHome, { isPublic: true });
    await act('community', problem.id, { action: 'accept' });
    expect((await act('community', problem.id, { action: 'pool' })).statusCode).toBe(200);
    expect(await onWall('nobody', problem.id)).toBeUndefined();
  });
});
