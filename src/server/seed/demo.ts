import type { Services } from '../platform/context';
import { seedDemoActivities } from './demo-activities';
import { seedDemoBulletins } from './demo-bulletins';
import { seedDemoHistory } from './demo-history';
import { seedDemoMatching } from './demo-matching';
import { seedDemoProjects } from './demo-projects';
import { seedDemoRecognition } from './demo-recognition';
import { seedDemoSelection } from './demo-selection';
import { seedDemoServices } from './demo-services';
import { seedDemoTickets } from './demo-tickets';

/**
 * Everything the demo region holds beyond its places and accounts (seedDemoRegion), in the order each part
 * needs the ones before it; the first start and `npm run seed` both run it. Answers what it made.
 */
export async function seedDemoData(services: Services) {
  const tickets = (await seedDemoHistory(services, services.clock())) + (await seedDemoTickets(services));
  const orders = await seedDemoServices(services);
  const activities = await seedDemoActivities(services);
  await seedDemoRecognition(services);
  const projects = await seedDemoProjects(services);
  const bulletins = await seedDemoBulletins(services);
  const rounds = await seedDemoSelection(services);
  // Last: the places' service flows apply to orders placed from now on, not to the history above.
  await seedDemoMatching(services);
  return { tickets, orders, activities, projects, bulletins, rounds };
}
