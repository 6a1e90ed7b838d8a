import { and, asc, between, eq, gte, lt, sql } from 'drizzle-orm';
import type {
  CalendarDay,
  CalendarDayInput,
  CalendarImportResult,
  CalendarStatus,
} from '../../../shared/deadlines';
import type { Page } from '../../../shared/list';
import type { Tx } from '../../db/client';
import { workCalendar } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, invalidField, notFound } from '../../platform/errors';
import type { Locale } from '../../platform/messages';
import { dayIn } from '../../platform/time-zone';
import { refoldForCalendar } from '../stats';
import { say } from './messages';

// The work calendar (statutory holidays and 调休 make-up workdays). Deadlines read it afresh in every
// transaction (tickets/deadlines.ts `loadCalendar`, stats/working-time.ts joins it in SQL): there is no cache
// to invalidate, and an edit counts for the next ticket filed. Limits already promised stay as they are. The
// statistics' roll-up keeps finished tickets' working hours: each write below has it refold the changed days.

const DAY_MS = 86_400_000;
/** The calendar must know the year of today + this many days (a 15-working-day limit spans about 3 weeks). */
const LOOK_AHEAD_DAYS = 60;

/** A day's problem, by the field it concerns (`day`, `isWorkday`, `name`). */
export type DayIssue = {
  index: number;
  field: 'day' | 'isWorkday' | 'name';
  message: string;
  /** For a repeated day: the index of its first entry. */
  duplicateOf?: number;
};

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function yearBounds(year: number) {
  return and(gte(workCalendar.day, `${year}-01-01`), lt(workCalendar.day, `${year + 1}-01-01`));
}

/** The current year in the installation's time zone. */
export function currentYear(ctx: Ctx): number {
  return Number(dayIn(ctx.zone, ctx.now).slice(0, 4));
}

/**
 * Rules each entry obeys besides its schema: inside `year` (when given), one entry per day, and a make-up
 * workday only on a Saturday or Sunday (a weekday already is one). A day off may fall on a weekend: the
 * official notices fold weekends into 春节 and 国庆节.
 */
export function checkDays(days: readonly CalendarDay[], year: number | null, locale: Locale): DayIssue[] {
  const issues: DayIssue[] = [];
  const seen = new Map<string, number>();
  days.forEach((d, index) => {
    if (year !== null && Number(d.day.slice(0, 4)) !== year) {
      issues.push({ index, field: 'day', message: say('day_outside_year', locale, { year }) });
    }
    const earlier = seen.get(d.day);
    if (earlier !== undefined) {
      issues.push({
        index,
        field: 'day',
        message: say('duplicate_day', locale, { row: earlier + 1 }),
        duplicateOf: earlier,
      });
    } else {
      seen.set(d.day, index);
    }
    if (d.isWorkday && !isWeekend(d.day)) {
      issues.push({ index, field: 'isWorkday', message: say('makeup_on_weekday', locale, { day: d.day }) });
    }
  });
  return issues;
}

/** The year's exceptional days in date order (one page: a year has a few dozen). */
export async function listCalendar(ctx: Ctx, year: number): Promise<Page<CalendarDay>> {
  const rows = await ctx.tx
    .select()
    .from(workCalendar)
    .where(yearBounds(year))
    .orderBy(asc(workCalendar.day));
  return { items: rows, nextCursor: null };
}

/**
 * Days off the work calendar names (statutory holidays, the weekends folded into them) between two days,
 * inclusive: activities skip them in a series, stations' rooms are closed on them.
 */
export async function holidaysBetween(tx: Tx, from: string, to: string): Promise<Set<string>> {
  const rows = await tx
    .select({ day: workCalendar.day })
    .from(workCalendar)
    .where(and(eq(workCalendar.isWorkday, false), between(workCalendar.day, from, to)));
  return new Set(rows.map((r) => r.day));
}

/** Which years are known and whether the one deadlines now reach into is among them. */
export async function calendarStatus(ctx: Ctx): Promise<CalendarStatus> {
  const rows = await ctx.tx
    .select({ year: sql<number>`DISTINCT extract(year FROM ${workCalendar.day})::int` })
    .from(workCalendar);
  const years = rows.map((r) => Number(r.year)).sort((a, b) => a - b);
  const knownUntilYear = years.length > 0 ? (years[years.length - 1] ?? null) : null;
  const neededYear = Number(
    dayIn(ctx.zone, new Date(ctx.now.getTime() + LOOK_AHEAD_DAYS * DAY_MS)).slice(0, 4),
  );
  return {
    knownUntilYear,
    neededYear,
    isCovered: knownUntilYear !== null && knownUntilYear >= neededYear,
    years,
  };
}

/** Marks one day as a holiday or a make-up workday (replacing what it was). Throws validation_failed. */
export async function setDay(ctx: Ctx, day: string, input: CalendarDayInput, locale: Locale) {
  const issue = checkDays([{ day, ...input }], null, locale)[0];
  if (issue) {
    throw invalidField(issue.field === 'day' ? 'params.day' : `body.${issue.field}`, issue.message);
  }
  const [before] = await ctx.tx.select().from(workCalendar).where(eq(workCalendar.day, day));
  const [row] = await ctx.tx
    .insert(workCalendar)
    .values({ day, ...input })
    .onConflictDoUpdate({ target: workCalendar.day, set: input })
    .returning();
  await refoldForCalendar(ctx.tx, { firstDay: day, lastDay: day }, ctx);
  await ctx.audit({
    action: 'work_calendar.set',
    targetType: 'work_calendar',
    targetId: day,
    before: before ?? null,
    after: row,
  });
  return row as CalendarDay;
}

/** Gives a day back to the plain week. Throws not_found (the day has no entry). */
export async function clearDay(ctx: Ctx, day: string): Promise<void> {
  const [before] = await ctx.tx.delete(workCalendar).where(eq(workCalendar.day, day)).returning();
  if (!before) {
    throw notFound();
  }
  await refoldForCalendar(ctx.tx, { firstDay: day, lastDay: day }, ctx);
  await ctx.audit({ action: 'work_calendar.clear', targetType: 'work_calendar', targetId: day, before });
}

/**
 * Replaces a whole year with `days` (a new year's notice, or a corrected one). Checks every entry first and
 * writes nothing when one is wrong: validation_failed with `body.days.<i>.<field>` errors.
 */
export async function replaceYear(
  ctx: Ctx,
  year: number,
  days: readonly CalendarDay[],
  locale: Locale,
  source: 'api' | 'xlsx' = 'api',
): Promise<CalendarImportResult> {
  const issues = checkDays(days, year, locale);
  if (issues.length > 0) {
    throw new AppError(
      'validation_failed',
      'validation_failed',
      issues.map((i) => ({ path: `body.days.${i.index}.${i.field}`, message: i.message })),
    );
  }
  return writeYear(ctx, year, days, source);
}

/** The write behind replaceYear and the import, after every check passed. */
export async function writeYear(
  ctx: Ctx,
  year: number,
  days: readonly CalendarDay[],
  source: 'api' | 'xlsx',
): Promise<CalendarImportResult> {
  const before = await ctx.tx.delete(workCalendar).where(yearBounds(year)).returning();
  if (days.length > 0) {
    await ctx.tx
      .insert(workCalendar)
      .values(days.map((d) => ({ day: d.day, isWorkday: d.isWorkday, name: d.name })));
  }
  await refoldForCalendar(ctx.tx, { firstDay: `${year}-01-01`, lastDay: `${year}-12-31` }, ctx);
  await ctx.audit({
    action: 'work_calendar.replace',
    targetType: 'work_calendar',
    targetId: String(year),
    before: { count: before.length },
    after: { source, days },
  });
  return { imported: days.length };
}
