import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notification, ticket } from '../../src/server/db/schema';
import { followProject } from '../../src/server/modules/projects/followers';
import { acceptDone, promoteTicket } from '../../src/server/modules/projects/links';
import { fileReport } from '../../src/server/modules/projects/reports';
import { createProject, getProject } from '../../src/server/modules/projects/service';
import { ZProjectCreate, ZProjectReportInput, ZPromoteTicket } from '../../src/shared/projects';
import {
  createStaff,
  createStaffedCommunity,
  createTicketIn,
  createUnitAt,
  type StaffedCommunity,
} from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// Projects through their use cases: statuses as reports arrive against the planned curve, sub-projects rolling
// up into their parent, and a ticket promoted to a project resolved (and its resident told) when it is accepted.
let t: TestServices;
let c: StaffedCommunity;

beforeAll(async () => {
  t = await createTestServices();
  c = await createStaffedCommunity(t);
});
afterAll(async () => {
  await t?.close();
});

/** Noon in Shanghai on `day`: the installation's "today" is `day`. */
const onDay = (day: string) => {
  t.clock.now = new Date(`${day}T04:00:00Z`);
};
const report = (progress: number, extra: Record<string, unknown> = {}) =>
  ZProjectReportInput.parse({ progress, note: `进度 ${progress}%`, ...extra });

// 2026-03-01 → 06-30; milestones 04-01 (1), 05-01 (2), 06-01 (1): planned 25 on 04-01, 75 on 05-01, 100 on 06-01.
const body = (fields: Record<string, unknown> = {}) =>
  ZProjectCreate.parse({
    name: '社区排涝站改造',
    placeId: c.communityId,
    leadUnitId: c.unitId,
    startDate: '2026-03-01',
    endDate: '2026-06-30',
    category: 'environment',
    milestones: [
      { name: '完成设计', plannedDate: '2026-04-01', weight: 1 },
      { name: '主体施工', plannedDate: '2026-05-01', weight: 2 },
      { name: '验收', plannedDate: '2026-06-01', weight: 1 },
    ],
    ...fields,
  });

describe('statuses as reports arrive', () => {
  it('follows the gap to the planned curve, tells followers of reports and status changes, then overdue and done', async () => {
    onDay('2026-03-01');
    const p = await t.as(c.office.actor, (ctx) => createProject(ctx, body()));
    const street = await createStaff(t, { roles: ['street_admin'], placeId: c.streetId });
    await t.as(street.actor, (ctx) => followProject(ctx, p.id, true));
    expect(p).toMatchObject({ plannedProgress: 0, actualProgress: 0, status: 'on_track' });

    onDay('2026-04-01');
    const first = await t.as(c.handler.actor, (ctx) =>
      fileReport(
        ctx,
        p.id,
        report(20, { milestonesDone: [{ milestoneId: p.milestones[0]?.id, evidence: '设计图已批复' }] }),
      ),
    );
    expect(first.project).toMatchObject({
      plannedProgress: 25,
      actualProgress: 20,
      milestoneShare: 25,
      status: 'on_track',
    });

    onDay('2026-04-16');
    const second = await t.as(c.handler.actor, (ctx) => fileReport(ctx, p.id, report(35)));
    expect(second.project).toMatchObject({ plannedProgress: 50, actualProgress: 35, status: 'behind' });

    onDay('2026-05-01');
    expect(await t.as(c.office.actor, (ctx) => getProject(ctx, p.id))).toMatchObject({
      plannedProgress: 75,
      actualProgress: 35,
      status: 'seriously_behind',
    });
    // As of an earlier day the project reads as it did then.
    expect(await t.as(c.office.actor, (ctx) => getProject(ctx, p.id, '2026-04-01'))).toMatchObject({
      actualProgress: 20,
      status: 'on_track',
    });
    const third = await t.as(c.handler.actor, (ctx) => fileReport(ctx, p.id, report(70)));
    expect(third.project.status).toBe('on_track');

    onDay('2026-07-01');
    expect((await t.as(c.office.actor, (ctx) => getProject(ctx, p.id))).status).toBe('overdue');
    const done = await t.as(c.office.actor, (ctx) => acceptDone(ctx, p.id, '排涝站已投用'));
    expect(done).toMatchObject({ status: 'done', actualProgress: 100 });
    await expect(t.as(c.handler.actor, (ctx) => fileReport(ctx, p.id, report(100)))).rejects.toMatchObject({
      code: 'conflict',
    });

    const told = await t.database.db
      .select({ template: notification.template, params: notification.params })
      .from(notification)
      .where(and(eq(notification.subjectId, p.id), eq(notification.accountId, street.id)))
      .orderBy(notification.createdAt);
    expect(told.filter((n) => n.template === 'report')).toHaveLength(3);
    // Each against what the follower last heard (no sweep ran here): on track with the first report; behind with
    // the second (they last heard "on track"); on track again with the third; then done.
    expect(
      told.filter((n) => n.template === 'status').map((n) => (n.params as { status: string }).status),
    ).toEqual(['on_track', 'behind', 'on_track', 'done']);
  });

  it("refuses a report from another unit's staff", async () => {
    onDay('2026-03-02');
    const p = await t.as(c.office.actor, (ctx) => createProject(ctx, body({ name: '另一项目' })));
    const other = await createUnitAt(t, { placeId: c.communityId });
    const stranger = await createStaff(t, {
      roles: ['handler'],
      placeId: c.communityId,
      unitIds: [other.id],
    });
    await expect(t.as(stranger.actor, (ctx) => fileReport(ctx, p.id, report(10)))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('sub-projects', () => {
  it('roll up into their parent, weighted, and the parent takes no report of its own', async () => {
    onDay('2026-03-01');
    const parent = await t.as(c.office.actor, (ctx) =>
      createProject(ctx, body({ name: '银发项目', milestones: [] })),
    );
    const a = await t.as(c.office.actor, (ctx) =>
      createProject(ctx, body({ name: '助餐点', parentId: parent.id, weight: 3 })),
    );
    await t.as(c.office.actor, (ctx) =>
      createProject(ctx, body({ name: '适老化改造', parentId: parent.id, weight: 1 })),
    );
    onDay('2026-04-01');
    await t.as(c.handler.actor, (ctx) => fileReport(ctx, a.id, report(100)));
    const rolled = await t.as(c.office.actor, (ctx) => getProject(ctx, parent.id));
    // Both children plan 25 on 04-01; actual (3 × 100 + 1 × 0) / 4 = 75.
    expect(rolled).toMatchObject({ plannedProgress: 25, actualProgress: 75, childCount: 2 });
    expect(rolled.children).toHaveLength(2);
    await expect(
      t.as(c.handler.actor, (ctx) => fileReport(ctx, parent.id, report(50))),
    ).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'project_has_children',
    });
  });
});

describe('a promoted ticket', () => {
  it('is resolved when the project is accepted as done, and its resident is told', async () => {
    onDay('2026-03-01');
    const suggestion = await createTicketIn(t, c, 'accepted', {
      kind: 'suggestion',
      title: '建议增设电动车充电桩',
    });
    const p = await t.as(c.office.actor, (ctx) =>
      promoteTicket(
        ctx,
        ZPromoteTicket.parse({
          ticketId: suggestion.id,
          leadUnitId: c.unitId,
          startDate: '2026-03-01',
          endDate: '2026-05-31',
        }),
      ),
    );
    expect(p.name).toBe('建议增设电动车充电桩');
    expect(p.tickets.map((x) => x.id)).toEqual([suggestion.id]);
    // A second project cannot take the same ticket.
    await expect(
      t.as(c.office.actor, (ctx) =>
        promoteTicket(
          ctx,
          ZPromoteTicket.parse({
            ticketId: suggestion.id,
            leadUnitId: c.unitId,
            startDate: '2026-03-01',
            endDate: '2026-05-31',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'conflict' });

    onDay('2026-05-20');
    await t.as(c.office.actor, (ctx) => acceptDone(ctx, p.id, '7 处充电桩已建成投用'));
    const [row] = await t.database.db
      .select({ state: ticket.state })
      .from(ticket)
      .where(eq(ticket.id, suggestion.id));
    expect(row?.state).toBe('resolved');
    const told = await t.database.db
      .select({ params: notification.params })
      .from(notification)
      .where(and(eq(notification.subjectId, suggestion.id), eq(notification.accountId, c.resident.id)));
    expect(told.map((n) => (n.params as { move?: string }).move)).toContain('resolve');
  });
});
