// `npm run audit:verify`: checks every district's audit hash chain; exits 1 and names the first broken entry.
import { openConfiguredDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { verifyAuditChain } from '../src/server/platform/audit';

const database = await openConfiguredDatabase(loadConfig());
try {
  const check = await verifyAuditChain(database.db);
  console.log(JSON.stringify(check, null, 2));
  process.exitCode = check.ok ? 0 : 1;
} finally {
  await database.close();
}
