import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { PlaceLevel } from '../../shared/roles';
import type { Db } from '../db/client';
import { account, accountUnit, place, station, stationRoom, unit } from '../db/schema';
import { NO_PLACE } from '../db/schema/types';
import type { Vault } from '../platform/crypto';
import { hashPassword } from '../platform/password';
import { childPath } from '../platform/scope';
import { seedDemoDrives } from './demo-drives';
import { seedDemoOpen311Key } from './demo-open311';
import { seedDemoRectification } from './demo-rectification';
import {
  BUILDINGS_PER_GRID,
  COMMUNITY_UNITS,
  COMPOUND_SUFFIXES,
  DEMO_ACCOUNTS,
  DEMO_DISTRICTS,
  DEMO_PASSWORD,
  DISTRICT_UNITS,
  FUDONG_TEAMS,
  GRIDS_PER_COMPOUND,
  STREET_UNITS,
} from './demo-region';
import { seedDemoRouting } from './demo-routing';
import { buildDemoStations, seedDemoBookings } from './demo-stations';
import { seedDemoVolunteers } from './demo-volunteers';

type PlaceInsert = typeof place.$inferInsert & { id: string; path: string; districtId: string };
const GRID_NAMES = ['第一网格', '第二网格', '第三网格', '第四网格'];

/** Builds the demo place tree in memory: rows in insertion order (parents first) and a name-path index. */
export function buildDemoPlaces() {
  const rows: PlaceInsert[] = [];
  const byNames = new Map<string, PlaceInsert>();
  const add = (parent: PlaceInsert | null, level: PlaceLevel, code: string, name: string, sort: number) => {
    const id = randomUUID();
    const row: PlaceInsert = {
      id,
      code,
      name,
      level,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      districtId: parent?.districtId ?? id,
      sort,
    };
    rows.push(row);
    const key = [...(parent ? [namesOf(parent)] : []), name].join('/');
    names.set(row.id, key);
    byNames.set(key, row);
    return row;
  };
  const names = new Map<string, string>();
  const namesOf = (row: PlaceInsert) => names.get(row.id) ?? '';

  DEMO_DISTRICTS.forEach((d, di) => {
    const district = add(null, 'district', d.code, d.name, di);
    district.bounds = d.bounds;
    d.streets.forEach((s, si) => {
      const street = add(district, 'street', `${d.code}${pad(si + 1, 3)}`, s.name, si);
      s.communities.forEach((c, ci) => {
        const community = add(street, 'community', `${street.code}${pad(ci + 1, 3)}`, c.name, ci);
        const stem = c.name.replace(/(社区|村)$/, '').slice(0, 2);
        const compounds = c.compounds ?? COMPOUND_SUFFIXES.map((suffix) => `${stem}${suffix}`);
        compounds.forEach((name, ki) => {
          const compound = add(community, 'compound', `${community.code}${pad(ki + 1, 2)}`, name, ki);
          for (let g = 0; g < GRIDS_PER_COMPOUND; g++) {
            const grid = add(
              compound,
              'grid',
              `${compound.code}${pad(g + 1, 2)}`,
              GRID_NAMES[g] ?? `网格${g + 1}`,
              g,
            );
            for (let b = 0; b < BUILDINGS_PER_GRID; b++) {
              const n = g * BUILDINGS_PER_GRID + b + 1;
              add(grid, 'building', `${grid.code}${pad(b + 1, 2)}`, `${n}栋`, b);
            }
          }
        });
      });
    });
  });
  return { rows, byNames };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Seeds the demo region and its accounts once: does nothing when any place exists. Runs as trusted code in
 * one transaction. Returns whether it seeded.
 */
export async function seedDemoRegion(db: Db, vault: Vault, zone = 'Asia/Shanghai'): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(place);
  if ((existing?.n ?? 0) > 0) {
    return false;
  }
  const { rows, byNames } = buildDemoPlaces();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await tx.insert(place).values(rows.slice(i, i + 500));
    }
    const units: (typeof unit.$inferInsert)[] = [];
    for (const row of rows) {
      const on = { placeId: row.id, placePath: row.path };
      if (row.level === 'district') {
        units.push(...DISTRICT_UNITS.map((u) => ({ ...on, kind: u.kind, name: `${row.name}${u.suffix}` })));
      } else if (row.level === 'street') {
        units.push(...STREET_UNITS.map((u) => ({ ...on, kind: u.kind, name: `${row.name}${u.suffix}` })));
      } else if (row.level === 'community') {
        units.push(...COMMUNITY_UNITS.map((u) => ({ ...on, kind: u.kind, name: `${row.name}${u.suffix}` })));
        units.push({
          ...on,
          kind: 'property_company',
          name: `${row.name.replace(/(社区|村)$/, '')}物业服务有限公司`,
        });
        if (row.name === '府东社区') {
          units.push(
            ...FUDONG_TEAMS.map((t) => ({ ...on, kind: 'volunteer_team' as const, name: `府东社区${t}` })),
          );
        }
      }
    }
    const insertedUnits = await tx.insert(unit).values(units).returning({ id: unit.id, name: unit.name });
    const demoStations = buildDemoStations(rows, vault);
    // Parents come before their children in the list (places are built top-down).
    for (let i = 0; i < demoStations.stations.length; i += 200) {
      await tx.insert(station).values(demoStations.stations.slice(i, i + 200));
    }
    await tx.insert(stationRoom).values(demoStations.rooms);
    const unitByName = new Map(insertedUnits.map((u) => [u.name, u.id]));
    await seedDemoRouting(tx, byNames, unitByName, new Date());

    const accountByName = new Map<string, string>();
    for (const spec of DEMO_ACCOUNTS) {
      const home = spec.place ? byNames.get(spec.place.join('/')) : undefined;
      if (spec.place && !home) {
        throw new Error(`demo account ${spec.username}: no place ${spec.place.join('/')}`);
      }
      const [created] = await tx
        .insert(account)
        .values({
          username: spec.username,
          displayName: spec.displayName,
          kind: spec.kind,
          roles: spec.roles,
          placeId: home?.id ?? null,
          placePath: home?.path ?? NO_PLACE,
          phoneEnc: spec.phone ? vault.encrypt(spec.phone) : null,
          phoneHash: spec.phone ? vault.blindIndex(spec.phone) : null,
          groups: spec.groups ?? [],
          passwordHash,
        })
        .returning({ id: account.id });
      if (created) {
        accountByName.set(spec.username, created.id);
      }
      for (const name of spec.units ?? []) {
        const unitId = unitByName.get(name);
        if (!unitId || !created) {
          throw new Error(`demo account ${spec.username}: no unit ${name}`);
        }
        await tx.insert(accountUnit).values({ accountId: created.id, unitId });
      }
    }
    const fudong = byNames.get('武进区/湖塘镇/府东社区');
    const fudongHome = byNames.get('武进区/湖塘镇/府东社区/府东花园/第一网格/2栋');
    if (fudong && fudongHome) {
      await seedDemoVolunteers(tx, vault, {
        now: new Date(),
        passwordHash,
        community: fudong,
        building: fudongHome,
        unitByName,
        accountByName,
      });
    }
    await seedDemoBookings(tx, vault, demoStations, accountByName.get('community') ?? null, new Date(), zone);
    await seedDemoOpen311Key(tx);
    await seedDemoDrives(tx, { byNames, accountByName, now: new Date(), zone });
    await seedDemoRectification(tx, { byNames, accountByName, now: new Date(), zone });
  });
  return true;
}
