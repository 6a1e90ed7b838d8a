import ExcelJS from 'exceljs';
import type { BulletinDetail } from '../../../shared/bulletins';
import type { Locale } from '../../platform/messages';
import { sheetWithTitle, styleHeader } from '../../platform/workbook-style';
import { tablesOf } from './words';

type Cell = string | number;

function addTable(sheet: ExcelJS.Worksheet, head: readonly string[], rows: readonly Cell[][], none: string) {
  styleHeader(sheet.addRow([...head]));
  if (rows.length === 0) {
    sheet.addRow([none]);
  }
  for (const row of rows) {
    sheet.addRow(row);
  }
}

/** The bulletin as a workbook: overview, laggards, the two rankings and the changes, one sheet each. */
export async function bulletinWorkbook(b: BulletinDetail, locale: Locale): Promise<Buffer> {
  const t = tablesOf(b, locale);
  const w = t.words;
  const workbook = new ExcelJS.Workbook();
  const title = w.title(b);
  const line = w.period(b);
  const [overviewName, laggardName, rankName, changeName] = w.sheet;

  const overview = sheetWithTitle(workbook, overviewName, title, line);
  addTable(overview, w.countHead, t.counts, w.none);
  overview.addRow([]);
  overview.addRow([w.summary(b)]);
  overview.columns.forEach((c) => {
    c.width = 16;
  });

  const laggards = sheetWithTitle(workbook, laggardName, w.laggards, line);
  addTable(laggards, w.laggardHead, t.laggards, w.none);
  [36, 24, 16, 12, 12, 12, 12].forEach((width, i) => {
    laggards.getColumn(i + 1).width = width;
  });

  const ranks = sheetWithTitle(workbook, rankName, w.byUnit, line);
  addTable(ranks, w.rankHead(w.unit), t.byUnit, w.none);
  ranks.addRow([]);
  ranks.addRow([w.byPlace]).font = { bold: true, size: 12 };
  addTable(ranks, w.rankHead(w.place), t.byPlace, w.none);
  [8, 28, 10, 14, 10, 14, 10].forEach((width, i) => {
    ranks.getColumn(i + 1).width = width;
  });

  const changes = sheetWithTitle(workbook, changeName, w.changes, line);
  addTable(changes, w.changeHead, t.changes, w.none);
  [36, 24, 14, 14, 14].forEach((width, i) => {
    changes.getColumn(i + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
