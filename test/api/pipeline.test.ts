import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';

/**
 * The request pipeline's shortcuts keep what they replace: an audit entry written with COMMIT as literals
 * (db/client.ts transactionWith) carries exactly the text it was given, quotes, backslashes and all, and
 * commits or rolls back with its request.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the audit entry that travels with COMMIT', () => {
  it('keeps a typed name with quotes, backslashes, $1 and Chinese exactly', async () => {
    const typed = `o'brien\\'); DROP TABLE ticket; -- $1 $$ 何秀英 \\x00`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: typed, password: 'wrong-password-1' },
    });
    expect(res.statusCode).toBe(401);
    const found = await rowsOf<{ username: string }>(
      t.database.db,
      sql`SELECT after->>'username' AS username FROM audit_pending WHERE action = 'auth.login_failed'
        UNION ALL SELECT after->>'username' FROM audit_event WHERE action = 'auth.login_failed'`,
    );
    expect(found.map((r) => r.username)).toContain(typed);
    const [table] = await rowsOf<{ there: boolean }>(
      t.database.db,
      sql`SELECT to_regclass('ticket') IS NOT NULL AS there`,
    );
    expect(table?.there).toBe(true);
  });
});
