import { and, eq } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { place } from '../src/server/db/schema';
import { findTickets } from '../src/server/modules/tickets/queries';
import { runAs } from '../src/server/platform/context';
import { dayIn } from '../src/server/platform/time-zone';
import type { PlaceLevel } from '../src/shared/roles';
import { actorFor, BENCH_META } from './accounts';
import { captureStatements, explainAs } from './explain';
import { runLoad } from './http-load';
import type { startBenchServer } from './server';
import { percentile, timeIt } from './stats';

type Server = Awaited<ReturnType<typeof startBenchServer>>;

async function placeId(database: Database, name: string, level: PlaceLevel): Promise<string> {
  const [row] = await database.db
    .select({ id: place.id })
    .from(place)
    .where(and(eq(place.name, name), eq(place.level, level)));
  if (!row) {
    throw new Error(`bench: no ${level} ${name}`);
  }
  return row.id;
}

const summary = (times: number[]) => ({
  p50: percentile(times, 50),
  p95: percentile(times, 95),
  p99: percentile(times, 99),
});

/**
 * Lists a subtree with a state filter, first page, as the offices do: through findTickets in runAs (the
 * route's work without HTTP), 200 runs each, then EXPLAIN ANALYZE of the statement it sent; and the same
 * requests over HTTP with autocannon (8 connections) for the throughput of a busy console.
 */
export async function benchList(database: Database, server: Server, runs: number, httpSeconds: number) {
  const street = await actorFor(database, 'street');
  const community = await actorFor(database, 'community');
  const hutang = await placeId(database, '湖塘镇', 'street');
  const xiaoliu = await placeId(database, '晓柳社区', 'community');
  const fudongGarden = await placeId(database, '府东花园', 'compound');
  const cases = [
    {
      name: '湖塘镇 (street) · submitted,accepted · 20',
      actor: street,
      query: { placeId: hutang, state: 'submitted,accepted', limit: 20 },
    },
    {
      name: '湖塘镇 (street) · dispatched,received,in_progress · 50',
      actor: street,
      query: { placeId: hutang, state: 'dispatched,received,in_progress', limit: 50 },
    },
    {
      name: '湖塘镇 › 晓柳社区 (street) · resolved,rated · 20',
      actor: street,
      query: { placeId: xiaoliu, state: 'resolved,rated', limit: 20 },
    },
    {
      name: '府东社区 › 府东花园 (community) · closed · 50',
      actor: community,
      query: { placeId: fudongGarden, state: 'closed', limit: 50 },
    },
  ];
  const results = [];
  for (const c of cases) {
    const run = () => runAs(server.services, c.actor, BENCH_META, (ctx) => findTickets(ctx, c.query));
    const times = await timeIt(runs, run);
    const found = (await run()).items.length;
    const statements = await captureStatements(database, run);
    const plan = await explainAs(server.services, c.actor, statements, /from "ticket"/);
    results.push({ case: c.name, found, ...summary(times), plan });
  }
  const cookie = await server.login('street');
  const requests = cases
    .filter((c) => c.actor === street)
    .map((c) => ({
      method: 'GET' as const,
      path: `/api/tickets?${new URLSearchParams(stringify(c.query))}`,
    }));
  const http = await runLoad({ url: server.url, connections: 8, seconds: httpSeconds, cookie, requests });
  return { runsEach: runs, cases: results, worstP95: Math.max(...results.map((r) => r.p95)), http };
}

/**
 * The three rates of a district × month (`leader`, 武进区) over HTTP — GET /api/stats/rates, the 12 months
 * before this one in turn — when the stats module's route exists; then EXPLAIN ANALYZE of its aggregate.
 */
export async function benchRates(
  database: Database,
  server: Server,
  runs: number,
  httpSeconds: number,
  span: 'month' | 'year' = 'month',
) {
  const cookie = await server.login('leader');
  const leader = await actorFor(database, 'leader');
  const district = await placeId(database, '武进区', 'district');
  const months = span === 'month' ? lastMonths(new Date(), 12) : lastYears(new Date(), 12);
  const paths = months.map(
    ([from, to]) => `/api/stats/rates?${new URLSearchParams({ placeId: district, from, to })}`,
  );
  const probe = await fetch(`${server.url}${paths[0]}`, { headers: { cookie } });
  if (probe.status === 404) {
    return {
      available: false,
      reason: 'GET /api/stats/rates answered 404: the stats module is not there yet',
    };
  }
  if (probe.status !== 200) {
    throw new Error(`rates: GET answered ${probe.status} ${await probe.text()}`);
  }
  const first = (await probe.json()) as { counts?: { submitted?: number } };
  let i = 0;
  const get = async () => {
    const res = await fetch(`${server.url}${paths[i++ % paths.length]}`, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) {
      throw new Error(`rates: GET answered ${res.status}`);
    }
  };
  const times = await timeIt(runs, get);
  const statements = await captureStatements(database, () =>
    fetch(`${server.url}${paths[0]}`, { headers: { cookie } }),
  );
  const plan = await explainAs(server.services, leader, statements, /from "ticket"/i);
  const http = await runLoad({
    url: server.url,
    connections: 8,
    seconds: httpSeconds,
    cookie,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  return {
    available: true,
    who: `leader (武进区), GET /api/stats/rates?placeId=<武进区>&from&to: a ${span}, one request at a time`,
    periods: months.map(([from, to]) => `${from}…${to}`),
    ticketsInFirstMonth: first.counts?.submitted ?? null,
    runs,
    ...summary(times),
    plan,
    http,
  };
}

/** [from, to) of `count` years (365 days) ending at the `count` month starts before this one, newest first. */
function lastYears(now: Date, count: number): [string, string][] {
  return lastMonths(now, count).map(([, to]) => {
    const [y, m] = to.split('-').map(Number) as [number, number];
    return [`${y - 1}-${String(m).padStart(2, '0')}-01`, to];
  });
}

/** [from, to) of the `count` whole Beijing months before the current one, newest first. */
function lastMonths(now: Date, count: number): [string, string][] {
  const [y, m] = dayIn('Asia/Shanghai', now).split('-').map(Number) as [number, number];
  const label = (k: number) => {
    const total = y * 12 + (m - 1) - k;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
  };
  return Array.from({ length: count }, (_, k) => [label(k + 1), label(k)]);
}

function stringify(query: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
}
