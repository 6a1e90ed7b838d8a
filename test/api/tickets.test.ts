import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const ACCOUNTS = [
  'resident',
  'resident2',
  'community',
  'community2',
  'handler',
  'grid',
  'volunteer',
  'street',
  'leader',
];
let call: Call;
let act: TicketCalls['act'];
let uploadPhotos: TicketCalls['uploadPhotos'];
let home: string;
let handlerUnit: string;

beforeAll(async () => {
  t = await createTestApp();
  const cookies = await loginAll(t, ACCOUNTS);
  call = caller(t, cookies);
  ({ act, uploadPhotos } = ticketCalls(call));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
});
afterAll(async () => {
  await t.close();
});

function submit(who = 'resident', extra: Record<string, unknown> = {}) {
  return submitTicket(call, who, home, extra);
}

describe('the ticket loop through the API', () => {
  it('creates with a number, a state and a timeline', async () => {
    const created = await submit();
    expect(created.number).toMatch(/^GD-\d{8}-\d{6}$/);
    expect(created.state).toBe('submitted');
    const read = await call('resident', 'GET', `/api/tickets/${created.id}`);
    expect(read.json().events.map((e: { action: string }) => e.action)).toEqual(['submit']);
    // A building goes by its compound: every compound has a 1栋.
    expect(read.json().placeName).toBe('府东花园 1栋');
    const listed = await call('community', 'GET', '/api/tickets?queue=to_accept');
    expect(listed.json().items.find((i: { id: string }) => i.id === created.id).placeName).toBe(
      '府东花园 1栋',
    );
  });

  it('keeps numbers unique past the six-digit serial', async () => {
    await t.database.db.execute(sql`SELECT setval('ticket_number_seq', 999998)`);
    const numbers = [(await submit()).number, (await submit()).number];
    expect(numbers.map((n: string) => n.split('-')[2])).toEqual(['999999', '1000000']);
  });

  it('runs submitted → accepted → dispatched → received → resolved → rated → closed', async () => {
    const { id } = await submit();
    expect((await act('community', id, { action: 'accept' })).json().state).toBe('accepted');
    expect((await act('community', id, { action: 'dispatch', unitId: handlerUnit })).json().state).toBe(
      'dispatched',
    );
    expect((await act('handler', id, { action: 'receive' })).json().state).toBe('received');
    expect((await act('handler', id, { action: 'progress', note: '已联系供电所' })).json().state).toBe(
      'in_progress',
    );
    expect((await act('handler', id, { action: 'resolve', result: '已更换灯泡' })).json().state).toBe(
      'resolved',
    );
    const rated = await act('resident', id, { action: 'rate', rating: 'satisfied' });
    expect(rated.json().state).toBe('rated');
    const closed = await act('community', id, { action: 'close' });
    expect(closed.json()).toMatchObject({ state: 'closed', outcome: 'resolved' });
    expect(closed.json().events).toHaveLength(8);
    const inbox = await t.database.db.execute(
      `SELECT count(*)::int AS n FROM notification WHERE ticket_id = '${id}'`,
    );
    expect(Number((inbox as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBeGreaterThanOrEqual(6);
  });

  it('answers 409 for a move the state does not allow and 403 for a caller who may not', async () => {
    const { id } = await submit();
    // (Resolving a new ticket is allowed: 现场解决 in one move.) Receiving one that was never dispatched is not.
    expect((await act('community', id, { action: 'receive' })).statusCode).toBe(409);
    expect((await act('community', id, { action: 'rate', rating: 'satisfied' })).statusCode).toBe(409);
    expect((await act('handler', id, { action: 'accept' })).statusCode).toBe(403);
    expect((await act('resident', id, { action: 'accept' })).statusCode).toBe(403);
    expect((await act('community', id, { action: 'reject' })).statusCode).toBe(400);
  });

  it('lets the office record the rating of a caller without an account (回访), never a resident’s', async () => {
    const hotline = await submit('community', { submitterName: '赵大爷', submitterPhone: '13900003333' });
    const own = await submit();
    for (const id of [hotline.id, own.id]) {
      await act('community', id, { action: 'accept' });
      await act('community', id, { action: 'resolve', result: '已现场处理' });
    }
    const revisit = await act('community', hotline.id, { action: 'rate', rating: 'basically_satisfied' });
    expect(revisit.json()).toMatchObject({ state: 'rated', rating: 'basically_satisfied' });
    expect((await act('community', own.id, { action: 'rate', rating: 'satisfied' })).statusCode).toBe(403);
  });

  it('lets exactly one of 20 parallel claims win a pooled wish', async () => {
    const { id } = await submit('resident', {
      kind: 'wish',
      title: '想要一台收音机',
      description: '独居老人，想听戏',
      isPublic: true,
    });
    await act('community', id, { action: 'accept' });
    expect((await act('community', id, { action: 'pool' })).json().state).toBe('pooled');
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        act('volunteer', id, { action: 'claim', promisedOn: weekAhead(t.clock.now) }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const claims = await call('volunteer', 'GET', `/api/tickets/${id}`);
    expect(claims.json().events.filter((e: { action: string }) => e.action === 'claim')).toHaveLength(1);
  });

  it('keeps tickets inside the subtree: nobody outside reads or moves them', async () => {
    const { id } = await submit();
    expect((await call('community2', 'GET', `/api/tickets/${id}`)).statusCode).toBe(404);
    expect((await act('community2', id, { action: 'accept' })).statusCode).toBe(404);
    expect((await call('resident2', 'GET', `/api/tickets/${id}`)).statusCode).toBe(404);
    const list = await call('community2', 'GET', '/api/tickets?limit=100');
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await call('street', 'GET', `/api/tickets/${id}`)).statusCode).toBe(200);
  });

  it('closes honestly: an explained ticket is closed but not resolved', async () => {
    const { id } = await submit();
    await act('community', id, { action: 'accept' });
    const closed = await act('community', id, {
      action: 'close',
      outcome: 'explained',
      reason: '属于市政规划，已向居民解释',
    });
    expect(closed.json()).toMatchObject({ state: 'closed', outcome: 'explained' });
    const { id: other } = await submit();
    expect((await act('community', other, { action: 'close', outcome: 'resolved' })).statusCode).toBe(400);
    // Without a result there is no default outcome: the closer must say how it ended.
    const bare = await act('community', other, { action: 'close' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toMatchObject([{ path: 'body.outcome' }]);
  });

  it('merges a duplicate: its submitter follows the master', async () => {
    const master = await submit();
    const dup = await submit('resident', { title: '3栋路灯坏了', description: '同一盏灯' });
    const merged = await act('community', dup.id, { action: 'merge', intoId: master.id });
    expect(merged.json()).toMatchObject({ state: 'merged', mergedIntoId: master.id });
  });

  it('lists with filters, queues and keyset pages', async () => {
    const page1 = await call('community', 'GET', '/api/tickets?limit=2');
    expect(page1.json().items).toHaveLength(2);
    const page2 = await call('community', 'GET', `/api/tickets?limit=2&cursor=${page1.json().nextCursor}`);
    expect(page2.json().items[0].id).not.toBe(page1.json().items[1].id);
    const toAccept = await call('community', 'GET', '/api/tickets?queue=to_accept&limit=100');
    expect(toAccept.json().items.every((i: { state: string }) => i.state === 'submitted')).toBe(true);
    const search = await call('community', 'GET', `/api/tickets?q=${encodeURIComponent('路灯')}&limit=100`);
    expect(search.json().items.length).toBeGreaterThan(0);
    expect((await call('community', 'GET', '/api/tickets?state=nonsense')).statusCode).toBe(400);
  });

  it('accepts photos, strips their metadata for others, refuses other types', async () => {
    const { id } = await submit();
    const sharp = (await import('sharp')).default;
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c8102e' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'GPS here' } })
      .toBuffer();
    const up = await uploadPhotos('resident', id, [{ bytes: jpeg, name: 'a.jpg' }]);
    expect(up.statusCode, up.body).toBe(201);
    const photo = up.json()[0];
    const served = await call('resident', 'GET', photo.url);
    expect(served.statusCode).toBe(200);
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    const bad = [{ bytes: Buffer.from('not an image at all'), type: 'image/jpeg', name: 'b.jpg' }];
    const refused = await uploadPhotos('resident', id, bad);
    expect(refused.statusCode).toBe(400);
  });
});
