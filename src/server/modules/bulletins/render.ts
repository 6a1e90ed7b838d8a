import pdfmake, { type DocDefinition } from 'pdfmake';
import type { BulletinDetail } from '../../../shared/bulletins';
import type { Locale } from '../../platform/messages';
import { loadPdfFonts, PDF_FONT } from '../../platform/pdf-fonts';
import { tablesOf } from './words';

type Cell = string | number;

function table(head: readonly string[], rows: readonly Cell[][], none: string, widths: (number | string)[]) {
  if (rows.length === 0) {
    return { text: none, margin: [0, 0, 0, 12] };
  }
  return {
    table: {
      headerRows: 1,
      widths,
      body: [head.map((text) => ({ text, style: 'head' })), ...rows.map((r) => r.map((v) => String(v)))],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 0, 0, 12],
  };
}

/** The bulletin as an A4 PDF in the language asked for: the same tables as the workbook, one after another. */
export async function renderBulletin(b: BulletinDetail, locale: Locale): Promise<Buffer> {
  loadPdfFonts();
  const t = tablesOf(b, locale);
  const w = t.words;
  const rankWidths = [28, '*', 40, 56, 36, 56, 44];
  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    language: locale,
    info: { title: w.title(b), subject: b.period },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      line: { fontSize: 10, alignment: 'center', color: '#555555', margin: [0, 0, 0, 14] },
      section: { fontSize: 13, bold: true, margin: [0, 6, 0, 6] },
      head: { bold: true, fillColor: '#f2f2f2' },
    },
    content: [
      { text: w.title(b), style: 'title' },
      { text: w.period(b), style: 'line' },
      { text: w.counts, style: 'section' },
      { text: w.summary(b), margin: [0, 0, 0, 12] },
      { text: w.laggards, style: 'section' },
      table(w.laggardHead, t.laggards, w.none, ['*', 90, 60, 48, 44, 44, 44]),
      { text: w.byUnit, style: 'section' },
      table(w.rankHead(w.unit), t.byUnit, w.none, rankWidths),
      { text: w.byPlace, style: 'section' },
      table(w.rankHead(w.place), t.byPlace, w.none, rankWidths),
      { text: w.changes, style: 'section' },
      table(w.changeHead, t.changes, w.none, ['*', 100, 64, 64, 64]),
    ],
  };
  return pdfmake.createPdf(doc).getBuffer();
}
