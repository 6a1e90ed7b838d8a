import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';

/** Tries a transaction advisory lock: false when another server's sweep holds it (this round is skipped). */
export async function trySweepLock(ctx: Ctx, key: number): Promise<boolean> {
  const locked = (await ctx.tx.execute(sql`SELECT pg_try_advisory_xact_lock(${key}) AS ok`)) as unknown as {
    rows: { ok: boolean }[];
  };
  return locked.rows[0]?.ok === true;
}

/** The installation's wall-clock day and hour of an instant. */
export function wallDayHour(minute: string): { day: string; hour: number } {
  return { day: minute.slice(0, 10), hour: Number(minute.slice(11, 13)) };
}
