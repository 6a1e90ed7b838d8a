import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';

/**
 * A piece of configuration a server keeps in memory (categories, deadline rules, the work calendar): read on
 * almost every request, changed by an administrator a few times a year. Declared once by the module that owns
 * the tables; `load` reads it in full.
 */
export type Cached<T> = { name: string; load: (tx: Tx) => Promise<T> };

export function cached<T>(name: string, load: (tx: Tx) => Promise<T>): Cached<T> {
  // A Drizzle query is a lazy thenable that runs again at each await: settle it once, inside its transaction.
  return { name, load: async (tx) => await load(tx) };
}

/**
 * One server process's copies, each kept with the `config_version` count it was loaded at. Triggers on the
 * configuration tables add one to that count in the changing transaction, so a request that sees the new count
 * also sees the new rows and reloads: no copy is used after a change is visible, in this process or any other
 * sharing the database.
 */
export type ConfigCache = {
  read<T>(tx: Tx, version: number, piece: Cached<T>): Promise<T>;
  /** How many loads it has made: for tests and benchmarks. */
  loads(): number;
};

export function createConfigCache(): ConfigCache {
  const copies = new Map<string, { version: number; value: Promise<unknown> }>();
  let loads = 0;
  return {
    read<T>(tx: Tx, version: number, piece: Cached<T>): Promise<T> {
      const copy = copies.get(piece.name);
      // A copy loaded at a later count than this request's is newer than what it may see: load its own.
      if (copy && copy.version === version) {
        return copy.value as Promise<T>;
      }
      loads++;
      const value = piece.load(tx);
      if (!copy || copy.version < version) {
        copies.set(piece.name, { version, value });
        // A failed load (the database lost mid-request) is not kept.
        value.catch(() => {
          if (copies.get(piece.name)?.value === value) {
            copies.delete(piece.name);
          }
        });
      }
      return value;
    },
    loads: () => loads,
  };
}

/** The count as the caller's snapshot sees it, for requests that did not learn it with their session. */
export async function readConfigVersion(tx: Tx | Db): Promise<number> {
  const result = (await tx.execute(sql`SELECT version FROM config_version WHERE id = 1`)) as unknown as {
    rows: { version: number | string }[];
  };
  return Number(result.rows[0]?.version ?? 0);
}

/** The count as a column of another statement (the session look-up), so that learning it costs no round trip. */
export const CONFIG_VERSION_COLUMN = sql<string>`(SELECT version FROM config_version WHERE id = 1)`;
