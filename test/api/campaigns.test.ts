import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayIn } from '../../src/server/platform/time-zone';
import { addDays } from '../../src/shared/campaigns';
import { type Call, caller, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// Counted drives through the real app: who may start, read and tally; one tally per place and day (409, or a
// correction with 200); scope (a community sees its own drives and those above it, never a sibling's); hostile
// input answered 4xx; racing tallies with one winner; the workbook.
let t: TestApp;
let call: Call;
let town: string;
let fudong: string;
let today: string;

const driveBody = (placeId: string, extra: Record<string, unknown> = {}) => ({
  name: '党员入户走访',
  placeId,
  unitCode: 'households',
  unitLabel: '户',
  target: 500,
  startsOn: addDays(today, -5),
  endsOn: addDays(today, 5),
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['community', 'community2', 'street', 'grid', 'resident', 'leader']), {
    'accept-language': 'zh-CN',
  });
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  town = (await call('street', 'GET', '/api/auth/me')).json().placeId;
  today = dayIn(t.services.zone, t.clock.now);
});
afterAll(async () => {
  await t?.close();
});

async function newDrive(who: string, placeId: string, extra: Record<string, unknown> = {}) {
  const res = await call(who, 'POST', '/api/campaigns', driveBody(placeId, extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; allowedActions: string[] };
}

describe('starting and reading drives', () => {
  it('lets the offices start drives in their area, nobody else', async () => {
    const drive = await newDrive('street', town);
    expect(drive.allowedActions).toEqual(['edit', 'tally']);
    expect((await call('community', 'POST', '/api/campaigns', driveBody(town))).statusCode).toBe(404);
    expect((await call('grid', 'POST', '/api/campaigns', driveBody(fudong))).statusCode).toBe(403);
    expect((await call('resident', 'GET', '/api/campaigns')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/campaigns')).statusCode).toBe(401);
  });

  it('refuses a drive that makes no sense, in the caller’s language', async () => {
    const backwards = await call(
      'street',
      'POST',
      '/api/campaigns',
      driveBody(town, { endsOn: addDays(today, -9) }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-type']).toContain('application/problem+json');
    expect(backwards.body).toContain('结束日期不能早于开始日期');
    const zero = await call('street', 'POST', '/api/campaigns', driveBody(town, { target: 0 }), {
      'accept-language': 'en-US',
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.body).toContain('The target must be more than 0');
    const notZero = await call(
      'street',
      'POST',
      '/api/campaigns',
      driveBody(town, { kind: 'down_to_zero', target: 5 }),
    );
    expect(notZero.statusCode).toBe(400);
  });

  it('shows a community its own drives and those above it, never a sibling’s', async () => {
    const mine = await newDrive('community', fudong);
    const above = await newDrive('street', town);
    const seen = await listAll<{ id: string; allowedActions: string[] }>(call, 'community', '/api/campaigns');
    expect(seen.map((c) => c.id)).toEqual(expect.arrayContaining([mine.id, above.id]));
    expect(seen.find((c) => c.id === above.id)?.allowedActions).toEqual(['tally']);
    const theirs = await listAll<{ id: string }>(call, 'community2', '/api/campaigns');
    expect(theirs.map((c) => c.id)).not.toContain(mine.id);
    expect(theirs.map((c) => c.id)).not.toContain(above.id);
    expect((await call('community2', 'GET', `/api/campaigns/${mine.id}`)).statusCode).toBe(404);
    expect(
      (await call('community', 'PATCH', `/api/campaigns/${above.id}`, { name: '改名' })).statusCode,
    ).toBe(404);
    expect(
      (await call('street', 'PATCH', `/api/campaigns/${above.id}`, { isPublished: true })).json(),
    ).toMatchObject({
      isPublished: true,
    });
    expect((await call('leader', 'GET', `/api/campaigns/${mine.id}`)).statusCode).toBe(200);
  });
});

describe('tallies', () => {
  it('takes one per place and day: a second is 409, a correction replaces it with 200', async () => {
    const drive = await newDrive('community', fudong);
    const url = `/api/campaigns/${drive.id}/tallies`;
    const first = await call('grid', 'POST', url, { day: today, count: 23, note: '3栋' });
    expect(first.statusCode, first.body).toBe(201);
    const again = await call('community', 'POST', url, {
      day: today,
      count: 30,
      placeId: first.json().placeId,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toContain('郑雅琴');
    const fixed = await call('community', 'POST', url, {
      day: today,
      count: 30,
      placeId: first.json().placeId,
      isCorrection: true,
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ count: 30, corrections: 1 });
    const list = (await call('community', 'GET', url)).json();
    expect(list).toHaveLength(1);
    const detail = (await call('community', 'GET', `/api/campaigns/${drive.id}`)).json();
    expect(detail.figures).toMatchObject({ value: 30, bestDay: { day: today, count: 30 } });
    expect((await call('community2', 'POST', url, { day: today, count: 1 })).statusCode).toBe(404);
    expect((await call('resident', 'POST', url, { day: today, count: 1 })).statusCode).toBe(403);
  });

  it('answers hostile input with 4xx', async () => {
    const drive = await newDrive('community', fudong);
    const url = `/api/campaigns/${drive.id}/tallies`;
    for (const body of [
      { day: today, count: -1 },
      { day: today, count: 1.5 },
      { day: today, count: 1e12 },
      { day: '2026-13-40', count: 1 },
      { day: today, count: 1, note: 'a\u0000b' },
      { day: today, count: 1, note: '\ud800' },
      { day: today, count: 1, placeId: 'not-a-uuid' },
      { day: addDays(today, 1), count: 1 },
      { day: addDays(today, -30), count: 1 },
    ]) {
      const res = await call('community', 'POST', url, body);
      expect([res.statusCode, JSON.stringify(body)]).toEqual([400, JSON.stringify(body)]);
    }
    const other = await call('community', 'POST', `/api/campaigns/${crypto.randomUUID()}/tallies`, {
      day: today,
      count: 1,
    });
    expect(other.statusCode).toBe(404);
    expect((await call('community', 'GET', '/api/campaigns?cursor=%00')).statusCode).toBe(400);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'lets exactly one of racing tallies for a place and day win',
    async () => {
      const drive = await newDrive('community', fudong);
      const url = `/api/campaigns/${drive.id}/tallies`;
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          call(i % 2 ? 'community' : 'street', 'POST', url, { day: today, count: 10 + i, placeId: fudong }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      expect((await call('community', 'GET', url)).json()).toHaveLength(1);
    },
  );

  it('exports the drive as a workbook', async () => {
    const drive = await newDrive('community', fudong);
    await call('grid', 'POST', `/api/campaigns/${drive.id}/tallies`, { day: today, count: 7 });
    const res = await call('community', 'GET', `/api/campaigns/${drive.id}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
