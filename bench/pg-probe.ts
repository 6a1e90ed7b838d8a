import pg from 'pg';

// Evidence for "where does the time go" on PostgreSQL: how long each kind of statement takes as the app sees it
// (lock waits included), how long a request waits for a pooled connection, and what the server's backends are
// doing while the load runs. Measurement only: the wrappers are removed when stopped.

export type StatementStat = {
  statement: string;
  count: number;
  totalMs: number;
  meanMs: number;
  p99Ms: number;
};

type Callback = (...args: unknown[]) => void;
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
type Connect = (this: pg.Pool, ...args: unknown[]) => unknown;

/** A statement's kind: verb and table (`insert ticket`, `select audit_head for update`, `begin` …). */
export function statementKind(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  const write = /^(insert into|update|delete from) "?(\w+)"?/i.exec(s);
  if (write) {
    return `${write[1]?.toLowerCase()} ${write[2]}`;
  }
  if (/^(select|with)\b/i.test(s)) {
    const from = /\bfrom "?(\w+)"?/i.exec(s);
    const lock = /\bfor update\b/i.test(s) ? ' for update' : '';
    return from ? `select ${from[1]}${lock}` : s.slice(0, 48);
  }
  return s.slice(0, 48).toLowerCase();
}

/** Times every statement the pg driver sends, and every wait for a pooled connection, until stopped. */
export function profileStatements() {
  const times = new Map<string, number[]>();
  const record = (kind: string, ms: number) => {
    const list = times.get(kind) ?? [];
    list.push(ms);
    times.set(kind, list);
  };
  const query = pg.Client.prototype.query as unknown as Query;
  const connect = pg.Pool.prototype.connect as unknown as Connect;
  const timed = <T>(kind: string, args: unknown[], call: (args: unknown[]) => T): T => {
    const t0 = performance.now();
    const last = args.at(-1);
    if (typeof last === 'function') {
      const done: Callback = (...results) => {
        record(kind, performance.now() - t0);
        (last as Callback)(...results);
      };
      return call([...args.slice(0, -1), done]);
    }
    const result = call(args);
    if (result instanceof Promise) {
      result.then(
        () => record(kind, performance.now() - t0),
        () => record(kind, performance.now() - t0),
      );
    }
    return result;
  };
  (pg.Client.prototype as unknown as { query: Query }).query = function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    return timed(statementKind(text), args, (a) => query.apply(this, a));
  };
  (pg.Pool.prototype as unknown as { connect: Connect }).connect = function (
    this: pg.Pool,
    ...args: unknown[]
  ) {
    return timed('(wait for a pooled connection)', args, (a) => connect.apply(this, a));
  };
  return {
    stop(): StatementStat[] {
      (pg.Client.prototype as unknown as { query: Query }).query = query;
      (pg.Pool.prototype as unknown as { connect: Connect }).connect = connect;
      return [...times]
        .map(([statement, list]) => {
          const sorted = [...list].sort((a, b) => a - b);
          const total = list.reduce((a, b) => a + b, 0);
          return {
            statement,
            count: list.length,
            totalMs: Math.round(total),
            meanMs: +(total / list.length).toFixed(2),
            p99Ms: +(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0).toFixed(2),
          };
        })
        .sort((a, b) => b.totalMs - a.totalMs);
    },
  };
}

export type ActivityStat = { samples: number; backends: Record<string, number> };

/**
 * Samples pg_stat_activity of one database every `everyMs` on its own connection: the average number of
 * backends in each state (`active`, `active: Lock/transactionid`, `idle in transaction: Client/ClientRead` …).
 */
export async function sampleActivity(url: string, database: string, everyMs = 50) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ what: string; n: number }>(
        `SELECT state || coalesce(': ' || wait_event_type || '/' || wait_event, '') AS what, count(*)::int AS n
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
         GROUP BY 1`,
        [database],
      );
      samples++;
      for (const r of rows) {
        counts.set(r.what, (counts.get(r.what) ?? 0) + r.n);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop(): Promise<ActivityStat> {
      running = false;
      await loop;
      await client.end();
      const backends = Object.fromEntries(
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([what, n]) => [what, +(n / Math.max(1, samples)).toFixed(2)]),
      );
      return { samples, backends };
    },
  };
}
