import type { Recurrence } from '../../../shared/activities';

/**
 * The days a series falls on (issue 12 capability 5), as `YYYY-MM-DD` days of the installation's calendar; the
 * service puts each day's start and end time on them. Rules written down once:
 * - weekly: every `interval` weeks on the first day's weekday;
 * - monthly_day: the first day's day of the month; in a month too short for it (the 31st in a 30-day month,
 *   the 30th in February) it falls on the month's last day, so a "month-end" course keeps one date a month;
 * - monthly_weekday: the same weekday of the same week of the month as the first day (the 2nd Tuesday); "the
 *   5th Friday" in a month without one falls on its last Friday;
 * - twice_monthly: the two `monthDays` of every month from the first day on (clamped to the month's end as
 *   above);
 * - the series stops at `until` (inclusive) or after `count` occurrences, whichever comes first, and never
 *   runs past MAX_OCCURRENCES;
 * - `skipDates` and holidays (non-working days the work calendar names, 法定节假日) are skipped, not moved: a
 *   course that falls on 国庆 is not held that week, which is what the offices do, and moving it could land it
 *   on another activity's day. Skipped days do not count towards `count`.
 */
export const MAX_OCCURRENCES = 200;
/** How far ahead a series without `until` may reach at most. */
const MAX_SPAN_DAYS = 2 * 366;

export function expandRecurrence(
  firstDay: string,
  rule: Recurrence,
  isHoliday: (day: string) => boolean,
): string[] {
  const limit = Math.min(rule.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const last = rule.until ?? addDays(firstDay, MAX_SPAN_DAYS);
  const skip = new Set(rule.skipDates ?? []);
  const days: string[] = [];
  for (const day of candidates(firstDay, rule)) {
    if (day > last || days.length >= limit) {
      break;
    }
    if (day < firstDay || skip.has(day) || isHoliday(day)) {
      continue;
    }
    days.push(day);
  }
  return days;
}

/** Candidate days in order, without end (the caller stops). */
function* candidates(firstDay: string, rule: Recurrence): Generator<string> {
  const [y0, m0, d0] = parts(firstDay);
  switch (rule.frequency) {
    case 'weekly': {
      for (let k = 0; ; k++) {
        yield addDays(firstDay, 7 * rule.interval * k);
      }
    }
    case 'monthly_day': {
      for (let k = 0; ; k++) {
        const [y, m] = monthAfter(y0, m0, k);
        yield dayOf(y, m, Math.min(d0, daysIn(y, m)));
      }
    }
    case 'monthly_weekday': {
      const weekday = weekdayOf(firstDay);
      const nth = Math.ceil(d0 / 7);
      for (let k = 0; ; k++) {
        const [y, m] = monthAfter(y0, m0, k);
        const firstSame = 1 + ((weekday - weekdayOf(dayOf(y, m, 1)) + 7) % 7);
        let d = firstSame + 7 * (nth - 1);
        if (d > daysIn(y, m)) {
          d -= 7;
        }
        yield dayOf(y, m, d);
      }
    }
    case 'twice_monthly': {
      const [a, b] = [...(rule.monthDays ?? [d0, Math.min(d0 + 14, 28)])].sort((x, y) => x - y) as [
        number,
        number,
      ];
      for (let k = 0; ; k++) {
        const [y, m] = monthAfter(y0, m0, k);
        const end = daysIn(y, m);
        const first = dayOf(y, m, Math.min(a, end));
        const second = dayOf(y, m, Math.min(b, end));
        yield first;
        if (second !== first) {
          yield second;
        }
      }
    }
  }
}

function parts(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}
function dayOf(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function monthAfter(y: number, m: number, k: number): [number, number] {
  const index = y * 12 + (m - 1) + k;
  return [Math.floor(index / 12), (index % 12) + 1];
}
function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
