import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../shared/roles';
import type { Db, Tx } from '../db/client';
import { prepared } from '../db/prepared';
import { account, session } from '../db/schema';
import { CONFIG_VERSION_COLUMN } from './config-cache';
import type { Actor } from './context';
import { randomToken, sha256 } from './crypto';

export const SESSION_COOKIE = 'lx_session';
// Writing last_seen_at on every request would make every read a write; a minute of slack is harmless.
const TOUCH_AFTER_MS = 60_000;

export type SessionState = {
  sessionId: string;
  actor: Actor;
  /** The configuration count, read with the session so that a request learns it for free. */
  configVersion: number;
  mustChangePassword: boolean;
  totpEnabled: boolean;
};

type AccountRow = typeof account.$inferSelect;

// An account's units and its home's district, as columns of the statement that reads the account.
const unitsOf = (accountId: SQL | string) =>
  sql<
    string[] | string
  >`(SELECT coalesce(json_agg(unit_id), '[]'::json) FROM account_unit WHERE account_id = ${accountId})`;
const districtOf = (placeId: SQL | string | null) =>
  sql<string | null>`(SELECT district_id FROM place WHERE id = ${placeId})`;

/** The actor an account acts as: its place, district and units, all from the database. */
export async function actorOf(db: Db | Tx, row: AccountRow): Promise<Actor> {
  const result = (await db.execute(
    sql`SELECT ${unitsOf(row.id)} AS units, ${districtOf(row.placeId)} AS district`,
  )) as unknown as { rows: { units: string[] | string; district: string | null }[] };
  return actorFrom(row, result.rows[0]?.units ?? [], result.rows[0]?.district ?? null);
}

type ActorFacts = Pick<AccountRow, 'id' | 'kind' | 'displayName' | 'roles' | 'placeId' | 'placePath'>;

function actorFrom(row: ActorFacts, found: string[] | string, district: string | null): Actor {
  // json comes back parsed from pg and as text from some drivers' execute paths.
  const units = typeof found === 'string' ? (JSON.parse(found) as string[]) : found;
  return {
    kind: row.kind === 'resident' ? 'resident' : 'staff',
    accountId: row.id,
    name: row.displayName,
    roles: row.roles as Role[],
    placeId: row.placeId,
    placePath: row.placePath,
    districtId: district,
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

// One round trip on every request: the session, its account, the account's units and district, and the
// configuration count — the columns a request needs, not the whole rows.
const lookUpSession = prepared('session', (db) =>
  db
    .select({
      lastSeenAt: session.lastSeenAt,
      a: {
        id: account.id,
        kind: account.kind,
        displayName: account.displayName,
        roles: account.roles,
        placeId: account.placeId,
        placePath: account.placePath,
        status: account.status,
        mustChangePassword: account.mustChangePassword,
        totpEnabled: account.totpEnabled,
      },
      units: unitsOf(sql`${account.id}`),
      district: districtOf(sql`${account.placeId}`),
      configVersion: CONFIG_VERSION_COLUMN,
    })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .where(and(eq(session.id, sql.placeholder('id')), isNull(session.revokedAt))),
);

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
  const [row] = await lookUpSession(db).execute({ id });
  if (!row || row.a.status !== 'active') {
    return null;
  }
  const idleMs = now.getTime() - row.lastSeenAt.getTime();
  if (idleMs > idleMinutes * 60_000) {
    await db.update(session).set({ revokedAt: now }).where(eq(session.id, id));
    return 'expired';
  }
  if (idleMs > TOUCH_AFTER_MS) {
    await db.update(session).set({ lastSeenAt: now }).where(eq(session.id, id));
  }
  return {
    sessionId: id,
    actor: actorFrom(row.a, row.units ?? [], row.district),
    configVersion: Number(row.configVersion),
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
