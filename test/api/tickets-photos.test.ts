import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll, type TicketCalls, ticketCalls } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// Taking a photo off a ticket (PIPL): who added it, or the office, while the ticket is open; the row,
// both stored files and nothing else go; the audit trail keeps the fact.
let t: TestApp;
let call: Call;
let tickets: TicketCalls;
let home: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['resident', 'resident2', 'community', 'grid']));
  tickets = ticketCalls(call);
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t.close();
});

async function ticketWithPhoto(who: string) {
  const created = await call('resident', 'POST', '/api/tickets', {
    kind: 'problem',
    title: '楼下垃圾桶满了',
    description: '三天没人清运',
    placeId: home,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#3b6fb6' } })
    .jpeg()
    .toBuffer();
  const up = await tickets.uploadPhotos(who, id, [{ bytes: jpeg }]);
  expect(up.statusCode, up.body).toBe(201);
  return { id, photo: up.json()[0] as { id: string; url: string; mayRemove: boolean } };
}

describe('DELETE /api/tickets/{id}/photos/{photoId}', () => {
  it('lets who added it take it off: row, files and all, with an audit entry', async () => {
    const { id, photo } = await ticketWithPhoto('resident');
    expect(photo.mayRemove).toBe(true);
    const keys = await t.database.db.execute(
      sql`SELECT storage_key, public_key FROM ticket_photo WHERE id = ${photo.id}`,
    );
    const [row] = (keys as unknown as { rows: { storage_key: string; public_key: string }[] }).rows;
    expect(row).toBeDefined();
    await t.services.files.get(row?.public_key ?? '');

    // The grid worker may add photos here but did not add this one; nobody outside sees the ticket at all.
    const grid = await call('grid', 'GET', `/api/tickets/${id}/photos`);
    expect(grid.json()[0].mayRemove).toBe(false);
    expect((await call('grid', 'DELETE', `/api/tickets/${id}/photos/${photo.id}`)).statusCode).toBe(403);
    expect((await call('resident2', 'DELETE', `/api/tickets/${id}/photos/${photo.id}`)).statusCode).toBe(404);

    expect((await call('resident', 'DELETE', `/api/tickets/${id}/photos/${photo.id}`)).statusCode).toBe(204);
    expect((await call('resident', 'GET', `/api/tickets/${id}/photos`)).json()).toEqual([]);
    expect((await call('resident', 'GET', photo.url)).statusCode).toBe(404);
    await expect(t.services.files.get(row?.storage_key ?? '')).rejects.toThrow();
    await expect(t.services.files.get(row?.public_key ?? '')).rejects.toThrow();
    expect((await call('resident', 'DELETE', `/api/tickets/${id}/photos/${photo.id}`)).statusCode).toBe(404);
    await t.services.audit.seal();
    const trail = await t.database.db.execute(
      sql`SELECT action FROM audit_event WHERE target_id = ${id} AND action = 'ticket.photo.remove'`,
    );
    expect((trail as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  });

  it('lets the office take any photo off an open ticket, and nobody once it has ended', async () => {
    const open = await ticketWithPhoto('resident');
    const office = await call('community', 'GET', `/api/tickets/${open.id}/photos`);
    expect(office.json()[0].mayRemove).toBe(true);
    expect(
      (await call('community', 'DELETE', `/api/tickets/${open.id}/photos/${open.photo.id}`)).statusCode,
    ).toBe(204);

    const ended = await ticketWithPhoto('resident');
    const act = (body: Record<string, unknown>) => tickets.act('community', ended.id, body);
    expect((await act({ action: 'accept' })).statusCode).toBe(200);
    expect(
      (await act({ action: 'close', outcome: 'explained', reason: '已向居民说明清运时间' })).statusCode,
    ).toBe(200);
    expect((await call('resident', 'GET', `/api/tickets/${ended.id}/photos`)).json()[0].mayRemove).toBe(
      false,
    );
    for (const who of ['resident', 'community']) {
      const res = await call(who, 'DELETE', `/api/tickets/${ended.id}/photos/${ended.photo.id}`);
      expect(res.statusCode).toBe(403);
    }
    expect((await call('resident', 'GET', `/api/tickets/${ended.id}/photos`)).json()).toHaveLength(1);
  });
});
