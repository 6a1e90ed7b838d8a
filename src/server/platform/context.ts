import type { Role } from '../../shared/roles';
import { type Db, type Deferred, type Tx, transactionWith } from '../db/client';
import { type AuditInput, appendAudit } from './audit';
import { type Cached, type ConfigCache, readConfigVersion } from './config-cache';
import type { Vault } from './crypto';

/** Who is asking. Staff see their place subtree; residents their own records; `system` is trusted code. */
export type Actor = {
  kind: 'staff' | 'resident' | 'public' | 'system';
  accountId: string | null;
  name: string | null;
  roles: Role[];
  /** Staff: the node they serve ('' or null = whole tree). Residents: their home. */
  placeId: string | null;
  placePath: string | null;
  /** The district of placeId, or null. */
  districtId: string | null;
  unitIds: string[];
};

export const PUBLIC_ACTOR: Actor = {
  kind: 'public',
  accountId: null,
  name: null,
  roles: [],
  placeId: null,
  placePath: null,
  districtId: null,
  unitIds: [],
};

export const SYSTEM_ACTOR: Actor = { ...PUBLIC_ACTOR, kind: 'system', name: 'system' };

/**
 * The subtree a caller's queries are limited to: '*' the whole tree, '' nothing (residents and the
 * public reach rows only through their own account id), else an ltree path. Derived from the stored
 * account, never from anything the client sent.
 */
export function scopeOf(actor: Actor): string {
  if (actor.kind === 'system') {
    return '*';
  }
  if (actor.kind !== 'staff') {
    return '';
  }
  return actor.placePath || '*';
}

export type RequestMeta = {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** The configuration count, when the request learnt it with its session (platform/config-cache.ts). */
  configVersion?: number;
};

/** What a service receives (STYLE.md): no globals, so the same code runs in tests with a fake clock. */
export type Ctx = {
  tx: Tx;
  actor: Actor;
  now: Date;
  /** The installation's IANA time zone (LIANXIN_TIME_ZONE): its days, office hours and wall-clock times. */
  zone: string;
  meta: RequestMeta;
  vault: Vault;
  /**
   * Records an audit entry, by the caller or by `as` (sign-in audits the account before it is the caller); it
   * commits with the transaction and the sealer chains it moments after.
   */
  audit(entry: AuditInput, as?: Actor): Promise<void>;
  /**
   * Writes an INSERT with COMMIT instead of now (db/client.ts transactionWith): for append-only rows that
   * nothing later in this transaction reads — a timeline event, a notice, an audit entry.
   */
  later(insert: Deferred): void;
  /** A piece of configuration from this process's copy, never older than what this transaction can see. */
  cached<T>(piece: Cached<T>): Promise<T>;
};

export type Services = { db: Db; vault: Vault; clock: () => Date; zone: string; cache: ConfigCache };

/** The database role each kind of caller's transaction runs under (migrations 0004 and 0014). */
const DATABASE_ROLES: Record<Exclude<Actor['kind'], 'system'>, string> = {
  staff: 'lianxin_staff',
  resident: 'lianxin_resident',
  public: 'lianxin_public',
};

/**
 * Runs `fn` in one transaction as the caller: under a non-superuser role (`lianxin_staff` or
 * `lianxin_resident`, both members of `lianxin_app`; `lianxin_public` for nobody signed in, a member of
 * nothing) with the caller's scope in transaction-local settings, so row-level security filters every statement even where a query
 * forgot its own scope filter. Everything the request writes, its audit entries included, commits or rolls
 * back together.
 */
export async function runAs<T>(
  services: Services,
  actor: Actor,
  meta: RequestMeta,
  fn: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  // Staff and residents get their own role: each has policies that stay plain, indexable conditions.
  // set_config('role', …, true) is SET LOCAL ROLE; sent with BEGIN, the settings cost no round trip.
  const settings: [string, string][] =
    actor.kind === 'system'
      ? []
      : [
          ['role', DATABASE_ROLES[actor.kind]],
          ['lianxin.scope', scopeOf(actor)],
          ['lianxin.kind', actor.kind],
          ['lianxin.account_id', actor.accountId ?? ''],
          ['lianxin.roles', actor.roles.join(',')],
          ['lianxin.units', actor.unitIds.join(',')],
        ];
  return transactionWith(services.db, settings, async (tx, defer) => {
    const now = services.clock();
    let version: Promise<number> | undefined =
      meta.configVersion === undefined ? undefined : Promise.resolve(meta.configVersion);
    // The public role may not read every configuration table: what it loads is used, never kept.
    const keeps = actor.kind !== 'public';
    const ctx: Ctx = {
      tx,
      actor,
      now,
      zone: services.zone,
      meta,
      vault: services.vault,
      later: defer,
      async audit(entry, as = actor) {
        appendAudit(tx, defer, { actor: as, meta, at: now }, entry);
      },
      async cached(piece) {
        version ??= readConfigVersion(tx);
        return keeps ? services.cache.read(tx, await version, piece) : piece.load(tx);
      },
    };
    return fn(ctx);
  });
}
