import type { FieldError } from '../../../shared/errors';
import { rowErrorPath } from '../../../shared/exchange';
import { AppError } from '../../platform/errors';
import { zodMessage } from '../../platform/field-messages';
import { type Locale, translate } from '../../platform/messages';
import { type Column, lookupValue, type SheetRow, splitList } from './columns';
import type { RawRow } from './workbook';

/** Every bad row of one import, each message already in the caller's language (they carry row params). */
export type RowErrors = {
  locale: Locale;
  add(row: number, column: string, key: string, params?: Record<string, string | number>): void;
  /** An AppError a service threw for a row: its field errors, or its own message on `column`. */
  addError(
    row: number,
    error: AppError,
    columnOf: (path: string) => string | undefined,
    column: string,
  ): void;
  has(row: number): boolean;
  readonly count: number;
  /** The validation_failed error that fails (and rolls back) the whole import. */
  toError(): AppError;
};

/**
 * The error list of one import of `raw`, already holding a cell error for every cell the reader found with a
 * character that cannot be stored: such an import fails whatever else its rows say.
 */
export function collectErrors(locale: Locale, columns: readonly Column[], raw: readonly RawRow[]): RowErrors {
  const fields: FieldError[] = [];
  const rows = new Set<number>();
  const add: RowErrors['add'] = (row, column, key, params = {}) => {
    rows.add(row);
    fields.push({ path: rowErrorPath(row, column), message: translate(key, locale, params) });
  };
  for (const { row, unstorable = [] } of raw) {
    for (const code of unstorable) {
      const header = columns.find((c) => c.code === code)?.header ?? code;
      add(row, code, 'unstorable_text', { field: header, Field: header });
    }
  }
  return {
    locale,
    add,
    addError(row, error, columnOf, column) {
      if (error.fields.length === 0) {
        add(row, column, error.messageKey, error.params);
      }
      for (const f of error.fields) {
        add(row, columnOf(f.path) ?? column, f.message, error.params);
      }
    },
    has: (row) => rows.has(row),
    get count() {
      return rows.size;
    },
    toError: () =>
      new AppError(
        'validation_failed',
        'import_rows_failed',
        [...fields].sort((a, b) => rowOf(a.path) - rowOf(b.path)),
        { count: rows.size },
      ),
  };
}

export function rowOf(path: string): number {
  return Number(path.split('.')[1]);
}

/**
 * The column rules every kind shares: required cells, allowed values (code or Chinese name), the field
 * schema, no duplicates inside the file. A bad cell leaves its value undefined and records an error.
 */
export function parseRows(columns: readonly Column[], raw: readonly RawRow[], errors: RowErrors): SheetRow[] {
  const seen = new Map<string, Map<string, number>>();
  return raw.map(({ row, cells }) => {
    const values: SheetRow['values'] = {};
    for (const column of columns) {
      let text = cells[column.code] ?? '';
      if (column.isMasked && text.includes('*')) {
        text = '';
      }
      if (!text) {
        if (column.isRequired) {
          errors.add(row, column.code, 'required');
        }
        continue;
      }
      const value = parseCell(column, text, row, errors);
      if (value === undefined) {
        continue;
      }
      values[column.code] = value;
      if (column.isUnique) {
        const key = String(value).toLowerCase();
        const first = seen.get(column.code) ?? new Map<string, number>();
        seen.set(column.code, first);
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, row);
        } else {
          errors.add(row, column.code, 'duplicate_in_file', { row: earlier });
        }
      }
    }
    return { row, cells, values };
  });
}

function parseCell(column: Column, text: string, row: number, errors: RowErrors) {
  const items = column.isList ? splitList(text) : [text];
  const parsed: string[] = [];
  for (const item of items) {
    const value = column.values ? lookupValue(column.values, item) : item;
    if (value === undefined) {
      errors.add(row, column.code, 'unknown_value', { value: item });
      return undefined;
    }
    const checked = column.schema?.safeParse(value);
    if (checked && !checked.success) {
      const issue = checked.error.issues[0];
      errors.add(
        row,
        column.code,
        issue ? zodMessage(issue, errors.locale, { field: column.code, input: value }) : 'validation_failed',
      );
      return undefined;
    }
    parsed.push(value);
  }
  return column.isList ? parsed : parsed[0];
}

/** A text value of a parsed row (undefined when empty or bad). */
export function textOf(row: SheetRow, column: string): string | undefined {
  const v = row.values[column];
  return typeof v === 'string' ? v : undefined;
}

export function listOf(row: SheetRow, column: string): string[] {
  const v = row.values[column];
  return Array.isArray(v) ? v : [];
}
