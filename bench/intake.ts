import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { unit } from '../src/server/db/schema';
import { ticketNumber } from '../src/server/modules/tickets/repo';
import type { TicketCreate } from '../src/shared/tickets';
import { actorFor } from './accounts';
import {
  bareInsert,
  bareUpdate,
  closedLoop,
  countInState,
  freshRow,
  type Measured,
  openBare,
  type Row,
} from './bare';
import { runLoad } from './http-load';
import { directRows, intakeBodies } from './intake-rows';
import { profileStatements, sampleActivity } from './pg-probe';
import type { startBenchServer } from './server';
import { percentile } from './stats';

type Server = Awaited<ReturnType<typeof startBenchServer>>;

export type PipelineOptions = {
  seconds: number;
  connections: number;
  /** PostgreSQL only: the scratch database, for the bare baseline's own pool and pg_stat_activity. */
  watch?: { url: string; database: string };
  log: (line: string) => void;
};

/** One line of the side-by-side table: the app and its bare baseline at the same concurrency. */
export type SideBySide = {
  what: string;
  app: Measured;
  bare: Measured;
  /** app ÷ bare, per second. */
  ratio: number;
};

function sideBySide(what: string, app: Measured, bare: Measured): SideBySide {
  return { what, app, bare, ratio: +(app.perSecond / Math.max(bare.perSecond, 0.001)).toFixed(3) };
}

function fromLoad(run: Awaited<ReturnType<typeof runLoad>>): Measured {
  return {
    perSecond: run.okPerSecond,
    ok: run.ok,
    errors: run.failed + run.errors,
    p50: run.latency.p50,
    p99: run.latency.p99,
  };
}

/**
 * Intake as an office submits tickets (`community`, 府东社区): POST /api/tickets over HTTP with autocannon, all of
 * intake's work kept (validation, scope, deadlines, event, audit entry, notices, Chinese text indexed); then the
 * same rows (ticket + submit event, one transaction each) inserted bare through the same driver with the same
 * number of connections, for the same time, in the same run.
 */
export async function benchIntake(database: Database, server: Server, options: PipelineOptions) {
  const { log, connections, seconds } = options;
  const cookie = await server.login('community');
  const actor = await actorFor(database, 'community');
  const bodies = await intakeBodies(database, actor, 5000);
  const requests = bodies.map((b) => ({
    method: 'POST' as const,
    path: '/api/tickets',
    body: JSON.stringify(b),
  }));
  const load = (c: number, s: number) =>
    runLoad({ url: server.url, connections: c, seconds: s, cookie, requests });

  log('intake: warm-up');
  await load(8, 2);
  log(`intake: app over HTTP, ${connections} connections, ${seconds} s`);
  const app = fromLoad(await load(connections, seconds));
  log(`intake: app ${app.perSecond}/s, p99 ${app.p99} ms, ${app.errors} errors`);

  const templates = await directRows(database, server.services, actor, bodies, bodies.length);
  const number = ticketNumber(new Date(), server.services.zone);
  const bare = await openBare(database, options.watch?.url ?? null, connections);
  let bareRun: Measured;
  try {
    log(`intake: bare insert, ${connections} connections, ${seconds} s`);
    bareRun = await closedLoop(connections, seconds, async (i) => {
      await bareInsert(bare.db, freshRow(templates[i % templates.length] as Row, number));
      return true;
    });
  } finally {
    await bare.close();
  }
  log(`intake: bare ${bareRun.perSecond}/s, p99 ${bareRun.p99} ms`);

  log('intake: one request at a time (unloaded latency)');
  const unloaded = await sequentialPosts(server.url, cookie, bodies.slice(0, 200));
  const evidence = database.kind === 'postgres' ? await probeRun(options, load) : null;
  return {
    who: 'community (府东社区), POST /api/tickets, 5,000 rotating bodies',
    ...sideBySide('intake', app, bareRun),
    unloaded,
    evidence,
  };
}

/**
 * Moves as the office makes them: `accept`, then `dispatch` to one of its units, each on a ticket of its own, over
 * HTTP; against a bare single-row UPDATE of other tickets to the same columns, with the same connections.
 */
export async function benchMoves(database: Database, server: Server, options: PipelineOptions) {
  const { log, connections } = options;
  const cookie = await server.login('community');
  const actor = await actorFor(database, 'community');
  const bodies = await intakeBodies(database, actor, 500);
  const count = database.kind === 'postgres' ? 6000 : 1500;
  log(`moves: ${2 * count} tickets to move, inserted directly`);
  const rows = await directRows(database, server.services, actor, bodies, 2 * count);
  await closedLoop(8, 3600, async (i) => {
    const item = rows[i];
    if (!item) {
      return false;
    }
    await bareInsert(database.db, item);
    return true;
  });
  const ids = rows.map((r) => r.row.id as string);
  const forApp = ids.slice(0, count);
  const forBare = ids.slice(count);
  const districtId = actor.districtId ?? '';
  const [handler] = await database.db
    .select({ id: unit.id })
    .from(unit)
    .where(sql`${unit.placePath} <@ ${actor.placePath ?? ''}::ltree`)
    .limit(1);
  if (!handler) {
    throw new Error('bench: the community has no unit to dispatch to');
  }
  const moveOver = async (action: string, extra: Record<string, unknown>) => {
    const requests = forApp.map((id) => ({
      method: 'POST' as const,
      path: `/api/tickets/${id}/actions`,
      body: JSON.stringify({ action, ...extra }),
    }));
    return fromLoad(
      await runLoad({ url: server.url, connections, seconds: 600, amount: count, cookie, requests }),
    );
  };
  const bare = await openBare(database, options.watch?.url ?? null, connections);
  const bareMove = (set: Parameters<typeof bareUpdate>[3]) =>
    closedLoop(connections, 600, async (i) => {
      const id = forBare[i];
      if (!id) {
        return false;
      }
      await bareUpdate(bare.db, districtId, id, { ...set, updatedAt: new Date() });
      return true;
    });
  try {
    log(`moves: accept, ${count} over HTTP and ${count} bare, ${connections} connections`);
    const accept = sideBySide(
      'accept',
      await moveOver('accept', {}),
      await bareMove({ state: 'accepted', respondedAt: new Date() }),
    );
    log(`moves: dispatch, ${count} over HTTP and ${count} bare`);
    const dispatch = sideBySide(
      'dispatch',
      await moveOver('dispatch', { unitId: handler.id }),
      await bareMove({ state: 'dispatched', unitId: handler.id, dispatchedAt: new Date() }),
    );
    const moved = await countInState(database.db, forApp, 'dispatched');
    if (moved !== count) {
      throw new Error(`moves: ${moved} of ${count} tickets reached dispatched through the app`);
    }
    return { who: 'community (府东社区), POST /api/tickets/{id}/actions', accept, dispatch };
  } finally {
    await bare.close();
  }
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
    const answer = await res.text();
    if (res.status !== 201) {
      throw new Error(`intake: POST answered ${res.status}: ${answer.slice(0, 300)}`);
    }
    times.push(performance.now() - t0);
  }
  return { requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** PostgreSQL: a shorter HTTP run with the statement profiler and the pg_stat_activity sampler on. */
async function probeRun(
  options: PipelineOptions,
  load: (c: number, s: number) => ReturnType<typeof runLoad>,
) {
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

/** The side-by-side table `npm run bench -- intake` prints. */
export function pipelineTable(rows: SideBySide[]): string {
  const head =
    '| operation | app /s | app p50 / p99 ms | app errors | bare /s | bare p50 / p99 ms | app ÷ bare |';
  const lines = rows.map(
    (r) =>
      `| ${r.what} | ${r.app.perSecond} | ${r.app.p50} / ${r.app.p99} | ${r.app.errors} | ${r.bare.perSecond} | ${r.bare.p50} / ${r.bare.p99} | ${r.ratio} |`,
  );
  return [head, '|---|---|---|---|---|---|---|', ...lines].join('\n');
}
