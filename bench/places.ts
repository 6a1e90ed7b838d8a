import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/server/boot';
import type { Database } from '../src/server/db/client';
import { place } from '../src/server/db/schema';
import { findPlaces } from '../src/server/modules/places/service';
import { createConfigCache } from '../src/server/platform/config-cache';
import { type Actor, runAs } from '../src/server/platform/context';
import { createVault } from '../src/server/platform/crypto';
import { childPath } from '../src/server/platform/scope';
import { percentile, timeIt } from './stats';

type Row = typeof place.$inferInsert & { id: string; path: string };

/** A tree of ~100k nodes: 10 districts × 10 streets × 10 communities × 10 compounds × 4 grids × 2 buildings. */
function generateTree(): Row[] {
  const rows: Row[] = [];
  const fan = [10, 10, 10, 10, 4, 2];
  const levels = ['district', 'street', 'community', 'compound', 'grid', 'building'] as const;
  const grow = (parent: Row | null, depth: number, code: string) => {
    const count = fan[depth] ?? 0;
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const c = `${code}${String(i).padStart(2, '0')}`;
      const row: Row = {
        id,
        code: `B${c}`,
        name: `${levels[depth]}-${c}`,
        level: levels[depth] ?? 'building',
        parentId: parent?.id ?? null,
        path: childPath(parent?.path ?? null, id),
        districtId: parent?.districtId ?? id,
        sort: i,
      };
      rows.push(row);
      if (depth + 1 < levels.length) {
        grow(row, depth + 1, c);
      }
    }
  };
  grow(null, 0, '');
  return rows;
}

/** Subtree queries at 100k nodes: a street office listing its subtree, counting it, and a tree level read. */
export async function benchPlaces(database: Database, runs = 200) {
  await prepareDatabase(database);
  const rows = generateTree();
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += 2000) {
    await database.db.insert(place).values(rows.slice(i, i + 2000));
  }
  const loadMs = performance.now() - t0;
  await database.db.execute(sql`ANALYZE place`);
  const street = rows.find((r) => r.level === 'street' && r.code === 'B0505');
  if (!street) {
    throw new Error('no street');
  }
  const actor: Actor = {
    kind: 'staff',
    accountId: randomUUID(),
    name: 'bench',
    roles: ['street_admin'],
    placeId: street.id,
    placePath: street.path,
    districtId: street.districtId ?? null,
    unitIds: [],
  };
  const services = {
    db: database.db,
    vault: createVault(Buffer.alloc(32, 1)),
    clock: () => new Date(),
    zone: 'Asia/Shanghai',
    cache: createConfigCache(),
  };
  const meta = { ip: null, userAgent: null, requestId: null };
  const list = await timeIt(runs, () =>
    runAs(services, actor, meta, (ctx) => findPlaces(ctx, { limit: 100, level: 'building' })),
  );
  const children = await timeIt(runs, () =>
    runAs(services, actor, meta, (ctx) => findPlaces(ctx, { limit: 100, parentId: street.id })),
  );
  const count = await timeIt(runs, () =>
    runAs(services, actor, meta, (ctx) =>
      ctx.tx.execute(sql`SELECT count(*) FROM place WHERE path <@ ${street.path}::ltree`),
    ),
  );
  return {
    nodes: rows.length,
    loadSeconds: +(loadMs / 1000).toFixed(1),
    subtreeSize: rows.filter((r) => r.path.startsWith(street.path)).length,
    listBuildingsInStreet: { p50: percentile(list, 50), p95: percentile(list, 95) },
    listChildren: { p50: percentile(children, 50), p95: percentile(children, 95) },
    countSubtree: { p50: percentile(count, 50), p95: percentile(count, 95) },
  };
}
