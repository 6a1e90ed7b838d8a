import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTicket, getTicketRow, moveTicket } from '../../src/server/modules/tickets';
import { getTicket } from '../../src/server/modules/tickets/queries';
import type { Actor } from '../../src/server/platform/context';
import { TICKET_STATES, type TicketMove, ZTicketCreate, ZTicketMove } from '../../src/shared/tickets';
import {
  createStaff,
  createStaffedCommunity,
  createTicketIn,
  type StaffedCommunity,
} from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// The ticket loop through its use cases, as the routes call them but without HTTP: the place to state a
// workflow rule; test/api keeps what only HTTP shows (status codes, problem+json, cookies).
let t: TestServices;
let c: StaffedCommunity;

beforeAll(async () => {
  t = await createTestServices();
  c = await createStaffedCommunity(t);
});
afterAll(async () => {
  await t?.close();
});

/** One move a minute after the last, as requests come: the timeline is ordered by time. */
function move(actor: Actor, id: string, input: Partial<TicketMove> & Pick<TicketMove, 'action'>) {
  minutes(1);
  return t.as(actor, (ctx) => moveTicket(ctx, id, ZTicketMove.parse(input))).then(() => read(actor, id));
}
const read = (actor: Actor, id: string) => t.as(actor, (ctx) => getTicket(ctx, id));
/** The stored row: what the response DTO leaves out (when the response was given). */
const row = (actor: Actor, id: string) => t.as(actor, (ctx) => getTicketRow(ctx.tx, id));
const minutes = (n: number) => t.clock.advance(n * 60_000);

describe('the ticket loop through the services', () => {
  it('intake → accept → dispatch → receive → resolve → rate → close, each by the one the workflow names', async () => {
    const { id } = await t.as(c.resident.actor, (ctx) =>
      createTicket(
        ctx,
        ZTicketCreate.parse({
          kind: 'problem',
          title: '电梯异响',
          description: '运行时咔咔响',
          placeId: c.buildingId,
        }),
      ),
    );
    const submitted = await read(c.resident.actor, id);
    expect(submitted).toMatchObject({ state: 'submitted', channel: 'resident_app', placeId: c.buildingId });
    expect(submitted.allowedActions).toEqual(['close']);

    minutes(30);
    const accepted = await move(c.office.actor, id, { action: 'accept' });
    expect(accepted.state).toBe('accepted');
    const respondedAt = t.clock.now;
    expect((await row(c.office.actor, id))?.respondedAt).toEqual(respondedAt);
    await move(c.office.actor, id, { action: 'dispatch', unitId: c.unitId });
    expect((await read(c.handler.actor, id)).allowedActions).toContain('receive');
    await move(c.handler.actor, id, { action: 'receive' });
    minutes(60);
    const resolved = await move(c.handler.actor, id, { action: 'resolve', result: '已更换轴承' });
    expect(resolved.state).toBe('resolved');
    // Resolved now; the response was given at acceptance and resolving later does not move it.
    expect(await row(c.office.actor, id)).toMatchObject({ resolvedAt: t.clock.now, respondedAt });
    await move(c.resident.actor, id, { action: 'rate', rating: 'satisfied' });
    const closed = await move(c.office.actor, id, { action: 'close' });
    expect(closed).toMatchObject({ state: 'closed', outcome: 'resolved' });
    expect(closed.events.map((e) => e.action)).toEqual([
      'submit',
      'accept',
      'dispatch',
      'receive',
      'resolve',
      'rate',
      'close',
    ]);
  });

  it('refuses a move by someone the workflow does not name, and one from the wrong state', async () => {
    const { id } = await createTicketIn(t, c, 'submitted');
    await expect(move(c.handler.actor, id, { action: 'accept' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(move(c.handler.actor, id, { action: 'receive' })).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    // A refused move leaves nothing behind: the transaction rolled back.
    expect((await read(c.office.actor, id)).events).toHaveLength(1);
  });

  it('不满意 reopens once to the same handler, then escalates to the street (BRIEF §3)', async () => {
    const { id } = await createTicketIn(t, c, 'resolved');
    const reopened = await move(c.resident.actor, id, { action: 'rate', rating: 'unsatisfied' });
    expect(reopened).toMatchObject({ state: 'in_progress', unitId: c.unitId });
    await move(c.handler.actor, id, { action: 'resolve', result: '重新处理' });
    const escalated = await move(c.resident.actor, id, { action: 'rate', rating: 'unsatisfied' });
    expect(escalated.state).toBe('escalated');
    // Only withdrawal is left to the resident once the matter went up for 集中研判; the street dispatches it.
    expect(escalated.allowedActions).toEqual(['close']);
    const street = await createStaff(t, { roles: ['street_admin'], placeId: c.streetId });
    expect((await read(street.actor, id)).allowedActions).toContain('dispatch');
  });

  it('the factory reaches every state through real moves', async () => {
    for (const state of TICKET_STATES) {
      const { id } = await createTicketIn(t, c, state);
      expect((await read(c.office.actor, id)).state, state).toBe(state);
    }
  });
});
