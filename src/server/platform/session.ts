import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../shared/roles';
import type { Db, Tx } from '../db/client';
import { account, session } from '../db/schema';
import type { Actor } from './context';
import { randomToken, sha256 } from './crypto';

export const SESSION_COOKIE = 'lx_session';
// Writing last_seen_at on every request would make every read a write; a minute of slack is harmless.
const TOUCH_AFTER_MS = 60_000;

export type SessionState = {
  sessionId: string;
  actor: Actor;
  mustChangePassword: boolean;
  totpEnabled: boolean;
};

type AccountRow = typeof account.$inferSelect;

/** The actor an account acts as: its place, district and units, all from the database. */
export async function actorOf(db: Db | Tx, row: AccountRow): Promise<Actor> {
  // One round trip (this runs on every request): the account's units and its home's district.
  const result = (await db.execute(sql`SELECT coalesce(json_agg(unit_id), '[]'::json) AS units,
      (SELECT district_id FROM place WHERE id = ${row.placeId}) AS district
    FROM account_unit WHERE account_id = ${row.id}`)) as unknown as {
    rows: { units: string[] | string; district: string | null }[];
  };
  const found = result.rows[0];
  const units =
    typeof found?.units === 'string' ? (JSON.parse(found.units) as string[]) : (found?.units ?? []);
  return {
    kind: row.kind === 'resident' ? 'resident' : 'staff',
    accountId: row.id,
    name: row.displayName,
    roles: row.roles as Role[],
    placeId: row.placeId,
    placePath: row.placePath,
    districtId: found?.district ?? null,
    unitIds: units,
  };
}

export async function createSession(
  db: Db | Tx,
  accountId: string,
  meta: { ip: string | null; userAgent: string | null },
  now: Date,
): Promise<string> {
  const token = randomToken();
  await db.insert(session).values({
    id: sha256(token),
    accountId,
    createdAt: now,
    lastSeenAt: now,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/**
 * The session behind a cookie token, or why there is none. Runs as trusted code: the caller is not yet
 * known. An idle session is revoked on sight.
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  idleMinutes: number,
): Promise<SessionState | 'expired' | null> {
  const id = sha256(token);
  const [row] = await db
    .select({ s: session, a: account })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .where(and(eq(session.id, id), isNull(session.revokedAt)));
  if (!row || row.a.status !== 'active') {
    return null;
  }
  const idleMs = now.getTime() - row.s.lastSeenAt.getTime();
  if (idleMs > idleMinutes * 60_000) {
    await db.update(session).set({ revokedAt: now }).where(eq(session.id, id));
    return 'expired';
  }
  if (idleMs > TOUCH_AFTER_MS) {
    await db.update(session).set({ lastSeenAt: now }).where(eq(session.id, id));
  }
  return {
    sessionId: id,
    actor: await actorOf(db, row.a),
    mustChangePassword: row.a.mustChangePassword,
    totpEnabled: row.a.totpEnabled,
  };
}

/** Ends every session of an account (sign-out, password change, admin reset, disabling). */
export async function revokeSessions(db: Db | Tx, accountId: string, now: Date): Promise<void> {
  await db
    .update(session)
    .set({ revokedAt: now })
    .where(and(eq(session.accountId, accountId), isNull(session.revokedAt)));
}
