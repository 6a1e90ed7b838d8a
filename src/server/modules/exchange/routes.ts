import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FieldError } from '../../../shared/errors';
import { XLSX_TYPE, ZExportQuery, ZImportResult } from '../../../shared/exchange';
import { scopeOf } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { readUpload, sendWorkbook, wantsWorkbook } from '../../platform/workbook-http';
import { loadWritable } from '../places';
import { accountSpec } from './accounts';
import { importRows } from './import';
import { placeSpec } from './places';
import { projectSpec } from './projects';
import { routingSpec } from './routing';
import { rowOf } from './rows';
import type { ExchangeSpec } from './spec';
import { unitSpec } from './units';
import { readSheet, writeSheet } from './workbook';

const SPECS: readonly ExchangeSpec[] = [placeSpec, unitSpec, accountSpec, routingSpec, projectSpec];
const tags = ['exchange'];

/** Excel import and export of places, units, accounts, the routing catalogue and key projects: three routes per kind. */
export function exchangeRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    for (const spec of SPECS) {
      const base = `/api/exchange/${spec.kind}`;
      app.get(
        `${base}/template`,
        {
          config: { auth: spec.read },
          schema: {
            tags,
            summary: `Empty ${spec.kind} workbook with the columns explained`,
            produces: [XLSX_TYPE],
          },
        },
        async (_req, reply) => sendWorkbook(reply, `${spec.title}导入模板.xlsx`, await writeSheet(spec, [])),
      );
      app.get(
        `${base}/export`,
        {
          config: { auth: spec.read },
          schema: {
            tags,
            summary: `The ${spec.kind} I serve as a workbook (phones masked; re-importable)`,
            querystring: ZExportQuery,
            produces: [XLSX_TYPE],
          },
        },
        async (req, reply) => {
          const cells = await inScope(services, req, async (ctx) => {
            const under = req.query.placeId
              ? (await loadWritable(ctx, req.query.placeId)).path
              : scopeOf(ctx.actor);
            return spec.exportRows(ctx, under);
          });
          const rows = cells.map((c, i) => ({ row: i + 2, cells: c }));
          return sendWorkbook(reply, `${spec.title}.xlsx`, await writeSheet(spec, rows));
        },
      );
      app.post(
        `${base}/import`,
        {
          config: { auth: spec.write },
          schema: {
            tags,
            summary: `Import ${spec.kind} from a workbook, all or nothing`,
            description:
              'multipart/form-data with one .xlsx in the field `file` (≤ 10 MB). A failed import writes nothing and ' +
              'answers 400 with an error per bad cell (`rows.<row>.<column>`), or, when Accept prefers ' +
              `${XLSX_TYPE}, with the uploaded rows and an 错误 column.`,
            consumes: ['multipart/form-data'],
            response: { 200: ZImportResult },
          },
        },
        async (req, reply) => {
          const raw = await readSheet(await readUpload(req), spec.columns);
          const locale = pickLocale(req.headers['accept-language']);
          try {
            return await inScope(services, req, (ctx) => importRows(ctx, services, spec, raw, locale));
          } catch (error) {
            if (
              error instanceof AppError &&
              error.messageKey === 'import_rows_failed' &&
              wantsWorkbook(req)
            ) {
              const workbook = await writeSheet(spec, raw, errorsByRow(spec, error.fields));
              return sendWorkbook(reply, `${spec.title}导入错误.xlsx`, workbook, 400);
            }
            throw error;
          }
        },
      );
    }
  };
}

/** 名称：必填；层级：无效的值“x” for each bad row. */
function errorsByRow(spec: ExchangeSpec, fields: readonly FieldError[]): Map<number, string> {
  const byRow = new Map<number, string[]>();
  for (const f of fields) {
    const column = spec.columns.find((c) => c.code === f.path.split('.')[2]);
    const row = rowOf(f.path);
    byRow.set(row, [...(byRow.get(row) ?? []), `${column?.header ?? ''}：${f.message}`]);
  }
  return new Map([...byRow].map(([row, messages]) => [row, messages.join('；')]));
}
