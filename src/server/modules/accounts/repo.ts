import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { account, accountUnit, place, unit } from '../../db/schema';
import { escapeLike } from '../../platform/text';

export type AccountRow = typeof account.$inferSelect;

export async function findAccountRows(
  tx: Tx,
  f: { scope: string; underPath?: string; role?: string; kind?: string; q?: string },
  page: { limit: number; after: (string | number)[] | null },
) {
  return tx
    .select({ a: account, placeName: place.name, districtId: place.districtId })
    .from(account)
    .leftJoin(place, eq(place.id, account.placeId))
    .where(
      and(
        f.scope === '*' ? undefined : sql`${account.placePath} <@ ${f.scope}::ltree`,
        f.underPath ? sql`${account.placePath} <@ ${f.underPath}::ltree` : undefined,
        f.role ? sql`${f.role} = ANY(${account.roles})` : undefined,
        f.kind ? eq(account.kind, f.kind) : undefined,
        f.q
          ? or(
              ilike(account.username, `%${escapeLike(f.q)}%`),
              ilike(account.displayName, `%${escapeLike(f.q)}%`),
            )
          : undefined,
        page.after ? sql`${account.username} > ${page.after[0]}` : undefined,
      ),
    )
    .orderBy(asc(account.username))
    .limit(page.limit + 1);
}

export async function getAccountRow(tx: Tx, id: string) {
  const [row] = await tx
    .select({ a: account, placeName: place.name, districtId: place.districtId })
    .from(account)
    .leftJoin(place, eq(place.id, account.placeId))
    .where(eq(account.id, id));
  return row;
}

export async function unitIdsByAccount(tx: Tx, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) {
    return map;
  }
  const rows = await tx.select().from(accountUnit).where(inArray(accountUnit.accountId, ids));
  for (const r of rows) {
    map.set(r.accountId, [...(map.get(r.accountId) ?? []), r.unitId]);
  }
  return map;
}

/** Units visible to the caller among `ids` (row-level security hides the rest). */
export async function visibleUnitIds(tx: Tx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await tx.select({ id: unit.id }).from(unit).where(inArray(unit.id, ids));
  return rows.map((r) => r.id);
}

export async function setAccountUnits(tx: Tx, accountId: string, unitIds: string[]): Promise<void> {
  await tx.delete(accountUnit).where(eq(accountUnit.accountId, accountId));
  if (unitIds.length > 0) {
    await tx.insert(accountUnit).values(unitIds.map((unitId) => ({ accountId, unitId })));
  }
}
