import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoActivities } from '../../src/server/seed/demo-activities';
import { rowsOf } from '../support/db';
import { createTestServices, type TestServices } from '../support/services';

// The demo's activities: past ones held with attendance, upcoming ones with sign-ups, in 府东社区 and 席井村.

let t: TestServices;
beforeAll(async () => {
  t = await createTestServices();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo activities', () => {
  it('leave neither the calendar nor the attendance empty, and never exceed a capacity', async () => {
    const made = await seedDemoActivities(t.services);
    expect(made).toBeGreaterThan(40);
    const figures = await rowsOf<{
      community: string;
      past: number;
      upcoming: number;
      attended: number;
      waiting: number;
      over: number;
      auto: number;
    }>(
      t.database.db,
      sql`SELECT p.name AS community,
            count(*) FILTER (WHERE a.state = 'done')::int AS past,
            count(*) FILTER (WHERE a.state = 'planned')::int AS upcoming,
            coalesce(sum((SELECT count(*) FROM activity_signup s WHERE s.activity_id = a.id AND s.checked_in_at IS NOT NULL)), 0)::int AS attended,
            coalesce(sum(a.waitlist_count), 0)::int AS waiting,
            count(*) FILTER (WHERE a.confirmed_count > a.capacity)::int AS over,
            coalesce(sum((SELECT count(*) FROM activity_signup s WHERE s.activity_id = a.id AND s.auto_closed)), 0)::int AS auto
          FROM activity a JOIN place p ON p.id = a.place_id GROUP BY p.name ORDER BY p.name`,
    );
    const byName = Object.fromEntries(figures.map((f) => [f.community, f]));
    for (const name of ['府东社区', '席井村']) {
      expect(byName[name]?.past, name).toBeGreaterThan(5);
      expect(byName[name]?.upcoming, name).toBeGreaterThan(3);
      expect(byName[name]?.attended, name).toBeGreaterThan(50);
      expect(byName[name]?.over, name).toBe(0);
      expect(byName[name]?.auto, name).toBeGreaterThan(0);
    }
    expect(byName['府东社区']?.waiting).toBeGreaterThan(0);
  }, 120_000);
});
