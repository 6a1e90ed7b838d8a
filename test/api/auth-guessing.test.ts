import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

// Password guessing against the real limits (platform/rate-limit.ts, auth/sign-in-guard.ts) and the default
// security policy: 5 failures lock a name for its address for 15 minutes. Every scenario comes from its own
// addresses, so one scenario's counts never decide another's. Parallel requests race for real on PostgreSQL.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { realLimits: true });
});
afterAll(async () => {
  await t.close();
});

const RIGHT = 'Lianxin@2026';
const MAX_FAILED = 5;

const login = (username: string, password: string, from: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: from,
  });

/** How many passwords were checked and failed for an account: each check that fails is audited. */
async function failedChecks(username: string): Promise<number> {
  await t.services.audit.seal();
  const r = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event e
    JOIN account a ON a.id::text = e.target_id
    WHERE a.username = ${username} AND e.action IN ('auth.login_failed', 'auth.locked')`)) as unknown as {
    rows: { n: number }[];
  };
  return Number(r.rows[0]?.n);
}

function tally(codes: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const c of codes) {
    counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

/** The body without what differs by request (its id), as text: byte-identical means identical here. */
const sameness = (res: { statusCode: number; headers: Record<string, unknown>; json(): object }) =>
  JSON.stringify({
    status: res.statusCode,
    type: res.headers['content-type'],
    retryAfter: res.headers['retry-after'],
    body: { ...res.json(), requestId: undefined },
  });

describe('parallel guesses', () => {
  it('checks at most the policy’s five of 150 parallel wrong passwords', async () => {
    const codes = (
      await Promise.all(Array.from({ length: 150 }, () => login('leader', 'Wrong@pass1', '10.1.0.1')))
    ).map((r) => r.statusCode);
    const checked = await failedChecks('leader');
    console.info(`150 parallel wrong passwords: ${checked} checked; answers ${JSON.stringify(tally(codes))}`);
    expect(checked).toBe(MAX_FAILED);
    // Four plain failures, then the fifth locks; everything else is refused before any check.
    expect(codes.filter((c) => c === 401)).toHaveLength(MAX_FAILED - 1);
    expect(codes.every((c) => [401, 423, 429].includes(c))).toBe(true);
    // Locked for the name, and by now the address has spent its attempts too.
    expect([423, 429]).toContain((await login('leader', RIGHT, '10.1.0.1')).statusCode);
  });

  it('lets the right password in parallel with 30 wrong ones in only if it was among the five checked', async () => {
    const attempts = [
      ...Array.from({ length: 30 }, () => login('street', 'Wrong@pass1', '10.2.0.1')),
      login('street', RIGHT, '10.2.0.1'),
    ];
    const results = await Promise.all(attempts);
    const right = results.at(-1)?.statusCode;
    const wrong = results.slice(0, -1).map((r) => r.statusCode);
    const checked = await failedChecks('street');
    console.info(
      `30 wrong + 1 right in parallel: right answered ${right}; ${checked} wrong checked; ${JSON.stringify(tally(wrong))}`,
    );
    // The right one is one of the allowed tries or it is refused; never a sixth check.
    expect(checked + (right === 200 ? 1 : 0)).toBeLessThanOrEqual(MAX_FAILED);
    expect([200, 423]).toContain(right);
    if (right === 423) {
      expect((await login('street', RIGHT, '10.2.0.1')).statusCode).toBe(423);
    }
  });

  it('refuses the right password once the wrong ones have locked the name for that address', async () => {
    await Promise.all(Array.from({ length: 30 }, () => login('handler', 'Wrong@pass1', '10.3.0.1')));
    const right = await login('handler', RIGHT, '10.3.0.1');
    expect(right.statusCode).toBe(423);
    expect(await failedChecks('handler')).toBe(MAX_FAILED);
  });
});

describe('the lock-out is not a weapon', () => {
  it('an attacker’s address locking a name does not stop its owner signing in from elsewhere', async () => {
    for (let i = 0; i < MAX_FAILED; i++) {
      await login('community', 'Wrong@pass1', '10.4.0.66');
    }
    expect((await login('community', RIGHT, '10.4.0.66')).statusCode).toBe(423);
    expect((await login('community', RIGHT, '10.4.0.1')).statusCode).toBe(200);
    // The owner's success does not lift the attacker's lock.
    expect((await login('community', RIGHT, '10.4.0.66')).statusCode).toBe(423);
  });

  it('shows the account locked to the office, whose unlock lifts it for every address', async () => {
    for (let i = 0; i < MAX_FAILED; i++) {
      await login('resident2', 'Wrong@pass1', '10.8.0.66');
    }
    expect((await login('resident2', RIGHT, '10.8.0.66')).statusCode).toBe(423);
    const admin = await login('admin', RIGHT, '10.8.0.1');
    const cookie = `lx_session=${admin.cookies.find((c) => c.name === 'lx_session')?.value}`;
    const [row] = (
      (await t.database.db.execute(sql`SELECT id FROM account WHERE username = 'resident2'`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    const office = (method: 'GET' | 'POST', url: string) =>
      t.app.inject({ method, url, headers: { cookie }, remoteAddress: '10.8.0.1' });
    expect((await office('GET', `/api/accounts/${row?.id}`)).json().isLocked).toBe(true);
    const unlocked = await office('POST', `/api/accounts/${row?.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().isLocked).toBe(false);
    expect((await login('resident2', RIGHT, '10.8.0.66')).statusCode).toBe(200);
  });

  it('slows a guess spread over many addresses down to one try a minute, then lets the owner in', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 55; i++) {
        codes.push((await login('grid', 'Wrong@pass1', `10.5.${i}.1`)).statusCode);
      }
      // 50 failures an hour from everywhere, then one more each minute.
      expect(tally(codes)).toEqual({ 401: 51, 429: 4 });
      const slowed = await login('grid', RIGHT, '10.5.200.1');
      expect(slowed.statusCode).toBe(429);
      expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(60);
      vi.setSystemTime(Date.now() + 61_000);
      expect((await login('grid', RIGHT, '10.5.200.1')).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the answers do not tell which names exist', () => {
  it.each([
    ['a staff name', 'volunteer', 'volunteer-x'],
    ['a resident phone', '13800000001', '13800009999'],
  ])('%s: byte-identical answers on failure, on lock and while locked', async (_, known, unknown) => {
    const answers = async (name: string, from: string) => {
      const all = [];
      for (let i = 0; i < MAX_FAILED + 1; i++) {
        all.push(sameness(await login(name, 'Wrong@pass1', from)));
      }
      return all;
    };
    const forKnown = await answers(known, '10.6.0.1');
    const forUnknown = await answers(unknown, '10.6.0.2');
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.map((a) => JSON.parse(a).status)).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('takes about as long for an unknown name as for a wrong password', async () => {
    const time = async (name: string, tag: string) => {
      const start = performance.now();
      await login(name, 'Wrong@pass1', `10.7.${tag}.${name.length}`);
      return performance.now() - start;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    // Measured in pairs, back to back and in alternating order, so that load from elsewhere on the machine
    // (other test files run beside this one) falls on both sides of a pair: the gap is the median of the
    // pairs' differences.
    // Each round signs in as another account: a name's failures from everywhere are counted (and slowed
    // past fifty an hour), and a slowed name answers fast.
    const measure = async (round: number, name: string) => {
      const known: number[] = [];
      const differences: number[] = [];
      for (let i = 0; i < 21; i++) {
        const tag = `${round * 21 + i}`;
        const knownFirst = i % 2 === 0;
        const a = await time(knownFirst ? name : `${name}-x`, tag);
        const b = await time(knownFirst ? `${name}-x` : name, tag);
        const [k, u] = knownFirst ? [a, b] : [b, a];
        known.push(k);
        differences.push(k - u);
      }
      return { gap: median(differences), allowed: Math.max(5, median(known) * 0.2) };
    };
    // A leak (an unknown name skipping the password hash) shows in every round; a burst of load from a
    // neighbouring test rarely spoils three in a row.
    const rounds = [];
    for (const [round, name] of ['leader', 'volunteer', 'admin'].entries()) {
      const measured = await measure(round, name);
      rounds.push(measured);
      if (Math.abs(measured.gap) < measured.allowed) {
        break;
      }
    }
    console.info(
      rounds
        .map((r) => `median difference ${r.gap.toFixed(1)} ms (allowed ${r.allowed.toFixed(1)})`)
        .join('; '),
    );
    const last = rounds[rounds.length - 1];
    expect(Math.abs(last?.gap ?? Number.POSITIVE_INFINITY)).toBeLessThan(last?.allowed ?? 0);
  });
});
