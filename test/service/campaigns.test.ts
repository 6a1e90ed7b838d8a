import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign, getCampaign } from '../../src/server/modules/campaigns/service';
import { enterTally, findTallies } from '../../src/server/modules/campaigns/tallies';
import { createPlace } from '../../src/server/modules/places';
import { dayIn } from '../../src/server/platform/time-zone';
import { addDays, ZCampaignInput, ZTallyInput } from '../../src/shared/campaigns';
import { ZPlaceCreate } from '../../src/shared/places';
import { rowsOf } from '../support/db';
import {
  createStaff,
  createStaffedCommunity,
  type Person,
  personOf,
  type StaffedCommunity,
} from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// Counted drives through their use cases: one tally per place and day (a correction replaces it, audited),
// sub-places rolling up, the best day, a drive down to zero, and the demo drives echoing the seed's figures.
let t: TestServices;
let a: StaffedCommunity;
let b: StaffedCommunity;
let street: Person;
let today: string;
let compounds: string[];

const tally = (input: Record<string, unknown>) => ZTallyInput.parse(input);

beforeAll(async () => {
  t = await createTestServices();
  a = await createStaffedCommunity(t);
  b = await createStaffedCommunity(t, { streetId: a.streetId });
  street = await createStaff(t, { roles: ['street_admin'], placeId: a.streetId });
  const admin = (await personOf(t, 'admin')).actor;
  compounds = [];
  for (const [i, name] of ['东区', '西区'].entries()) {
    const p = await t.as(admin, (ctx) =>
      createPlace(ctx, ZPlaceCreate.parse({ parentId: a.communityId, code: `C${i}x${process.pid}`, name })),
    );
    compounds.push(p.id);
  }
  today = dayIn(t.services.zone, t.clock.now);
});
afterAll(async () => {
  await t?.close();
});

async function newDrive(by: Person, placeId: string, extra: Record<string, unknown> = {}) {
  return t.as(by.actor, (ctx) =>
    createCampaign(
      ctx,
      ZCampaignInput.parse({
        name: '疫苗接种攻坚',
        placeId,
        unitCode: 'doses',
        unitLabel: '剂次',
        target: 1000,
        startsOn: addDays(today, -9),
        endsOn: addDays(today, 20),
        ...extra,
      }),
    ),
  );
}

describe('one tally per drive, place and day', () => {
  it('refuses a second entry for the same place and day, naming who entered the first', async () => {
    const drive = await newDrive(a.office, a.communityId);
    const first = await t.as(a.grid.actor, (ctx) =>
      enterTally(ctx, drive.id, tally({ day: today, count: 120 })),
    );
    expect(first.created).toBe(true);
    expect(first.tally.placeId).toBe(a.communityId);
    await expect(
      t.as(a.office.actor, (ctx) => enterTally(ctx, drive.id, tally({ day: today, count: 99 }))),
    ).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'campaign_tally_exists',
      params: { count: 120 },
    });
    const list = await t.as(a.office.actor, (ctx) => findTallies(ctx, drive.id, {}));
    expect(list.map((x) => x.count)).toEqual([120]);
  });

  it('replaces it when sent as a correction, counting the correction and auditing both values', async () => {
    const drive = await newDrive(a.office, a.communityId);
    await t.as(a.grid.actor, (ctx) => enterTally(ctx, drive.id, tally({ day: today, count: 120 })));
    const fixed = await t.as(a.office.actor, (ctx) =>
      enterTally(
        ctx,
        drive.id,
        tally({ day: today, count: 102, note: '重复计入 18 剂', isCorrection: true }),
      ),
    );
    expect(fixed.created).toBe(false);
    expect(fixed.tally).toMatchObject({ count: 102, corrections: 1, note: '重复计入 18 剂' });
    const audits = await rowsOf<{ before: { count: number }; after: { count: number } }>(
      t.database.db,
      sql`SELECT before, after FROM audit_pending WHERE action = 'campaign.tally_correct' AND target_id = ${drive.id}
        UNION ALL SELECT before, after FROM audit_event WHERE action = 'campaign.tally_correct' AND target_id = ${drive.id}`,
    );
    expect(audits.map((r) => [r.before.count, r.after.count])).toEqual([[120, 102]]);
    const figures = (await t.as(a.office.actor, (ctx) => getCampaign(ctx, drive.id))).figures;
    expect(figures.value).toBe(102);
  });

  it('takes no day outside the drive, none after today, and no place outside it or the caller', async () => {
    const drive = await newDrive(a.office, a.communityId);
    await expect(
      t.as(a.grid.actor, (ctx) => enterTally(ctx, drive.id, tally({ day: addDays(today, -10), count: 1 }))),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      t.as(a.grid.actor, (ctx) => enterTally(ctx, drive.id, tally({ day: addDays(today, 1), count: 1 }))),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      t.as(a.grid.actor, (ctx) =>
        enterTally(ctx, drive.id, tally({ day: today, count: 1, placeId: b.communityId })),
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      t.as(b.grid.actor, (ctx) => enterTally(ctx, drive.id, tally({ day: today, count: 1 }))),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('figures', () => {
  it('rolls the sub-places up to the drive, and shows each community only its own part', async () => {
    const drive = await newDrive(street, a.streetId, { target: 3000 });
    const d1 = addDays(today, -9);
    const d2 = addDays(today, -8);
    await t.as(a.office.actor, async (ctx) => {
      await enterTally(ctx, drive.id, tally({ day: d1, count: 100, placeId: compounds[0] }));
      await enterTally(ctx, drive.id, tally({ day: d1, count: 50, placeId: compounds[1] }));
      await enterTally(ctx, drive.id, tally({ day: d2, count: 300, placeId: compounds[0] }));
    });
    await t.as(b.office.actor, (ctx) => enterTally(ctx, drive.id, tally({ day: d2, count: 200 })));
    const whole = (await t.as(street.actor, (ctx) => getCampaign(ctx, drive.id))).figures;
    expect(whole.value).toBe(650);
    expect(whole.places).toBe(3);
    expect(whole.bestDay).toEqual({ day: d2, count: 500 });
    expect(whole.curve.slice(0, 2).map((p) => [p.daily, p.value])).toEqual([
      [150, 150],
      [500, 650],
    ]);
    expect(whole.share).toBeCloseTo(650 / 3000);
    // 30 days to reach 3000: 100 a day on the planned line.
    expect(whole.curve[0]?.planned).toBe(100);
    expect(whole.curve).toHaveLength(10);
    const mine = (await t.as(a.office.actor, (ctx) => getCampaign(ctx, drive.id))).figures;
    expect(mine.value).toBe(450);
    const part = (await t.as(street.actor, (ctx) => getCampaign(ctx, drive.id, compounds[0]))).figures;
    expect(part.value).toBe(400);
    const theirs = await t.as(b.office.actor, (ctx) => findTallies(ctx, drive.id, {}));
    expect(theirs.map((x) => x.count)).toEqual([200]);
  });

  it('counts a hazards drive down to zero: each place’s last tally stands, the best day is the largest drop', async () => {
    const drive = await newDrive(a.office, a.communityId, {
      kind: 'down_to_zero',
      unitCode: 'hazards',
      unitLabel: '处',
      target: 0,
      baseline: 40,
    });
    const day = (n: number) => addDays(today, -9 + n);
    await t.as(a.office.actor, async (ctx) => {
      await enterTally(ctx, drive.id, tally({ day: day(0), count: 25, placeId: compounds[0] }));
      await enterTally(ctx, drive.id, tally({ day: day(0), count: 15, placeId: compounds[1] }));
      await enterTally(ctx, drive.id, tally({ day: day(2), count: 10, placeId: compounds[0] }));
      await enterTally(ctx, drive.id, tally({ day: day(3), count: 3, placeId: compounds[1] }));
      await enterTally(ctx, drive.id, tally({ day: day(5), count: 0, placeId: compounds[0] }));
      await enterTally(ctx, drive.id, tally({ day: day(5), count: 0, placeId: compounds[1] }));
    });
    const f = (await t.as(a.office.actor, (ctx) => getCampaign(ctx, drive.id))).figures;
    expect(f.curve.slice(0, 6).map((p) => p.value)).toEqual([40, 40, 25, 13, 13, 0]);
    expect(f.value).toBe(0);
    expect(f.share).toBe(1);
    expect(f.bestDay).toEqual({ day: day(2), count: 15 });
    expect(f.curve[0]?.planned).toBeCloseTo(40 - 40 / 30, 1);
  });
});

describe('the demo drives echo the seed', () => {
  it('湖塘镇 vaccination: 66,921 first doses by the end of May, 4,424 on the best day', async () => {
    const leader = (await personOf(t, 'street')).actor;
    const [row] = await rowsOf<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM campaign WHERE unit_code = 'doses'`,
    );
    const f = (await t.as(leader, (ctx) => getCampaign(ctx, row?.id ?? ''))).figures;
    expect(f.value).toBe(66_921);
    expect(f.bestDay?.count).toBe(4424);
    expect(f.bestDay?.day.slice(5)).toBe('05-16');
    expect(f.tallyDays).toBe(61);
  });
});
