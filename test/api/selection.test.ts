import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../src/shared/exchange';
import { type Call, caller, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// 民生实事项目票决 through the real app: the round's machine (a ballot outside voting is 409), one ballot per voter
// (a second, or the loser of two at once, is 409), the exact count, the decision making projects, published
// results without a voter named, scope, and hostile input that writes nothing.
let t: TestApp;
let call: Call;
let town: string;
let fudong: string;
let handlerUnit: string;
const ids: Record<string, string> = {};

const VOTERS = ['resident', 'grid', 'community', 'volunteer'];
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, [...VOTERS, 'resident2', 'community2', 'street', 'handler', 'leader']), {
    'accept-language': 'zh-CN',
  });
  for (const who of [...VOTERS, 'leader']) {
    ids[who] = (await call(who, 'GET', '/api/auth/me')).json().id;
  }
  town = (await call('street', 'GET', '/api/auth/me')).json().placeId;
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
});
afterAll(async () => {
  await t?.close();
});

type Candidate = {
  id: string;
  name: string;
  status: string;
  votes: number | null;
  rank: number | null;
  isWinner: boolean;
  projectId: string | null;
};
type Detail = { id: string; state: string; candidateList: Candidate[]; voterList: { hasVoted: boolean }[] };
const base = '/api/selection/rounds';
const year = () => new Date(t.clock.now.getTime() + 8 * 3600_000).getUTCFullYear();

async function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Detail;
}

describe('a round from gathering to the published result', () => {
  let round: string;
  const named: Record<string, string> = {};
  let existingProject: string;

  it('gathers candidates; a ballot before voting is 409; hostile input writes nothing', async () => {
    const created = await ok(
      await call('street', 'POST', base, {
        name: `${year()}年湖塘镇民生实事票决`,
        placeId: town,
        year: year(),
        chooseCount: 2,
      }),
      201,
    );
    round = created.id;
    expect(created.state).toBe('collecting');
    await ok(
      await call('street', 'POST', `${base}/${round}/voters`, { accountIds: VOTERS.map((v) => ids[v]) }),
    );
    // The district leader is no account of the town's office: it cannot register them.
    expect(
      (await call('street', 'POST', `${base}/${round}/voters`, { accountIds: [ids.leader] })).statusCode,
    ).toBe(404);
    for (const name of ['老旧小区加装电梯', '社区长者食堂', '背街小巷路面修缮', '口袋公园']) {
      const d = await ok(
        await call('street', 'POST', `${base}/${round}/candidates`, {
          source: 'suggestion',
          name,
          summary: `${name}，群众呼声高`,
          budget: 1_000_000,
          category: 'housing',
        }),
        201,
      );
      named[name] = d.candidateList.find((c) => c.name === name)?.id ?? '';
    }
    const ticket = await submitTicket(call, 'resident', fudong, { title: '府东花园缺少充电桩' });
    const fromTicket = await call('street', 'POST', `${base}/${round}/candidates`, {
      source: 'ticket',
      ticketId: ticket.id,
      name: '府东花园充电桩',
      summary: '居民反映缺少电动车充电桩',
    });
    expect(fromTicket.statusCode, fromTicket.body).toBe(201);
    const before = (await ok(await call('street', 'GET', `${base}/${round}`))).candidateList.length;
    for (const body of [
      { source: 'suggestion', name: '电梯\u0000', summary: '说明' },
      { source: 'suggestion', name: '电梯', summary: '说明\u0000' },
      { source: 'ticket', name: '无工单', summary: '说明' },
      { source: 'suggestion', name: 'x', summary: '说明' },
    ]) {
      expect((await call('street', 'POST', `${base}/${round}/candidates`, body)).statusCode).toBe(400);
    }
    expect((await ok(await call('street', 'GET', `${base}/${round}`))).candidateList).toHaveLength(before);
    const early = await call('resident', 'POST', `/api/selection/ballots/${round}`, {
      candidateIds: [named.社区长者食堂],
    });
    expect(early.statusCode).toBe(409);
    expect(
      (await call('street', 'POST', `${base}/${round}/actions`, { action: 'open_voting' })).statusCode,
    ).toBe(409);
  });

  it('screens with reasons and opens the vote', async () => {
    await ok(await call('street', 'POST', `${base}/${round}/actions`, { action: 'screen' }));
    const screen = (id: string | undefined, body: object) =>
      call('street', 'POST', `${base}/${round}/candidates/${id}/screen`, body);
    expect((await screen(named.口袋公园, { status: 'rejected' })).statusCode).toBe(400);
    await ok(await screen(named.口袋公园, { status: 'rejected', reason: '已列入区级计划' }));
    for (const n of ['老旧小区加装电梯', '社区长者食堂', '背街小巷路面修缮']) {
      await ok(await screen(named[n], { status: 'shortlisted' }));
    }
    const open = await ok(
      await call('street', 'POST', `${base}/${round}/actions`, { action: 'open_voting' }),
    );
    expect(open.state).toBe('voting');
    // Nobody but the office adds candidates now.
    expect(
      (
        await call('street', 'POST', `${base}/${round}/candidates`, {
          source: 'suggestion',
          name: '晚到',
          summary: '晚',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('takes one ballot per voter, counts exactly, and refuses strangers', async () => {
    const pick = (n: string) => named[n] ?? '';
    const [A, B, C] = [pick('老旧小区加装电梯'), pick('社区长者食堂'), pick('背街小巷路面修缮')];
    const vote = (who: string, candidateIds: (string | undefined)[]) =>
      call(who, 'POST', `/api/selection/ballots/${round}`, { candidateIds });
    expect((await vote('resident', [A, B, C])).statusCode).toBe(400);
    expect((await vote('resident', [named.口袋公园])).statusCode).toBe(400);
    expect((await vote('resident', [A, B])).statusCode).toBe(201);
    expect((await vote('resident', [C])).statusCode).toBe(409);
    expect((await vote('community', [A])).statusCode).toBe(201);
    expect((await vote('grid', [B, C])).statusCode).toBe(201);
    const twice = await Promise.all([vote('volunteer', [A]), vote('volunteer', [C])]);
    expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await vote('resident2', [A])).statusCode).toBe(404);
    expect((await vote('street', [A])).statusCode).toBe(403);
    const counted = await ok(await call('street', 'GET', `${base}/${round}`));
    const votes = (id: string) => counted.candidateList.find((c) => c.id === id)?.votes;
    const volunteerChoseA = twice.findIndex((r) => r.statusCode === 201) === 0;
    expect([votes(A), votes(B), votes(C)]).toEqual([volunteerChoseA ? 3 : 2, 2, volunteerChoseA ? 1 : 2]);
    expect(counted.voterList.every((v) => v.hasVoted)).toBe(true);
    const mine = await call('resident', 'GET', `/api/selection/ballots/${round}`);
    expect(mine.json().myChoices.sort()).toEqual([A, B].sort());
    expect((await call(null, 'GET', `/api/public/selection/rounds/${round}`)).statusCode).toBe(404);
  });

  it('decides: the top N become projects, new or existing; ballots after it are 409', async () => {
    const project = await call('street', 'POST', '/api/projects', {
      name: '社区长者食堂（已立项）',
      placeId: town,
      leadUnitId: handlerUnit,
      startDate: `${year()}-01-01`,
      endDate: `${year()}-12-31`,
    });
    expect(project.statusCode, project.body).toBe(201);
    existingProject = project.json().id;
    const detail = await ok(await call('street', 'GET', `${base}/${round}`));
    const winners = detail.candidateList.filter((c) => c.isWinner);
    expect(winners.map((w) => w.name)).toContain('老旧小区加装电梯');
    const missing = await call('street', 'POST', `${base}/${round}/actions`, {
      action: 'decide',
      winners: [],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain(winners[0]?.name);
    const decided = await ok(
      await call('street', 'POST', `${base}/${round}/actions`, {
        action: 'decide',
        winners: winners.map((w, i) =>
          i === 0
            ? { candidateId: w.id, leadUnitId: handlerUnit }
            : { candidateId: w.id, projectId: existingProject },
        ),
      }),
    );
    expect(decided.state).toBe('decided');
    const made = decided.candidateList.find((c) => c.id === winners[0]?.id);
    const linked = decided.candidateList.find((c) => c.id === winners[1]?.id);
    expect(linked?.projectId).toBe(existingProject);
    const newProject = await call('street', 'GET', `/api/projects/${made?.projectId}`);
    expect(newProject.statusCode).toBe(200);
    expect(newProject.json()).toMatchObject({
      name: made?.name,
      leadUnitId: handlerUnit,
      startDate: `${year()}-01-01`,
    });
    expect(
      (await call('grid', 'POST', `/api/selection/ballots/${round}`, { candidateIds: [made?.id] }))
        .statusCode,
    ).toBe(409);
  });

  it('publishes counts and satisfaction without naming a voter', async () => {
    const detail = await ok(await call('street', 'GET', `${base}/${round}`));
    const project = detail.candidateList.find((c) => c.isWinner)?.projectId;
    const rate = (who: string, rating: string) =>
      call(who, 'POST', `/api/selection/ballots/${round}/ratings`, { projectId: project, rating });
    expect((await rate('resident', 'satisfied')).statusCode).toBe(201);
    expect((await rate('resident', 'dissatisfied')).statusCode).toBe(409);
    expect((await rate('grid', 'fairly_satisfied')).statusCode).toBe(201);
    expect((await rate('street', 'satisfied')).statusCode).toBe(403);
    const published = await call(null, 'GET', `/api/public/selection/rounds/${round}`);
    expect(published.statusCode).toBe(200);
    const body = published.json();
    expect(body).toMatchObject({ voters: 4, ballots: 4, chooseCount: 2 });
    expect(body.results).toHaveLength(3);
    expect(body.satisfaction.find((s: { projectId: string }) => s.projectId === project)).toMatchObject({
      satisfied: 1,
      fairlySatisfied: 1,
      dissatisfied: 0,
      rate: 100,
    });
    for (const v of VOTERS) {
      expect(published.body).not.toContain(ids[v]);
    }
    expect(published.body).not.toContain('已列入区级计划');
    const listed = await call(null, 'GET', '/api/public/selection/rounds');
    expect(listed.json().items.map((r: { id: string }) => r.id)).toContain(round);
  });

  it('exports the round: candidates by rank with their votes, and the satisfaction, in either language', async () => {
    const detail = await ok(await call('street', 'GET', `${base}/${round}`));
    const answer = await call('street', 'GET', `${base}/${round}/export`);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-type']).toContain(XLSX_TYPE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(answer.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['候选项目', '满意度测评']);
    const rows = book.worksheets[0]?.getSheetValues().slice(5) as unknown[][];
    const first = detail.candidateList.find((c) => c.rank === 1);
    expect(rows[0]?.slice(1, 3)).toEqual([1, first?.name]);
    expect(rows).toHaveLength(detail.candidateList.length);
    const rated = book.worksheets[1]?.getSheetValues().slice(5) as unknown[][];
    expect(rated[0]?.slice(2, 6)).toEqual([1, 1, 0, 100]);
    const english = await call('street', 'GET', `${base}/${round}/export`, undefined, {
      'accept-language': 'en-US',
    });
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    expect(en.worksheets.map((s) => s.name)).toEqual(['Candidates', 'Satisfaction']);
    expect((await call('community2', 'GET', `${base}/${round}/export`)).statusCode).toBe(404);
  });

  it('keeps rounds to their area', async () => {
    expect((await call('leader', 'GET', `${base}/${round}`)).statusCode).toBe(200);
    expect((await call('community', 'GET', `${base}/${round}`)).statusCode).toBe(404);
    expect((await call('community2', 'GET', `${base}/${round}`)).statusCode).toBe(404);
    expect((await call('resident', 'GET', base)).statusCode).toBe(403);
    expect(
      (await call('leader', 'POST', base, { name: '领导轮次', placeId: town, year: year(), chooseCount: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await call(null, 'GET', base)).statusCode).toBe(401);
    expect(
      (await call('community', 'GET', base)).json().items.map((r: { id: string }) => r.id),
    ).not.toContain(round);
  });
});

describe('a winner from a ticket', () => {
  it('becomes a project linked to the ticket', async () => {
    const round = await ok(
      await call('street', 'POST', base, {
        name: '府东社区微实事票决',
        placeId: town,
        year: year(),
        chooseCount: 1,
      }),
      201,
    );
    const ticket = await submitTicket(call, 'resident', fudong, { title: '府东花园缺少休息座椅' });
    const added = await ok(
      await call('street', 'POST', `${base}/${round.id}/candidates`, {
        source: 'ticket',
        ticketId: ticket.id,
        name: '府东花园休息座椅',
        summary: '居民反映小区缺少座椅',
      }),
      201,
    );
    const candidate = added.candidateList[0]?.id;
    await ok(await call('street', 'POST', `${base}/${round.id}/voters`, { accountIds: [ids.resident] }));
    await ok(await call('street', 'POST', `${base}/${round.id}/actions`, { action: 'screen' }));
    await ok(
      await call('street', 'POST', `${base}/${round.id}/candidates/${candidate}/screen`, {
        status: 'shortlisted',
      }),
    );
    await ok(await call('street', 'POST', `${base}/${round.id}/actions`, { action: 'open_voting' }));
    const cast = await call('resident', 'POST', `/api/selection/ballots/${round.id}`, {
      candidateIds: [candidate],
    });
    expect(cast.statusCode).toBe(201);
    const decided = await ok(
      await call('street', 'POST', `${base}/${round.id}/actions`, {
        action: 'decide',
        winners: [{ candidateId: candidate, leadUnitId: handlerUnit }],
      }),
    );
    const projectId = decided.candidateList[0]?.projectId;
    const made = (await call('street', 'GET', `/api/projects/${projectId}`)).json();
    expect(made.tickets.map((x: { id: string }) => x.id)).toEqual([ticket.id]);
  });
});
