import { date, integer, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { COUNTER_KEYS } from '../../../shared/stats';
import { OUTCOMES, RATINGS } from '../../../shared/tickets';
import { ltree } from './types';

/** `dueForResponse` → `c_due_for_response`: the roll-up column of a counter, outcome or rating. */
export function rollupColumnOf(prefix: 'c' | 'o' | 'r', key: string): string {
  return `${prefix}_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

const counts = Object.fromEntries(
  [
    ...COUNTER_KEYS.map((k) => rollupColumnOf('c', k)),
    ...OUTCOMES.map((o) => rollupColumnOf('o', o)),
    ...RATINGS.map((r) => rollupColumnOf('r', r)),
  ].map((name) => [name, integer(name).notNull()]),
);

/** The roll-up's two grains: a row sums the tickets created on one day, or in one month. */
export const ROLLUP_GRAINS = ['day', 'month'] as const;
export type RollupGrain = (typeof ROLLUP_GRAINS)[number];

/**
 * The stats module's roll-up of finished tickets (rejected, merged, closed: no move leaves them, and none of
 * their figures depends on the moment they are read). One row per district × grain × day or month the tickets
 * were created in (in the installation's zone) × community × unit, with every counter, outcome and rating as a
 * count and the averages as sums and counts, never as averages. Written by the move that finishes a ticket, in
 * its transaction; stats/rollup.ts says why it stays exact, docs/rollups.md why this grain. Named after `ticket`
 * so that a place move rewrites the ticket's paths before this copy of them (places/repo.ts rewrites the tables
 * in name order).
 */
export const ticketRollup = pgTable(
  'ticket_rollup',
  {
    districtId: uuid('district_id').notNull(),
    /** `day`: the tickets created on `day`; `month`: those created in the month starting on `day`. */
    grain: text('grain', { enum: ROLLUP_GRAINS }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** The ticket's place cut to its community (a street or district when the ticket sits that high). */
    placePath: ltree('place_path').notNull(),
    unitId: uuid('unit_id'),
    ...counts,
    /** Tickets responded to, and the sum of their seconds from submission to the first response. */
    nResponse: integer('n_response').notNull(),
    sResponseSeconds: numeric('s_response_seconds').notNull(),
    /** Resolved tickets, and the sum of their clock hours from submission to the resolution. */
    nHandling: integer('n_handling').notNull(),
    sHandlingHours: numeric('s_handling_hours').notNull(),
    /** The same in working hours (work calendar and office hours). */
    nWorking: integer('n_working').notNull(),
    sWorkingHours: numeric('s_working_hours').notNull(),
  },
  (t) => [
    // The upsert's key and the read's index (district, grain, then day): a district × year reads one range of
    // month rows.
    unique('ticket_rollup_key_uq').on(t.districtId, t.grain, t.day, t.placePath, t.unitId).nullsNotDistinct(),
  ],
);
