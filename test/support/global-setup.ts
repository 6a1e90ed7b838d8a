import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/server/boot';
import { openDatabase } from '../../src/server/db/client';
import { auditKeys } from '../../src/server/platform/audit';
import { sealAudit } from '../../src/server/platform/audit-seal';
import { createVault } from '../../src/server/platform/crypto';
import { seedDemoRegion } from '../../src/server/seed/seed';
import { adminQuery, TEST_AUDIT_KEY, TEST_SECRET, uniqueName, withDatabase } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the template database to clone; PGlite: empty (clone the dump in templateFile). */
    templateDatabase: string;
    /** PGlite: the dumped template's file, one per test run so parallel runs never share it. */
    templateFile: string;
  }
}

/**
 * Builds one migrated, demo-seeded database per run; every test file starts from a clone of it
 * (PGlite dumpDataDir/loadDataDir, PostgreSQL CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  const vault = createVault(TEST_SECRET);
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await prepareDatabase(database);
    await seedDemoRegion(database.db, vault);
    await sealAudit(database.db, auditKeys(TEST_AUDIT_KEY));
    const dump = await database.dump?.();
    await database.close();
    mkdirSync('.tmp', { recursive: true });
    const file = `.tmp/${uniqueName('template')}.tar`;
    writeFileSync(file, Buffer.from(await (dump as Blob).arrayBuffer()));
    project.provide('templateDatabase', '');
    project.provide('templateFile', file);
    return () => rmSync(file, { force: true });
  }
  const name = uniqueName('lianxin_tpl');
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 2 });
  await prepareDatabase(database);
  await seedDemoRegion(database.db, vault);
  await sealAudit(database.db, auditKeys(TEST_AUDIT_KEY));
  await database.close();
  project.provide('templateDatabase', name);
  project.provide('templateFile', '');
  return async () => {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}
