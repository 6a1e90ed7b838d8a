// `npm run stats:rebuild`: empties the statistics' roll-up and folds every finished ticket into it again, in one
// transaction as the database owner (every row). Needed after a change of LIANXIN_TIME_ZONE, after a bulk load
// that wrote tickets around the moves (bench/generate-tickets.ts), or to mend a damaged roll-up (docs/rollups.md).
import { openConfiguredDatabase, prepareDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { rebuildRollup } from '../src/server/modules/stats';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  await prepareDatabase(database);
  const started = performance.now();
  const rows = await database.db.transaction((tx) =>
    rebuildRollup(tx, { now: new Date(), zone: config.timeZone }),
  );
  console.log(
    `stats: roll-up rebuilt, ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await database.close();
}
