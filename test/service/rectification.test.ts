import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMeasure,
  addProblem,
  moveMeasure,
  moveProblem,
} from '../../src/server/modules/rectification/moves';
import {
  createRectificationList,
  getRectificationList,
} from '../../src/server/modules/rectification/service';
import type { Ctx } from '../../src/server/platform/context';
import { ZMeasureInput, ZProblemInput, ZRectificationListInput } from '../../src/shared/rectification';
import { rowsOf } from '../support/db';
import { createStaffedCommunity, personOf, type StaffedCommunity } from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// 整改清单 through its use cases: a problem closes (销号) only when all its measures are done and checked; the
// figures of the demo list, exact.
let t: TestServices;
let a: StaffedCommunity;

beforeAll(async () => {
  t = await createTestServices();
  a = await createStaffedCommunity(t);
});
afterAll(async () => {
  await t?.close();
});

const as = <T>(fn: (ctx: Ctx) => Promise<T>) => t.as(a.office.actor, fn);

async function listWithProblem() {
  const list = await as((ctx) =>
    createRectificationList(
      ctx,
      ZRectificationListInput.parse({ name: '检视问题整改清单', placeId: a.communityId, period: '2026年' }),
    ),
  );
  const withProblem = await as((ctx) =>
    addProblem(
      ctx,
      list.id,
      ZProblemInput.parse({ source: 'residents', description: '东门道路破损', ownerUnit: '城建办' }),
    ),
  );
  const problem = withProblem.problems[0];
  if (!problem) {
    throw new Error('no problem');
  }
  for (const horizon of ['immediate', 'long_term'] as const) {
    await as((ctx) =>
      addMeasure(
        ctx,
        list.id,
        problem.id,
        ZMeasureInput.parse({ description: `措施${horizon}`, owner: '城建办', horizon }),
      ),
    );
  }
  const full = await as((ctx) => getRectificationList(ctx, list.id));
  return { listId: list.id, problemId: problem.id, measures: full.problems[0]?.measures ?? [] };
}

describe('销号', () => {
  it('refuses to close until every measure is done and checked, then closes', async () => {
    const { listId, problemId, measures } = await listWithProblem();
    const [first, second] = measures;
    if (!first || !second) {
      throw new Error('no measures');
    }
    const close = () => as((ctx) => moveProblem(ctx, listId, problemId, { action: 'close' }));
    await expect(close()).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'rectification_measures_pending',
      params: { open: 2, done: 0 },
    });
    await as((ctx) =>
      moveMeasure(ctx, listId, first.id, { action: 'complete', evidence: '已修补路面，附照片' }),
    );
    await as((ctx) =>
      moveMeasure(ctx, listId, second.id, { action: 'complete', evidence: '已纳入年度计划' }),
    );
    await expect(close()).rejects.toMatchObject({ params: { open: 0, done: 2 } });
    await as((ctx) => moveMeasure(ctx, listId, first.id, { action: 'check' }));
    await expect(close()).rejects.toMatchObject({ params: { open: 0, done: 1 } });
    await as((ctx) => moveMeasure(ctx, listId, second.id, { action: 'check' }));
    const closed = await close();
    expect(closed.problems[0]?.state).toBe('closed');
    expect(closed.figures).toMatchObject({
      problems: 1,
      measures: 2,
      fixedAtOnce: 1,
      longTerm: 1,
      checked: 2,
      closed: 1,
    });
    // A closed problem's measures stay put until it is reopened.
    await expect(
      as((ctx) => moveMeasure(ctx, listId, first.id, { action: 'reopen', note: '复查发现积水' })),
    ).rejects.toMatchObject({ code: 'conflict', messageKey: 'rectification_problem_closed' });
  });

  it('asks for evidence to complete, refuses a check before completion, and will not close a problem without measures', async () => {
    const { listId, measures } = await listWithProblem();
    const id = measures[0]?.id ?? '';
    await expect(as((ctx) => moveMeasure(ctx, listId, id, { action: 'complete' }))).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(as((ctx) => moveMeasure(ctx, listId, id, { action: 'check' }))).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    const bare = await as((ctx) =>
      addProblem(
        ctx,
        listId,
        ZProblemInput.parse({
          source: 'supervision',
          description: '窗口无人值守',
          ownerUnit: '便民服务中心',
        }),
      ),
    );
    const empty = bare.problems.find((p) => p.measures.length === 0);
    await expect(
      as((ctx) => moveProblem(ctx, listId, empty?.id ?? '', { action: 'close' })),
    ).rejects.toMatchObject({
      messageKey: 'rectification_no_measures',
    });
  });

  it('keeps a sibling community out', async () => {
    const { listId } = await listWithProblem();
    const b = await createStaffedCommunity(t, { streetId: a.streetId });
    await expect(t.as(b.office.actor, (ctx) => getRectificationList(ctx, listId))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('the demo list', () => {
  it('counts 13 problems, 26 measures, 12 fixed at once', async () => {
    const street = (await personOf(t, 'street')).actor;
    const [row] = await rowsOf<{ id: string }>(t.database.db, sql`SELECT id FROM rectification_list LIMIT 1`);
    const list = await t.as(street, (ctx) => getRectificationList(ctx, row?.id ?? ''));
    expect(list.figures).toEqual({
      problems: 13,
      measures: 26,
      fixedAtOnce: 12,
      deadlineMeasures: 10,
      withinDeadline: 5,
      overdue: 1,
      longTerm: 4,
      done: 19,
      checked: 15,
      closed: 6,
    });
  });
});
