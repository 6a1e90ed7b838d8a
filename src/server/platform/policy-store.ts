import { eq } from 'drizzle-orm';
import type { SecurityPolicy } from '../../shared/accounts';
import type { Db, Tx } from '../db/client';
import { securityPolicy } from '../db/schema';

export const DEFAULT_POLICY: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  maxFailedLogins: 5,
  lockMinutes: 15,
  sessionIdleMinutes: 30,
  totpRequiredRoles: [],
};

/**
 * The security policy, read at most every few seconds; every server picks up a change within that time.
 * Inside a transaction pass its `tx`: PGlite has one connection, so a read through `db` would wait for the
 * open transaction forever.
 */
export type PolicyStore = { get(tx?: Tx): Promise<SecurityPolicy>; invalidate(): void };

export function createPolicyStore(db: Db, defaults: SecurityPolicy, ttlMs = 5000): PolicyStore {
  let cached: { at: number; value: SecurityPolicy } | undefined;
  return {
    async get(tx) {
      if (cached && Date.now() - cached.at < ttlMs) {
        return cached.value;
      }
      const [row] = await (tx ?? db).select().from(securityPolicy).where(eq(securityPolicy.id, 1));
      const value = { ...defaults, ...((row?.policy as Partial<SecurityPolicy> | undefined) ?? {}) };
      cached = { at: Date.now(), value };
      return value;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

export async function readPolicy(tx: Tx, defaults: SecurityPolicy): Promise<SecurityPolicy> {
  const [row] = await tx.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
  return { ...defaults, ...((row?.policy as Partial<SecurityPolicy> | undefined) ?? {}) };
}
