import { boolean, date, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { TicketKind, Urgency } from '../../../shared/tickets';
import { category } from './categories';

// Deadline rules and the work calendar (deadlines module).

/** Response and handling limits per kind × category × urgency (null matches any), in working hours. */
export const deadlineRule = pgTable('deadline_rule', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<TicketKind>(),
  categoryId: uuid('category_id').references(() => category.id),
  urgency: text('urgency').$type<Urgency>(),
  responseHours: integer('response_hours').notNull(),
  handleHours: integer('handle_hours').notNull(),
  /** Emergencies run on the clock, not on working time. */
  isCalendarTime: boolean('is_calendar_time').notNull().default(false),
  note: text('note'),
});

/** The Chinese work calendar: statutory holidays and make-up workdays (调休); other days follow the week. */
export const workCalendar = pgTable('work_calendar', {
  day: date('day').primaryKey(),
  isWorkday: boolean('is_workday').notNull(),
  name: text('name').notNull(),
});
