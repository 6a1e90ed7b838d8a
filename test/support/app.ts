import { readFileSync, rmSync } from 'node:fs';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createServices } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config';
import { type Database, openDatabase } from '../../src/server/db/client';
import { LIMITS } from '../../src/server/platform/rate-limit';
import { adminQuery, TEST_AUDIT_KEY, TEST_SECRET, uniqueName, withDatabase } from './template';

export type TestClock = { now: Date; advance(ms: number): void };

/** A fresh database cloned from the run's template. */
export async function cloneDatabase(
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

/**
 * Request limits no suite meets however often it signs in or submits (all from one address, in seconds);
 * the sign-in lock-out still follows the security policy. Tests of the limits ask for the real ones.
 */
const UNREACHABLE_LIMITS = Object.fromEntries(Object.values(LIMITS).map((l) => [l.env, '1000000/1h']));

/** The real app on a cloned database, with a clock the test moves. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { connectVia?: (url: string) => string; realLimits?: boolean } = {},
) {
  const { database, drop } = await cloneDatabase(options);
  // Each app its own anchor file: test files run in parallel and each checks its own checkpoints.
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
  const app = await buildApp(services, database, { logger: false });
  await app.ready();

  /** Signs in and returns the cookie header value. */
  async function login(username: string, password = 'Lianxin@2026'): Promise<string> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) {
      throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    }
    const cookie = res.cookies.find((c) => c.name === 'lx_session');
    return `lx_session=${cookie?.value}`;
  }

  return {
    app,
    database,
    services,
    clock,
    sms,
    login,
    async close() {
      await app.close();
      await database.close();
      await drop();
      rmSync(anchorFile, { force: true });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
