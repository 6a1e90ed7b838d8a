import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTicket } from '../../src/server/modules/tickets/queries';
import { createStaffedCommunity, createTicketIn, type StaffedCommunity } from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// Deadlines (限时制) as intake sets them: the seeded rules on the seeded work calendar (国庆 2026: 10-01 to
// 10-07 off). Office hours are Beijing time; 8 working hours are one working day.
let t: TestServices;
let c: StaffedCommunity;

beforeAll(async () => {
  t = await createTestServices();
  c = await createStaffedCommunity(t);
});
afterAll(async () => {
  await t?.close();
});

/** The limits of a ticket submitted at `at` (an ISO instant) with `fields`. */
async function limitsAt(at: string, fields: Record<string, unknown> = {}) {
  t.clock.now = new Date(at);
  const { id } = await createTicketIn(t, c, 'submitted', fields);
  const read = await t.as(c.office.actor, (ctx) => getTicket(ctx, id));
  return { responseDueAt: read.responseDueAt, handleDueAt: read.handleDueAt };
}

describe('deadlines at intake', () => {
  it('a normal ticket: one working day to respond, counted across a weekend', async () => {
    // Friday 2026-03-13 10:00 Beijing → Monday 10:00.
    const limits = await limitsAt('2026-03-13T02:00:00.000Z');
    expect(limits.responseDueAt).toBe('2026-03-16T02:00:00.000Z');
  });

  it('filed the day before 国庆, the response falls due on the first workday after it', async () => {
    // Wednesday 2026-09-30 10:00 Beijing; 10-01 to 10-07 are off, Thursday 10-08 is a workday.
    const limits = await limitsAt('2026-09-30T02:00:00.000Z');
    expect(limits.responseDueAt).toBe('2026-10-08T02:00:00.000Z');
  });

  it('an urgent ticket gets the urgent rule: two working hours', async () => {
    const limits = await limitsAt('2026-03-10T02:00:00.000Z', { urgency: 'urgent' });
    expect(limits.responseDueAt).toBe('2026-03-10T04:00:00.000Z');
    expect(Date.parse(limits.handleDueAt)).toBeGreaterThan(Date.parse(limits.responseDueAt));
  });
});
