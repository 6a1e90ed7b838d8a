// `npm run seed`: seeds the demo region, its accounts and three months of tickets into an empty database.
import { createServices, loadKeys, openConfiguredDatabase, prepareDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { seedDemoActivities } from '../src/server/seed/demo-activities';
import { seedDemoBulletins } from '../src/server/seed/demo-bulletins';
import { seedDemoHistory } from '../src/server/seed/demo-history';
import { seedDemoProjects } from '../src/server/seed/demo-projects';
import { seedDemoServices } from '../src/server/seed/demo-services';
import { seedDemoTickets } from '../src/server/seed/demo-tickets';
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
    const history = await seedDemoHistory(services, services.clock());
    const own = await seedDemoTickets(services);
    const orders = await seedDemoServices(services);
    const activities = await seedDemoActivities(services);
    const projects = await seedDemoProjects(services);
    const bulletins = await seedDemoBulletins(services);
    console.log(
      `seeded the demo region, ${history + own} tickets, ${orders} service orders, ${activities} activities, ${projects} projects and ${bulletins} bulletins`,
    );
  } else {
    console.log('the database is not empty: nothing seeded');
  }
} finally {
  await database.close();
}
