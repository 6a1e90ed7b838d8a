import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Call,
  type Callers,
  caller,
  loginAll,
  submitTicket,
  type TicketCalls,
  ticketCalls,
} from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// 延期申请 (the handler or the office asks, the level above approves or denies) and 现场解决 in one move
//. Each scenario runs on its own Beijing day and reads the rates of that day only.
let t: TestApp;
const ACCOUNTS = ['resident', 'community', 'handler', 'street', 'leader', 'grid', 'auditor'];
const cookies: Callers = {};
let call: Call;
let tickets: TicketCalls;
let home: string;
let handlerUnit: string;
let handlerId: string;
let streetId: string;
let leaderId: string;
const DAY = 24 * 3_600_000;
const bj = (local: string) => new Date(`${local}+08:00`);

async function setClock(at: Date) {
  t.clock.now = at;
  await loginAll(t, ACCOUNTS, cookies);
}
async function submit(title = '楼道灯坏了') {
  return (await submitTicket(call, 'resident', home, { title, description: '晚上看不见台阶' })).id;
}
async function act(who: string, id: string, body: Record<string, unknown>, status = 200) {
  // A second between moves keeps the timeline in order (events of one instant have no order).
  t.clock.advance(1000);
  const res = await tickets.act(who, id, body);
  expect(res.statusCode, `${who} ${body.action}: ${res.body}`).toBe(status);
  return res.json();
}
async function get(who: string, id: string) {
  const res = await call(who, 'GET', `/api/tickets/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
/** Submitted, accepted, dispatched to the handler's unit and received by it. */
async function inHandlersHands() {
  const id = await submit();
  await act('community', id, { action: 'accept' });
  await act('community', id, { action: 'dispatch', unitId: handlerUnit });
  await act('handler', id, { action: 'receive' });
  return id;
}
async function rates(day: string) {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  const res = await call('community', 'GET', `/api/stats/rates?from=${day}&to=${next}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    counts: Record<string, number>;
    rates: Record<string, { numerator: number; denominator: number }>;
  };
}
async function queue(who: string, name: string): Promise<string[]> {
  const res = await call(who, 'GET', `/api/tickets?queue=${name}&limit=100`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id);
}
async function inbox(who: string): Promise<{ ticketId: string | null; title: string }[]> {
  const res = await call(who, 'GET', '/api/notifications?limit=100');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, cookies);
  tickets = ticketCalls(call);
  await setClock(bj('2025-04-07T09:00:00'));
  const me = async (who: string) => (await call(who, 'GET', '/api/auth/me')).json();
  home = (await me('resident')).placeId;
  const handler = await me('handler');
  handlerUnit = handler.unitIds[0];
  handlerId = handler.id;
  streetId = (await me('street')).id;
  leaderId = (await me('leader')).id;
});
afterAll(async () => {
  await t.close();
});

describe('extensions: asked for by the people working the ticket, answered by the level above', () => {
  it('request → approve: the limit moves, the count rises, 延期率 counts it', async () => {
    await setClock(bj('2025-04-08T10:00:00'));
    const id = await inHandlersHands();
    const before = await get('handler', id);
    expect(before.allowedActions).toContain('extend');
    expect(before.allowedActions).not.toContain('approve_extension');

    // The handler asks: nothing moves yet, the request waits on the ticket.
    const asked = await act('handler', id, { action: 'extend', reason: '需要采购配件', days: 5 });
    expect(asked.state).toBe('received');
    expect(asked.handleDueAt).toBe(before.handleDueAt);
    expect(asked.extensionCount).toBe(0);
    expect(asked.extensionRequest).toMatchObject({
      days: 5,
      reason: '需要采购配件',
      requestedById: handlerId,
      requestedByName: '钱明华',
    });
    expect(asked.allowedActions).not.toContain('extend');
    const event = asked.events.at(-1);
    expect(event).toMatchObject({ action: 'request_extension', fromState: 'received', toState: 'received' });
    expect(event.note).toBe('需要采购配件');
    expect((await rates('2025-04-08')).counts.extended).toBe(0);

    // A second request while one is pending: 409, from the handler and from the office alike.
    const again = await tickets.act('handler', id, { action: 'extend', reason: '再延几天', days: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
    await act('community', id, { action: 'extend', reason: '社区也申请', days: 3 }, 409);
    // Nobody below answers it: not the requester, not the community office.
    await act('handler', id, { action: 'approve_extension' }, 403);
    await act('community', id, { action: 'approve_extension' }, 403);
    await act('handler', id, { action: 'deny_extension', reason: '自己驳回' }, 403);

    // The level above is told and finds it in its queue; the one below does not.
    expect(await queue('street', 'extension_requests')).toContain(id);
    expect(await queue('community', 'extension_requests')).toEqual([]);
    expect(await queue('handler', 'extension_requests')).toEqual([]);
    const told = (await inbox('street')).filter((n) => n.ticketId === id);
    expect(told).toHaveLength(1);
    expect(told[0]?.title).toContain('申请延期 5 个工作日');
    // Only the nearest level above is told (the street, not the district's leader); the resident is not.
    expect((await inbox('leader')).filter((n) => n.ticketId === id)).toEqual([]);
    expect((await inbox('resident')).filter((n) => n.ticketId === id && n.title.includes('延'))).toEqual([]);

    const seen = await get('street', id);
    expect(seen.allowedActions).toEqual(expect.arrayContaining(['approve_extension', 'deny_extension']));
    expect(seen.allowedActions).not.toContain('extend');

    const approved = await act('street', id, { action: 'approve_extension', note: '同意' });
    expect(approved.state).toBe('received');
    expect(Date.parse(approved.handleDueAt)).toBeGreaterThan(Date.parse(before.handleDueAt));
    expect(approved.extensionCount).toBe(1);
    expect(approved.extensionRequest).toBeNull();
    expect(approved.events.at(-1)).toMatchObject({
      action: 'approve_extension',
      data: { days: 5, requestedBy: handlerId, requestedReason: '需要采购配件' },
    });
    expect(await queue('street', 'extension_requests')).not.toContain(id);
    await act('street', id, { action: 'approve_extension' }, 409);

    const r = await rates('2025-04-08');
    expect(r.counts.extended).toBe(1);
    expect([r.rates.extensionRate?.numerator, r.rates.extensionRate?.denominator]).toEqual([1, 1]);

    // The audit trail has both steps, under their own names.
    const trail = await call('auditor', 'GET', `/api/audit?targetId=${id}&limit=100`);
    expect(trail.statusCode, trail.body).toBe(200);
    const actions = trail.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['ticket.request_extension', 'ticket.approve_extension']));
    const approval = trail
      .json()
      .items.find((e: { action: string }) => e.action === 'ticket.approve_extension');
    expect(approval.actorId).toBe(streetId);
  });

  it('request → deny: nothing moves, nothing is counted, and a new request may follow', async () => {
    await setClock(bj('2025-04-09T10:00:00'));
    const id = await inHandlersHands();
    const before = await get('community', id);
    // The community office asks too (it is working the ticket).
    const asked = await act('community', id, { action: 'extend', reason: '等待业主委员会表决', days: 3 });
    expect(asked.extensionRequest).toMatchObject({ days: 3, requestedByName: '陈晓岚' });

    await act('street', id, { action: 'deny_extension' }, 400);
    const denied = await act('street', id, { action: 'deny_extension', reason: '期限内可以办完' });
    expect(denied.handleDueAt).toBe(before.handleDueAt);
    expect(denied.extensionCount).toBe(0);
    expect(denied.extensionRequest).toBeNull();
    expect(denied.events.at(-1)).toMatchObject({
      action: 'deny_extension',
      note: '期限内可以办完',
      data: { days: 3, requestedReason: '等待业主委员会表决' },
    });
    await act('street', id, { action: 'deny_extension', reason: '再驳回' }, 409);
    expect((await rates('2025-04-09')).counts.extended).toBe(0);

    // Asked again after the refusal; it lapses when the ticket is resolved meanwhile.
    await act('handler', id, { action: 'extend', reason: '配件缺货', days: 2 });
    const resolved = await act('handler', id, { action: 'resolve', result: '已修好' });
    expect(resolved.extensionRequest).toBeNull();
    expect(resolved.events.at(-1).data).toMatchObject({ extensionRequestLapsed: true });
    expect(await queue('street', 'extension_requests')).not.toContain(id);
    expect((await rates('2025-04-09')).counts.extended).toBe(0);
  });

  it('the level above still grants at once; the district leader answers a request too', async () => {
    await setClock(bj('2025-04-10T10:00:00'));
    const id = await inHandlersHands();
    const before = await get('street', id);
    const granted = await act('street', id, { action: 'extend', reason: '需要协调多个部门', days: 4 });
    expect(granted.extensionCount).toBe(1);
    expect(granted.extensionRequest).toBeNull();
    expect(Date.parse(granted.handleDueAt)).toBeGreaterThan(Date.parse(before.handleDueAt));
    expect(granted.events.at(-1).action).toBe('extend');

    await act('handler', id, { action: 'extend', reason: '还需要几天', days: 2 });
    expect(await queue('leader', 'extension_requests')).toContain(id);
    const approved = await act('leader', id, { action: 'approve_extension' });
    expect(approved.extensionCount).toBe(2);
    expect(Date.parse(approved.handleDueAt)).toBeGreaterThan(Date.parse(granted.handleDueAt));
    const trail = await call('auditor', 'GET', `/api/audit?targetId=${id}&action=ticket.approve_extension`);
    expect(trail.json().items[0]?.actorId).toBe(leaderId);
    // Counted once per ticket in 延期率, however many extensions it had.
    expect((await rates('2025-04-10')).counts.extended).toBe(1);
  });
});

describe('现场解决: the grid worker accepts and resolves a new ticket in one move', () => {
  it('resolves a submitted ticket in one call; the response counts in the rates', async () => {
    await setClock(bj('2025-04-14T10:00:00'));
    const id = await submit('路灯不亮');
    const seen = await get('grid', id);
    expect(seen.allowedActions).toEqual(expect.arrayContaining(['accept', 'resolve']));

    // A resident cannot resolve their own ticket.
    await act('resident', id, { action: 'resolve', result: '自己修好了' }, 403);
    await act('grid', id, { action: 'resolve' }, 400);

    const done = await act('grid', id, { action: 'resolve', result: '已更换灯泡，恢复照明' });
    expect(done.state).toBe('resolved');
    expect(done.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'resolve']);
    expect(done.events.at(-1)).toMatchObject({
      fromState: 'submitted',
      toState: 'resolved',
      actorName: '郑雅琴',
      data: { onTheSpot: true },
    });
    expect((await get('resident', id)).allowedActions).toContain('rate');

    const r = await rates('2025-04-14');
    expect(r.counts.accepted).toBe(1);
    expect(r.counts.resolved).toBe(1);
    expect([r.rates.responseRate?.numerator, r.rates.responseRate?.denominator]).toEqual([1, 1]);
    expect([r.rates.resolutionRate?.numerator, r.rates.resolutionRate?.denominator]).toEqual([1, 1]);
  });

  it('takes the photo first, then the one move; a refused move leaves the ticket as it was', async () => {
    await setClock(bj('2025-04-15T10:00:00'));
    const id = await submit('井盖松动');
    const sharp = (await import('sharp')).default;
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const up = await tickets.uploadPhotos('grid', id, [{ bytes: jpeg, name: 'spot.jpg' }]);
    expect(up.statusCode, up.body).toBe(201);
    // Someone else took it elsewhere meanwhile: the resolve is refused and nothing was accepted on the way.
    await act('community', id, { action: 'reject', reason: '不属于受理范围' });
    await act('grid', id, { action: 'resolve', result: '已加固' }, 409);
    const after = await get('community', id);
    expect(after.state).toBe('rejected');
    expect(after.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'reject']);
    const photos = await call('community', 'GET', `/api/tickets/${id}/photos`);
    expect(photos.json()).toHaveLength(1);
  });
});
