import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from './config';
import { type Database, openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { PERMISSION_TABLE } from './permissions';
import { auditKeys } from './platform/audit';
import { createAuditTrail } from './platform/audit-seal';
import { createConfigCache } from './platform/config-cache';
import { createVault } from './platform/crypto';
import { isDatabaseUnavailable } from './platform/db-errors';
import { createDiskStore } from './platform/files';
import type { AppServices } from './platform/http';
import { createPolicyStore } from './platform/policy-store';
import { createRateLimits } from './platform/rate-limit';
import { createS3Store } from './platform/s3';
import { createOutboxSms, createWebhookSms } from './platform/sms';
import { createWechatServices } from './platform/wechat';
import { seedReferenceData } from './seed/reference';

/**
 * A 32-byte key from configuration. Production: the variable, required. Demo and tests: a key file in the data
 * directory, created on first start (outside the database either way).
 */
function loadKey(config: Config, given: string | undefined, variable: string, fileName: string): Buffer {
  if (given) {
    return Buffer.from(given, 'base64');
  }
  if (config.mode === 'production') {
    throw new Error(`${variable} is required in production (32 bytes, base64)`);
  }
  const file = path.join(config.dataDir, fileName);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/** The keys the server holds and the database never sees. */
export type Keys = {
  /** Encrypts personal numbers (LIANXIN_SECRET_KEY). */
  secret: Buffer;
  /** Chains the audit trail and signs its checkpoints (LIANXIN_AUDIT_KEY); separate, so either can rotate. */
  audit: Buffer;
};

export function loadKeys(config: Config): Keys {
  return {
    secret: loadKey(config, config.secretKey, 'LIANXIN_SECRET_KEY', 'secret.key'),
    audit: loadKey(config, config.auditKey, 'LIANXIN_AUDIT_KEY', 'audit.key'),
  };
}

/**
 * Opens the configured database. PostgreSQL that cannot be reached yet (booting together with the server,
 * a failover in progress) is tried again with growing pauses rather than ending the process.
 */
export async function openConfiguredDatabase(
  config: Config,
  log: (line: string) => void = console.error,
): Promise<Database> {
  const options = {
    databaseUrl: config.databaseUrl,
    dataDir: path.join(config.dataDir, 'pgdata'),
    poolSize: config.dbPool,
    statementTimeoutMs: config.statementTimeoutMs,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await openDatabase(options);
    } catch (error) {
      if (!config.databaseUrl || !isDatabaseUnavailable(error)) {
        throw error;
      }
      const seconds = Math.min(2 ** attempt, 30);
      log(`database unreachable (${(error as Error).message}); trying again in ${seconds} s`);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

/**
 * Prepares the configured database: through LIANXIN_MIGRATION_URL when set (the tables' owner migrates, the
 * server's own role needs only its grants), else through the server's connection.
 */
export async function prepareConfiguredDatabase(config: Config, database: Database): Promise<void> {
  if (!config.migrationUrl || database.kind !== 'postgres') {
    await prepareDatabase(database);
    return;
  }
  const owner = await openDatabase({ databaseUrl: config.migrationUrl, poolSize: 1 });
  try {
    await prepareDatabase(owner);
  } finally {
    await owner.close();
  }
}

/**
 * What is wrong with the server's own database role: a superuser or a role that bypasses row-level security
 * would make the policies decoration (docs/reliability.md).
 */
export async function roleWarnings(database: Database): Promise<string[]> {
  if (database.kind !== 'postgres') {
    return [];
  }
  const result = (await database.db.execute(
    sql`SELECT current_user AS name, rolsuper AS super, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
  )) as unknown as { rows: { name: string; super: boolean; bypass: boolean }[] };
  const role = result.rows[0];
  if (!role || (!role.super && !role.bypass)) {
    return [];
  }
  return [
    `the server connects as ${role.name}, which ${role.super ? 'is a superuser' : 'bypasses row-level security'}: ` +
      'row-level security does not fence it; see README "PostgreSQL roles"',
  ];
}

/** Migrations plus the rows every installation needs (security policy, taxonomy, deadline rules, calendar). */
export async function prepareDatabase(database: Database): Promise<void> {
  await migrateDatabase(database);
  await database.db.execute(
    sql`INSERT INTO security_policy (id, policy) VALUES (1, '{}'::jsonb) ON CONFLICT DO NOTHING`,
  );
  await seedReferenceData(database.db);
}

export function createServices(
  config: Config,
  database: Database,
  keys: Keys,
  log: (line: string) => void,
  clock: () => Date = () => new Date(),
): AppServices {
  const vault = createVault(keys.secret);
  return {
    config,
    db: database.db,
    vault,
    clock,
    zone: config.timeZone,
    cache: createConfigCache(),
    audit: createAuditTrail({
      db: database.db,
      keys: auditKeys(keys.audit),
      anchors: config.auditAnchors,
      clock,
    }),
    policy: createPolicyStore(database.db, config.defaultPolicy),
    sms: config.smsWebhookUrl ? createWebhookSms(config.smsWebhookUrl) : createOutboxSms(vault, log),
    wechat: createWechatServices(config.wechat, config.timeZone, log),
    files: config.s3 ? createS3Store(config.s3) : createDiskStore(path.join(config.dataDir, 'files')),
    limits: createRateLimits(database.db, vault, config.limits),
    permissions: PERMISSION_TABLE,
  };
}
