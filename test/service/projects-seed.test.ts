import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjects } from '../../src/server/modules/projects/service';
import { seedDemoProjects } from '../../src/server/seed/demo-projects';
import type { ProjectStatus } from '../../src/shared/projects';
import { personOf } from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// The demo programme: about forty projects in 武进区 whose reports leave every status on the list.
let t: TestServices;
beforeAll(async () => {
  t = await createTestServices();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo projects', () => {
  it('are seeded quickly, and the street office sees every status among them', async () => {
    const started = Date.now();
    const made = await seedDemoProjects(t.services);
    expect(made).toBeGreaterThanOrEqual(38);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await seedDemoProjects(t.services)).toBe(0);
    const street = await personOf(t, 'street');
    const page = await t.as(street.actor, (ctx) => findProjects(ctx, { limit: 100 }));
    const statuses = new Set<ProjectStatus>(page.items.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['behind', 'done', 'on_track', 'overdue', 'seriously_behind']);
    const charging = page.items.find((p) => p.name.startsWith('电动车集中充电点'));
    expect(charging?.childCount).toBe(7);
  });
});
