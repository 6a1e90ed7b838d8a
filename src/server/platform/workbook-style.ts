import type ExcelJS from 'exceljs';

/** A header row of an exported workbook: bold on light grey, the same in every export. */
export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F5F5' } };
}
