// Working time on the Chinese calendar (限时制): statutory holidays and make-up workdays (调休) come from the
// `work_calendar` table; every other day follows the week. Office hours are Beijing time, which has no
// daylight saving, so a fixed +08:00 offset is exact.

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const HOUR_MS = 3_600_000;

/** Office hours in Beijing time, as [start, end) hours of the day: 09:00–12:00 and 13:00–18:00, 8 hours. */
export const OFFICE_HOURS: readonly (readonly [number, number])[] = [
  [9, 12],
  [13, 18],
];
export const HOURS_PER_WORKDAY = OFFICE_HOURS.reduce((sum, [a, b]) => sum + (b - a), 0);

export type CalendarDay = { day: string; isWorkday: boolean };
export type WorkCalendar = {
  /** Whether a Beijing calendar day (`YYYY-MM-DD`) is a working day. */
  isWorkday(day: string): boolean;
  /** The last year the calendar holds official entries for; later dates follow the week alone. */
  knownUntilYear: number | null;
};

/** The Beijing calendar day of an instant. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** Beijing wall-clock time to the minute, as offices read it: 2026-11-23 14:05. */
export function beijingMinute(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Midnight of a Beijing day, as an instant. */
function beijingMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * HOUR_MS).toISOString().slice(0, 10);
}

export function createWorkCalendar(days: CalendarDay[]): WorkCalendar {
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
  };
}

/**
 * The instant that lies `hours` working hours after `from`: time counts only inside office hours on working
 * days. A ticket filed on Friday evening before 国庆 starts counting on the first workday after the holiday.
 */
export function addWorkingHours(calendar: WorkCalendar, from: Date, hours: number): Date {
  let remaining = Math.max(0, hours) * HOUR_MS;
  let day = beijingDay(from);
  let cursor = from.getTime();
  // Ten years of days is far beyond any limit we set; the bound keeps a bad rule from spinning forever.
  for (let guard = 0; guard < 3660; guard++) {
    if (calendar.isWorkday(day)) {
      const midnight = beijingMidnight(day);
      for (const [startHour, endHour] of OFFICE_HOURS) {
        const start = Math.max(cursor, midnight + startHour * HOUR_MS);
        const end = midnight + endHour * HOUR_MS;
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
    cursor = Math.max(cursor, beijingMidnight(day));
  }
  throw new Error(`working-time limit too far ahead: ${hours} h`);
}

/** Working hours elapsed between two instants (0 when `to` is not after `from`). */
export function workingHoursBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  let total = 0;
  let day = beijingDay(from);
  const stop = to.getTime();
  for (let guard = 0; guard < 3660 && beijingMidnight(day) < stop; guard++) {
    if (calendar.isWorkday(day)) {
      const midnight = beijingMidnight(day);
      for (const [startHour, endHour] of OFFICE_HOURS) {
        const start = Math.max(from.getTime(), midnight + startHour * HOUR_MS);
        const end = Math.min(stop, midnight + endHour * HOUR_MS);
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
