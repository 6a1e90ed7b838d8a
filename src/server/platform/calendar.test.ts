import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR } from '../seed/work-calendar';
import {
  addCalendarHours,
  addWorkingHours,
  createWorkCalendar,
  HOURS_PER_WORKDAY,
  workingHoursBetween,
} from './calendar';
import { dayIn } from './time-zone';

// The official schedules as seeded; the expectations below are worked out by hand from the State Council
// notices (国办发明电〔2024〕12号, 〔2025〕7号), not from the code.
const calendar = createWorkCalendar(OFFICIAL_CALENDAR, 'Asia/Shanghai');
const plainWeek = createWorkCalendar([], 'Asia/Shanghai');
/** A Beijing wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`);

describe('the work calendar', () => {
  it('knows 国庆 2025: Oct 1–8 off, Sunday Sep 28 and Saturday Oct 11 at work', () => {
    for (const day of ['2025-10-01', '2025-10-03', '2025-10-06', '2025-10-08']) {
      expect(calendar.isWorkday(day), day).toBe(false);
    }
    expect(calendar.isWorkday('2025-09-28')).toBe(true);
    expect(calendar.isWorkday('2025-10-11')).toBe(true);
    expect(calendar.isWorkday('2025-10-09')).toBe(true);
    expect(plainWeek.isWorkday('2025-10-01')).toBe(true);
    expect(plainWeek.isWorkday('2025-10-11')).toBe(false);
  });

  it('knows 春节 2026: Feb 15–23 off, Saturdays Feb 14 and Feb 28 at work', () => {
    for (const day of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) {
      expect(calendar.isWorkday(day), day).toBe(false);
    }
    expect(calendar.isWorkday('2026-02-14')).toBe(true);
    expect(calendar.isWorkday('2026-02-28')).toBe(true);
    expect(calendar.isWorkday('2026-02-24')).toBe(true);
  });

  it('reports the last year it holds official entries for', () => {
    expect(calendar.knownUntilYear).toBe(2026);
    expect(plainWeek.knownUntilYear).toBeNull();
  });

  it('reads days in Beijing time, not UTC', () => {
    expect(dayIn('Asia/Shanghai', new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(dayIn('Asia/Shanghai', bj('2025-10-01T07:59:00'))).toBe('2025-10-01');
  });
});

describe('addWorkingHours', () => {
  it('counts only office hours: 09–12 and 13–18, 8 hours a day', () => {
    expect(HOURS_PER_WORKDAY).toBe(8);
    expect(addWorkingHours(calendar, bj('2025-09-16T09:00:00'), 3)).toEqual(bj('2025-09-16T12:00:00'));
    // The lunch break does not count.
    expect(addWorkingHours(calendar, bj('2025-09-16T11:00:00'), 2)).toEqual(bj('2025-09-16T14:00:00'));
    expect(addWorkingHours(calendar, bj('2025-09-16T12:30:00'), 1)).toEqual(bj('2025-09-16T14:00:00'));
    // Before opening: counting starts at 09:00.
    expect(addWorkingHours(calendar, bj('2025-09-16T07:00:00'), 8)).toEqual(bj('2025-09-16T18:00:00'));
    // A fraction (80 % of 5 hours).
    expect(addWorkingHours(calendar, bj('2025-09-16T09:00:00'), 4)).toEqual(bj('2025-09-16T14:00:00'));
  });

  it('jumps the 国庆 2025 holiday: filed Tuesday Sep 30 at 17:00, one working day is due Thursday Oct 9 at 17:00', () => {
    expect(addWorkingHours(calendar, bj('2025-09-30T17:00:00'), 8)).toEqual(bj('2025-10-09T17:00:00'));
    // Without the holiday the same limit would fall on Oct 1.
    expect(addWorkingHours(plainWeek, bj('2025-09-30T17:00:00'), 8)).toEqual(bj('2025-10-01T17:00:00'));
  });

  it('counts a make-up Sunday: filed Friday Sep 26 2025 in the evening, due on Sunday Sep 28', () => {
    expect(addWorkingHours(calendar, bj('2025-09-26T19:30:00'), 8)).toEqual(bj('2025-09-28T18:00:00'));
    expect(addWorkingHours(calendar, bj('2025-09-26T19:30:00'), 10)).toEqual(bj('2025-09-29T11:00:00'));
  });

  it('counts a make-up Saturday: filed Friday Oct 10 2025 at 19:00, due Saturday Oct 11', () => {
    expect(addWorkingHours(calendar, bj('2025-10-10T19:00:00'), 2)).toEqual(bj('2025-10-11T11:00:00'));
    // An ordinary Friday evening waits for Monday.
    expect(addWorkingHours(calendar, bj('2025-09-19T19:00:00'), 2)).toEqual(bj('2025-09-22T11:00:00'));
  });

  it('jumps 春节 2026: filed Friday Feb 13 evening, 16 hours run Saturday Feb 14 and Tuesday Feb 24', () => {
    expect(addWorkingHours(calendar, bj('2026-02-13T18:30:00'), 16)).toEqual(bj('2026-02-24T18:00:00'));
    expect(addWorkingHours(calendar, bj('2026-02-13T18:30:00'), 17)).toEqual(bj('2026-02-25T10:00:00'));
  });

  it('runs 15 working days (120 h) across 国庆 2025 with both make-up days', () => {
    // Sep 26 (Fri) 09:00 → working days: Sep 26, 28, 29, 30, Oct 9, 10, 11, 13, 14, 15, 16, 17, 20, 21, 22.
    expect(addWorkingHours(calendar, bj('2025-09-26T09:00:00'), 120)).toEqual(bj('2025-10-22T18:00:00'));
  });

  it('never goes back in time and treats a negative limit as none', () => {
    const from = bj('2025-09-16T10:00:00');
    expect(addWorkingHours(calendar, from, 0)).toEqual(from);
    expect(addWorkingHours(calendar, from, -5)).toEqual(from);
  });

  it('follows the plain week after the last known year', () => {
    // 2027-01-01 is a Friday; nothing is known about 2027, so it counts as a workday.
    expect(addWorkingHours(calendar, bj('2026-12-31T17:00:00'), 2)).toEqual(bj('2027-01-01T10:00:00'));
  });
});

describe('office hours in another configured zone', () => {
  // A deployment abroad keeps the same rules in its own clock, daylight saving included.
  const berlin = createWorkCalendar([], 'Europe/Berlin');
  const at = (local: string, offset: string) => new Date(`${local}${offset}`);

  it('opens at 09:00 Berlin time, summer and winter', () => {
    expect(addWorkingHours(berlin, at('2026-07-15T07:00:00', '+02:00'), 1)).toEqual(
      at('2026-07-15T10:00:00', '+02:00'),
    );
    expect(addWorkingHours(berlin, at('2026-01-15T07:00:00', '+01:00'), 1)).toEqual(
      at('2026-01-15T10:00:00', '+01:00'),
    );
  });

  it('keeps 8 office hours on the Monday after the clocks go forward (Sunday Mar 29 2026)', () => {
    // Friday 18:00 CET → Monday 09:00 CEST: the weekend and the lost hour do not count.
    expect(addWorkingHours(berlin, at('2026-03-27T18:00:00', '+01:00'), 8)).toEqual(
      at('2026-03-30T18:00:00', '+02:00'),
    );
    expect(
      workingHoursBetween(berlin, at('2026-03-27T17:00:00', '+01:00'), at('2026-03-30T10:00:00', '+02:00')),
    ).toBe(2);
  });

  it('differs from Beijing for the same instant', () => {
    const from = new Date('2026-07-15T02:00:00Z');
    // 10:00 in Beijing (open), 04:00 in Berlin (not yet).
    expect(addWorkingHours(plainWeek, from, 1)).toEqual(new Date('2026-07-15T03:00:00Z'));
    expect(addWorkingHours(berlin, from, 1)).toEqual(new Date('2026-07-15T08:00:00Z'));
  });
});

describe('emergencies on the clock', () => {
  it('adds calendar hours straight through holidays and nights', () => {
    expect(addCalendarHours(bj('2025-10-01T23:30:00'), 1)).toEqual(bj('2025-10-02T00:30:00'));
    expect(addCalendarHours(bj('2026-02-16T10:00:00'), 24)).toEqual(bj('2026-02-17T10:00:00'));
    expect(addCalendarHours(bj('2026-02-16T10:00:00'), 0.5)).toEqual(bj('2026-02-16T10:30:00'));
  });
});

describe('workingHoursBetween', () => {
  it('counts office hours only, lunch and nights excluded', () => {
    expect(workingHoursBetween(calendar, bj('2025-09-16T09:00:00'), bj('2025-09-16T18:00:00'))).toBe(8);
    expect(workingHoursBetween(calendar, bj('2025-09-16T11:30:00'), bj('2025-09-16T13:30:00'))).toBe(1);
    expect(workingHoursBetween(calendar, bj('2025-09-16T20:00:00'), bj('2025-09-17T08:00:00'))).toBe(0);
  });

  it('skips 国庆 2025 and counts the make-up Saturday Oct 11', () => {
    expect(workingHoursBetween(calendar, bj('2025-09-30T09:00:00'), bj('2025-10-09T12:00:00'))).toBe(11);
    expect(workingHoursBetween(calendar, bj('2025-10-10T09:00:00'), bj('2025-10-13T09:00:00'))).toBe(16);
  });

  it('skips 春节 2026 and counts Saturday Feb 14', () => {
    expect(workingHoursBetween(calendar, bj('2026-02-13T09:00:00'), bj('2026-02-24T09:00:00'))).toBe(16);
  });

  it('is zero when the end is not after the start', () => {
    const at = bj('2025-09-16T10:00:00');
    expect(workingHoursBetween(calendar, at, at)).toBe(0);
    expect(workingHoursBetween(calendar, at, bj('2025-09-15T10:00:00'))).toBe(0);
  });

  it('inverts addWorkingHours', () => {
    for (const [from, hours] of [
      ['2025-09-26T19:30:00', 10],
      ['2025-09-30T17:00:00', 8],
      ['2026-02-13T18:30:00', 17],
      ['2025-09-26T09:00:00', 120],
      ['2025-09-16T10:15:00', 96],
    ] as const) {
      const start = bj(from);
      const due = addWorkingHours(calendar, start, hours);
      expect(workingHoursBetween(calendar, start, due), from).toBeCloseTo(hours, 9);
    }
  });
});
