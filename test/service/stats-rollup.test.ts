import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticket, ticketRollup } from '../../src/server/db/schema';
import { setDay } from '../../src/server/modules/deadlines/calendar';
import { createPlace, movePlace } from '../../src/server/modules/places/service';
import { rebuildRollup } from '../../src/server/modules/stats';
import { readFigures } from '../../src/server/modules/stats/read-figures';
import {
  aggregateFigures,
  childLabelKey,
  type GroupKey,
  type RawFigures,
  type Selection,
  unitKey,
} from '../../src/server/modules/stats/repo';
import { getBreakdown, getRates } from '../../src/server/modules/stats/service';
import { createTicket, moveTicket } from '../../src/server/modules/tickets';
import type { Actor } from '../../src/server/platform/context';
import { createRandom } from '../../src/server/platform/random';
import { dayIn, instantAt } from '../../src/server/platform/time-zone';
import { ZPlaceCreate } from '../../src/shared/places';
import { TERMINAL_STATES } from '../../src/shared/ticket-workflow';
import { type TicketMove, type TicketState, ZTicketCreate, ZTicketMove } from '../../src/shared/tickets';
import { createStaff, createStaffedCommunity, personOf, type StaffedCommunity } from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// The statistics read from the roll-up of finished tickets (stats/read-figures.ts) must give exactly the figures
// of the direct count over `ticket` (repo.ts aggregateFigures), at any moment, for any place, period and grouping.
// A seeded random history of intakes and moves, with a place move and a work calendar change on the way, is
// compared figure by figure at checkpoints. The roll-up keeps paths down to the community: a compound moving to
// another community (and back) must take its finished tickets' figures along.
let t: TestServices;
let admin: Actor;
let communities: (StaffedCommunity & { street: Actor })[];
/** A compound of the first community, with a building tickets are filed at, that moves to the second and back. */
let wandering: { compoundId: string; buildingId: string };
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestServices();
  admin = (await personOf(t, 'admin')).actor;
  communities = [];
  for (let i = 0; i < 2; i++) {
    const c = await createStaffedCommunity(t);
    const street = await createStaff(t, { roles: ['street_admin'], placeId: c.streetId });
    communities.push({ ...c, street: street.actor });
  }
  const add = async (parentId: string, code: string, name: string) =>
    (await t.as(admin, (ctx) => createPlace(ctx, ZPlaceCreate.parse({ parentId, code, name })))).id;
  const compoundId = await add(communities[0]?.communityId ?? '', 'RollupW', '流动小区');
  const gridId = await add(compoundId, 'RollupWG', '流动网格');
  wandering = { compoundId, buildingId: await add(gridId, 'RollupWB', '2栋') };
});
afterAll(async () => {
  await t?.close();
});

type Tracked = { id: string; c: (typeof communities)[number] };
type Candidate = { by: Actor; move: Record<string, unknown> };

/** The moves worth trying from a state (some may be refused: relations, pending requests). */
function candidates(state: TicketState, k: Tracked, others: Tracked[], pick: <T>(a: readonly T[]) => T) {
  const { c } = k;
  const master = others.find((o) => o.id !== k.id && o.c.districtId === c.districtId);
  const byState: Partial<Record<TicketState, Candidate[]>> = {
    submitted: [
      { by: c.office.actor, move: { action: 'accept' } },
      { by: c.office.actor, move: { action: 'accept' } },
      { by: c.office.actor, move: { action: 'reject', reason: '不属于受理范围' } },
      ...(master ? [{ by: c.office.actor, move: { action: 'merge', intoId: master.id } }] : []),
      { by: c.office.actor, move: { action: 'resolve', result: '现场解决' } },
      { by: c.resident.actor, move: { action: 'close', outcome: 'withdrawn' } },
    ],
    accepted: [
      { by: c.office.actor, move: { action: 'dispatch', unitId: c.unitId } },
      { by: c.office.actor, move: { action: 'dispatch', unitId: c.unitId } },
      { by: c.office.actor, move: { action: 'resolve', result: '已办' } },
      { by: c.office.actor, move: { action: 'close', outcome: 'explained' } },
    ],
    dispatched: [
      { by: c.handler.actor, move: { action: 'receive' } },
      { by: c.handler.actor, move: { action: 'return', reason: '不归我们管' } },
      { by: c.street, move: { action: 'extend', reason: '材料未到', days: 3 } },
    ],
    received: [
      { by: c.handler.actor, move: { action: 'resolve', result: '已修好' } },
      { by: c.handler.actor, move: { action: 'return', reason: '不归我们管' } },
      { by: c.street, move: { action: 'extend', reason: '材料未到', days: 2 } },
    ],
    in_progress: [
      { by: c.handler.actor, move: { action: 'resolve', result: '已修好' } },
      { by: c.office.actor, move: { action: 'resolve', result: '已修好' } },
    ],
    escalated: [
      { by: c.street, move: { action: 'dispatch', unitId: c.unitId } },
      { by: c.street, move: { action: 'close', outcome: 'transferred' } },
    ],
    resolved: [
      { by: c.resident.actor, move: { action: 'rate', rating: pick(['satisfied', 'basically_satisfied']) } },
      { by: c.resident.actor, move: { action: 'rate', rating: 'unsatisfied' } },
      { by: c.office.actor, move: { action: 'close' } },
    ],
    rated: [{ by: c.office.actor, move: { action: 'close' } }],
  };
  return byState[state] ?? [];
}

/** Every figure of both ways, for each place, period and grouping: they must be equal. */
async function compareAll(label: string, periods: [Date, Date][]) {
  const places = await t.database.db.execute(sql`SELECT id, path::text AS path, district_id, level FROM place
    WHERE id IN (${sql.join(
      communities
        .flatMap((c) => [c.districtId, c.streetId, c.communityId, c.buildingId])
        .concat([wandering.compoundId, wandering.buildingId])
        .map((id) => sql`${id}`),
      sql`, `,
    )})`);
  const rows = (places as unknown as { rows: { id: string; path: string; district_id: string | null }[] })
    .rows;
  const targets = [
    { path: null, districtId: null },
    ...rows.map((p) => ({ path: p.path, districtId: p.district_id ?? p.id })),
  ];
  let compared = 0;
  for (const target of targets) {
    for (const [from, to] of periods) {
      const s: Selection = { ...target, from, to, now: t.clock.now, zone: t.services.zone };
      const depth = target.path ? target.path.split('.').length : 0;
      const groupings: (GroupKey | undefined)[] = [undefined, childLabelKey(depth), unitKey()];
      for (const group of groupings) {
        const [direct, rolled] = await t.as(admin, async (ctx) => [
          sorted(await aggregateFigures(ctx.tx, s, group)),
          sorted(await readFigures(ctx.tx, s, group)),
        ]);
        expect(rolled, `${label}: ${target.path} ${from.toISOString()}…${to.toISOString()}`).toEqual(
          group ? direct : direct.filter((d) => d.counts.submitted > 0),
        );
        compared += 1;
      }
    }
  }
  return compared;
}

/** Groups in key order; an ungrouped empty selection is one row of zeros directly and none rolled up. */
function sorted(rows: RawFigures[]) {
  return [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

function periodsAround(start: Date, rnd: ReturnType<typeof createRandom>): [Date, Date][] {
  const zone = t.services.zone;
  const month = dayIn(zone, start).slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const at = (day: string) => new Date(instantAt(zone, day));
  const odd = (): [Date, Date] => {
    const from = start.getTime() + rnd.between(-2, 20) * 24 * HOUR;
    return [new Date(Math.round(from)), new Date(Math.round(from + rnd.between(0.2, 30) * 24 * HOUR))];
  };
  return [
    [at(`${month}-01`), at(`${next}-01`)],
    [at(`${y}-01-01`), at(`${y + 1}-01-01`)],
    [at(dayIn(zone, new Date(start.getTime() - 24 * HOUR))), at(dayIn(zone, t.clock.now))],
    odd(),
    odd(),
    odd(),
  ];
}

describe('the statistics from the roll-up', () => {
  it('equal the direct count through a random history of intakes and moves', async () => {
    const rnd = createRandom(20_260_401);
    const start = new Date(t.clock.now);
    const tracked: Tracked[] = [];
    const done: Record<string, number> = {};
    let compared = 0;
    const refused: string[] = [];
    for (let step = 0; step < 240; step++) {
      t.clock.advance(
        Math.round(
          rnd.weighted([
            [rnd.between(0.1, 3), 6],
            [rnd.between(6, 60), 3],
            [rnd.between(80, 300), 1],
          ]) * HOUR,
        ),
      );
      const open = tracked.filter((k) => !finished.has(k.id));
      if (open.length === 0 || rnd.chance(0.22)) {
        const c = rnd.pick(communities);
        const created = await t.as(c.resident.actor, (ctx) =>
          createTicket(
            ctx,
            ZTicketCreate.parse({
              kind: 'problem',
              title: '路灯不亮',
              description: '晚上很黑',
              placeId: c === communities[0] && rnd.chance(0.4) ? wandering.buildingId : c.buildingId,
            }),
          ),
        );
        tracked.push({ id: created.id, c });
        done.intake = (done.intake ?? 0) + 1;
      } else {
        const k = rnd.pick(open);
        const state = await stateOf(k.id);
        const choice = rnd.pick(candidates(state, k, tracked, rnd.pick));
        if (choice) {
          const ok = await t
            .as(choice.by, (ctx) => moveTicket(ctx, k.id, ZTicketMove.parse(choice.move) as TicketMove))
            .then(
              () => true,
              (e: unknown) => {
                refused.push(`${state} ${String(choice.move.action)}: ${String(e)}`);
                return false;
              },
            );
          if (ok) {
            const action = `${choice.move.action}${choice.move.rating === 'unsatisfied' ? ':unsatisfied' : ''}`;
            done[action] = (done[action] ?? 0) + 1;
            if (choice.move.outcome === 'withdrawn') {
              done['close:withdrawn'] = (done['close:withdrawn'] ?? 0) + 1;
            }
            if (TERMINAL_STATES.includes(await stateOf(k.id))) {
              finished.add(k.id);
            }
          }
        }
      }
      if (step === 80) {
        // A community moves to the other street: its finished tickets' rows follow their new paths.
        const [a, b] = communities as [(typeof communities)[0], (typeof communities)[1]];
        await t.as(admin, (ctx) => movePlace(ctx, b.communityId, { parentId: a.streetId }));
        b.streetId = a.streetId;
        b.street = a.street;
        // Its people's scopes are paths: they sign in again with the new ones.
        for (const role of ['office', 'handler', 'volunteer', 'grid', 'resident'] as const) {
          b[role] = await personOf(t, b[role].username);
        }
        // A past working day becomes a holiday: the working hours of finished tickets spanning it change.
        const day = await spannedWorkday(tracked.map((k) => k.id));
        expect(day, 'a finished ticket resolved over a working day').not.toBeNull();
        await t.as(admin, (ctx) => setDay(ctx, day ?? '', { isWorkday: false, name: '测试假日' }, 'zh-CN'));
      }
      if (step === 130 || step === 190) {
        // The compound moves to the other community, later back: its finished tickets' figures go along.
        const to = communities[step === 130 ? 1 : 0] as (typeof communities)[0];
        await t.as(admin, (ctx) => movePlace(ctx, wandering.compoundId, { parentId: to.communityId }));
      }
      if (step % 40 === 39 || step === 131) {
        compared += await compareAll(`step ${step}`, periodsAround(start, rnd));
      }
    }
    // Later, with nothing moving, the open tickets age past their limits: still equal.
    t.clock.advance(40 * 24 * HOUR);
    compared += await compareAll('forty days later', periodsAround(start, rnd));
    expect(compared).toBeGreaterThan(100);
    // The history went through every kind of move the roll-up must follow.
    for (const action of [
      'accept',
      'reject',
      'merge',
      'return',
      'extend',
      'resolve',
      'rate:unsatisfied',
      'close',
    ]) {
      expect(done[action] ?? 0, action).toBeGreaterThan(0);
    }
    expect(finished.size).toBeGreaterThan(10);
    // Moves may be refused by the workflow, never by the roll-up's write (a resident's withdrawal adds to a
    // community's row they cannot see).
    expect(refused.filter((r) => /row-level security|permission denied|ticket_rollup/i.test(r))).toEqual([]);
    expect(done['close:withdrawn'] ?? 0, 'withdrawals').toBeGreaterThan(0);

    // The service's answers are the ones compared above.
    const c = communities[0] as (typeof communities)[0];
    const rates = await t.as(admin, (ctx) =>
      getRates(ctx, { placeId: c.districtId, from: dayIn(t.services.zone, start) }),
    );
    expect(rates.counts.submitted).toBeGreaterThan(0);
    const units = await t.as(admin, (ctx) => getBreakdown(ctx, { placeId: c.streetId, by: 'unit' }));
    expect(units.items.length).toBeGreaterThanOrEqual(0);
  }, 180_000);

  it('rebuilds to the very rows the moves wrote, and the figures stay equal after a rebuild', async () => {
    const before = await rollupRows();
    expect(before.length).toBeGreaterThan(0);
    const count = await t.database.db.transaction((tx) =>
      rebuildRollup(tx, { now: t.clock.now, zone: t.services.zone }),
    );
    expect(count).toBe(before.length);
    expect(await rollupRows()).toEqual(before);
    // A damaged roll-up is mended by the rebuild.
    await t.database.db.execute(
      sql`DELETE FROM ${ticketRollup} WHERE ctid IN (SELECT ctid FROM ${ticketRollup} LIMIT 3)`,
    );
    await t.database.db.execute(sql`UPDATE ${ticketRollup} SET c_submitted = c_submitted + 1`);
    await t.database.db.transaction((tx) => rebuildRollup(tx, { now: t.clock.now, zone: t.services.zone }));
    expect(await rollupRows()).toEqual(before);
    const start = new Date(t.clock.now.getTime() - 120 * 24 * HOUR);
    await compareAll('after a rebuild', periodsAround(start, createRandom(7)));
  });
});

const finished = new Set<string>();

async function stateOf(id: string): Promise<TicketState> {
  const result = (await t.database.db.execute(
    sql`SELECT state FROM ${ticket} WHERE id = ${id}`,
  )) as unknown as { rows: { state: TicketState }[] };
  return result.rows[0]?.state ?? 'submitted';
}

async function rollupRows() {
  const result = (await t.database.db.execute(
    sql`SELECT * FROM ${ticketRollup} ORDER BY district_id, day, place_path, unit_id NULLS FIRST`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return result.rows.map((row) => ({ ...row, place_path: String(row.place_path) }));
}

/** A weekday strictly between the creation and the resolution of a finished, resolved ticket among `ids`. */
async function spannedWorkday(ids: string[]): Promise<string | null> {
  const result = (await t.database.db.execute(sql`SELECT created_at, resolved_at FROM ${ticket}
    WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) AND state = 'closed' AND outcome = 'resolved' AND resolved_at > created_at + interval '3 days'
    ORDER BY created_at LIMIT 1`)) as unknown as { rows: { created_at: string; resolved_at: string }[] };
  const row = result.rows[0];
  if (!row) {
    return null;
  }
  const zone = t.services.zone;
  const last = dayIn(zone, new Date(row.resolved_at));
  for (
    let at = new Date(row.created_at).getTime() + 24 * HOUR;
    dayIn(zone, new Date(at)) < last;
    at += 24 * HOUR
  ) {
    const day = dayIn(zone, new Date(at));
    if (![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) {
      return day;
    }
  }
  return null;
}
