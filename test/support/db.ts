import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../src/server/db/client';
import { MIGRATIONS_DIR } from '../../src/server/db/migrate';

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

/** The committed migrations up to and including `last`, in a folder of their own. */
export function migrationsUpTo(last: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lianxin-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((e) => e.tag === last);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}
