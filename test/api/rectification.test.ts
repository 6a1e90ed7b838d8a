import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// 整改清单 through the real app: who may read and keep lists, scope, the 409 for closing too early, hostile input.
let t: TestApp;
let call: Call;
let fudong: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['community', 'community2', 'street', 'grid', 'leader', 'resident']), {
    'accept-language': 'zh-CN',
  });
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t?.close();
});

type Detail = {
  id: string;
  problems: { id: string; state: string; measures: { id: string; state: string }[] }[];
  figures: Record<string, number>;
};
const base = '/api/rectification-lists';

describe('lists', () => {
  it('shows the town’s demo list to the town and the district, not to a community below it', async () => {
    const street = await listAll<Detail>(call, 'street', base);
    const demo = street.find((l) => l.figures.problems === 13);
    expect(demo?.figures).toMatchObject({ measures: 26, fixedAtOnce: 12 });
    expect((await call('leader', 'GET', `${base}/${demo?.id}`)).statusCode).toBe(200);
    expect((await call('community', 'GET', `${base}/${demo?.id}`)).statusCode).toBe(404);
    expect((await call('grid', 'GET', base)).statusCode).toBe(403);
    expect((await call('resident', 'GET', base)).statusCode).toBe(403);
    expect((await call(null, 'GET', base)).statusCode).toBe(401);
    const exported = await call('street', 'GET', `${base}/${demo?.id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });

  it('closes a problem only when its measures are done and checked, with a clear 409 before', async () => {
    const list = await call('community', 'POST', base, {
      name: '府东社区检视问题整改清单',
      placeId: fudong,
      period: '2026年',
    });
    expect(list.statusCode, list.body).toBe(201);
    const id = list.json().id as string;
    const withProblem = await call('community', 'POST', `${base}/${id}/problems`, {
      source: 'residents',
      description: '东门道路破损',
      ownerUnit: '城建办',
    });
    expect(withProblem.statusCode).toBe(201);
    const problemId = (withProblem.json() as Detail).problems[0]?.id;
    const noDeadline = await call('community', 'POST', `${base}/${id}/problems/${problemId}/measures`, {
      description: '修补路面',
      owner: '城建办',
      horizon: 'deadline',
    });
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.body).toContain('限期整改须填写完成时限');
    const measured = await call('community', 'POST', `${base}/${id}/problems/${problemId}/measures`, {
      description: '修补路面',
      owner: '城建办',
      horizon: 'immediate',
    });
    expect(measured.statusCode).toBe(201);
    const measureId = (measured.json() as Detail).problems[0]?.measures[0]?.id;
    const close = () =>
      call('community', 'POST', `${base}/${id}/problems/${problemId}/actions`, { action: 'close' });
    const early = await close();
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toContain('全部完成并验收后才能销号');
    const act = (body: object) =>
      call('community', 'POST', `${base}/${id}/measures/${measureId}/actions`, body);
    expect((await act({ action: 'check' })).statusCode).toBe(409);
    expect((await act({ action: 'complete' })).statusCode).toBe(400);
    expect((await act({ action: 'complete', evidence: '已修补，附照片' })).statusCode).toBe(200);
    expect((await close()).statusCode).toBe(409);
    expect((await act({ action: 'check' })).statusCode).toBe(200);
    const closed = await close();
    expect(closed.statusCode).toBe(200);
    expect((closed.json() as Detail).figures).toMatchObject({
      problems: 1,
      measures: 1,
      fixedAtOnce: 1,
      closed: 1,
    });
    expect(
      (
        await call('community2', 'POST', `${base}/${id}/problems`, {
          source: 'residents',
          description: '越权',
          ownerUnit: '无',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call('leader', 'POST', `${base}/${id}/problems`, {
          source: 'residents',
          description: '领导',
          ownerUnit: '无',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('answers hostile input with 4xx', async () => {
    for (const body of [
      { name: 'x', placeId: fudong, period: '2026' },
      { name: '清单\u0000', placeId: fudong, period: '2026' },
      { name: '清单名', placeId: 'nope', period: '2026' },
      { name: '清单名', placeId: fudong, period: '' },
    ]) {
      expect((await call('community', 'POST', base, body)).statusCode).toBe(400);
    }
    expect((await call('community', 'GET', `${base}/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect(
      (
        await call(
          'community',
          'POST',
          `${base}/${crypto.randomUUID()}/problems/${crypto.randomUUID()}/actions`,
          { action: 'fly' },
        )
      ).statusCode,
    ).toBe(400);
  });
});
