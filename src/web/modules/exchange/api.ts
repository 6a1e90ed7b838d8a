import type { ExchangeKind } from '../../../shared/exchange';
import { api, multipart, ok } from '../../api/client';
import { downloadErrorWorkbook, downloadFile } from '../../api/files';

/**
 * One workbook import route: `upload` answers `{ imported }` or throws a 400 whose field errors sit at
 * `rows.<n>.<column>`; `errorWorkbook` sends the same file again and saves the rows that failed, marked.
 */
export type WorkbookImport = {
  upload: (file: File) => Promise<{ imported: number }>;
  errorWorkbook: (file: File, fallbackName: string) => Promise<void>;
};

/** The form a workbook upload sends: the file in the field `file`. */
export function workbookForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Places, units or accounts from their template. */
export function exchangeImport(kind: ExchangeKind): WorkbookImport {
  const path = `/api/exchange/${kind}/import` as const;
  return {
    upload: (file) => ok(api.POST(path, multipart(workbookForm(file)))),
    errorWorkbook: (file, fallbackName) => downloadErrorWorkbook(path, file, fallbackName),
  };
}

/** The template (`what: 'template'`) or the current records (`'export'`, optionally one subtree) of a kind. */
export const downloadExchange = (
  kind: ExchangeKind,
  what: 'template' | 'export',
  placeId: string | undefined,
  fallbackName: string,
) => downloadFile(`/api/exchange/${kind}/${what}`, what === 'export' ? { placeId } : undefined, fallbackName);
