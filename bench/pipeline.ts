import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../src/server/boot';
import type { Database } from '../src/server/db/client';
import { createVault } from '../src/server/platform/crypto';
import { seedDemoRegion } from '../src/server/seed/seed';
import { actorFor } from './accounts';
import { benchIntake, benchMoves, type PipelineOptions, pipelineTable } from './intake';
import { intakeBodies } from './intake-rows';
import { startBenchServer } from './server';
import { benchWorkers } from './workers';

/** The goals of the request pipeline: the app at least this share of a bare write, at this p99. */
export const PIPELINE_TARGETS = { ratio: 0.3, intakeP99Ms: 200 };

/**
 * `npm run bench -- intake`: the request pipeline on the demo region, side by side with bare writes in one run —
 * intake (POST /api/tickets) against a bare insert of the same rows, and the moves accept and dispatch against a
 * bare single-row update — at the same concurrency, on whichever database is configured.
 */
export async function benchPipeline(database: Database, options: PipelineOptions) {
  await prepareDatabase(database);
  const secret = randomBytes(32);
  await seedDemoRegion(database.db, createVault(secret));
  const server = await startBenchServer(database, secret);
  try {
    const intake = await benchIntake(database, server, options);
    if (process.env.BENCH_QUICK === '1') {
      return { intake };
    }
    const moves = await benchMoves(database, server, options);
    const table = pipelineTable([intake, moves.accept, moves.dispatch]);
    options.log(`\n${table}\n`);
    let workers = null;
    if (options.watch) {
      options.log('workers: building the server as npm start does');
      execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
      const bodies = await intakeBodies(database, await actorFor(database, 'community'), 5000);
      workers = await benchWorkers(options.watch.url, secret, bodies, { ...options, log: options.log });
      options.log(`\n${workersTable(workers)}\n`);
    }
    return {
      targets: PIPELINE_TARGETS,
      met: {
        intakeRatio: intake.ratio >= PIPELINE_TARGETS.ratio,
        intakeP99: intake.app.p99 <= PIPELINE_TARGETS.intakeP99Ms,
        acceptRatio: moves.accept.ratio >= PIPELINE_TARGETS.ratio,
        dispatchRatio: moves.dispatch.ratio >= PIPELINE_TARGETS.ratio,
      },
      table,
      intake,
      moves,
      workers,
    };
  } finally {
    await server.close();
  }
}

function workersTable(rows: Awaited<ReturnType<typeof benchWorkers>>): string {
  const lines = rows.map((r) => `| ${r.workers} | ${r.perSecond} | ${r.p50} / ${r.p99} | ${r.errors} |`);
  return ['| LIANXIN_WORKERS | intake /s | p50 / p99 ms | errors |', '|---|---|---|---|', ...lines].join(
    '\n',
  );
}
