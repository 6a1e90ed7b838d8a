import type { Problem } from '../../shared/errors';
import { XLSX_TYPE } from '../../shared/exchange';
import { currentLanguage } from '../i18n';
import { ApiError, type Query, withQuery } from './client';

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

async function problemOf(res: Response): Promise<ApiError> {
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    return new ApiError((await res.json()) as Problem);
  }
  return new ApiError({ type: 'about:blank', title: res.statusText, status: res.status, code: 'internal' });
}

/** Downloads a file the API sends (templates, exports) under the server's file name. Throws ApiError. */
export async function downloadFile(path: string, query?: Query, fallbackName = 'download.xlsx') {
  const res = await fetch(withQuery(path, query), {
    credentials: 'same-origin',
    headers: { 'accept-language': currentLanguage() },
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
    headers: { 'accept-language': currentLanguage(), accept: XLSX_TYPE },
    body,
  });
  if ((res.headers.get('content-type') ?? '').includes(XLSX_TYPE)) {
    saveBlob(await res.blob(), fileNameOf(res, fallbackName));
    return;
  }
  throw await problemOf(res);
}
