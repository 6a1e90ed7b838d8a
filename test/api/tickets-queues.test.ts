import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Call,
  type Callers,
  caller,
  listAll,
  loginAll,
  submitTicket,
  type TicketCalls,
  ticketCalls,
} from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// Every work queue of the ticket list (`?queue=`), each as the desk that works it: what belongs in it is there,
// what does not is not. One scenario: a community office, its street above, a unit's handler, a grid worker
// and a resident, each ticket moved to the state a queue is about.
const ACCOUNTS = ['resident', 'community', 'street', 'handler', 'grid'];

let t: TestApp;
let cookies: Callers;
let call: Call;
let act: TicketCalls['act'];
let home: string;
let handlerUnit: string;
const tickets: Record<string, string> = {};

async function submit(who: string, title: string): Promise<string> {
  return (await submitTicket(call, who, home, { title, description: '居民反映的问题，请尽快处理' })).id;
}

async function move(who: string, id: string, body: Record<string, unknown>) {
  const res = await act(who, id, body);
  expect(res.statusCode, res.body).toBe(200);
}

/** The ids of a queue as `who` sees it, following every page. */
async function queue(who: string, name: string): Promise<Set<string>> {
  return new Set((await listAll(call, who, `/api/tickets?queue=${name}`)).map((i) => i.id));
}

beforeAll(async () => {
  t = await createTestApp();
  cookies = await loginAll(t, ACCOUNTS);
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];

  tickets.submitted = await submit('resident', '路灯不亮');
  tickets.accepted = await submit('resident', '井盖松动');
  await move('community', tickets.accepted, { action: 'accept' });
  tickets.dispatched = await submit('resident', '楼道堆放杂物');
  await move('community', tickets.dispatched, { action: 'accept' });
  await move('community', tickets.dispatched, { action: 'dispatch', unitId: handlerUnit });
  tickets.escalated = await submit('resident', '违章搭建');
  await move('community', tickets.escalated, { action: 'accept' });
  await move('community', tickets.escalated, { action: 'escalate', reason: '需要街道协调城管' });
  tickets.recorded = await submit('grid', '独居老人家中漏水');
  tickets.closed = await submit('resident', '垃圾桶满了');
  await move('community', tickets.closed, { action: 'accept' });
  await move('community', tickets.closed, { action: 'dispatch', unitId: handlerUnit });
  await move('handler', tickets.closed, { action: 'receive' });
  await move('handler', tickets.closed, { action: 'resolve', result: '已清运' });
  await move('resident', tickets.closed, { action: 'rate', rating: 'satisfied' });
  await move('community', tickets.closed, { action: 'close' });
  tickets.resolved = await submit('grid', '健身器材松动');
  await move('grid', tickets.resolved, { action: 'resolve', result: '现场紧固' });
});
afterAll(async () => {
  await t?.close();
});

describe('work queues', () => {
  it('to_accept: submitted and nothing further along', async () => {
    const ids = await queue('community', 'to_accept');
    expect(ids).toContain(tickets.submitted);
    expect(ids).toContain(tickets.recorded);
    for (const other of [tickets.accepted, tickets.dispatched, tickets.escalated, tickets.closed]) {
      expect(ids).not.toContain(other);
    }
  });

  it('to_dispatch: accepted ones, nothing before or after', async () => {
    const ids = await queue('community', 'to_dispatch');
    expect(ids).toContain(tickets.accepted);
    for (const other of [tickets.submitted, tickets.dispatched, tickets.closed]) {
      expect(ids).not.toContain(other);
    }
  });

  it('my_unit: open tickets dispatched to the handler’s unit, not the ended ones', async () => {
    const ids = await queue('handler', 'my_unit');
    expect(ids).toContain(tickets.dispatched);
    expect(ids).not.toContain(tickets.closed);
    expect(ids).not.toContain(tickets.accepted);
  });

  it('escalated_to_me: at the street it was escalated to, not at the community that escalated it', async () => {
    expect(await queue('street', 'escalated_to_me')).toContain(tickets.escalated);
    expect(await queue('community', 'escalated_to_me')).not.toContain(tickets.escalated);
  });

  it('mine: what the caller submitted, recorded or claimed', async () => {
    expect(await queue('grid', 'mine')).toContain(tickets.recorded);
    expect(await queue('grid', 'mine')).not.toContain(tickets.submitted);
    const residents = await queue('resident', 'mine');
    expect(residents).toContain(tickets.submitted);
    expect(residents).not.toContain(tickets.recorded);
  });

  it('to_close: a result stands (resolved or rated) and waits for 销号', async () => {
    const ids = await queue('community', 'to_close');
    expect(ids).toContain(tickets.resolved);
    for (const other of [tickets.submitted, tickets.dispatched, tickets.closed]) {
      expect(ids).not.toContain(other);
    }
  });

  it('counts every queue as its list holds it, for each desk, in one call', async () => {
    for (const who of ['community', 'street', 'handler', 'grid', 'resident']) {
      const res = await call(who, 'GET', '/api/tickets/queues');
      expect(res.statusCode, res.body).toBe(200);
      const { queues } = res.json() as { queues: Record<string, number> };
      for (const [name, count] of Object.entries(queues)) {
        expect(count, `${who} ${name}`).toBe((await queue(who, name)).size);
      }
    }
    expect((await call('community', 'GET', '/api/tickets/queues')).json().queues.to_close).toBeGreaterThan(0);
  });

  it('overdue: open tickets past their handling limit, never an ended one', async () => {
    expect(await queue('community', 'overdue')).not.toContain(tickets.dispatched);
    // Two months on, every open ticket is past its limit; sessions went idle meanwhile.
    t.clock.advance(60 * 24 * 3_600_000);
    await loginAll(t, ACCOUNTS, cookies);
    const ids = await queue('community', 'overdue');
    for (const open of [tickets.submitted, tickets.accepted, tickets.dispatched, tickets.recorded]) {
      expect(ids).toContain(open);
    }
    expect(ids).not.toContain(tickets.closed);
  });
});

describe('a list of several states', () => {
  /** Every page of `url` at `limit` a page, in order. */
  async function pages(who: string, url: string, limit: number): Promise<{ id: string; state: string }[]> {
    const items: { id: string; state: string }[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(
        who,
        'GET',
        `${url}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: { id: string; state: string }[]; nextCursor: string | null };
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  }

  it('pages through the newest of all of them, as the whole list filtered by state would', async () => {
    const states = ['submitted', 'accepted', 'dispatched', 'escalated'];
    for (const where of [`placeId=${home}&`, '']) {
      const whole = await pages('community', `/api/tickets?${where}x=1`, 100);
      const expected = whole.filter((i) => states.includes(i.state)).map((i) => i.id);
      expect(expected.length).toBeGreaterThanOrEqual(4);
      for (const limit of [1, 2, 3]) {
        const got = await pages('community', `/api/tickets?${where}state=${states.join(',')}`, limit);
        expect(got.map((i) => i.id)).toEqual(expected);
      }
    }
  });
});
