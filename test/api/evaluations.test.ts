import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../../src/server/db/schema';
import { type Call, type Callers, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';
import { createStaff } from '../support/factories';

// 公布·评议·督查 through the API: one statement per period, moderated comments (the public sees approved ones
// only), one vote per person, leaders' sheets → the exact evaluation figures, scope, urges answered once and
// listed when overdue, and hostile input that writes nothing.
let t: TestApp;
let call: Call;
let cookies: Callers;
let projectId: string;
let handlerUnit: string;
let supervisorName: string;
const NAMES = ['community', 'community2', 'street', 'handler', 'leader', 'resident', 'volunteer'];

const today = () => new Date(t.clock.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const period = () => today().slice(0, 7);
const dayFrom = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  cookies = await loginAll(t, NAMES);
  const leader = (await call0('leader')).json();
  const town = (await call0('street')).json().placeId;
  handlerUnit = (await call0('handler')).json().unitIds[0];
  const leader2 = await createStaff(t, { roles: ['leader'], placeId: leader.placeId });
  const supervisor = await createStaff(t, { roles: ['supervisor'], placeId: town });
  const elsewhere = (await call0('community2')).json().placeId;
  const outsider = await createStaff(t, { roles: ['supervisor'], placeId: elsewhere });
  supervisorName = supervisor.username;
  for (const [name, p] of [
    ['leader2', leader2],
    ['supervisor', supervisor],
    ['outsider', outsider],
  ] as const) {
    await t.database.db.update(account).set({ mustChangePassword: false }).where(eq(account.id, p.id));
    cookies[name] = await t.login(p.username);
  }
  call = caller(t, cookies, { 'accept-language': 'zh-CN' });
  const fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  const start = dayFrom(today(), -20);
  const created = await call('community', 'POST', '/api/projects', {
    name: '府东社区助餐点',
    placeId: fudong,
    leadUnitId: handlerUnit,
    startDate: start,
    endDate: dayFrom(start, 100),
    milestones: [],
  });
  expect(created.statusCode, created.body).toBe(201);
  projectId = created.json().id;
  expect(
    (await call('community', 'POST', `/api/projects/${projectId}/publish`, { isPublished: true })).statusCode,
  ).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

function call0(who: string) {
  return caller(t, cookies)(who, 'GET', '/api/auth/me');
}

const statement = (fields: Record<string, unknown> = {}) => ({
  period: period(),
  done: '助餐点完成装修',
  problems: '燃气接入待审批',
  nextSteps: '下月试运营',
  ...fields,
});

describe('述: statements', () => {
  it('takes one per project and period (409 naming who filed it), edited by its author', async () => {
    const first = await call('handler', 'POST', `/api/projects/${projectId}/statements`, statement());
    expect(first.statusCode, first.body).toBe(201);
    const second = await call('community', 'POST', `/api/projects/${projectId}/statements`, statement());
    expect(second.statusCode).toBe(409);
    expect(second.json().title).toContain(first.json().filedByName);
    const edited = await call('handler', 'PUT', `/api/statements/${first.json().id}`, {
      done: '助餐点完成装修并验收',
      problems: '无',
      nextSteps: '试运营',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ done: '助餐点完成装修并验收', isMine: true });
    const byOther = await call('community', 'PUT', `/api/statements/${first.json().id}`, {
      done: '改写',
      problems: '无',
      nextSteps: '无',
    });
    expect(byOther.statusCode).toBe(403);
    expect(
      (await call('resident', 'POST', `/api/projects/${projectId}/statements`, statement())).statusCode,
    ).toBe(403);
  });
});

describe('议: comments and votes', () => {
  it('shows a comment publicly only once an office approves it, and hides it again with a reason', async () => {
    const posted = await call('resident', 'POST', `/api/projects/${projectId}/comments`, {
      body: '希望早日开放',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json().state).toBe('pending');
    const publicUrl = `/api/public/projects/${projectId}/comments`;
    expect((await call(null, 'GET', publicUrl)).json()).toEqual([]);
    const mine = (await call('resident', 'GET', `/api/projects/${projectId}/deliberation/mine`)).json();
    expect(mine.comments.map((c: { id: string }) => c.id)).toContain(posted.json().id);

    const url = `/api/comments/${posted.json().id}/moderation`;
    expect((await call('leader', 'POST', url, { action: 'approve' })).statusCode).toBe(403);
    expect((await call('community2', 'POST', url, { action: 'approve' })).statusCode).toBe(404);
    expect((await call('community', 'POST', url, { action: 'approve' })).statusCode).toBe(200);
    const shown = (await call(null, 'GET', publicUrl)).json();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ body: '希望早日开放' });
    expect(shown[0]).not.toHaveProperty('state');

    const other = await call('volunteer', 'POST', `/api/projects/${projectId}/comments`, {
      body: '广告内容',
    });
    expect(other.statusCode, other.body).toBe(201);
    const otherUrl = `/api/comments/${other.json().id}/moderation`;
    expect((await call('community', 'POST', otherUrl, { action: 'hide' })).statusCode).toBe(400);
    const hidden = await call('community', 'POST', otherUrl, { action: 'hide', reason: '与项目无关' });
    expect(hidden.json()).toMatchObject({ state: 'hidden', hideReason: '与项目无关' });
    expect((await call(null, 'GET', publicUrl)).json()).toHaveLength(1);
    await t.services.audit.seal();
    const audit = await rowsOf(
      t.database.db,
      sql`SELECT action FROM audit_event WHERE target_id = ${other.json().id}`,
    );
    expect(audit).toEqual([{ action: 'evaluation.comment_hide' }]);
  });

  it('takes one vote per person, project and month', async () => {
    const url = `/api/projects/${projectId}/votes`;
    expect((await call('resident', 'POST', url, { choice: 'satisfied' })).statusCode).toBe(201);
    expect((await call('resident', 'POST', url, { choice: 'dissatisfied' })).statusCode).toBe(409);
    expect((await call('volunteer', 'POST', url, { choice: 'dissatisfied' })).statusCode).toBe(201);
    expect((await call('resident', 'POST', url, { choice: 'maybe' })).statusCode).toBe(400);
    expect((await call('leader', 'POST', url, { choice: 'satisfied' })).statusCode).toBe(403);
    const mine = (await call('resident', 'GET', `/api/projects/${projectId}/deliberation/mine`)).json();
    expect(mine).toMatchObject({ period: period(), vote: 'satisfied' });
  });
});

describe('评: score sheets and the evaluation', () => {
  it('computes the evaluation from the statement, votes, approved comments and sheets', async () => {
    const url = `/api/projects/${projectId}/scores`;
    const a = { period: period(), points: { progress: 27, quality: 24, satisfaction: 20, records: 12 } };
    const b = { period: period(), points: { progress: 30, quality: 28, satisfaction: 21, records: 14 } };
    const first = await call('leader', 'POST', url, a);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().total).toBe(83);
    expect((await call('leader', 'POST', url, a)).statusCode).toBe(409);
    expect((await call('resident', 'POST', url, b)).statusCode).toBe(403);
    expect((await call('community', 'POST', url, b)).statusCode).toBe(403);
    const over = await call('leader2', 'POST', url, { ...b, points: { ...b.points, records: 16 } });
    expect(over.statusCode).toBe(400);
    const missing = await call('leader2', 'POST', url, { period: period(), points: { progress: 30 } });
    expect(missing.statusCode).toBe(400);
    expect((await call('leader2', 'POST', url, b)).statusCode).toBe(201);

    const evaluation = (
      await call('supervisor', 'GET', `/api/projects/${projectId}/evaluations?period=${period()}`)
    ).json();
    expect(evaluation).toMatchObject({
      hasStatement: true,
      votes: { satisfied: 1, basically_satisfied: 0, dissatisfied: 1, total: 2 },
      approvedComments: 1,
      scorers: 2,
      meanTotal: 88,
      maxTotal: 100,
    });
    expect(evaluation.criteria.map((c: { key: string; mean: number }) => [c.key, c.mean])).toEqual([
      ['progress', 28.5],
      ['quality', 26],
      ['satisfaction', 20.5],
      ['records', 13],
    ]);

    // Its author edits a sheet; the statement of a scored period no longer changes.
    const edited = await call('leader', 'PUT', `/api/scores/${first.json().id}`, {
      points: { progress: 29, quality: 24, satisfaction: 20, records: 12 },
    });
    expect(edited.json().total).toBe(85);
    expect(
      (await call('leader2', 'PUT', `/api/scores/${first.json().id}`, { points: a.points })).statusCode,
    ).toBe(403);
    const list = (await call('leader', 'GET', `/api/evaluations?period=${period()}`)).json();
    expect(list[0]).toMatchObject({ projectId, meanTotal: 89 });
    const st = evaluation.statement;
    const late = await call('handler', 'PUT', `/api/statements/${st.id}`, {
      done: '再改',
      problems: '无',
      nextSteps: '无',
    });
    expect(late.statusCode).toBe(409);
  });
});

describe('scope', () => {
  it('keeps another area from reading, urging or commenting on moderation', async () => {
    expect(
      (await call('community2', 'GET', `/api/projects/${projectId}/evaluations?period=${period()}`))
        .statusCode,
    ).toBe(404);
    const urge = await call('community2', 'POST', `/api/projects/${projectId}/urges`, {
      message: '请加快进度',
      answerBy: dayFrom(today(), 3),
    });
    expect(urge.statusCode).toBe(404);
    const byOutsider = await call('outsider', 'POST', `/api/projects/${projectId}/urges`, {
      message: '请加快进度',
      answerBy: dayFrom(today(), 3),
    });
    expect(byOutsider.statusCode).toBe(404);
    expect((await call('outsider', 'GET', `/api/projects/${projectId}/urges`)).statusCode).toBe(404);
    const list = (await call('community2', 'GET', `/api/evaluations?period=${period()}`)).json();
    expect(list.map((e: { projectId: string }) => e.projectId)).not.toContain(projectId);
  });
});

describe('督查: urges', () => {
  it('is answered once by the lead unit, which was told; the urger hears of the answer', async () => {
    const urged = await call('supervisor', 'POST', `/api/projects/${projectId}/urges`, {
      message: '请说明燃气接入进展',
      answerBy: dayFrom(today(), 3),
    });
    expect(urged.statusCode, urged.body).toBe(201);
    expect(urged.json()).toMatchObject({ state: 'open', canAnswer: false });
    const open = (await call('community', 'GET', '/api/urges')).json();
    expect(open.map((u: { id: string }) => u.id)).toContain(urged.json().id);
    const inbox = (await call('handler', 'GET', '/api/notifications?limit=100')).json();
    expect(inbox.items.map((n: { title: string }) => n.title)).toContain(
      `「府东社区助餐点」被督办，请于 ${dayFrom(today(), 3)} 前答复`,
    );
    const url = `/api/urges/${urged.json().id}/answer`;
    expect((await call('community', 'POST', url, { answer: '已报审' })).statusCode).toBe(403);
    const answered = await call('handler', 'POST', url, { answer: '已报燃气公司审批，预计下周接入' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().state).toBe('answered');
    expect((await call('handler', 'POST', url, { answer: '再答' })).statusCode).toBe(409);
    const after = (await call('community', 'GET', '/api/urges')).json();
    expect(after.map((u: { id: string }) => u.id)).not.toContain(urged.json().id);
    const told = (await call('supervisor', 'GET', '/api/notifications?limit=100')).json();
    expect(told.items.map((n: { title: string }) => n.title)).toContain('「府东社区助餐点」的督办已答复');
  });

  it('lists an unanswered urge as overdue once its day has passed', async () => {
    const urged = await call('community', 'POST', `/api/projects/${projectId}/urges`, {
      message: '请报送资料',
      answerBy: today(),
    });
    expect(urged.statusCode).toBe(201);
    const overdueNow = (await call('street', 'GET', '/api/urges?state=overdue')).json();
    expect(overdueNow.map((u: { id: string }) => u.id)).not.toContain(urged.json().id);
    t.clock.advance(2 * 86_400_000);
    await loginAll(t, [...NAMES], cookies);
    cookies.supervisor = await t.login(supervisorName);
    const overdue = (await call('street', 'GET', '/api/urges?state=overdue')).json();
    expect(overdue.find((u: { id: string }) => u.id === urged.json().id)).toMatchObject({ state: 'overdue' });
    expect((await call('community2', 'GET', '/api/urges?state=overdue')).json()).toEqual([]);
  });

  it.skipIf(!process.env.DATABASE_URL)('lets exactly one of racing answers win', async () => {
    const urged = await call('street', 'POST', `/api/projects/${projectId}/urges`, {
      message: '请答复',
      answerBy: dayFrom(today(), 1),
    });
    const url = `/api/urges/${urged.json().id}/answer`;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => call('handler', 'POST', url, { answer: `答复 ${i}` })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
  });
});

describe('rubric and hostile input', () => {
  it("lets a street office set its district's rubric; a community may not", async () => {
    expect((await call('leader', 'GET', '/api/evaluations/rubric')).json()).toMatchObject({
      isDefault: true,
      maxTotal: 100,
    });
    const rubric = {
      criteria: [
        { key: 'progress', nameZh: '进度', nameEn: 'Progress', maxPoints: 50 },
        { key: 'effect', nameZh: '成效', nameEn: 'Effect', maxPoints: 50 },
      ],
    };
    expect((await call('community', 'PUT', '/api/evaluations/rubric', rubric)).statusCode).toBe(403);
    const set = await call('street', 'PUT', '/api/evaluations/rubric', rubric);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ isDefault: false, maxTotal: 100 });
    const twice = { criteria: [rubric.criteria[0], rubric.criteria[0]] };
    expect((await call('street', 'PUT', '/api/evaluations/rubric', twice)).statusCode).toBe(400);
  });

  it('refuses NUL and lone surrogates with 400 and writes nothing', async () => {
    const before = (await call('community', 'GET', `/api/projects/${projectId}/comments`)).json().length;
    for (const body of ['a\u0000b', 'x\uD800y', 'x'.repeat(501), ' ']) {
      const res = await call('resident', 'POST', `/api/projects/${projectId}/comments`, { body });
      expect(res.statusCode).toBe(400);
    }
    const bad = await call('handler', 'POST', `/api/projects/${projectId}/statements`, {
      ...statement({ period: '2020-01' }),
      done: 'a\u0000b',
    });
    expect(bad.statusCode).toBe(400);
    expect((await call('community', 'GET', `/api/projects/${projectId}/comments`)).json()).toHaveLength(
      before,
    );
    const none = (
      await call('community', 'GET', `/api/projects/${projectId}/evaluations?period=2020-01`)
    ).json();
    expect(none).toMatchObject({ hasStatement: false, scorers: 0, meanTotal: null });
    expect((await call('community', 'GET', `/api/evaluations?period=2020-13`)).statusCode).toBe(400);
  });
});
