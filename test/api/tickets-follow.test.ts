import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverOutbox } from '../../src/server/modules/notifications/outbox';
import {
  type Call,
  caller,
  loginAll,
  submitTicket,
  type TicketCalls,
  ticketCalls,
  weekAhead,
} from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
const ACCOUNTS = ['resident', 'resident2', 'community', 'community2', 'handler', 'volunteer'];
let call: Call;
let act: TicketCalls['act'];
let home: string;
let handlerUnit: string;

beforeAll(async () => {
  t = await createTestApp();
  const cookies = await loginAll(t, ACCOUNTS);
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
});
afterAll(async () => {
  await t.close();
});

function submit(who: string, extra: Record<string, unknown> = {}) {
  return submitTicket(call, who, home, {
    title: '府东花园北门电动车乱停放',
    description: '北门口电动车堵住消防通道，晚上进出很不方便',
    ...extra,
  });
}

describe('duplicates (从一件事到一类事)', () => {
  it('hints at open tickets with similar Chinese text nearby, not at unrelated ones', async () => {
    const first = await submit('resident');
    const unrelated = await submit('resident', {
      title: '想咨询独生子女扶助金',
      description: '需要哪些材料',
    });
    const text = encodeURIComponent('北门电动车乱停，堵住了消防通道');
    const hint = await call('community', 'GET', `/api/tickets/similar?placeId=${home}&text=${text}`);
    expect(hint.statusCode, hint.body).toBe(200);
    const ids = hint.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(first.id);
    expect(ids).not.toContain(unrelated.id);
    const onTicket = await call('community', 'GET', `/api/tickets/${unrelated.id}/similar`);
    expect(onTicket.json().items.map((i: { id: string }) => i.id)).not.toContain(unrelated.id);
    expect((await call('community2', 'GET', `/api/tickets/${first.id}/similar`)).statusCode).toBe(404);
    expect((await call('community', 'GET', `/api/tickets/similar?placeId=${home}&text=x`)).statusCode).toBe(
      400,
    );
  });

  it('tells the merged submitter when the master closes', async () => {
    // The first report came in by the hotline; the resident's own report duplicates it.
    const masterId = (await submit('community', { submitterName: '王先生', submitterPhone: '13900002222' }))
      .id;
    const dup = await submit('resident', { title: '北门电动车又堵了' });
    await act('community', dup.id, { action: 'merge', intoId: masterId });
    await act('community', masterId, { action: 'accept' });
    await act('community', masterId, { action: 'dispatch', unitId: handlerUnit });
    await act('handler', masterId, { action: 'receive' });
    await act('handler', masterId, { action: 'resolve', result: '已划线设置停车区' });
    await act('community', masterId, { action: 'close', outcome: 'resolved' });
    const inbox = await call('resident', 'GET', '/api/notifications?limit=100');
    const about = inbox.json().items.filter((n: { ticketId: string }) => n.ticketId === masterId);
    expect(about.map((n: { title: string }) => n.title).join('\n')).toContain('已办结销号');
  });
});

describe('following and the inbox', () => {
  it('lets a resident follow a public wish and be told of its moves', async () => {
    const wish = await submit('resident', {
      kind: 'wish',
      title: '想要几本大字版的书',
      description: '眼睛不好，想看大字书',
      isPublic: true,
    });
    await act('community', wish.id, { action: 'accept' });
    await act('community', wish.id, { action: 'pool' });
    const wall = await call(null, 'GET', '/api/public/wishes?limit=100');
    expect(wall.statusCode).toBe(200);
    const onWall = wall.json().items.find((w: { id: string }) => w.id === wish.id);
    expect(onWall).toBeDefined();
    // Nothing that identifies the resident: the name masked (何秀英 → 何**), no phone (tickets-wish-wall.test.ts).
    expect(onWall.submitterName).toBe('何**');
    expect(JSON.stringify(onWall)).not.toMatch(/phone|秀英/i);
    const residentWall = await call('resident2', 'GET', '/api/tickets?queue=wish_wall&limit=100');
    expect(residentWall.json().items.map((i: { id: string }) => i.id)).toContain(wish.id);
    const ownList = await call('resident2', 'GET', '/api/tickets?limit=100');
    expect(ownList.json().items.map((i: { id: string }) => i.id)).not.toContain(wish.id);

    expect((await call('resident2', 'PUT', `/api/tickets/${wish.id}/follow`)).statusCode).toBe(204);
    await act('volunteer', wish.id, { action: 'claim', promisedOn: weekAhead(t.clock.now) });
    const unread = await call('resident2', 'GET', '/api/notifications/unread-count');
    expect(unread.json().count).toBeGreaterThan(0);
    const inbox = await call('resident2', 'GET', '/api/notifications?unread=true');
    const note = inbox.json().items.find((n: { ticketId: string }) => n.ticketId === wish.id);
    expect(note.title).toContain('认领');
    expect((await call('resident2', 'POST', `/api/notifications/${note.id}/read`)).statusCode).toBe(204);
    expect((await call('resident', 'POST', `/api/notifications/${note.id}/read`)).statusCode).toBe(404);
    await call('resident2', 'POST', '/api/notifications/read-all');
    expect((await call('resident2', 'GET', '/api/notifications/unread-count')).json().count).toBe(0);
    expect((await call('resident2', 'DELETE', `/api/tickets/${wish.id}/follow`)).statusCode).toBe(204);
  });

  it('refuses to follow what the caller cannot see', async () => {
    const own = await submit('resident');
    expect((await call('resident2', 'PUT', `/api/tickets/${own.id}/follow`)).statusCode).toBe(404);
    expect((await call(null, 'GET', '/api/notifications')).statusCode).toBe(401);
  });

  it('delivers the outbox to SMS once, even when run twice', async () => {
    await submit('community', { submitterName: '李阿姨', submitterPhone: '13900001111' });
    const own = await submit('resident');
    await act('community', own.id, { action: 'accept' });
    const first = await deliverOutbox(t.services);
    expect(first.sent).toBeGreaterThan(0);
    expect(t.sms.some((line) => line.includes('已受理'))).toBe(true);
    const again = await deliverOutbox(t.services);
    expect(again.sent).toBe(0);
  });
});
