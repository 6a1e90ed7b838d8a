import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../../src/server/db/schema';
import { getVolunteerFigures } from '../../src/server/modules/volunteer-figures/figures';
import { actorOf } from '../../src/server/platform/session';
import { seedDemoActivities } from '../../src/server/seed/demo-activities';
import { seedDemoRecognition } from '../../src/server/seed/demo-recognition';
import { seedDemoServices } from '../../src/server/seed/demo-services';
import { rowsOf } from '../support/db';
import { createTestServices, type TestServices } from '../support/services';

// The demo's volunteer figures: 府东社区's office sees hours, orders and activities this month and last month,
// and last month's honour roll is published with the volunteer's name masked.

let t: TestServices;
beforeAll(async () => {
  t = await createTestServices();
  // Mid-month in Beijing: on the first days of a month its figures are rightly still empty.
  const now = t.clock.now;
  t.clock.now = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 15, 4));
});
afterAll(async () => {
  await t?.close();
});

describe('the demo volunteer figures', () => {
  it('are not empty this month nor last month, and one honour roll is published', async () => {
    await seedDemoServices(t.services);
    await seedDemoActivities(t.services);
    expect(await seedDemoRecognition(t.services)).toBe(true);
    const [row] = await t.database.db.select().from(account).where(eq(account.username, 'community'));
    const office = await actorOf(t.database.db, row as typeof account.$inferSelect);
    const now = t.clock.now;
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 7);
    for (const from of [undefined, `${first}-01`]) {
      const figures = await t.as(office, (ctx) => getVolunteerFigures(ctx, from ? { from } : {}));
      expect(figures.totals.confirmedMinutes, from).toBeGreaterThan(0);
      expect(figures.totals.ordersCompleted, from).toBeGreaterThan(0);
      expect(figures.totals.activitiesHeld + figures.totals.peopleServed, from).toBeGreaterThan(0);
    }
    const rolls = await rowsOf<{ title: string; names: string[] }>(
      t.database.db,
      sql`SELECT r.title, array_agg(e.name ORDER BY e.rank) AS names FROM honour_roll r
        JOIN honour_roll_entry e ON e.roll_id = r.id WHERE r.unpublished_at IS NULL GROUP BY r.id`,
    );
    expect(rolls).toHaveLength(1);
    expect(rolls[0]?.names).toContain('冯某');
  }, 120_000);
});
