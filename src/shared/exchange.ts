import { z } from 'zod';

/** What can be exchanged as Excel workbooks: one sheet per kind, same columns in and out. */
export const EXCHANGE_KINDS = ['places', 'units', 'accounts', 'routing', 'projects'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export const ZExchangeKind = z.enum(EXCHANGE_KINDS);

/** The media type of every workbook the API sends or accepts. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `GET /api/exchange/{kind}/export` */
export const ZExportQuery = z.object({
  placeId: z.uuid().optional().describe("Only this place's subtree (default: everything the caller serves)"),
});

/** `POST /api/exchange/{kind}/import`, when every row was good. */
export const ZImportResult = z.object({
  imported: z.number().int().describe('Rows written; a failed import writes none'),
});
export type ImportResult = z.infer<typeof ZImportResult>;

/** Where a failed import's errors point: `rows.<Excel row number>.<column code>`. */
export function rowErrorPath(row: number, column: string): string {
  return `rows.${row}.${column}`;
}
