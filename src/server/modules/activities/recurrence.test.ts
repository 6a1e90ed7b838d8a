import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../../../shared/activities';
import { expandRecurrence } from './recurrence';

const rule = (r: Partial<Recurrence> & Pick<Recurrence, 'frequency'>): Recurrence => ({
  interval: 1,
  skipDates: [],
  ...r,
});
const none = () => false;

describe('expandRecurrence', () => {
  it('repeats weekly up to the until day, inclusive', () => {
    expect(expandRecurrence('2026-12-02', rule({ frequency: 'weekly', until: '2026-12-23' }), none)).toEqual([
      '2026-12-02',
      '2026-12-09',
      '2026-12-16',
      '2026-12-23',
    ]);
  });

  it('repeats every other week for a count, across the year end', () => {
    expect(
      expandRecurrence('2026-12-17', rule({ frequency: 'weekly', interval: 2, count: 3 }), none),
    ).toEqual(['2026-12-17', '2026-12-31', '2027-01-14']);
  });

  it('puts the 31st on the last day of 30-day months and of February', () => {
    expect(expandRecurrence('2027-01-31', rule({ frequency: 'monthly_day', count: 5 }), none)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
    ]);
    expect(expandRecurrence('2028-01-30', rule({ frequency: 'monthly_day', count: 2 }), none)).toEqual([
      '2028-01-30',
      '2028-02-29',
    ]);
  });

  it('keeps the weekday of the month (the 2nd Tuesday), and a 5th weekday falls on the last one', () => {
    expect(expandRecurrence('2026-12-08', rule({ frequency: 'monthly_weekday', count: 3 }), none)).toEqual([
      '2026-12-08',
      '2027-01-12',
      '2027-02-09',
    ]);
    // 2026-12-29 is the 5th Tuesday; January 2027 has one (the 26th is the 4th… the 5th does not exist).
    expect(expandRecurrence('2026-12-29', rule({ frequency: 'monthly_weekday', count: 2 }), none)).toEqual([
      '2026-12-29',
      '2027-01-26',
    ]);
  });

  it('falls twice a month on the two days, clamped in February', () => {
    expect(
      expandRecurrence(
        '2027-01-15',
        rule({ frequency: 'twice_monthly', monthDays: [15, 30], count: 4 }),
        none,
      ),
    ).toEqual(['2027-01-15', '2027-01-30', '2027-02-15', '2027-02-28']);
  });

  it('skips exceptions and holidays of the work calendar without counting them', () => {
    const holidays = new Set(['2026-10-01', '2026-10-08']);
    expect(
      expandRecurrence(
        '2026-09-24',
        rule({ frequency: 'weekly', count: 3, skipDates: ['2026-10-15'] }),
        (d) => holidays.has(d),
      ),
    ).toEqual(['2026-09-24', '2026-10-22', '2026-10-29']);
  });

  it('never runs past 200 occurrences', () => {
    expect(
      expandRecurrence('2026-01-01', rule({ frequency: 'weekly', until: '2099-01-01' }), none).length,
    ).toBe(200);
    // Without an until day, at most two years ahead.
    expect(expandRecurrence('2026-01-01', rule({ frequency: 'monthly_day' }), none).at(-1)).toBe(
      '2028-01-01',
    );
  });
});
