import { addWorkingHours, OFFICE_HOURS, type WorkCalendar } from '../src/server/platform/calendar';
import type { Random } from '../src/server/platform/random';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** Adds working hours to an instant (ms since the epoch), like the platform's addWorkingHours. */
export type WorkingClock = { add(fromMs: number, hours: number): number };

/**
 * The platform's addWorkingHours walks day by day (~0.2 ms for a 15-day limit); a million tickets need ten
 * million calls. This clock precomputes the office intervals of [firstDay, lastDay) with their running total of
 * working time and answers by binary search. It is checked against addWorkingHours on random inputs when
 * built, so the deadlines and moves it produces are the ones the server would compute.
 */
export function createWorkingClock(
  calendar: WorkCalendar,
  fromMs: number,
  toMs: number,
  rnd: Random,
): WorkingClock {
  const starts: number[] = [];
  const ends: number[] = [];
  const before: number[] = [];
  let total = 0;
  const firstMidnight = Math.floor((fromMs + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
  for (let midnight = firstMidnight; midnight < toMs; midnight += DAY_MS) {
    const day = new Date(midnight + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
    if (!calendar.isWorkday(day)) {
      continue;
    }
    for (const [startHour, endHour] of OFFICE_HOURS) {
      starts.push(midnight + startHour * HOUR_MS);
      ends.push(midnight + endHour * HOUR_MS);
      before.push(total);
      total += (endHour - startHour) * HOUR_MS;
    }
  }
  const n = starts.length;
  /** The first index in [lo, n) whose value is >= target (n when none). */
  const lowerBound = (values: (i: number) => number, lo: number, target: number) => {
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values(mid) < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  const add = (from: number, hours: number) => {
    // The first office interval that ends after `from`; working time already spent before `from`.
    const i = lowerBound((k) => ends[k] as number, 0, from + 1);
    if (i >= n) {
      throw new Error('working clock: instant beyond the table');
    }
    const start = starts[i] as number;
    const position = (before[i] as number) + Math.max(0, from - start);
    const target = position + Math.max(0, hours) * HOUR_MS;
    const j = lowerBound(
      (k) => (before[k] as number) + ((ends[k] as number) - (starts[k] as number)),
      i,
      target,
    );
    if (j >= n) {
      throw new Error('working clock: limit beyond the table');
    }
    return (starts[j] as number) + (target - (before[j] as number));
  };
  // Checked against the reference on random instants and spans (office hours, evenings, holidays).
  const span = Math.max(DAY_MS, toMs - fromMs - 60 * DAY_MS);
  for (let k = 0; k < 2000; k++) {
    const from = fromMs + Math.floor(rnd.next() * span);
    const hours = rnd.pick([0, 0.5, 1, 2, 7.25, 8, 24, 40, 80, 120, rnd.between(0, 200)]);
    const expected = addWorkingHours(calendar, new Date(from), hours).getTime();
    const got = add(from, hours);
    if (Math.abs(expected - got) > 1) {
      throw new Error(`working clock disagrees: ${new Date(from).toISOString()} + ${hours} h`);
    }
  }
  return { add };
}
