// `npm run db:migrate`: applies the committed migrations (and the reference rows) to the configured database.
import { openConfiguredDatabase, prepareConfiguredDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { migrationLevel } from '../src/server/db/migrate';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  await prepareConfiguredDatabase(config, database);
  console.log(`migrated: level ${await migrationLevel(database)} (${database.kind})`);
} finally {
  await database.close();
}
