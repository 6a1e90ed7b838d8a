import { dayIn, instantAt, nextDay } from './time-zone';

// Working time on the Chinese calendar (限时制): statutory holidays and make-up workdays (调休) come from the
// `work_calendar` table; every other day follows the week. Office hours are kept in the deployment's time zone
// (LIANXIN_TIME_ZONE, Beijing time by default), which the calendar carries.

const HOUR_MS = 3_600_000;

/** Office hours in local time, as [start, end) hours of the day: 09:00–12:00 and 13:00–18:00, 8 hours. */
export const OFFICE_HOURS: readonly (readonly [number, number])[] = [
  [9, 12],
  [13, 18],
];
export const HOURS_PER_WORKDAY = OFFICE_HOURS.reduce((sum, [a, b]) => sum + (b - a), 0);

export type CalendarDay = { day: string; isWorkday: boolean };
export type WorkCalendar = {
  /** Whether a local calendar day (`YYYY-MM-DD`) is a working day. */
  isWorkday(day: string): boolean;
  /** The last year the calendar holds official entries for; later dates follow the week alone. */
  knownUntilYear: number | null;
  /** The IANA time zone its days and office hours are in: the deployment's. */
  zone: string;
};

/**
 * A day's office hours as instants [start, end). A day of 24 hours (every day in Beijing) is its midnight plus
 * the hours; a day when the clocks change asks the zone for each bound.
 */
function officeSpans(zone: string, day: string): [number, number][] {
  const midnight = instantAt(zone, day);
  const isRegular = instantAt(zone, nextDay(day)) - midnight === 24 * HOUR_MS;
  return OFFICE_HOURS.map(([start, end]) =>
    isRegular
      ? [midnight + start * HOUR_MS, midnight + end * HOUR_MS]
      : [instantAt(zone, day, start), instantAt(zone, day, end)],
  );
}

export function createWorkCalendar(days: CalendarDay[], zone: string): WorkCalendar {
  const overrides = new Map(days.map((d) => [d.day, d.isWorkday]));
  const years = days.map((d) => Number(d.day.slice(0, 4)));
  return {
    isWorkday(day) {
      const override = overrides.get(day);
      if (override !== undefined) {
        return override;
      }
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
    knownUntilYear: years.length > 0 ? Math.max(...years) : null,
    zone,
  };
}

/**
 * The instant that lies `hours` working hours after `from`: time counts only inside office hours on working
 * days. A ticket filed on Friday evening before 国庆 starts counting on the first workday after the holiday.
 */
export function addWorkingHours(calendar: WorkCalendar, from: Date, hours: number): Date {
  let remaining = Math.max(0, hours) * HOUR_MS;
  const zone = calendar.zone;
  let day = dayIn(zone, from);
  let cursor = from.getTime();
  // Ten years of days is far beyond any limit we set; the bound keeps a bad rule from spinning forever.
  for (let guard = 0; guard < 3660; guard++) {
    if (calendar.isWorkday(day)) {
      for (const [open, end] of officeSpans(zone, day)) {
        const start = Math.max(cursor, open);
        if (start >= end) {
          continue;
        }
        if (remaining <= end - start) {
          return new Date(start + remaining);
        }
        remaining -= end - start;
        cursor = end;
      }
    }
    day = nextDay(day);
    cursor = Math.max(cursor, instantAt(zone, day));
  }
  throw new Error(`working-time limit too far ahead: ${hours} h`);
}

/** Working hours elapsed between two instants (0 when `to` is not after `from`). */
export function workingHoursBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  const zone = calendar.zone;
  let total = 0;
  let day = dayIn(zone, from);
  const stop = to.getTime();
  for (let guard = 0; guard < 3660 && instantAt(zone, day) < stop; guard++) {
    if (calendar.isWorkday(day)) {
      for (const [open, close] of officeSpans(zone, day)) {
        const start = Math.max(from.getTime(), open);
        const end = Math.min(stop, close);
        if (end > start) {
          total += end - start;
        }
      }
    }
    day = nextDay(day);
  }
  return total / HOUR_MS;
}

/** Emergencies run on the clock (BRIEF §3: dispatch within 1 h), not on working time. */
export function addCalendarHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * HOUR_MS);
}
