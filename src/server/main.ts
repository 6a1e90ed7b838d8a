import cluster from 'node:cluster';
import { buildApp } from './app';
import {
  createServices,
  loadKeys,
  openConfiguredDatabase,
  prepareConfiguredDatabase,
  roleWarnings,
} from './boot';
import { superviseWorkers } from './cluster';
import { type Config, loadConfig } from './config';
import type { Database } from './db/client';
import { MODULES } from './modules';
import { startOutbox } from './modules/notifications';
import type { AppServices } from './platform/http';
import { startSweeps } from './platform/module';
import { seedDemoData } from './seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-region';
import { seedDemoRegion } from './seed/seed';

/**
 * Start: config → database → migrations → (demo) seed → listen. With LIANXIN_WORKERS above 1 this process
 * (the primary) does everything up to the seed once, closes its connections and forks the workers, which each
 * open their own and serve the one port (node:cluster); a worker only serves.
 */
async function main() {
  const config = loadConfig();
  if (cluster.isWorker) {
    const database = await openConfiguredDatabase(config);
    await serve(config, database, servicesOf(config, database));
    return;
  }
  const database = await openConfiguredDatabase(config);
  const services = servicesOf(config, database);
  const seeded = await prepare(config, database, services);
  if (config.workers === 1) {
    await serve(config, database, services);
    announce(config, database.kind, seeded);
    return;
  }
  // Whatever the seed audited is pending: the workers' sealers chain it.
  await database.close();
  superviseWorkers(config.workers, () => announce(config, database.kind, seeded));
}

function servicesOf(config: Config, database: Database): AppServices {
  return createServices(config, database, loadKeys(config), (line) => console.log(line));
}

/** What a start does once, before anyone serves: migrations, reference rows, the demo region on first start. */
async function prepare(config: Config, database: Database, services: AppServices): Promise<boolean> {
  await prepareConfiguredDatabase(config, database);
  if (config.mode === 'production') {
    for (const warning of await roleWarnings(database)) {
      console.warn(`WARNING: ${warning}`);
    }
  }
  const seeded =
    config.mode === 'demo' ? await seedDemoRegion(database.db, services.vault, services.zone) : false;
  if (seeded) {
    await seedDemoData(services);
  }
  return seeded;
}

/**
 * Serves requests and runs the background loops until SIGINT or SIGTERM. Every process runs every loop: each
 * is safe with several processes on one database (docs/architecture.md, "Processes"), so none depends on a
 * particular one staying alive.
 */
async function serve(config: Config, database: Database, services: AppServices): Promise<void> {
  const app = await buildApp(services, database);
  const stopSweeps = startSweeps(MODULES, services, (error, module) =>
    app.log.error({ err: error, module }, 'sweep failed'),
  );
  const stopLimitSweep = services.limits.startSweep((error) =>
    app.log.error({ err: error }, 'rate-limit sweep failed'),
  );
  const stopOutbox = startOutbox(services, (error) =>
    app.log.error({ err: error }, 'outbox delivery failed'),
  );
  const stopSealer = services.audit.start((error) => app.log.error({ err: error }, 'audit sealing failed'));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Close the database last: PGlite flushes its files on close.
    stopSweeps();
    stopLimitSweep();
    stopOutbox();
    await app.close();
    // After the last request, so that what it audited is sealed and anchored before the database closes.
    await stopSealer();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
}

function announce(config: Config, kind: Database['kind'], seeded: boolean) {
  const url = `http://localhost:${config.port}`;
  const where = kind === 'pglite' ? `PGlite at ${config.dataDir}/pgdata` : 'PostgreSQL (DATABASE_URL)';
  const processes = config.workers > 1 ? ` — ${config.workers} server processes` : '';
  console.log(
    `\n连心 Lianxin is running: ${url}  (office console ${url}/console, phone pages ${url}/m, API docs ${url}/api/docs)`,
  );
  console.log(`Database: ${where}${seeded ? ' — demo region seeded' : ''}${processes}`);
  if (config.mode === 'demo') {
    console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) {
      console.log(`  ${a.username.padEnd(11)} ${a.description}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
