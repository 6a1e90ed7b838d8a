import type { Database } from '../src/server/db/client';
import { createTicket } from '../src/server/modules/tickets/intake';
import { getTicket } from '../src/server/modules/tickets/queries';
import { runAs } from '../src/server/platform/context';
import { resolveSession } from '../src/server/platform/session';
import { vectorLiteral } from '../src/server/platform/text';
import type { TicketCreate } from '../src/shared/tickets';
import { actorFor, BENCH_META } from './accounts';
import { runLoad } from './http-load';
import { directRows, insertDirect, intakeBodies } from './intake-rows';
import { profileStatements, sampleActivity } from './pg-probe';
import type { startBenchServer } from './server';
import { percentile, timeIt } from './stats';

type Server = Awaited<ReturnType<typeof startBenchServer>>;

export type IntakeOptions = {
  seconds: number;
  connections: number;
  /** PostgreSQL only: where to watch pg_stat_activity from. */
  watch?: { url: string; database: string };
  log: (line: string) => void;
};

/**
 * Intake as an office submits tickets (`community`, 府东社区): POST /api/tickets over HTTP with autocannon, then
 * the same work without HTTP (the service in runAs), then the same rows written directly through Drizzle,
 * each with the server's concurrency. On PostgreSQL, a second, shorter HTTP run with probes says where the time
 * goes: every statement's time as the app sees it (lock waits included) and what the backends are doing.
 */
export async function benchIntake(database: Database, server: Server, options: IntakeOptions) {
  const { log } = options;
  const cookie = await server.login('community');
  const actor = await actorFor(database, 'community');
  const bodies = await intakeBodies(database, actor, 5000);
  const requests = bodies.map((b) => ({
    method: 'POST' as const,
    path: '/api/tickets',
    body: JSON.stringify(b),
  }));
  const load = (connections: number, seconds: number) =>
    runLoad({ url: server.url, connections, seconds, cookie, requests });
  const workers = database.kind === 'postgres' ? (database.pool?.options.max ?? 10) : 1;

  log('intake: warm-up');
  await load(8, 2);
  log(`intake: HTTP, ${options.connections} connections, ${options.seconds} s`);
  const http = await load(options.connections, options.seconds);
  log(
    `intake: ${http.okPerSecond}/s, p99 ${http.latency.p99} ms, ${http.failed} non-2xx, ${http.errors} errors`,
  );
  if (http.failed + http.errors > Math.max(10, (http.ok + http.failed) * 0.01)) {
    throw new Error(`intake: ${http.failed} non-2xx and ${http.errors} errors: ${http.failures.join(' | ')}`);
  }

  log('intake: one request at a time (unloaded latency)');
  const serial = await sequentialPosts(server.url, cookie, bodies.slice(0, 200));
  log(`intake: unloaded p50 ${serial.p50} ms, p95 ${serial.p95} ms`);

  log(`intake: service without HTTP, ${workers} at a time`);
  const service = await serviceIntake(
    server.services,
    actor,
    bodies,
    workers,
    Math.max(3, options.seconds / 2),
  );

  log(`intake: ${http.ok} equivalent rows directly through Drizzle, ${workers} at a time`);
  const prepared = await directRows(database, server.services, actor, bodies, http.ok);
  const direct = await insertDirect(database, prepared, workers);
  log(`intake: direct ${direct.perSecond}/s`);

  const token = cookie.split('=')[1] ?? '';
  const auth = await timeIt(200, () => resolveSession(database.db, token, new Date(), 30));
  const jieba = await timeIt(500, async () =>
    vectorLiteral([
      { text: (bodies[0] as TicketCreate).title, weight: 'A' },
      { text: (bodies[0] as TicketCreate).description, weight: 'B' },
      { text: (bodies[0] as TicketCreate).address ?? '', weight: 'C' },
    ]),
  );
  const evidence = database.kind === 'postgres' ? await probeRun(options, load) : null;
  return {
    who: 'community (府东社区, community_staff), POST /api/tickets with 5,000 rotating bodies',
    http,
    unloaded: serial,
    service,
    direct,
    httpToDirect: +(http.okPerSecond / direct.perSecond).toFixed(3),
    costs: {
      authenticateMsP50: percentile(auth, 50),
      searchVectorMsP50: percentile(jieba, 50),
    },
    evidence,
  };
}

/** One POST at a time: the latency of a request that waits for nothing but itself. */
async function sequentialPosts(url: string, cookie: string, bodies: TicketCreate[]) {
  const times: number[] = [];
  for (const body of bodies) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/tickets`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    if (res.status !== 201) {
      throw new Error(`intake: POST answered ${res.status}`);
    }
    times.push(performance.now() - t0);
  }
  return {
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

/** createTicket + getTicket in runAs (what the route handler runs), `workers` at a time for `seconds`. */
async function serviceIntake(
  services: Parameters<typeof runAs>[0],
  actor: Awaited<ReturnType<typeof actorFor>>,
  bodies: TicketCreate[],
  workers: number,
  seconds: number,
) {
  const times: number[] = [];
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        const body = bodies[next++ % bodies.length] as TicketCreate;
        const t0 = performance.now();
        await runAs(services, actor, BENCH_META, async (ctx) =>
          getTicket(ctx, (await createTicket(ctx, body)).id),
        );
        times.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    workers,
    tickets: times.length,
    perSecond: +(times.length / elapsed).toFixed(1),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}

/** PostgreSQL: a shorter HTTP run with the statement profiler and the pg_stat_activity sampler on. */
async function probeRun(options: IntakeOptions, load: (c: number, s: number) => ReturnType<typeof runLoad>) {
  if (!options.watch) {
    return null;
  }
  const seconds = Math.max(5, Math.round(options.seconds / 3));
  options.log(`intake: probe run, ${options.connections} connections, ${seconds} s`);
  const profile = profileStatements();
  const activity = await sampleActivity(options.watch.url, options.watch.database);
  const stopProbes = async () => ({
    backends: await activity.stop(),
    statements: profile.stop().filter((s) => !s.statement.includes('pg_stat_activity')),
  });
  const run = await load(options.connections, seconds).catch(async (error: unknown) => {
    await stopProbes();
    throw error;
  });
  const { backends, statements } = await stopProbes();
  const perRequest = (count: number) => +(count / Math.max(1, run.ok + run.failed)).toFixed(2);
  return {
    seconds,
    okPerSecond: run.okPerSecond,
    latency: run.latency,
    backends,
    statements: statements.slice(0, 16).map((s) => ({ ...s, perRequest: perRequest(s.count) })),
  };
}
