import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// The margins that colour a project behind or seriously behind are settings of a street or a district: the
// nearest one up the tree holds, the defaults (10 / 30 points) otherwise, for the offices and the public alike.
let t: TestApp;
let call: Call;
let fudong: string;
let town: string;
let district: string;
let projectId: string;

const today = () => new Date(t.clock.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const dayFrom = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['community', 'community2', 'street', 'leader', 'handler']), {
    'accept-language': 'zh-CN',
  });
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  town = (await call('street', 'GET', '/api/auth/me')).json().placeId;
  district = (await call('leader', 'GET', '/api/auth/me')).json().placeId;
  const handlerUnit = (await call('handler', 'GET', '/api/auth/me')).json().unitIds[0];
  // 100 days from 20 days ago, nothing reported: planned 20, actual 0 — a gap of 20 points.
  const start = dayFrom(today(), -20);
  const created = await call('community', 'POST', '/api/projects', {
    name: '府东社区长者食堂扩容',
    placeId: fudong,
    leadUnitId: handlerUnit,
    startDate: start,
    endDate: dayFrom(start, 100),
    milestones: [{ name: '投入使用', plannedDate: dayFrom(start, 100), weight: 1 }],
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

async function statuses(): Promise<[string, string]> {
  const office = (await call('community', 'GET', `/api/projects/${projectId}?asOf=${today()}`)).json();
  const pub = await t.app.inject({ method: 'GET', url: `/api/public/projects/${projectId}` });
  return [office.status, pub.json().status];
}

const setMargins = (who: string, placeId: string, margins: unknown) =>
  call(who, 'PUT', '/api/projects/margins', { placeId, margins });

describe('project margins', () => {
  it('start from the defaults, which the community may read but not change', async () => {
    const read = await call('community', 'GET', `/api/projects/margins?placeId=${fudong}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      behind: 10,
      seriouslyBehind: 30,
      from: null,
      isOwn: false,
      mayEdit: false,
    });
    expect(await statuses()).toEqual(['behind', 'behind']);
    expect((await setMargins('community', fudong, { behind: 25, seriouslyBehind: 40 })).statusCode).toBe(403);
  });

  it('are set by a street office for its street and colour its projects at once, on the public page too', async () => {
    const set = await setMargins('street', town, { behind: 25, seriouslyBehind: 40 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      placeId: town,
      behind: 25,
      seriouslyBehind: 40,
      isOwn: true,
      mayEdit: true,
    });
    expect(await statuses()).toEqual(['on_track', 'on_track']);
    const below = (await call('community', 'GET', `/api/projects/margins?placeId=${fudong}`)).json();
    expect(below).toMatchObject({ behind: 25, from: { placeId: town }, isOwn: false });

    expect((await setMargins('street', town, { behind: 5, seriouslyBehind: 15 })).statusCode).toBe(200);
    expect(await statuses()).toEqual(['seriously_behind', 'seriously_behind']);
  });

  it('hold nearest first: the street over the district, the district once the street clears its own', async () => {
    const byLeader = await setMargins('leader', district, { behind: 30, seriouslyBehind: 60 });
    expect(byLeader.statusCode, byLeader.body).toBe(200);
    expect(await statuses()).toEqual(['seriously_behind', 'seriously_behind']);
    const cleared = await setMargins('street', town, null);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ behind: 30, from: { placeId: district }, isOwn: false });
    expect(await statuses()).toEqual(['on_track', 'on_track']);
  });

  it('refuse crossed margins, a community, another street and anything but whole numbers, changing nothing', async () => {
    const crossed = await setMargins('leader', district, { behind: 25, seriouslyBehind: 15 });
    expect(crossed.statusCode).toBe(400);
    expect(JSON.stringify(crossed.json())).toContain('严重滞后的差距须大于滞后的差距');
    const community = await setMargins('street', fudong, { behind: 5, seriouslyBehind: 15 });
    expect(community.statusCode).toBe(400);
    expect(JSON.stringify(community.json())).toContain('区（县）或街道');
    expect((await setMargins('street', district, { behind: 5, seriouslyBehind: 15 })).statusCode).toBe(404);
    expect((await setMargins('leader', district, { behind: '5', seriouslyBehind: 15 })).statusCode).toBe(400);
    expect((await setMargins('leader', district, { behind: 0.5, seriouslyBehind: 15 })).statusCode).toBe(400);
    expect((await call('community2', 'GET', `/api/projects/margins?placeId=${fudong}`)).statusCode).toBe(404);
    const still = (await call('leader', 'GET', `/api/projects/margins?placeId=${district}`)).json();
    expect(still).toMatchObject({ behind: 30, seriouslyBehind: 60, isOwn: true });
  });
});
