import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transactionWith } from '../../src/server/db/client';
import { prepared } from '../../src/server/db/prepared';
import { account, session } from '../../src/server/db/schema';
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

describe('statements built once per process (db/prepared.ts)', () => {
  const scopeSetting = prepared('test_scope_setting', (on) =>
    on
      .select({ scope: sql<string | null>`current_setting('lianxin.scope', true)` })
      .from(sql`(SELECT 1) AS one`),
  );
  const touchSession = prepared('test_revoke_session', (on) =>
    on
      .update(session)
      .set({ revokedAt: sql.placeholder('at') as unknown as Date })
      .where(eq(session.id, sql.placeholder('id'))),
  );
  const findAccount = prepared('test_account_name', (on) =>
    on
      .select({ name: account.displayName })
      .from(account)
      .where(eq(account.username, sql.placeholder('username'))),
  );

  it("run inside the caller's transaction, with its settings, on either driver", async () => {
    // Built on the pool first: a copy that kept the pool as its client would miss the transaction's settings.
    const outside = await scopeSetting(t.database.db).execute();
    expect(outside[0]?.scope ?? '').toBe('');
    const inside = await transactionWith(t.database.db, [['lianxin.scope', 'x.y']], (tx) =>
      scopeSetting(tx).execute(),
    );
    expect(inside[0]?.scope).toBe('x.y');
  });

  it('fill in the values of each use, not those of the first', async () => {
    const [first] = await findAccount(t.database.db).execute({ username: 'community' });
    const [second] = await findAccount(t.database.db).execute({ username: 'resident' });
    expect(first?.name).toBeTruthy();
    expect(second?.name).toBeTruthy();
    expect(second?.name).not.toBe(first?.name);
  });

  it('take null for a timestamp, as a plain Drizzle statement does', async () => {
    await expect(
      touchSession(t.database.db).execute({ at: null, id: 'no-such-session' }),
    ).resolves.toBeDefined();
    await expect(
      touchSession(t.database.db).execute({ at: new Date(), id: 'no-such-session' }),
    ).resolves.toBeDefined();
  });
});
