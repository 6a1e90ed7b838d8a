import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { XLSX_TYPE } from '../../../shared/exchange';
import { ZTicketExportQuery } from '../../../shared/tickets';
import { type AppServices, inScope, requestMeta } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { sendWorkbook } from '../../platform/workbook-http';
import { bulkMove, MAX_BULK, ZBulkAnswer, ZBulkMove } from './bulk';
import { EXPORT_CAP, exportTickets } from './export';

const tags = ['tickets'];

/** The office's tools over many tickets at once: bulk moves and the Excel export of a list. */
export function officeTicketRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/tickets/bulk-actions',
      {
        config: { auth: 'ticket.read' },
        schema: {
          tags,
          summary: `One move on up to ${MAX_BULK} tickets (e.g. dispatch the selected rows to one unit)`,
          description:
            'Each ticket is moved in its own transaction, exactly as a single move would be: the answer is 200 ' +
            'with one result per id, some of which may be 409 (already moved), 403 or 404. Office staff only.',
          body: ZBulkMove,
          response: { 200: ZBulkAnswer },
        },
      },
      (req) =>
        bulkMove(
          services,
          req.actor,
          requestMeta(req),
          req.body,
          pickLocale(req.headers['accept-language']),
          (error) => req.log.error({ err: error }, 'bulk move failed'),
        ),
    );
    app.get(
      '/api/tickets/export.xlsx',
      {
        config: { auth: 'ticket.export' },
        schema: {
          tags,
          summary: `The ticket list as an Excel workbook (same filters as the list, at most ${EXPORT_CAP} rows)`,
          description:
            'Phone numbers masked unless `phones=full` (offices only, audited; 403 for others). Times are in the ' +
            "installation's time zone, named in their headers. When the list holds more rows, the workbook " +
            'ends with a note and the response carries `x-export-truncated: true`. Office staff only.',
          querystring: ZTicketExportQuery,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const file = await inScope(services, req, (ctx) =>
          exportTickets(ctx, req.query, pickLocale(req.headers['accept-language'])),
        );
        reply
          .header('x-export-rows', String(file.rows))
          .header('x-export-truncated', String(file.isTruncated));
        return sendWorkbook(reply, file.filename, file.body);
      },
    );
  };
}
