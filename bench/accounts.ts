import { eq } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { account } from '../src/server/db/schema';
import type { Actor } from '../src/server/platform/context';
import { actorOf } from '../src/server/platform/session';

/** A demo account as the server sees it after sign-in (place, district, units from the database). */
export async function actorFor(database: Database, username: string): Promise<Actor> {
  const [row] = await database.db.select().from(account).where(eq(account.username, username));
  if (!row) {
    throw new Error(`bench: no demo account ${username}`);
  }
  return actorOf(database.db, row);
}

export const BENCH_META = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
