import { z } from 'zod';
import { TEXT_LIMITS } from './limits';
import { TICKET_KINDS, URGENCIES } from './tickets';

// Deadline administration (限时制): the rules that set each ticket's limits and the work calendar they
// are counted on. Both are configuration: a sysadmin edits them (`config.write`); every active account reads them.

/** `POST /api/deadline-rules`, `PUT /api/deadline-rules/{id}`. */
export const ZDeadlineRuleInput = z.object({
  /** Ticket kind the rule applies to; null: any kind. */
  kind: z.enum(TICKET_KINDS).nullable().describe('null: any kind'),
  /** Category; a top-level category covers its children; null: any category. */
  categoryId: z.uuid().nullable().describe('null: any category; a top-level category covers its children'),
  /** Urgency; null: any urgency. */
  urgency: z.enum(URGENCIES).nullable().describe('null: any urgency'),
  /** Response limit (受理/派单), in hours. */
  responseHours: z.number().int().min(1).max(2400).describe('Response limit (受理/派单), in hours'),
  /** Handling limit (办结), in hours; not shorter than the response limit. */
  handleHours: z.number().int().min(1).max(2400).describe('Handling limit (办结), in hours'),
  /** true: clock hours (emergencies); false: working hours on the work calendar. */
  isCalendarTime: z
    .boolean()
    .default(false)
    .describe('true: clock hours (emergencies); false: working hours on the work calendar'),
  /** Where the limit comes from, for the people who read the table. */
  note: z.string().trim().max(TEXT_LIMITS.deadlineRuleNote.max).nullable().default(null),
});
export type DeadlineRuleInput = z.infer<typeof ZDeadlineRuleInput>;

/** One rule as listed: the most specific rule that fits a ticket wins (category > urgency > kind). */
export const ZDeadlineRule = ZDeadlineRuleInput.extend({
  id: z.uuid(),
  /** The category's name in the caller's language, with its parent's: 公共设施 / 水电气暖. */
  categoryName: z.string().nullable(),
  /** Kind, category and urgency all null: the rule every ticket falls back to. */
  isDefault: z.boolean(),
});
export type DeadlineRule = z.infer<typeof ZDeadlineRule>;

/** A Beijing calendar day. */
export const ZDay = z.iso.date().describe('YYYY-MM-DD, a Beijing calendar day');

/** `PUT /api/work-calendar/days/{day}`: a statutory holiday (off) or a make-up workday (调休上班). */
export const ZCalendarDayInput = z.object({
  /** false: a day off (a statutory holiday, or a weekend day folded into one); true: a make-up workday. */
  isWorkday: z.boolean(),
  /** The holiday it belongs to: 春节, 国庆节, 国庆节调休上班 … */
  name: z.string().trim().min(1).max(TEXT_LIMITS.holidayName.max).describe('e.g. 国庆节, 国庆节调休上班'),
});
export type CalendarDayInput = z.infer<typeof ZCalendarDayInput>;

/** A day that differs from the plain week (Monday to Friday at work). */
export const ZCalendarDay = ZCalendarDayInput.extend({ day: ZDay });
export type CalendarDay = z.infer<typeof ZCalendarDay>;

export const ZDayParam = z.object({ day: ZDay });
export const ZYearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const ZYearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Default: the current year'),
});

/** `PUT /api/work-calendar/{year}`: replaces the year's exceptional days. */
export const ZCalendarYearInput = z.object({ days: z.array(ZCalendarDay).max(366) });

/** `GET /api/work-calendar/status`: whether deadlines can be counted on the official calendar. */
export const ZCalendarStatus = z.object({
  /** The last year with official entries. */
  knownUntilYear: z.number().int().nullable().describe('The last year with official entries'),
  /** The year the calendar must know: that of today + 60 days. */
  neededYear: z.number().int().describe('The year the calendar must know: that of today + 60 days'),
  /** false: import the next year's schedule (国务院办公厅 notice). */
  isCovered: z.boolean().describe('false: import the next year’s schedule (国务院办公厅 notice)'),
  /** Years that hold at least one entry, ascending. */
  years: z.array(z.number().int()),
});
export type CalendarStatus = z.infer<typeof ZCalendarStatus>;

/** The result of replacing or importing a year. */
export const ZCalendarImportResult = z.object({
  imported: z.number().int().describe('Days written; a failed import writes none'),
});
export type CalendarImportResult = z.infer<typeof ZCalendarImportResult>;
