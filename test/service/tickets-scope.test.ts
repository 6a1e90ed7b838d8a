import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveTicket } from '../../src/server/modules/tickets';
import { findTickets, getTicket } from '../../src/server/modules/tickets/queries';
import type { Actor } from '../../src/server/platform/context';
import { ZTicketMove } from '../../src/shared/tickets';
import { rowsOf } from '../support/db';
import {
  createStaff,
  createStaffedCommunity,
  createTicketIn,
  type StaffedCommunity,
} from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// Scope at the service level: a caller sees its place subtree, through the service's own filter and, behind
// it, row-level security under the caller's database role.
let t: TestServices;
let a: StaffedCommunity;
let b: StaffedCommunity;
let ticketOfB: string;

beforeAll(async () => {
  t = await createTestServices();
  a = await createStaffedCommunity(t);
  // B under the same street as A: the street office sees both, each community only its own.
  b = await createStaffedCommunity(t, { streetId: a.streetId });
  ticketOfB = (await createTicketIn(t, b, 'accepted')).id;
});
afterAll(async () => {
  await t?.close();
});

const listed = (actor: Actor) =>
  t.as(actor, (ctx) => findTickets(ctx, { limit: 100 })).then((page) => page.items.map((i) => i.id));

describe("community A's office and community B's ticket", () => {
  it('cannot read it: not found, the same answer as for a ticket that does not exist', async () => {
    await expect(t.as(a.office.actor, (ctx) => getTicket(ctx, ticketOfB))).rejects.toMatchObject({
      code: 'not_found',
      messageKey: 'ticket_not_found',
    });
    await expect(t.as(b.office.actor, (ctx) => getTicket(ctx, ticketOfB))).resolves.toMatchObject({
      state: 'accepted',
    });
  });

  it('does not list it; B does, and so does the street above both', async () => {
    expect(await listed(a.office.actor)).not.toContain(ticketOfB);
    expect(await listed(b.office.actor)).toContain(ticketOfB);
    const street = await createStaff(t, { roles: ['street_admin'], placeId: a.streetId });
    expect(await listed(street.actor)).toContain(ticketOfB);
  });

  it('cannot move it', async () => {
    const dispatch = ZTicketMove.parse({ action: 'dispatch', unitId: a.unitId });
    await expect(t.as(a.office.actor, (ctx) => moveTicket(ctx, ticketOfB, dispatch))).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it("nor does A's resident see it", async () => {
    await expect(t.as(a.resident.actor, (ctx) => getTicket(ctx, ticketOfB))).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await listed(a.resident.actor)).not.toContain(ticketOfB);
  });

  it('row-level security hides it from a query that forgot its scope filter', async () => {
    const unfiltered = sql`SELECT id FROM ticket WHERE id = ${ticketOfB}`;
    expect(await t.as(a.office.actor, (ctx) => rowsOf(ctx.tx, unfiltered))).toEqual([]);
    expect(await t.as(b.office.actor, (ctx) => rowsOf(ctx.tx, unfiltered))).toEqual([{ id: ticketOfB }]);
  });
});
