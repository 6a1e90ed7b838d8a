import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { type Database, openDatabase } from '../src/server/db/client';
import { adminQuery, uniqueName, withDatabase } from '../test/support/template';
import { benchPipeline } from './pipeline';
import { benchPlaces } from './places';
import { benchTickets } from './tickets';

/**
 * `npm run bench [-- places|tickets …]`: measurements, never assertions; every benchmark by default. PGlite by
 * default; DATABASE_URL runs the same on PostgreSQL, each benchmark in its own scratch database that is dropped
 * afterwards. Results go to bench/results/<benchmark>-<pglite|postgres>.json.
 *
 * Intake (the request pipeline side by side with bare writes): BENCH_SECONDS (20 on PostgreSQL, 10 on PGlite),
 * BENCH_CONNECTIONS (64), BENCH_POOL (the app's PostgreSQL connections, 10 as LIANXIN_DB_POOL), BENCH_QUICK=1
 * (intake alone: no moves, no built server).
 * Tickets: BENCH_TICKETS (default 1,000,000 on PostgreSQL, 100,000 on PGlite), BENCH_DAYS (365),
 * BENCH_SECONDS (HTTP intake run: 20 on PostgreSQL, 10 on PGlite), BENCH_CONNECTIONS (64).
 */
const BENCHMARKS = {
  places: (database: Database) => benchPlaces(database),
  intake: (database: Database, scratch: { url: string; name: string } | null) =>
    benchPipeline(database, {
      seconds: positive('BENCH_SECONDS', database.kind === 'postgres' ? 20 : 10),
      connections: positive('BENCH_CONNECTIONS', 64),
      ...(scratch ? { watch: { url: scratch.url, database: scratch.name } } : {}),
      log: (line) => console.log(`[bench] ${line}`),
    }),
  tickets: (database: Database, scratch: { url: string; name: string } | null) => {
    const pg = database.kind === 'postgres';
    const number = positive;
    return benchTickets(database, {
      count: number('BENCH_TICKETS', pg ? 1_000_000 : 100_000),
      days: number('BENCH_DAYS', 365),
      intakeSeconds: number('BENCH_SECONDS', pg ? 20 : 10),
      connections: number('BENCH_CONNECTIONS', 64),
      ...(scratch ? { watch: { url: scratch.url, database: scratch.name } } : {}),
      log: (line) => console.log(`[bench] ${line}`),
    });
  },
};
type Name = keyof typeof BENCHMARKS;

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number`);
  }
  return value;
}

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(a in BENCHMARKS));
  if (unknown.length > 0) {
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`,
    );
  }
  const names = (asked.length > 0 ? asked : Object.keys(BENCHMARKS)) as Name[];
  for (const name of names) {
    await runOne(name);
  }
}

async function runOne(name: Name) {
  const base = process.env.DATABASE_URL;
  const scratchName = base ? uniqueName('lianxin_bench') : null;
  const scratch = base && scratchName ? { url: withDatabase(base, scratchName), name: scratchName } : null;
  if (base && scratch) {
    await adminQuery(base, `CREATE DATABASE ${scratch.name}`);
  }
  const database = await openDatabase(
    scratch ? { databaseUrl: scratch.url, poolSize: positive('BENCH_POOL', 10) } : { dataDir: 'memory://' },
  );
  try {
    const at = new Date().toISOString();
    const load = os.loadavg().map((l) => +l.toFixed(2));
    const measured = await BENCHMARKS[name](
      database,
      scratch ? { url: scratch.url, name: scratch.name } : null,
    );
    const result = {
      at,
      database: database.kind,
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        // 1/5/15-minute load averages before and after: a busy machine makes every figure worse.
        loadBefore: load,
        loadAfter: os.loadavg().map((l) => +l.toFixed(2)),
      },
      [name]: measured,
    };
    mkdirSync('bench/results', { recursive: true });
    const file = `bench/results/${name}-${database.kind}.json`;
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    console.log(`written to ${file}`);
  } finally {
    await database.close();
    if (base && scratch) {
      await adminQuery(base, `DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
