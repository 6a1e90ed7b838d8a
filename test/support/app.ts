import { buildApp } from '../../src/server/app';
import { createTestServices, type TestServicesOptions } from './services';

/** The real app on a cloned database, with a clock the test moves (test/support/services.ts). */
export async function createTestApp(env: Record<string, string> = {}, options: TestServicesOptions = {}) {
  const t = await createTestServices(env, options);
  const app = await buildApp(t.services, t.database, { logger: false });
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
    ...t,
    app,
    login,
    async close() {
      await app.close();
      await t.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
