import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, type Callers, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

// Activities through HTTP: the contract outside tools rely on (issue 12), status codes, scope and the QR code.

let t: TestApp;
let call: Call;
let cookies: Callers;
const NAMES = [
  'community',
  'community2',
  'street',
  'resident',
  'resident2',
  'volunteer',
  'handler',
  'auditor',
];
let fudong: string;
let huimin: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  cookies = await loginAll(t, NAMES);
  call = caller(t, cookies);
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  huimin = (await call('community2', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t?.close();
});

const at = (hours: number) => {
  // The installation's offset, as the contract asks: ISO 8601 with an offset.
  const d = new Date(t.clock.now.getTime() + hours * HOUR + 8 * HOUR);
  return `${d.toISOString().slice(0, 19)}+08:00`;
};
const body = (fields: Record<string, unknown> = {}) => ({
  title: '免费理发 便民服务日',
  placeId: fudong,
  startsAt: at(24),
  endsAt: at(26),
  capacity: 2,
  ...fields,
});

async function create(fields: Record<string, unknown> = {}, who = 'community') {
  const res = await call(who, 'POST', '/api/activities', body(fields));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; occurrences: number; seriesId: string | null };
}

describe('the contract', () => {
  it('creates with title, placeId, startsAt, endsAt, capacity (kind optional) → 201 with id; reads the counts', async () => {
    const { id } = await create();
    const read = await call('resident', 'GET', `/api/activities/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      id,
      kind: 'volunteer_service',
      capacity: 2,
      confirmedCount: 0,
      waitlistCount: 0,
      state: 'planned',
      startsAt: body().startsAt,
    });
  });

  it('signs up the caller with no body, someone else with name and phone → 201 with status', async () => {
    const { id } = await create();
    const self = await call('resident', 'POST', `/api/activities/${id}/signups`);
    expect(self.statusCode, self.body).toBe(201);
    expect(self.json().status).toBe('confirmed');
    const other = await call('community', 'POST', `/api/activities/${id}/signups`, {
      name: '王大爷',
      phone: '13700001234',
    });
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json()).toMatchObject({ status: 'confirmed', phone: '137****1234', name: '王大爷' });
    const third = await call('volunteer', 'POST', `/api/activities/${id}/signups`);
    expect(third.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await call('resident', 'GET', `/api/activities/${id}`)).json()).toMatchObject({
      confirmedCount: 2,
      waitlistCount: 1,
      mySignup: { status: 'confirmed' },
    });
    // The phone is encrypted at rest.
    const stored = await rowsOf<{ phone_enc: string }>(
      t.database.db,
      sql`SELECT phone_enc FROM activity_signup WHERE id = ${other.json().id}`,
    );
    expect(stored[0]?.phone_enc).not.toContain('13700001234');
  });
});

describe('sign-ups', () => {
  it('refuses a second sign-up of one person with 409, and someone else’s by a resident with 403', async () => {
    const { id } = await create();
    expect((await call('resident', 'POST', `/api/activities/${id}/signups`)).statusCode).toBe(201);
    const again = await call('resident', 'POST', `/api/activities/${id}/signups`);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    const forOther = await call('resident', 'POST', `/api/activities/${id}/signups`, {
      name: '张三',
      phone: '13700001111',
    });
    expect(forOther.statusCode).toBe(403);
    expect((await call(null, 'POST', `/api/activities/${id}/signups`)).statusCode).toBe(401);
    expect((await call('auditor', 'POST', `/api/activities/${id}/signups`)).statusCode).toBe(403);
    expect(
      (await call('community', 'POST', `/api/activities/${id}/signups`, { name: '张三', phone: '12' }))
        .statusCode,
    ).toBe(400);
  });

  it('moves the first on the waiting list up when someone cancels; cancelling someone else’s is not found', async () => {
    const { id } = await create({ capacity: 1 });
    const first = (await call('resident', 'POST', `/api/activities/${id}/signups`)).json();
    const second = (await call('resident2', 'POST', `/api/activities/${id}/signups`)).json();
    const third = (await call('volunteer', 'POST', `/api/activities/${id}/signups`)).json();
    expect([first.status, second.status, third.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect((await call('resident2', 'DELETE', `/api/activities/${id}/signups/${first.id}`)).statusCode).toBe(
      404,
    );
    const after = await call('resident', 'DELETE', `/api/activities/${id}/signups/${first.id}`);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toMatchObject({ confirmedCount: 1, waitlistCount: 1 });
    expect((await call('resident2', 'GET', `/api/activities/${id}`)).json().mySignup).toMatchObject({
      status: 'confirmed',
    });
    expect((await call('volunteer', 'GET', `/api/activities/${id}`)).json().mySignup).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    const mine = (await call('resident2', 'GET', '/api/activity-signups')).json().items;
    expect(mine.find((s: { activityId: string }) => s.activityId === id)).toMatchObject({
      status: 'confirmed',
    });
  });
});

describe('scope', () => {
  it('lets staff of another community neither create here, nor edit, nor read the attendance', async () => {
    expect((await call('community2', 'POST', '/api/activities', body())).statusCode).toBe(404);
    const { id } = await create();
    const edit = await call('community2', 'PUT', `/api/activities/${id}`, {
      title: '改个名字',
      startsAt: at(24),
      endsAt: at(26),
      capacity: 5,
    });
    expect(edit.statusCode).toBe(404);
    expect((await call('community2', 'GET', `/api/activities/${id}/attendance`)).statusCode).toBe(404);
    expect(
      (await call('community2', 'POST', `/api/activities/${id}/actions`, { action: 'cancel', reason: 'x' }))
        .statusCode,
    ).toBe(404);
    // The street above it may.
    expect((await call('street', 'GET', `/api/activities/${id}/attendance`)).statusCode).toBe(200);
    expect((await call('resident', 'POST', '/api/activities', body())).statusCode).toBe(403);
    expect((await call('volunteer', 'GET', `/api/activities/${id}/attendance`)).statusCode).toBe(403);
  });

  it('lists by place subtree and time range for calendars; a resident sees those near home by default', async () => {
    const { id } = await create({ startsAt: at(24 * 40), endsAt: at(24 * 40 + 1), title: '远期活动' });
    const other = await create(
      { placeId: huimin, startsAt: at(24 * 40), endsAt: at(24 * 40 + 1) },
      'community2',
    );
    const range = `from=${encodeURIComponent(at(24 * 39))}&to=${encodeURIComponent(at(24 * 41))}`;
    const inFudong = (await call('community', 'GET', `/api/activities?placeId=${fudong}&${range}`)).json();
    expect(inFudong.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const near = (await call('resident', 'GET', `/api/activities?${range}`)).json();
    expect(near.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const near2 = (await call('resident2', 'GET', `/api/activities?${range}`)).json();
    expect(near2.items.map((a: { id: string }) => a.id)).toEqual([other.id]);
  });
});

describe('the workflow', () => {
  it('completes with a summary and people served; cancels only with a reason; a done one takes no sign-ups', async () => {
    const { id } = await create();
    expect(
      (await call('community', 'POST', `/api/activities/${id}/actions`, { action: 'cancel' })).statusCode,
    ).toBe(400);
    const done = await call('community', 'POST', `/api/activities/${id}/actions`, {
      action: 'complete',
      summary: '理发 23 人',
      peopleServed: 23,
    });
    expect(done.json()).toMatchObject({ state: 'done', peopleServed: 23 });
    expect(
      (await call('community', 'POST', `/api/activities/${id}/actions`, { action: 'cancel', reason: 'x' }))
        .statusCode,
    ).toBe(409);
    expect((await call('resident', 'POST', `/api/activities/${id}/signups`)).statusCode).toBe(409);
  });
});

describe('recurrence', () => {
  it('expands a weekly series into occurrences, skipping exceptions and holidays of the work calendar', async () => {
    const start = new Date(t.clock.now.getTime() + 24 * HOUR);
    const day = (n: number) =>
      new Date(start.getTime() + 8 * HOUR + n * 7 * 24 * HOUR).toISOString().slice(0, 10);
    await t.database.db.execute(
      sql`INSERT INTO work_calendar (day, is_workday, name) VALUES (${day(2)}, false, '测试假日') ON CONFLICT (day) DO UPDATE SET is_workday = false`,
    );
    const made = await create({
      kind: 'elder_school',
      recurrence: { frequency: 'weekly', count: 4, skipDates: [day(1)] },
    });
    expect(made.occurrences).toBe(4);
    const list = (await call('community', 'GET', `/api/activities?seriesId=${made.seriesId}`)).json();
    expect(list.items.map((a: { startsAt: string }) => a.startsAt.slice(0, 10))).toEqual([
      day(0),
      day(3),
      day(4),
      day(5),
    ]);
  });
});

describe('QR check-in', () => {
  it('gives the organiser a code URL and a PNG; a scan checks in, the next checks out; the attendance shows it', async () => {
    const { id } = await create({ startsAt: at(0.5), endsAt: at(2.5) });
    const code = await call('community', 'GET', `/api/activities/${id}/checkin-code`);
    expect(code.statusCode).toBe(200);
    expect(code.json().url).toMatch(/\/m\/scan\/[A-Za-z0-9_-]{32}$/);
    const png = await call('community', 'GET', `/api/activities/${id}/checkin-code.png`);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await call('resident', 'GET', `/api/activities/${id}/checkin-code`)).statusCode).toBe(403);
    const token = code.json().token;
    expect(
      (await call('volunteer', 'POST', '/api/activities/checkin', { token: 'x'.repeat(32) })).statusCode,
    ).toBe(404);
    t.clock.advance(HOUR);
    await loginAll(t, NAMES, cookies);
    const inn = await call('volunteer', 'POST', '/api/activities/checkin', { token });
    expect(inn.statusCode, inn.body).toBe(200);
    expect(inn.json()).toMatchObject({ result: 'checked_in', activityId: id });
    t.clock.advance(HOUR);
    await loginAll(t, NAMES, cookies);
    expect((await call('volunteer', 'POST', '/api/activities/checkin', { token })).json()).toMatchObject({
      result: 'checked_out',
      minutes: 60,
    });
    const list = (await call('community', 'GET', `/api/activities/${id}/attendance`)).json();
    expect(list).toMatchObject({ attendedCount: 1, autoClosedCount: 0 });
    expect(list.items[0]).toMatchObject({ status: 'walk_in', minutes: 60, autoClosed: false });
    expect(list.summaryText).toContain('签到 1 人');
    const english = await call('community', 'GET', `/api/activities/${id}/attendance`, undefined, {
      'accept-language': 'en-US',
    });
    expect(english.json().summaryText).toContain('1 checked in');
  });

  it('credits the volunteers who attended with pending hours when the activity is held, not the people served', async () => {
    const { id } = await create({ startsAt: at(0.5), endsAt: at(2.5), title: '智能手机课堂 志愿者助教' });
    const { token } = (await call('community', 'GET', `/api/activities/${id}/checkin-code`)).json();
    t.clock.advance(HOUR);
    await loginAll(t, NAMES, cookies);
    for (const who of ['volunteer', 'resident']) {
      expect((await call(who, 'POST', '/api/activities/checkin', { token })).statusCode).toBe(200);
    }
    t.clock.advance(HOUR / 2);
    await loginAll(t, NAMES, cookies);
    for (const who of ['volunteer', 'resident']) {
      expect((await call(who, 'POST', '/api/activities/checkin', { token })).json().minutes).toBe(30);
    }
    const me = async (who: string) => (await call(who, 'GET', '/api/auth/me')).json().id as string;
    const entriesOf = async (who: string) =>
      (await call('community', 'GET', `/api/service-hours?accountId=${await me(who)}`)).json().items as {
        activityId: string | null;
        minutes: number;
        status: string;
      }[];
    expect((await entriesOf('volunteer')).filter((e) => e.activityId === id)).toEqual([]);
    const held = await call('community', 'POST', `/api/activities/${id}/actions`, { action: 'complete' });
    expect(held.statusCode, held.body).toBe(200);
    expect((await entriesOf('volunteer')).filter((e) => e.activityId === id)).toMatchObject([
      { minutes: 30, status: 'pending' },
    ]);
    expect((await entriesOf('resident')).filter((e) => e.activityId === id)).toEqual([]);
  });
});

describe('photos of an activity', () => {
  const form = (bytes: Buffer) => {
    const f = new FormData();
    f.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'a.jpg');
    return f;
  };

  it('are added by its office, seen by everyone signed in without metadata, and taken off again', async () => {
    const { id } = await create();
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c8102e' } })
      .withExif({ IFD0: { Make: 'TestPhone' } })
      .jpeg()
      .toBuffer();
    const up = await call('community', 'POST', `/api/activities/${id}/photos`, form(jpeg));
    expect(up.statusCode, up.body).toBe(201);
    const [photo] = up.json();
    // A resident sees the copy; its metadata is gone.
    const seen = await call('resident', 'GET', photo.url);
    expect(seen.statusCode).toBe(200);
    expect((await sharp(seen.rawPayload).metadata()).exif).toBeUndefined();
    expect((await call('resident', 'GET', `/api/activities/${id}/photos`)).json()).toHaveLength(1);
    // Not an image, not the office, another community's office.
    const text = await call('community', 'POST', `/api/activities/${id}/photos`, form(Buffer.from('hello')));
    expect(text.statusCode).toBe(400);
    expect((await call('resident', 'POST', `/api/activities/${id}/photos`, form(jpeg))).statusCode).toBe(403);
    expect((await call('community2', 'POST', `/api/activities/${id}/photos`, form(jpeg))).statusCode).toBe(
      404,
    );
    expect((await call('community2', 'DELETE', photo.url)).statusCode).toBe(404);
    expect((await call('community', 'DELETE', photo.url)).statusCode).toBe(204);
    expect((await call('resident', 'GET', `/api/activities/${id}/photos`)).json()).toEqual([]);
  });

  it('are at most twelve', async () => {
    const { id } = await create();
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    const nine = new FormData();
    for (let i = 0; i < 9; i++) {
      nine.append('files', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `${i}.jpg`);
    }
    expect((await call('community', 'POST', `/api/activities/${id}/photos`, nine)).statusCode).toBe(201);
    const four = new FormData();
    for (let i = 0; i < 4; i++) {
      four.append('files', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `${i}.jpg`);
    }
    const over = await call('community', 'POST', `/api/activities/${id}/photos`, four);
    expect(over.statusCode).toBe(400);
    expect((await call('community', 'GET', `/api/activities/${id}/photos`)).json()).toHaveLength(9);
  });
});
