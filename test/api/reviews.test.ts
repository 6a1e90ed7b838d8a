import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// 一月一调度 through the real app: a review's new tasks become a milestone on a project and a ticket in the same
// request, the record links to them, and a bad task or hostile text writes nothing at all.
let t: TestApp;
let call: Call;
let town: string;
let project: string;
let startDate: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['street', 'handler', 'community', 'leader', 'resident']), {
    'accept-language': 'zh-CN',
  });
  town = (await call('street', 'GET', '/api/auth/me')).json().placeId;
  const unit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
  startDate = new Date(t.clock.now.getTime()).toISOString().slice(0, 10);
  const end = new Date(t.clock.now.getTime() + 200 * 86_400_000).toISOString().slice(0, 10);
  const created = await call('street', 'POST', '/api/projects', {
    name: '湖塘镇排水管网改造',
    placeId: town,
    leadUnitId: unit,
    startDate,
    endDate: end,
  });
  expect(created.statusCode, created.body).toBe(201);
  project = created.json().id;
});
afterAll(async () => {
  await t?.close();
});

const review = (tasks: object[], fields: object = {}) => ({
  placeId: town,
  heldOn: startDate,
  title: '湖塘镇十一月重点项目调度会',
  attendees: ['镇长 王建华', '城建办', '综合行政执法队'],
  decisions: ['排水管网改造月底前完成主管铺设'],
  tasks,
  ...fields,
});
const count = async () => (await call('street', 'GET', '/api/reviews')).json().items.length as number;

describe('monthly reviews', () => {
  it('turn their tasks into a milestone and a ticket, and link to them', async () => {
    const res = await call(
      'street',
      'POST',
      '/api/reviews',
      review([
        { kind: 'milestone', title: '主管铺设完成', projectId: project, plannedDate: startDate },
        { kind: 'ticket', title: '人民路窨井盖缺失', detail: '调度会上城建办反映' },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const [milestone, ticket] = res.json().tasks;
    expect(milestone).toMatchObject({ kind: 'milestone', projectId: project });
    const detail = (await call('street', 'GET', `/api/projects/${project}`)).json();
    expect(detail.milestones.map((m: { name: string }) => m.name)).toContain('主管铺设完成');
    const made = await call('street', 'GET', `/api/tickets/${ticket.ticketId}`);
    expect(made.statusCode).toBe(200);
    expect(made.json()).toMatchObject({ title: '人民路窨井盖缺失', channel: 'meeting' });
    expect((await call('leader', 'GET', `/api/reviews/${res.json().id}`)).statusCode).toBe(200);
    expect((await call('community', 'GET', `/api/reviews/${res.json().id}`)).statusCode).toBe(404);
    expect((await call('resident', 'GET', '/api/reviews')).statusCode).toBe(403);
    expect((await call('leader', 'POST', '/api/reviews', review([]))).statusCode).toBe(403);
  });

  it('write nothing when a task fails or the text is hostile', async () => {
    const before = await count();
    const tickets = (await call('street', 'GET', '/api/tickets?limit=100')).json().items.length;
    const badProject = await call(
      'street',
      'POST',
      '/api/reviews',
      review([
        { kind: 'ticket', title: '先建的工单' },
        {
          kind: 'milestone',
          title: '节点',
          projectId: '00000000-0000-4000-8000-000000000000',
          plannedDate: startDate,
        },
      ]),
    );
    expect(badProject.statusCode).toBe(404);
    for (const body of [
      review([], { attendees: ['城建办\u0000'] }),
      review([{ kind: 'milestone', title: '缺项目' }]),
      review([{ kind: 'candidate', title: '缺轮次' }]),
      review([], { heldOn: '2026-13-40' }),
    ]) {
      expect((await call('street', 'POST', '/api/reviews', body)).statusCode).toBe(400);
    }
    expect(await count()).toBe(before);
    expect((await call('street', 'GET', '/api/tickets?limit=100')).json().items.length).toBe(tickets);
  });
});
