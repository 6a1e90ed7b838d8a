import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

// Calling a resident back: those handling a ticket see the resident's number masked and reveal it with one
// audited call; nobody else does, and an anonymous ticket keeps its secret.

const RESIDENT_PHONE = '13800000001';
let t: TestApp;
let call: Call;
let home: string;
let handlerUnit: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['resident', 'community', 'handler', 'volunteer', 'grid']));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
});
afterAll(async () => {
  await t?.close();
});

const reveal = (who: string | null, id: string) => call(who, 'POST', `/api/tickets/${id}/contact`);

describe("the submitter's phone", () => {
  it("comes from the resident's account, masked on the ticket, whole on an audited reveal", async () => {
    const { id } = await submitTicket(call, 'resident', home);
    const seen = (await call('community', 'GET', `/api/tickets/${id}`)).json();
    expect(seen).toMatchObject({ submitterPhone: '138****0001', canCallBack: true });
    expect((await call('resident', 'GET', `/api/tickets/${id}`)).json().canCallBack).toBe(false);
    const shown = await reveal('community', id);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ submitterName: expect.any(String), submitterPhone: RESIDENT_PHONE });
    await t.services.audit.seal();
    const audit = await rowsOf<{ action: string; actor_name: string }>(
      t.database.db,
      sql`SELECT action, actor_name FROM audit_event WHERE target_id = ${id} AND action = 'ticket.reveal'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('is revealed to the unit only once the ticket is theirs, never to a volunteer or a resident', async () => {
    const { id } = await submitTicket(call, 'resident', home);
    expect((await reveal('handler', id)).statusCode).toBe(403);
    await call('community', 'POST', `/api/tickets/${id}/actions`, { action: 'accept' });
    await call('community', 'POST', `/api/tickets/${id}/actions`, {
      action: 'dispatch',
      unitId: handlerUnit,
    });
    expect((await reveal('handler', id)).json().submitterPhone).toBe(RESIDENT_PHONE);
    // A volunteer does not even see a resident's problem (issue 12, capability 11): not found, not forbidden.
    expect((await reveal('volunteer', id)).statusCode).toBe(404);
    expect((await reveal('resident', id)).statusCode).toBe(403);
    expect((await reveal(null, id)).statusCode).toBe(401);
  });

  it('stays hidden on an anonymous ticket, even from the office', async () => {
    const { id } = await submitTicket(call, 'resident', home, { isAnonymous: true });
    expect((await call('community', 'GET', `/api/tickets/${id}`)).json().submitterPhone).toBeNull();
    expect((await reveal('community', id)).statusCode).toBe(403);
    expect((await call('community', 'GET', `/api/tickets/${id}`)).json().canCallBack).toBe(false);
  });

  it('keeps the number typed at intake for someone who called the office', async () => {
    const { id } = await submitTicket(call, 'community', home, {
      channel: 'hotline',
      submitterName: '赵阿姨',
      submitterPhone: '13955556666',
    });
    expect((await reveal('community', id)).json()).toEqual({
      submitterName: '赵阿姨',
      submitterPhone: '13955556666',
    });
  });
});
