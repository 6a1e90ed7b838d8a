// `npm run openapi`: writes the served OpenAPI document to docs/openapi.json (a test compares the two).
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/server/app';
import { createServices } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';

const config = loadConfig({ LIANXIN_MODE: 'test', LOG_LEVEL: 'silent', LIANXIN_WEB_DIR: '.tmp/no-web' });
// The document does not depend on data: an empty in-memory database is enough to build the app.
const database = await openDatabase({ dataDir: 'memory://' });
try {
  const app = await buildApp(
    createServices(config, database, { secret: Buffer.alloc(32), audit: Buffer.alloc(32) }, () => {}),
    database,
    { logger: false },
  );
  await app.ready();
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  writeFileSync('docs/openapi.json', `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`docs/openapi.json: ${Object.keys(doc.paths ?? {}).length} paths`);
  await app.close();
} finally {
  await database.close();
}
