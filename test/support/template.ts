import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The fixed secret tests encrypt with: the template's phone numbers must decrypt in every clone. */
export const TEST_SECRET = Buffer.alloc(32, 7);
/** The fixed audit key: the template's sealed chains must verify in every clone. */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 9);

/** A database URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Runs one statement on the server's maintenance connection (CREATE / DROP DATABASE). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
