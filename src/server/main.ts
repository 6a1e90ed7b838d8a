import { buildApp } from './app';
import {
  createServices,
  loadKeys,
  openConfiguredDatabase,
  prepareConfiguredDatabase,
  roleWarnings,
} from './boot';
import { loadConfig } from './config';
import { startOutbox } from './modules/notifications';
import { startSweeps } from './modules/tickets';
import { seedDemoHistory } from './seed/demo-history';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-region';
import { seedDemoTickets } from './seed/demo-tickets';
import { seedDemoRegion } from './seed/seed';

/** Start: config → database → migrations → (demo) seed → listen. */
async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await prepareConfiguredDatabase(config, database);
  if (config.mode === 'production') {
    for (const warning of await roleWarnings(database)) {
      console.warn(`WARNING: ${warning}`);
    }
  }
  const services = createServices(config, database, loadKeys(config), (line) => console.log(line));
  const seeded = config.mode === 'demo' ? await seedDemoRegion(database.db, services.vault) : false;
  if (seeded) {
    await seedDemoHistory(services, services.clock());
    await seedDemoTickets(services);
  }
  const app = await buildApp(services, database);
  const stopSweeps = startSweeps(services, (error) => app.log.error({ err: error }, 'sweep failed'));
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
  const url = `http://localhost:${config.port}`;
  const where =
    database.kind === 'pglite' ? `PGlite at ${config.dataDir}/pgdata` : 'PostgreSQL (DATABASE_URL)';
  console.log(
    `\n连心 Lianxin is running: ${url}  (office console ${url}/console, phone pages ${url}/m, API docs ${url}/api/docs)`,
  );
  console.log(`Database: ${where}${seeded ? ' — demo region seeded' : ''}`);
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
