import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBulletins } from '../../src/server/modules/bulletins/service';
import { seedDemoBulletins } from '../../src/server/seed/demo-bulletins';
import { seedDemoProjects } from '../../src/server/seed/demo-projects';
import { personOf } from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// The demo's past bulletins: the district's and its streets' for the last three ended periods, after the
// demo programme, written once.
let t: TestServices;
beforeAll(async () => {
  t = await createTestServices();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo bulletins', () => {
  it('cover the last three periods of the district, with the programme in their figures', async () => {
    await seedDemoProjects(t.services);
    const written = await seedDemoBulletins(t.services);
    expect(written).toBeGreaterThanOrEqual(6);
    expect(await seedDemoBulletins(t.services)).toBe(0);
    const leader = await personOf(t, 'leader');
    const page = await t.as(leader.actor, (ctx) => findBulletins(ctx, { limit: 100 }));
    expect(new Set(page.items.map((b) => b.period)).size).toBe(3);
    const district = page.items.filter((b) => b.placeName === '武进区');
    expect(district).toHaveLength(3);
    expect(district[0]?.counts.total).toBeGreaterThan(20);
  });
});
