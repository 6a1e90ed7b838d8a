import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectModule } from '../../src/server/modules/projects';
import { type Call, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// A project slips behind as days pass with nobody filing anything: the daily status sweep tells its followers,
// once, and a report that changes the status again is told against what they last heard.
let t: TestApp;
let call: Call;
let projectId: string;
const DAY = 86_400_000;
const [sweepStatus] = projectModule.sweeps ?? [];
const sweep = () => {
  if (!sweepStatus) {
    throw new Error('the projects module has no status sweep');
  }
  return sweepStatus(t.services);
};

const today = () => new Date(t.clock.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const dayFrom = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

async function statusNotices(): Promise<string[]> {
  const answer = await call('resident', 'GET', '/api/notifications?limit=50');
  expect(answer.statusCode, answer.body).toBe(200);
  const inbox = answer.json();
  return (inbox.items as { subjectId: string; title: string }[])
    .filter((n) => n.subjectId === projectId && !n.title.includes('进度更新'))
    .map((n) => n.title);
}

async function signIn() {
  call = caller(t, await loginAll(t, ['community', 'handler', 'resident']), { 'accept-language': 'zh-CN' });
}

/** Days pass; sessions would have timed out, so everyone signs in again. */
async function advance(days: number) {
  t.clock.now = new Date(t.clock.now.getTime() + days * DAY);
  await signIn();
}

beforeAll(async () => {
  t = await createTestApp();
  await signIn();
  const fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  const handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
  // 100 days from 5 days ago: planned 5 today, so on track with nothing done.
  const start = dayFrom(today(), -5);
  const created = await call('community', 'POST', '/api/projects', {
    name: '府东花园雨污分流',
    placeId: fudong,
    leadUnitId: handlerUnit,
    startDate: start,
    endDate: dayFrom(start, 100),
    milestones: [{ name: '完工', plannedDate: dayFrom(start, 100), weight: 1 }],
  });
  projectId = created.json().id;
  await call('community', 'POST', `/api/projects/${projectId}/publish`, { isPublished: true });
  expect((await call('resident', 'PUT', `/api/projects/${projectId}/follow`)).statusCode).toBe(204);
});
afterAll(async () => {
  await t?.close();
});

describe('the project status sweep', () => {
  it('first records the status, then tells followers of a slip once, and looks again only the next day', async () => {
    expect(await sweep()).toBeGreaterThan(0);
    expect(await statusNotices()).toEqual([]);
    expect(await sweep()).toBe(0);

    // Twenty days on, nothing reported: planned 25, actual 0 — behind.
    await advance(20);
    await sweep();
    expect(await statusNotices()).toEqual(['「府东花园雨污分流」滞后于序时进度']);
    await sweep();
    expect(await statusNotices()).toHaveLength(1);

    // A report that brings it back on track is told against what the follower last heard.
    expect(
      (
        await call('handler', 'POST', `/api/projects/${projectId}/reports`, {
          progress: 24,
          note: '管网开挖',
        })
      ).statusCode,
    ).toBe(201);
    // Both at the same moment of the test clock: compared in any order.
    expect((await statusNotices()).sort()).toEqual(
      ['「府东花园雨污分流」按序时推进', '「府东花园雨污分流」滞后于序时进度'].sort(),
    );
    await advance(1);
    await sweep();
    expect(await statusNotices()).toHaveLength(2);
  });
});
