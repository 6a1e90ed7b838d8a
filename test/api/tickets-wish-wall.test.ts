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
  weekAhead,
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
    expect(
      (await act('volunteer', here.id, { action: 'claim', promisedOn: weekAhead(t.clock.now) })).statusCode,
    ).toBe(200);
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

describe('a promise and a thank-you', () => {
  it('claims a wish only with a promised day inside the window, and shows it on the timeline', async () => {
    const wish = await published('resident', 'community', { title: '想请人帮忙修收音机' });
    const claim = (promisedOn?: string) =>
      act('volunteer', wish.id, { action: 'claim', ...(promisedOn ? { promisedOn } : {}) });
    const missing = await claim();
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'body.promisedOn' })]);
    const day = (offset: number) => weekAhead(new Date(t.clock.now.getTime() + (offset - 7) * 86_400_000));
    for (const late of [day(-2), day(62)]) {
      const refused = await claim(late);
      expect(refused.statusCode, late).toBe(400);
      expect(refused.json().errors[0].message).toContain('60');
    }
    const ok = await claim(day(10));
    expect(ok.statusCode, ok.body).toBe(200);
    const event = ok.json().events.find((e: Event) => e.action === 'claim');
    expect(event.data.promisedOn).toBe(day(10));
    // 亮身份: the demo volunteer is a party member, and the claim says so.
    expect(event.data.partyMember).toBe(true);
  });

  it('puts a satisfied resident’s words on the public wall of thanks, only when they agree', async () => {
    const thanked = await published('resident', 'community', { title: '想要一副老花镜' });
    const quiet = await published('resident', 'community', { title: '想要一本字典' });
    for (const wish of [thanked, quiet]) {
      await act('volunteer', wish.id, { action: 'claim', promisedOn: weekAhead(t.clock.now) });
      const done = await act('volunteer', wish.id, { action: 'resolve', result: '已送到家' });
      expect(done.statusCode, done.body).toBe(200);
    }
    // Consent needs words to show, and a rating that thanks.
    const rate = (id: string, body: Record<string, unknown>) =>
      act('resident', id, { action: 'rate', ...body });
    const wordless = await rate(thanked.id, { rating: 'satisfied', thanksPublic: true });
    expect(wordless.statusCode).toBe(400);
    expect(wordless.json().errors[0].path).toBe('body.comment');
    const cross = await rate(thanked.id, { rating: 'unsatisfied', comment: '不太好', thanksPublic: true });
    expect(cross.statusCode).toBe(400);
    const words = '谢谢志愿者，眼镜很合适，看报纸清楚多了！';
    expect(
      (await rate(thanked.id, { rating: 'satisfied', comment: words, thanksPublic: true })).statusCode,
    ).toBe(200);
    expect((await rate(quiet.id, { rating: 'satisfied', comment: '谢谢' })).statusCode).toBe(200);

    const board = await listAll<{
      ticketId: string;
      thanks: string;
      claimantNames: string[];
      placeName: string;
    }>(call, 'nobody', `/api/public/wish-thanks?placeId=${fudong}`);
    expect(board.map((b) => b.ticketId)).toContain(thanked.id);
    expect(board.map((b) => b.ticketId)).not.toContain(quiet.id);
    const card = board.find((b) => b.ticketId === thanked.id);
    const volunteer = (await call('volunteer', 'GET', '/api/auth/me')).json().displayName as string;
    expect(card).toMatchObject({
      thanks: words,
      claimantNames: [wallNameOf(volunteer, false)],
      placeName: '府东社区',
    });
    expect(JSON.stringify(card)).not.toContain(volunteer);
    // A thank-you is for wishes only.
    const problem = await submitTicket(call, 'resident', fudongHome, {
      title: '路灯坏了',
      description: '一直不亮',
    });
    expect((await act('community', problem.id, { action: 'resolve', result: '已换灯' })).statusCode).toBe(
      200,
    );
    const onProblem = await rate(problem.id, { rating: 'satisfied', comment: '谢谢', thanksPublic: true });
    expect(onProblem.statusCode).toBe(400);
  });
});
