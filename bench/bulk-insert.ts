import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';

/**
 * A column of a bulk insert: its name, the array type its values travel as, and the expression that turns an
 * element `x` into the column's value (times travel as epoch milliseconds: cheaper than a million ISO strings).
 */
export type BulkColumn = {
  name: string;
  type: 'uuid' | 'text' | 'int' | 'float8' | 'bool';
  as?: (x: SQL) => SQL;
};

export const asLtree = (x: SQL) => sql`${x}::ltree`;
export const asTsvector = (x: SQL) => sql`${x}::tsvector`;
export const asJsonb = (x: SQL) => sql`${x}::jsonb`;
export const asTime = (x: SQL) => sql`to_timestamp(${x} / 1000.0)`;

/**
 * Rows collected column by column and written with one `INSERT … SELECT … FROM unnest($1, $2, …)`: one
 * parameter per column whatever the row count, the same statement on PGlite and PostgreSQL.
 */
export function createBulk(table: string, columns: BulkColumn[]) {
  let values: unknown[][] = columns.map(() => []);
  return {
    get size() {
      return values[0]?.length ?? 0;
    },
    push(row: Record<string, unknown>) {
      columns.forEach((c, i) => {
        values[i]?.push(row[c.name] ?? null);
      });
    },
    /** Takes the collected rows (a new batch starts) and returns what writes them. */
    take(): (db: Db) => Promise<number> {
      const batch = values;
      values = columns.map(() => []);
      return (db) => write(db, batch);
    },
  };

  async function write(db: Db, batch: unknown[][]): Promise<number> {
    const rows = batch[0]?.length ?? 0;
    if (rows === 0) {
      return 0;
    }
    const names = sql.join(
      columns.map((c) => sql.identifier(c.name)),
      sql`, `,
    );
    const selected = sql.join(
      columns.map((c, i) => {
        const x = sql.raw(`u.c${i}`);
        return c.as ? c.as(x) : x;
      }),
      sql`, `,
    );
    const arrays = sql.join(
      columns.map((c, i) => sql`${sql.param(batch[i])}::${sql.raw(`${c.type}[]`)}`),
      sql`, `,
    );
    const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
    await db.execute(
      sql`INSERT INTO ${sql.identifier(table)} (${names}) SELECT ${selected} FROM unnest(${arrays}) AS u(${aliases})`,
    );
    return rows;
  }
}
