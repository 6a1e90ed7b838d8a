import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../src/server/boot';
import type { Database } from '../src/server/db/client';
import { createVault } from '../src/server/platform/crypto';
import { seedDemoRegion } from '../src/server/seed/seed';
import { generateTickets } from './generate-tickets';
import { benchIntake } from './intake';
import { benchList, benchRates } from './reads';
import { startBenchServer } from './server';

/** The targets, for PostgreSQL on our 2-core machines. */
export const TICKET_TARGETS = {
  intakeTicketsPerSecond: 1500,
  intakeP99Ms: 100,
  listP95Ms: 50,
  ratesP95Ms: 200,
};

export type TicketBenchOptions = {
  /** Tickets to generate (1,000,000 on PostgreSQL, 100,000 on PGlite by default). */
  count: number;
  /** Days of history they spread over. */
  days: number;
  intakeSeconds: number;
  connections: number;
  /** PostgreSQL only: where to watch pg_stat_activity from. */
  watch?: { url: string; database: string };
  log: (line: string) => void;
};

/**
 * The ticket loop at volume (intake throughput and p99 over HTTP and against direct inserts, list p95 for
 * a subtree + state filter, rates p95 for a district × month): the demo region with `count` generated tickets,
 * then the real app on a free port of 127.0.0.1.
 */
export async function benchTickets(database: Database, options: TicketBenchOptions) {
  const { log } = options;
  await prepareDatabase(database);
  const secret = randomBytes(32);
  await seedDemoRegion(database.db, createVault(secret));
  log(`tickets: generating ${options.count} over ${options.days} days`);
  const volume = await generateTickets(database, {
    count: options.count,
    days: options.days,
    now: new Date(),
    vault: createVault(secret),
    log,
  });
  log(`tickets: generated in ${volume.totalSeconds} s (${volume.events} events)`);
  const server = await startBenchServer(database, secret);
  try {
    const intake = await benchIntake(database, server, {
      seconds: options.intakeSeconds,
      connections: options.connections,
      log,
      ...(options.watch ? { watch: options.watch } : {}),
    });
    log('list: subtree + state filter');
    const short = Math.max(3, Math.round(options.intakeSeconds / 4));
    const list = await benchList(database, server, 200, short);
    log('rates: district × month');
    const rates = await benchRates(database, server, 120, short);
    log('rates: district × year');
    const ratesYear = await benchRates(database, server, 60, short, 'year');
    const verdict = {
      intakeThroughput: intake.app.perSecond >= TICKET_TARGETS.intakeTicketsPerSecond,
      intakeP99: intake.app.p99 <= TICKET_TARGETS.intakeP99Ms,
      listP95: list.worstP95 <= TICKET_TARGETS.listP95Ms,
      ratesP95: rates.available && 'p95' in rates ? rates.p95 <= TICKET_TARGETS.ratesP95Ms : null,
    };
    return { targets: TICKET_TARGETS, verdict, volume, intake, list, rates, ratesYear };
  } finally {
    await server.close();
  }
}
