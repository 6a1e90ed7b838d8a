import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { isStorableText, replaceUnstorable } from '../../platform/storable';
import type { Column } from './columns';

/** The error workbook's extra column (DESIGN: every import answers with a row-by-row error workbook). */
export const ERROR_HEADER = '错误';
/** More rows than an office enters by hand; a bigger file is split or goes through the API. */
export const MAX_ROWS = 5000;

export type RawRow = {
  row: number;
  cells: Record<string, string>;
  /** Columns whose cell held a character that cannot be stored (platform/storable.ts), shown as U+FFFD. */
  unstorable?: string[];
};

/** A cell as text, whatever Excel stored: rich text, numbers (codes and phones), formulas, links, dates. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value.trim();
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if ('richText' in value) {
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('text' in value) {
    return cellText(value.text as ExcelJS.CellValue);
  }
  return '';
}

/**
 * The first sheet's rows, cells keyed by column code (headers matched by their Chinese name or code).
 * Throws validation_failed: not a workbook, required columns missing, no rows, too many rows.
 */
export async function readSheet(buffer: Buffer, columns: readonly Column[]): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', 'import_bad_file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new AppError('validation_failed', 'import_bad_file');
  }
  const byColumn = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, index) => {
    const header = cellText(cell.value).replace(/\s|\*/g, '');
    const column = columns.find((c) => c.header === header || c.code === header);
    if (column) {
      byColumn.set(index, column.code);
    }
  });
  const found = new Set(byColumn.values());
  const missing = columns.filter((c) => c.isRequired && !found.has(c.code));
  if (missing.length > 0) {
    throw new AppError('validation_failed', 'import_missing_columns', [], {
      columns: missing.map((c) => c.header).join('、'),
    });
  }
  const rows: RawRow[] = [];
  sheet.eachRow((sheetRow, row) => {
    if (row === 1) {
      return;
    }
    const cells: Record<string, string> = {};
    const unstorable: string[] = [];
    for (const [index, code] of byColumn) {
      const text = cellText(sheetRow.getCell(index).value);
      if (text) {
        // Kept readable for the error workbook, never for the database: collectErrors fails the import.
        cells[code] = replaceUnstorable(text);
        if (!isStorableText(text)) {
          unstorable.push(code);
        }
      }
    }
    if (Object.keys(cells).length > 0) {
      rows.push({ row, cells, ...(unstorable.length > 0 ? { unstorable } : {}) });
    }
  });
  if (rows.length === 0) {
    throw new AppError('validation_failed', 'import_no_rows');
  }
  if (rows.length > MAX_ROWS) {
    throw new AppError('validation_failed', 'import_too_many_rows', [], { max: MAX_ROWS });
  }
  return rows;
}

type SheetSpec = { title: string; columns: readonly Column[] };

/**
 * A workbook with the header row and `rows` (cells keyed by column code). With `errors` (Excel row →
 * text), the rows keep their numbers and gain the 错误 column; otherwise a second sheet explains each column.
 */
export async function writeSheet(
  spec: SheetSpec,
  rows: readonly RawRow[],
  errors?: ReadonlyMap<number, string>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.title);
  const headers = spec.columns.map((c) => ({ header: c.header, key: c.code, width: c.width ?? 16 }));
  sheet.columns = errors ? [...headers, { header: ERROR_HEADER, key: '_error', width: 50 }] : headers;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  spec.columns.forEach((c, i) => {
    if (c.isRequired) {
      header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    }
  });
  // Codes and phones stay text, or Excel turns 320412001001 into 3.20412E+11.
  for (let i = 1; i <= spec.columns.length; i++) {
    sheet.getColumn(i).numFmt = '@';
  }
  for (const r of rows) {
    const added = sheet.addRow({ ...r.cells, _error: errors?.get(r.row) ?? '' });
    if (errors?.has(r.row)) {
      added.getCell(spec.columns.length + 1).font = { color: { argb: 'FFC00000' } };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  if (!errors) {
    explain(workbook, spec.columns);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The second sheet: what each column takes. */
function explain(workbook: ExcelJS.Workbook, columns: readonly Column[]): void {
  const sheet = workbook.addWorksheet('填写说明');
  sheet.columns = [
    { header: '列名', key: 'header', width: 14 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'note', width: 50 },
    { header: '可选值（填中文名称或编码均可）', key: 'values', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of columns) {
    sheet.addRow({
      header: c.header,
      required: c.isRequired ? '是' : '',
      note: c.note,
      values: c.values
        ? Object.entries(c.values)
            .map(([code, name]) => `${name}（${code}）`)
            .join('、')
        : '',
    });
  }
}
