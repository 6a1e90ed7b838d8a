import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTO_CLOSE_HOURS,
  activityModule,
  cancelSignup,
  closeForgottenCheckouts,
  createActivity,
  earnedMinutesForActivity,
  scanCheckin,
  signUp,
} from '../../src/server/modules/activities';
import { pgErrorCode } from '../../src/server/platform/db-errors';
import { ZActivityCreate } from '../../src/shared/activities';
import { rowsOf } from '../support/db';
import {
  createResident,
  createStaffedCommunity,
  type Person,
  type StaffedCommunity,
} from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// Sign-ups under contention (run on PostgreSQL too: there the 30 requests really are parallel transactions on a
// pool), the waiting list, check-in and check-out with the hours an attendance earns.

let t: TestServices;
let c: StaffedCommunity;
let residents: Person[];
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestServices();
  c = await createStaffedCommunity(t);
  residents = [];
  for (let i = 0; i < 30; i++) {
    residents.push(await createResident(t, { homePlaceId: c.buildingId }));
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const inHours = (h: number) => new Date(t.clock.now.getTime() + h * HOUR).toISOString();

async function newActivity(capacity: number, startInHours = 24, lengthHours = 2) {
  const body = ZActivityCreate.parse({
    title: '老年学校 书法课',
    placeId: c.communityId,
    startsAt: inHours(startInHours),
    endsAt: inHours(startInHours + lengthHours),
    capacity,
    kind: 'elder_school',
  });
  return t.as(c.office.actor, (ctx) => createActivity(ctx, body));
}

async function signupsOf(activityId: string) {
  return rowsOf<{ account_id: string; status: string; seq: number }>(
    t.database.db,
    sql`SELECT account_id, status, seq::int AS seq FROM activity_signup WHERE activity_id = ${activityId} ORDER BY seq`,
  );
}

describe('30 residents signing up at once for 10 places', () => {
  it('confirms exactly 10, waitlists the rest in arrival order, and a cancellation moves the first one up', async () => {
    const a = await newActivity(10);
    const answers = await Promise.all(
      residents.map((r) => t.as(r.actor, (ctx) => signUp(ctx, a.id, undefined))),
    );
    expect(answers.filter((s) => s.status === 'confirmed')).toHaveLength(10);
    expect(answers.filter((s) => s.status === 'waitlisted')).toHaveLength(20);
    const rows = await signupsOf(a.id);
    // Arrival order is the order the activity's lock was taken in (seq): the first 10 confirmed, then the queue.
    expect(rows.map((r) => r.status)).toEqual([
      ...Array(10).fill('confirmed'),
      ...Array(20).fill('waitlisted'),
    ]);
    const positions = answers
      .filter((s) => s.status === 'waitlisted')
      .sort((x, y) => (x.waitlistPosition ?? 0) - (y.waitlistPosition ?? 0))
      .map((s) => s.waitlistPosition);
    expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const counted = await rowsOf<{ confirmed_count: number; waitlist_count: number }>(
      t.database.db,
      sql`SELECT confirmed_count, waitlist_count FROM activity WHERE id = ${a.id}`,
    );
    expect(counted[0]).toEqual({ confirmed_count: 10, waitlist_count: 20 });

    // A confirmed resident cancels: the first waitlisted (lowest seq) moves up, the queue closes ranks.
    const leaver = residents.find((r) => r.id === rows[3]?.account_id) as Person;
    const leaverSignup = (
      await rowsOf<{ id: string }>(
        t.database.db,
        sql`SELECT id FROM activity_signup WHERE activity_id = ${a.id} AND account_id = ${leaver.id}`,
      )
    )[0];
    const after = await t.as(leaver.actor, (ctx) => cancelSignup(ctx, a.id, leaverSignup?.id ?? ''));
    expect(after).toMatchObject({ confirmedCount: 10, waitlistCount: 19 });
    const moved = await signupsOf(a.id);
    expect(moved.find((r) => r.seq === rows[10]?.seq)?.status).toBe('confirmed');
    expect(moved.find((r) => r.seq === rows[11]?.seq)?.status).toBe('waitlisted');
    // The one who moved up is told, and no one else.
    const told = await rowsOf<{ account_id: string; title: string }>(
      t.database.db,
      sql`SELECT account_id, title FROM notification WHERE subject_type = 'activity' AND subject_id = ${a.id}`,
    );
    expect(told).toEqual([{ account_id: rows[10]?.account_id, title: '候补成功：老年学校 书法课' }]);
  }, 60_000);

  it('takes one sign-up per person: the second is a conflict', async () => {
    const a = await newActivity(5);
    const r = residents[0] as Person;
    await t.as(r.actor, (ctx) => signUp(ctx, a.id, undefined));
    await expect(t.as(r.actor, (ctx) => signUp(ctx, a.id, undefined))).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});

describe('the database itself (row-level security)', () => {
  it('shows a resident only their own sign-ups and lets them write no activity, whatever the query', async () => {
    const a = await newActivity(3);
    const [me, other] = [residents[20] as Person, residents[21] as Person];
    await t.as(me.actor, (ctx) => signUp(ctx, a.id, undefined));
    await t.as(other.actor, (ctx) => signUp(ctx, a.id, undefined));
    const seen = await t.as(me.actor, (ctx) =>
      rowsOf(ctx.tx, sql`SELECT account_id FROM activity_signup WHERE activity_id = ${a.id}`),
    );
    expect(seen).toEqual([{ account_id: me.id }]);
    const denied = await t
      .as(me.actor, (ctx) => ctx.tx.execute(sql`UPDATE activity SET capacity = 1000 WHERE id = ${a.id}`))
      .then(() => null, pgErrorCode);
    expect(denied).toBe('42501'); // insufficient_privilege: residents have no UPDATE on activity
    // Someone else's sign-up is invisible, so an update touches nothing.
    await t.as(me.actor, (ctx) =>
      ctx.tx.execute(sql`UPDATE activity_signup SET status = 'cancelled' WHERE account_id = ${other.id}`),
    );
    const theirs = await signupsOf(a.id);
    expect(theirs.find((r) => r.account_id === other.id)?.status).toBe('confirmed');
  });
});

describe('check-in and check-out', () => {
  it('checks in, then out; earns the minutes inside the activity; a forgotten check-out closes itself, flagged', async () => {
    const a = await newActivity(5, 1, 2);
    const token = (
      await rowsOf<{ checkin_token: string }>(
        t.database.db,
        sql`SELECT checkin_token FROM activity WHERE id = ${a.id}`,
      )
    )[0]?.checkin_token as string;
    const [early, forgetful] = [residents[1] as Person, residents[2] as Person];
    await t.as(early.actor, (ctx) => signUp(ctx, a.id, undefined));
    t.clock.advance(HOUR + 10 * 60_000); // 10 minutes into the activity
    expect(await t.as(early.actor, (ctx) => scanCheckin(ctx, token))).toMatchObject({ result: 'checked_in' });
    // Not signed up: a walk-in.
    expect(await t.as(forgetful.actor, (ctx) => scanCheckin(ctx, token))).toMatchObject({
      result: 'checked_in',
    });
    t.clock.advance(HOUR);
    expect(await t.as(early.actor, (ctx) => scanCheckin(ctx, token))).toMatchObject({
      result: 'checked_out',
      minutes: 60,
    });
    await expect(t.as(early.actor, (ctx) => scanCheckin(ctx, token))).rejects.toMatchObject({
      code: 'conflict',
    });
    // Past the end + 2 hours: the walk-in's check-out closes itself at the end.
    t.clock.advance(3 * HOUR);
    await expect(t.as(forgetful.actor, (ctx) => scanCheckin(ctx, token))).rejects.toMatchObject({
      code: 'conflict',
    });
    const earned = await t.as(c.office.actor, (ctx) => earnedMinutesForActivity(ctx, a.id));
    expect(earned.sort((x, y) => x.minutes - y.minutes)).toEqual([
      expect.objectContaining({ accountId: early.id, minutes: 60, autoClosed: false }),
      expect.objectContaining({ accountId: forgetful.id, minutes: 110, autoClosed: true }),
    ]);
    expect(await t.as(c.office.actor, (ctx) => closeForgottenCheckouts(ctx))).toBe(0);
  });

  it('closes a check-out nobody came back for in the background, without anyone reading the activity', async () => {
    const a = await newActivity(5, 1, 2);
    const [token] = await rowsOf<{ checkin_token: string }>(
      t.database.db,
      sql`SELECT checkin_token FROM activity WHERE id = ${a.id}`,
    );
    const walker = residents[3] as Person;
    t.clock.advance(HOUR + 5 * 60_000);
    await t.as(walker.actor, (ctx) => scanCheckin(ctx, token?.checkin_token as string));
    const sweeps = activityModule.sweeps ?? [];
    expect(sweeps).toHaveLength(1);
    const sweep = sweeps[0] as NonNullable<typeof activityModule.sweeps>[number];
    expect(await sweep(t.services)).toBe(0); // the activity is still on
    t.clock.advance(2 * HOUR + AUTO_CLOSE_HOURS * HOUR);
    expect(await sweep(t.services)).toBe(1);
    expect(await sweep(t.services)).toBe(0);
    const [row] = await rowsOf<{ auto_closed: boolean; closed_at_end: boolean }>(
      t.database.db,
      sql`SELECT s.auto_closed, s.checked_out_at = a.ends_at AS closed_at_end
        FROM activity_signup s JOIN activity a ON a.id = s.activity_id WHERE s.activity_id = ${a.id}`,
    );
    expect(row).toEqual({ auto_closed: true, closed_at_end: true });
  });

  it('never lets two overlapping attendances of one person both earn', async () => {
    const first = await newActivity(5, 1, 2);
    const second = await newActivity(5, 2, 2); // starts an hour into the first
    const tokens = await rowsOf<{ id: string; checkin_token: string }>(
      t.database.db,
      sql`SELECT id, checkin_token FROM activity WHERE id IN (${first.id}, ${second.id})`,
    );
    const tokenOf = (id: string) => tokens.find((r) => r.id === id)?.checkin_token as string;
    const v = residents[5] as Person;
    t.clock.advance(HOUR);
    await t.as(v.actor, (ctx) => scanCheckin(ctx, tokenOf(first.id)));
    t.clock.advance(HOUR);
    await t.as(v.actor, (ctx) => scanCheckin(ctx, tokenOf(second.id)));
    t.clock.advance(HOUR);
    await t.as(v.actor, (ctx) => scanCheckin(ctx, tokenOf(first.id)));
    await t.as(v.actor, (ctx) => scanCheckin(ctx, tokenOf(second.id)));
    const one = await t.as(c.office.actor, (ctx) => earnedMinutesForActivity(ctx, first.id));
    const two = await t.as(c.office.actor, (ctx) => earnedMinutesForActivity(ctx, second.id));
    expect(one).toEqual([expect.objectContaining({ accountId: v.id, minutes: 120 })]);
    expect(two).toEqual([]);
  });
});
