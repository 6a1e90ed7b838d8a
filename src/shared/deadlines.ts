import { z } from 'zod';
import { TICKET_KINDS, URGENCIES } from './tickets';

// Deadline administration (限时制): the rules that set each ticket's limits and the work calendar they count on.

/** One rule: kind × category × urgency (null = any) → response and handling limits. */
export const ZDeadlineRuleInput = z.object({
  kind: z.enum(TICKET_KINDS).nullable().describe('null: any kind'),
  categoryId: z.uuid().nullable().describe('null: any category; a top-level category covers its children'),
  urgency: z.enum(URGENCIES).nullable().describe('null: any urgency'),
  responseHours: z.number().int().min(1).max(2400).describe('Response limit (受理/派单), in hours'),
  handleHours: z.number().int().min(1).max(2400).describe('Handling limit (办结), in hours'),
  isCalendarTime: z
    .boolean()
    .default(false)
    .describe('true: clock hours (emergencies); false: working hours on the work calendar'),
  note: z.string().trim().max(200).nullable().default(null),
});
export type DeadlineRuleInput = z.infer<typeof ZDeadlineRuleInput>;

export const ZDeadlineRule = ZDeadlineRuleInput.extend({
  id: z.uuid(),
  categoryName: z.string().nullable(),
});
export type DeadlineRule = z.infer<typeof ZDeadlineRule>;

const ZDay = z.iso.date().describe('YYYY-MM-DD, a Beijing calendar day');

/** A day that differs from the plain week: a statutory holiday (off) or a make-up workday (调休上班). */
export const ZCalendarDay = z.object({
  day: ZDay,
  isWorkday: z.boolean(),
  name: z.string().trim().min(1).max(40).describe('e.g. 国庆节, 国庆节调休上班'),
});
export type CalendarDay = z.infer<typeof ZCalendarDay>;

export const ZYearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** `GET /api/work-calendar?year=` */
export const ZCalendarYear = z.object({
  year: z.number().int(),
  days: z.array(ZCalendarDay).describe('Exceptional days only; every other day follows the week'),
});
export type CalendarYear = z.infer<typeof ZCalendarYear>;

/** `PUT /api/work-calendar/{year}`: replaces the year's exceptional days. */
export const ZCalendarYearInput = z.object({ days: z.array(ZCalendarDay).max(366) });

/** `GET /api/work-calendar/status`: whether deadlines can be counted on the official calendar. */
export const ZCalendarStatus = z.object({
  knownUntilYear: z.number().int().nullable().describe('The last year with official entries'),
  neededYear: z.number().int().describe('The year the calendar must know: that of today + 60 days'),
  isCovered: z.boolean().describe('false: import the next year’s schedule (国务院办公厅 notice)'),
  openTicketsBeyond: z
    .number()
    .int()
    .describe('Open tickets (that the caller sees) whose handling limit lies after the last known year'),
});
export type CalendarStatus = z.infer<typeof ZCalendarStatus>;

/** Result of an .xlsx import of a year. */
export const ZCalendarImportResult = z.object({ imported: z.number().int() });
