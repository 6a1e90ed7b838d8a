import type { FastifyReply, FastifyRequest } from 'fastify';
import { XLSX_TYPE } from '../../shared/exchange';
import { AppError } from './errors';

// Excel over HTTP, for every route that takes or gives a workbook (exchange, work calendar, exports).

const ZIP_MAGIC = [0x50, 0x4b];

/**
 * Answers with an .xlsx download. The name goes out as RFC 6266 `filename*` (Chinese names survive); the plain
 * `filename` is for clients that read nothing else, so it stays ASCII.
 */
export function sendWorkbook(reply: FastifyReply, filename: string, body: Buffer, status = 200) {
  const ascii = /^[\x20-\x7e]+$/.test(filename) && !filename.includes('"') ? filename : 'export.xlsx';
  return reply
    .status(status)
    .type(XLSX_TYPE)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .send(body);
}

/** Accept names the workbook type ahead of JSON (and not with q=0): an import answers its error workbook. */
export function wantsWorkbook(req: FastifyRequest): boolean {
  const ranges = (req.headers.accept ?? '').split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    return { type, q: q ? Number(q.slice(2)) : 1 };
  });
  const xlsx = ranges.find((r) => r.type === XLSX_TYPE);
  return !!xlsx && xlsx.q > 0 && ranges.every((r) => r.type === XLSX_TYPE || r.q <= xlsx.q);
}

/** The uploaded workbook. Throws validation_failed (not one .xlsx in `file`), payload_too_large. */
export async function readUpload(req: FastifyRequest): Promise<Buffer> {
  const wrongType = new AppError('validation_failed', 'file_type', [], { types: '.xlsx' });
  if (!req.isMultipart()) {
    throw wrongType;
  }
  const file = await req.file();
  if (!file || file.fieldname !== 'file' || !file.filename.toLowerCase().endsWith('.xlsx')) {
    throw wrongType;
  }
  const buffer = await file.toBuffer();
  if (!ZIP_MAGIC.every((byte, i) => buffer[i] === byte)) {
    throw wrongType;
  }
  return buffer;
}
