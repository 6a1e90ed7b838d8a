import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt, nextDay, w3cIn } from '../../src/server/platform/time-zone';
import { type Call, caller, listAll, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

// Stations made whole: the 所 → 站 → 点 hierarchy, function rooms with weekday hours, booking rules (hours,
// overlap, past, length), cancelling, scope, the contact's audited reveal, photos and the residents' view.
let t: TestApp;
let call: Call;
let fudong: string;
let compound: string;
let town: string;

type Station = { id: string; name: string; kind: string; parentId: string | null; placeId: string };
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));

beforeAll(async () => {
  t = await createTestApp();
  call = caller(
    t,
    await loginAll(t, ['community', 'community2', 'street', 'resident', 'volunteer', 'admin']),
    {
      'accept-language': 'zh-CN',
    },
  );
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
  town = (await call('street', 'GET', '/api/auth/me')).json().placeId;
  const places = (await call('community', 'GET', `/api/places?parentId=${fudong}`)).json();
  compound = (places.items ?? places)[0].id;
});
afterAll(async () => {
  await t?.close();
});

/** A local day some days ahead, at a wall-clock hour, as the API takes it. */
const at = (day: string, hour: number) =>
  w3cIn(t.services.zone, new Date(instantAt(t.services.zone, day, hour)));
function dayAhead(n: number): string {
  let day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  for (let i = 1; i < n; i++) {
    day = nextDay(day);
  }
  return day;
}

async function newStationWithRoom(name: string, extra: Record<string, unknown> = {}) {
  const s = await call('community', 'POST', '/api/stations', {
    placeId: fudong,
    kind: 'civilization_station',
    name,
    contactName: '沈晓梅',
    phone: '13861239999',
    ...extra,
  });
  expect(s.statusCode, s.body).toBe(201);
  const room = await call('community', 'POST', `/api/stations/${s.json().id}/rooms`, {
    name: '活动室',
    kind: 'activity',
    capacity: 30,
    hours: ALL_WEEK,
    closedOnHolidays: false,
  });
  expect(room.statusCode, room.body).toBe(201);
  return { station: s.json() as Station & { phone: string }, room: room.json() as { id: string } };
}

const booking = (startsAt: string, endsAt: string) => ({
  startsAt,
  endsAt,
  purpose: '居民议事会',
  contactName: '沈晓梅',
  phone: '13861230003',
});

describe('the hierarchy 所 → 站 → 点', () => {
  it('seeds the town 所 with community 站 under it and a compound 点 under 府东', async () => {
    const all = await listAll<Station & { childCount: number; parentName: string | null }>(
      call,
      'street',
      '/api/stations',
    );
    const institute = all.find((s) => s.name === '湖塘镇新时代文明实践所');
    const fudongStation = all.find((s) => s.name === '府东社区新时代文明实践站');
    expect(fudongStation?.parentId).toBe(institute?.id);
    expect(fudongStation?.parentName).toBe('湖塘镇新时代文明实践所');
    expect(institute?.childCount).toBeGreaterThan(1);
    const point = all.find((s) => s.name === '府东花园新时代文明实践点');
    expect(point?.parentId).toBe(fudongStation?.id);
    const everywhere = await listAll<Station & { rooms: { name: string }[] }>(call, 'admin', '/api/stations');
    const xijing = everywhere.find((s) => s.name === '席井村党群服务站');
    expect(xijing?.rooms.map((r) => r.name)).toEqual([
      '阅览室',
      '活动室',
      '心理咨询室',
      '康养服务室',
      '便民服务空间',
      '村史馆',
    ]);
  });

  it('takes a parent of a higher tier on the same or an ancestor place; refuses the rest', async () => {
    const all = await listAll<Station>(call, 'community', '/api/stations');
    const institute = all.find((s) => s.name === '湖塘镇新时代文明实践所');
    const fudongStation = all.find((s) => s.name === '府东社区新时代文明实践站');
    const ok = await call('community', 'POST', '/api/stations', {
      placeId: compound,
      kind: 'civilization_point',
      name: '测试实践点',
      parentId: fudongStation?.id,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    // Same tier: a 站 under a 站.
    const sameTier = await call('community', 'POST', '/api/stations', {
      placeId: fudong,
      kind: 'party_service_station',
      name: '同级',
      parentId: fudongStation?.id,
    });
    expect(sameTier.statusCode).toBe(400);
    expect(sameTier.json().errors[0]).toMatchObject({ path: 'parentId' });
    // A parent below the child's place: the 点 of a compound cannot hold the community's 站.
    const below = await call('community', 'POST', '/api/stations', {
      placeId: fudong,
      kind: 'service_desk',
      name: '错位',
      parentId: ok.json().id,
    });
    expect(below.statusCode).toBe(400);
    // A 所 turned into a 点 would no longer fit the 站 under it.
    const misfit = await call('street', 'PUT', `/api/stations/${institute?.id}`, {
      placeId: town,
      kind: 'tea_house',
      name: '湖塘镇新时代文明实践所',
    });
    expect(misfit.statusCode).toBe(409);
  });
});

describe('booking a room', () => {
  it('keeps the rules: touching is fine, overlap 409, outside hours 400, past 400, too long 400', async () => {
    const { station, room } = await newStationWithRoom('预约规则站');
    const url = `/api/stations/${station.id}/rooms/${room.id}/bookings`;
    const day = dayAhead(3);
    const first = await call('community', 'POST', url, booking(at(day, 9), at(day, 10)));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().phone).toBe('138****0003');
    const touching = await call('community', 'POST', url, booking(at(day, 10), at(day, 11)));
    expect(touching.statusCode, touching.body).toBe(201);
    const overlap = await call('community', 'POST', url, booking(at(day, 9.5), at(day, 10.5)));
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().title).toContain('已被预约');
    const early = await call('community', 'POST', url, booking(at(day, 7), at(day, 9)));
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ path: 'startsAt' });
    const late = await call('community', 'POST', url, booking(at(day, 17), at(day, 18.5)));
    expect(late.statusCode).toBe(400);
    const before = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const past = await call('community', 'POST', url, booking(at(before, 9), at(before, 10)));
    expect(past.statusCode).toBe(400);
    const long = await call('community', 'POST', url, booking(at(dayAhead(4), 8), at(dayAhead(4), 17)));
    expect(long.statusCode).toBe(400);
    const week = await call('community', 'GET', `/api/stations/${station.id}/bookings?from=${day}&days=7`);
    expect(week.json().map((b: { status: string }) => b.status)).toEqual(['booked', 'booked']);
  });

  it('keeps a room closed on a holiday of the work calendar unless it opens on holidays', async () => {
    const { station, room } = await newStationWithRoom('节假日站');
    const url = `/api/stations/${station.id}/rooms/${room.id}`;
    const day = dayAhead(20);
    await t.database.db.execute(
      sql`INSERT INTO work_calendar (day, is_workday, name) VALUES (${day}, false, '测试假日') ON CONFLICT DO NOTHING`,
    );
    const body = { name: '活动室', kind: 'activity', hours: ALL_WEEK, closedOnHolidays: true };
    expect((await call('community', 'PUT', url, body)).statusCode).toBe(200);
    const refused = await call('community', 'POST', `${url}/bookings`, booking(at(day, 9), at(day, 10)));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toContain('节假日');
    await call('community', 'PUT', url, { ...body, closedOnHolidays: false });
    expect(
      (await call('community', 'POST', `${url}/bookings`, booking(at(day, 9), at(day, 10)))).statusCode,
    ).toBe(201);
    // A room with bookings on record stays: set it inactive, and it takes no more.
    expect((await call('community', 'DELETE', url)).statusCode).toBe(409);
    await call('community', 'PUT', url, { ...body, active: false });
    const inactive = await call('community', 'POST', `${url}/bookings`, booking(at(day, 11), at(day, 12)));
    expect(inactive.statusCode).toBe(409);
    const twin = await call('community', 'POST', `/api/stations/${station.id}/rooms`, body);
    expect(twin.statusCode).toBe(409);
  });

  it('frees the slot when cancelled; another office cannot see, book or cancel it', async () => {
    const { station, room } = await newStationWithRoom('取消规则站');
    const url = `/api/stations/${station.id}/rooms/${room.id}/bookings`;
    const day = dayAhead(5);
    const b = (await call('community', 'POST', url, booking(at(day, 14), at(day, 16)))).json();
    expect(
      (await call('community2', 'POST', `/api/stations/${station.id}/bookings/${b.id}/cancel`)).statusCode,
    ).toBe(404);
    expect((await call('community2', 'POST', url, booking(at(day, 8), at(day, 9)))).statusCode).toBe(404);
    expect((await call('community2', 'GET', `/api/stations/${station.id}`)).statusCode).toBe(404);
    expect((await call('resident', 'POST', url, booking(at(day, 8), at(day, 9)))).statusCode).toBe(403);
    expect((await call('community', 'POST', url, booking(at(day, 15), at(day, 17)))).statusCode).toBe(409);
    const cancelled = await call('community', 'POST', `/api/stations/${station.id}/bookings/${b.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await call('community', 'POST', url, booking(at(day, 15), at(day, 17)))).statusCode).toBe(201);
  });

  it('lets exactly one of ten overlapping requests win', async () => {
    const { station, room } = await newStationWithRoom('并发预约站');
    const url = `/api/stations/${station.id}/rooms/${room.id}/bookings`;
    const day = dayAhead(6);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call('community', 'POST', url, booking(at(day, 9 + i * 0.25), at(day, 12))),
      ),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('books the room an activity names, and refuses an activity whose room is taken', async () => {
    const { station, room } = await newStationWithRoom('活动预约站');
    const day = dayAhead(7);
    const activity = (title: string) => ({
      title,
      kind: 'other',
      placeId: fudong,
      stationId: station.id,
      room: '活动室',
      startsAt: at(day, 9),
      endsAt: at(day, 11),
      capacity: 10,
    });
    const made = await call('community', 'POST', '/api/activities', activity('书法课'));
    expect(made.statusCode, made.body).toBe(201);
    const week = (
      await call('community', 'GET', `/api/stations/${station.id}/bookings?from=${day}&days=1`)
    ).json();
    expect(week).toMatchObject([{ roomId: room.id, activityId: made.json().id, status: 'booked' }]);
    const clash = await call('community', 'POST', '/api/activities', activity('合唱排练'));
    expect(clash.statusCode).toBe(409);
  });
});

describe('contact and photos', () => {
  it('shows the contact phone masked and reveals it with an audit entry', async () => {
    const { station } = await newStationWithRoom('联系人站');
    expect(station.phone).toBe('138****9999');
    const shown = await call('community', 'POST', `/api/stations/${station.id}/contact`);
    expect(shown.json()).toEqual({ contactName: '沈晓梅', phone: '13861239999' });
    await t.services.audit.seal();
    const audit = await rowsOf(
      t.database.db,
      sql`SELECT 1 FROM audit_event WHERE target_id = ${station.id} AND action = 'station.reveal'`,
    );
    expect(audit).toHaveLength(1);
    expect((await call('community2', 'POST', `/api/stations/${station.id}/contact`)).statusCode).toBe(404);
  });

  it('takes images only, lists and removes them', async () => {
    const { station } = await newStationWithRoom('照片站');
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c8102e' } })
      .jpeg()
      .toBuffer();
    const form = (bytes: Buffer) => {
      const f = new FormData();
      f.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'a.jpg');
      return f;
    };
    const up = await call('community', 'POST', `/api/stations/${station.id}/photos`, form(jpeg));
    expect(up.statusCode, up.body).toBe(201);
    const text = await call(
      'community',
      'POST',
      `/api/stations/${station.id}/photos`,
      form(Buffer.from('hello')),
    );
    expect(text.statusCode).toBe(400);
    const photo = up.json()[0];
    expect((await call('volunteer', 'GET', photo.url)).statusCode).toBe(200);
    expect((await call('community', 'DELETE', photo.url)).statusCode).toBe(204);
    expect((await call('community', 'GET', `/api/stations/${station.id}/photos`)).json()).toEqual([]);
  });
});

describe("a resident's stations", () => {
  it('lists the stations of their place chain with rooms, the phone masked', async () => {
    const res = await call('resident', 'GET', '/api/stations/nearby');
    expect(res.statusCode, res.body).toBe(200);
    const names = res.json().map((s: { name: string }) => s.name);
    expect(names).toContain('湖塘镇新时代文明实践所');
    expect(names).toContain('府东社区新时代文明实践站');
    expect(names).toContain('府东花园新时代文明实践点');
    expect(names).not.toContain('席井村党群服务站');
    expect(res.json()[0].phone).toMatch(/\*{4}/);
    expect((await call('resident', 'GET', '/api/stations')).statusCode).toBe(403);
  });
});
