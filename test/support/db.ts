import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../src/server/db/client';

/**
 * The rows of a raw SQL statement, on a database or inside a transaction: `execute` answers a driver result
 * whose rows drizzle does not type.
 */
export async function rowsOf<T = Record<string, unknown>>(
  db: Pick<Db | Tx, 'execute'>,
  query: SQL,
): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
