// `npm run seed`: seeds the demo region, its accounts and three months of tickets into an empty database.
import { createServices, loadKeys, openConfiguredDatabase, prepareDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { seedDemoData } from '../src/server/seed/demo';
import { seedDemoRegion } from '../src/server/seed/seed';

const config = loadConfig();
if (config.mode === 'production') {
  console.error('refusing to seed demo accounts in production (LIANXIN_MODE=production)');
  process.exit(1);
}
const database = await openConfiguredDatabase(config);
try {
  await prepareDatabase(database);
  const services = createServices(config, database, loadKeys(config), (line) => console.log(line));
  if (await seedDemoRegion(database.db, services.vault, services.zone)) {
    const made = await seedDemoData(services);
    console.log(
      `seeded the demo region, ${made.tickets} tickets, ${made.orders} service orders, ${made.activities} activities, ${made.projects} projects, ${made.bulletins} bulletins and ${made.rounds} selection rounds`,
    );
  } else {
    console.log('the database is not empty: nothing seeded');
  }
} finally {
  await database.close();
}
