import { readFileSync, rmSync } from 'node:fs';
import { inject } from 'vitest';
import { createServices } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config';
import { type Database, openDatabase } from '../../src/server/db/client';
import { type Actor, type Ctx, type RequestMeta, runAs } from '../../src/server/platform/context';
import { LIMITS } from '../../src/server/platform/rate-limit';
import { adminQuery, TEST_AUDIT_KEY, TEST_SECRET, uniqueName, withDatabase } from './template';

/** A fresh database cloned from the run's template (test/support/global-setup.ts). */
async function cloneDatabase(
  options: { connectVia?: (url: string) => string } = {},
): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const template = inject('templateDatabase');
  if (!url || !template) {
    const blob = new Blob([readFileSync(inject('templateFile'))]);
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir: blob });
    return { database, drop: async () => {} };
  }
  const name = uniqueName('lianxin_t');
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const direct = withDatabase(url, name);
  const database = await openDatabase({
    databaseUrl: options.connectVia ? options.connectVia(direct) : direct,
    poolSize: 5,
    connectTimeoutMs: 2000,
  });
  return {
    database,
    drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export type TestClock = { now: Date; advance(ms: number): void };

/**
 * Request limits no suite meets however often it signs in or submits (all from one address, in seconds);
 * the sign-in lock-out still follows the security policy. Tests of the limits ask for the real ones.
 */
const UNREACHABLE_LIMITS = Object.fromEntries(Object.values(LIMITS).map((l) => [l.env, '1000000/1h']));

/** What a test's service calls carry as their request: no address a limit or an audit entry would mistake. */
export const TEST_META: RequestMeta = { ip: '127.0.0.1', userAgent: 'vitest', requestId: null };

export type TestServicesOptions = { connectVia?: (url: string) => string; realLimits?: boolean };

/**
 * The server's services on a database cloned from the run's template, with a clock the test moves and the
 * SMS outbox's lines — everything a request has except HTTP. The API tier builds its app on this; the service
 * tier calls use cases through {@link TestServices.as}.
 */
export async function createTestServices(
  env: Record<string, string> = {},
  options: TestServicesOptions = {},
) {
  const { database, drop } = await cloneDatabase(options);
  // Each its own anchor file: test files run in parallel and each checks its own checkpoints.
  const anchorFile = `.tmp/${uniqueName('audit-anchors')}.jsonl`;
  const config = loadConfig({
    LIANXIN_MODE: 'test',
    LIANXIN_DATA_DIR: '.tmp/unused',
    LIANXIN_WEB_DIR: '.tmp/no-web',
    LIANXIN_AUDIT_ANCHOR_FILE: anchorFile,
    LOG_LEVEL: 'silent',
    ...(options.realLimits ? {} : UNREACHABLE_LIMITS),
    ...env,
  });
  const clock: TestClock = {
    now: new Date(),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const sms: string[] = [];
  const services = createServices(
    config,
    database,
    { secret: TEST_SECRET, audit: TEST_AUDIT_KEY },
    (line) => sms.push(line),
    () => clock.now,
  );
  return {
    database,
    services,
    clock,
    sms,
    /**
     * Runs a use case as `actor` the way a request does (platform/context.ts runAs): one transaction under the
     * caller's database role and scope settings, so row-level security applies, and an audit trail bound to it.
     */
    as<T>(actor: Actor, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
      return runAs(services, actor, TEST_META, fn);
    },
    async close() {
      await database.close();
      await drop();
      rmSync(anchorFile, { force: true });
    },
  };
}
export type TestServices = Awaited<ReturnType<typeof createTestServices>>;
