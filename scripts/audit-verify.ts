// `npm run audit:verify`: seals pending entries, then checks every district's audit chain against the audit key
// and every signed checkpoint in the anchor file; exits 1 and names the first broken entry.
import { createServices, loadKeys, openConfiguredDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const { audit } = createServices(config, database, loadKeys(config), (line) => console.log(line));
  await audit.seal();
  await audit.anchor();
  const check = await audit.verify(database.db);
  console.log(JSON.stringify(check, null, 2));
  process.exitCode = check.ok ? 0 : 1;
} finally {
  await database.close();
}
