import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCalendarDay,
  ZCalendarDayInput,
  ZCalendarImportResult,
  ZCalendarStatus,
  ZCalendarYearInput,
  ZDayParam,
  ZDeadlineRule,
  ZDeadlineRuleInput,
  ZYearParam,
  ZYearQuery,
} from '../../../shared/deadlines';
import { XLSX_TYPE } from '../../../shared/exchange';
import { zPage } from '../../../shared/list';
import { AppError } from '../../platform/errors';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { readUpload, sendWorkbook, wantsWorkbook } from '../../platform/workbook-http';
import { writeSheet } from '../exchange';
import { calendarStatus, clearDay, currentYear, listCalendar, replaceYear, setDay } from './calendar';
import {
  CALENDAR_SHEET_COLUMNS,
  exportYear,
  importYear,
  readCalendarSheet,
  sheetTitle,
} from './calendar-sheet';
import { createRule, deleteRule, listRules, updateRule } from './service';

const ZId = z.object({ id: z.uuid() });
const tags = ['deadlines'];
// Office desks and the sysadmin read the limits and the calendar (`config.read`); writes need `config.write`.
const READ = 'config.read' as const;
const WRITE = 'config.write' as const;

/** Deadline rules and the work calendar (限时制). */
export function deadlineRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    const locale = (req: FastifyRequest) => pickLocale(req.headers['accept-language']);

    app.get(
      '/api/deadline-rules',
      {
        config: { auth: READ },
        schema: {
          tags,
          summary: 'Deadline rules: kind × category × urgency → limits',
          response: { 200: zPage(ZDeadlineRule) },
        },
      },
      (req) => inScope(services, req, (ctx) => listRules(ctx, locale(req))),
    );
    app.post(
      '/api/deadline-rules',
      {
        config: { auth: WRITE },
        schema: {
          tags,
          summary: 'Add a deadline rule',
          body: ZDeadlineRuleInput,
          response: { 201: ZDeadlineRule },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createRule(ctx, req.body, locale(req)))),
    );
    app.put(
      '/api/deadline-rules/:id',
      {
        config: { auth: WRITE },
        schema: {
          tags,
          summary: 'Change a deadline rule (tickets filed from now on)',
          params: ZId,
          body: ZDeadlineRuleInput,
          response: { 200: ZDeadlineRule },
        },
      },
      (req) => inScope(services, req, (ctx) => updateRule(ctx, req.params.id, req.body, locale(req))),
    );
    app.delete(
      '/api/deadline-rules/:id',
      {
        config: { auth: WRITE },
        schema: { tags, summary: 'Delete a deadline rule', params: ZId, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => deleteRule(ctx, req.params.id));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/work-calendar',
      {
        config: { auth: READ },
        schema: {
          tags,
          summary: "A year's statutory holidays and make-up workdays (other days follow the week)",
          querystring: ZYearQuery,
          response: { 200: zPage(ZCalendarDay) },
        },
      },
      (req) => inScope(services, req, (ctx) => listCalendar(ctx, req.query.year ?? currentYear(ctx))),
    );
    app.get(
      '/api/work-calendar/status',
      {
        config: { auth: READ },
        schema: { tags, summary: 'Which years the calendar knows', response: { 200: ZCalendarStatus } },
      },
      (req) => inScope(services, req, (ctx) => calendarStatus(ctx)),
    );
    app.put(
      '/api/work-calendar/days/:day',
      {
        config: { auth: WRITE },
        schema: {
          tags,
          summary: 'Mark a day as a holiday or a make-up workday',
          params: ZDayParam,
          body: ZCalendarDayInput,
          response: { 200: ZCalendarDay },
        },
      },
      (req) => inScope(services, req, (ctx) => setDay(ctx, req.params.day, req.body, locale(req))),
    );
    app.delete(
      '/api/work-calendar/days/:day',
      {
        config: { auth: WRITE },
        schema: {
          tags,
          summary: 'Give a day back to the plain week',
          params: ZDayParam,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => clearDay(ctx, req.params.day));
        return reply.status(204).send(null);
      },
    );
    app.put(
      '/api/work-calendar/:year',
      {
        config: { auth: WRITE },
        schema: {
          tags,
          summary: "Replace a year's holidays and make-up workdays, all or nothing",
          params: ZYearParam,
          body: ZCalendarYearInput,
          response: { 200: ZCalendarImportResult },
        },
      },
      (req) => inScope(services, req, (ctx) => replaceYear(ctx, req.params.year, req.body.days, locale(req))),
    );
    app.get(
      '/api/work-calendar/:year/export',
      {
        config: { auth: READ },
        schema: {
          tags,
          summary: 'A year as a workbook (日期, 是否上班, 名称); an empty year gives the template',
          params: ZYearParam,
          produces: [XLSX_TYPE],
        },
      },
      async (req, reply) => {
        const body = await inScope(services, req, (ctx) => exportYear(ctx, req.params.year));
        return sendWorkbook(reply, `${sheetTitle(req.params.year)}.xlsx`, body);
      },
    );
    app.post(
      '/api/work-calendar/:year/import',
      {
        config: { auth: WRITE },
        schema: {
          tags,
          summary: 'Replace a year from a workbook, all or nothing',
          description:
            'multipart/form-data with one .xlsx in the field `file`: columns 日期 (date), 是否上班 (is_workday: 是/否), ' +
            '名称 (name). A failed import writes nothing and answers 400 with an error per bad cell ' +
            `(\`rows.<row>.<column>\`), or, when Accept prefers ${XLSX_TYPE}, with the rows and an 错误 column.`,
          params: ZYearParam,
          consumes: ['multipart/form-data'],
          response: { 200: ZCalendarImportResult },
        },
      },
      async (req, reply) => {
        const raw = await readCalendarSheet(await readUpload(req));
        try {
          return await inScope(services, req, (ctx) => importYear(ctx, req.params.year, raw, locale(req)));
        } catch (error) {
          if (error instanceof AppError && error.messageKey === 'import_rows_failed' && wantsWorkbook(req)) {
            const byRow = new Map<number, string>();
            for (const f of error.fields) {
              const [, row = '0', code] = f.path.split('.');
              const header = CALENDAR_SHEET_COLUMNS.find((c) => c.code === code)?.header ?? '';
              const line = `${header}：${f.message}`;
              byRow.set(Number(row), byRow.has(Number(row)) ? `${byRow.get(Number(row))}；${line}` : line);
            }
            const spec = { title: sheetTitle(req.params.year), columns: CALENDAR_SHEET_COLUMNS };
            return sendWorkbook(reply, `${spec.title}导入错误.xlsx`, await writeSheet(spec, raw, byRow), 400);
          }
          throw error;
        }
      },
    );
  };
}
