import type ExcelJS from 'exceljs';

/** A header row of an exported workbook: bold on light grey, the same in every export. */
export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F5F5' } };
}

/** A sheet that opens with a bold title and one line under it (the place, the period, "as of"), then a gap. */
export function sheetWithTitle(workbook: ExcelJS.Workbook, name: string, title: string, line: string) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4, xSplit: 1 }] });
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([line]);
  sheet.addRow([]);
  return sheet;
}
