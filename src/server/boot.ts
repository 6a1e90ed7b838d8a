import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from './config';
import { type Database, openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { seedReferenceData } from './db/seed/reference';
import { createVault } from './platform/crypto';
import { isDatabaseUnavailable } from './platform/db-errors';
import { createDiskStore } from './platform/files';
import type { AppServices } from './platform/http';
import { createPolicyStore } from './platform/policy-store';
import { createRateLimits } from './platform/rate-limit';
import { createS3Store } from './platform/s3';
import { createOutboxSms, createWebhookSms } from './platform/sms';
import { createWechatServices } from './platform/wechat';

/**
 * The encryption key for personal numbers. Production: LIANXIN_SECRET_KEY, required. Demo and tests: a key
 * file in the data directory, created on first start (outside the database either way).
 */
export function loadSecret(config: Config): Buffer {
  if (config.secretKey) {
    return Buffer.from(config.secretKey, 'base64');
  }
  if (config.mode === 'production') {
    throw new Error('LIANXIN_SECRET_KEY is required in production (32 bytes, base64)');
  }
  const file = path.join(config.dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/**
 * Opens the configured database. PostgreSQL that cannot be reached yet (booting together with the server,
 * a failover in progress) is tried again with growing pauses rather than ending the process.
 */
export async function openConfiguredDatabase(
  config: Config,
  log: (line: string) => void = console.error,
): Promise<Database> {
  const options = { databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, 'pgdata') };
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
  secret: Buffer,
  log: (line: string) => void,
  clock: () => Date = () => new Date(),
): AppServices {
  const vault = createVault(secret);
  return {
    config,
    db: database.db,
    vault,
    clock,
    policy: createPolicyStore(database.db, config.defaultPolicy),
    sms: config.smsWebhookUrl ? createWebhookSms(config.smsWebhookUrl) : createOutboxSms(vault, log),
    wechat: createWechatServices(config.wechat, log),
    files: config.s3 ? createS3Store(config.s3) : createDiskStore(path.join(config.dataDir, 'files')),
    limits: createRateLimits(database.db, vault, config.limits),
  };
}
