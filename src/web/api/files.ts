import { XLSX_TYPE } from '../../shared/exchange';
import { problemOf, type Query, queryString, requestHeaders } from './client';

/** The file name the server gave (RFC 6266 `filename*`), or the fallback. */
function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    return decodeURIComponent(star[1]);
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a file the API sends (templates, exports) under the server's file name. Throws ApiError. Files
 * are not JSON, so they bypass the typed client but carry the same headers and the same error type.
 */
export async function downloadFile(path: string, query?: Query, fallbackName = 'download.xlsx') {
  const qs = queryString(query);
  const res = await fetch(qs ? `${path}?${qs}` : path, {
    credentials: 'same-origin',
    headers: requestHeaders(),
  });
  if (!res.ok) {
    throw await problemOf(res);
  }
  saveBlob(await res.blob(), fileNameOf(res, fallbackName));
}

/**
 * Uploads a workbook again, asking for the error workbook (the rows with an 错误 column) instead of JSON.
 * The server answers 400 with the workbook when rows failed; anything else is thrown as ApiError.
 */
export async function downloadErrorWorkbook(path: string, file: File, fallbackName: string) {
  const body = new FormData();
  body.append('file', file);
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...requestHeaders(), accept: XLSX_TYPE },
    body,
  });
  if ((res.headers.get('content-type') ?? '').includes(XLSX_TYPE)) {
    saveBlob(await res.blob(), fileNameOf(res, fallbackName));
    return;
  }
  throw await problemOf(res);
}
