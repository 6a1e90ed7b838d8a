import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublicRounds } from '../../src/server/modules/selection/public';
import { findReviews } from '../../src/server/modules/selection/reviews';
import { findRounds } from '../../src/server/modules/selection/rounds';
import { ballotView } from '../../src/server/modules/selection/voting';
import { PUBLIC_ACTOR } from '../../src/server/platform/context';
import { seedDemoProjects } from '../../src/server/seed/demo-projects';
import { seedDemoSelection } from '../../src/server/seed/demo-selection';
import { personOf } from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// The demo rounds: this year's decided (12 candidates, 9 voters, 5 winners that are demo projects), next year's
// open for the demo resident's vote, and two monthly reviews — as the town office, a voter and the public see them.
let t: TestServices;
beforeAll(async () => {
  t = await createTestServices();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo selection', () => {
  it('is seeded once, after the projects', async () => {
    expect(await seedDemoSelection(t.services)).toBe(0);
    await seedDemoProjects(t.services);
    expect(await seedDemoSelection(t.services)).toBe(2);
    expect(await seedDemoSelection(t.services)).toBe(0);
    const street = await personOf(t, 'street');
    const rounds = await t.as(street.actor, (ctx) => findRounds(ctx, { limit: 20 }));
    const decided = rounds.items.find((r) => r.state === 'decided');
    const open = rounds.items.find((r) => r.state === 'voting');
    expect(decided).toMatchObject({ candidates: 12, shortlisted: 10, voters: 9, ballots: 9, chooseCount: 5 });
    expect(open).toMatchObject({ voters: 9, ballots: 5 });
    const published = await t.as(PUBLIC_ACTOR, (ctx) => findPublicRounds(ctx));
    const result = published.find((r) => r.id === decided?.id);
    expect(result?.results.filter((c) => c.isWinner)).toHaveLength(5);
    expect(result?.satisfaction).toHaveLength(5);
    const resident = await personOf(t, 'resident');
    const ballot = await t.as(resident.actor, (ctx) => ballotView(ctx, open?.id ?? ''));
    expect(ballot).toMatchObject({ state: 'voting', myChoices: null, chooseCount: 5 });
    expect(ballot.candidates).toHaveLength(10);
    const reviews = await t.as(street.actor, (ctx) => findReviews(ctx, { limit: 20 }));
    expect(reviews.items.flatMap((r) => r.tasks.map((x) => x.kind)).sort()).toEqual([
      'candidate',
      'milestone',
    ]);
  });
});
