import type { ExchangeKind } from '../../../shared/exchange';
import type { Ctx } from '../../platform/context';
import type { AppServices } from '../../platform/http';
import type { Permission } from '../../platform/permissions';
import type { Column, SheetRow } from './columns';
import type { RowErrors } from './rows';

/** One row's write, run once every row passed the checks; `after` names rows it needs written first. */
export type ImportStep = { row: number; after?: number[]; run(ctx: Ctx): Promise<void> };

/** What differs between places, units and accounts; everything else is shared (import.ts, workbook.ts). */
export type ExchangeSpec = {
  kind: ExchangeKind;
  /** The sheet's name. */
  title: string;
  columns: readonly Column[];
  read: Permission;
  write: Permission;
  /** Where a service's field error (`body.code`) lands in the sheet. */
  columnOf(path: string): string | undefined;
  /** The column for a row error that names no field (e.g. not_found). */
  fallbackColumn: string;
  /** Rows at or below `under` (an ltree path, or '*'), cells by column code, phones masked. */
  exportRows(ctx: Ctx, under: string): Promise<Record<string, string>[]>;
  /** Checks references (codes in the database within scope, or earlier in the file); the writes, in order. */
  plan(ctx: Ctx, services: AppServices, rows: SheetRow[], errors: RowErrors): Promise<ImportStep[]>;
};

/** A `columnOf` from a table of service field → column (`body.unitIds.0` matches `body.unitIds`). */
export function fieldColumns(table: Record<string, string>): (path: string) => string | undefined {
  return (path) => {
    const parts = path.split('.');
    return table[parts.slice(0, 2).join('.')];
  };
}
