import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { beijingDayOf, beijingToday, customRange, lastDayOf, periodOf } from './period';

describe('stats periods', () => {
  const today = dayjs('2026-01-15');

  it('gives this month, last month and this year as [from, to) days', () => {
    expect(periodOf('thisMonth', today)).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(periodOf('lastMonth', today)).toEqual({ from: '2025-12-01', to: '2026-01-01' });
    expect(periodOf('thisYear', today)).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });

  it('includes the last picked day of a custom range', () => {
    const period = customRange(dayjs('2026-03-01'), dayjs('2026-03-31'));
    expect(period).toEqual({ from: '2026-03-01', to: '2026-04-01' });
    expect(lastDayOf(period)).toBe('2026-03-31');
  });

  it('takes today from the Beijing calendar', () => {
    // 20:00 UTC on 31 December is already New Year's Day in Beijing.
    expect(beijingToday(new Date('2026-12-31T20:00:00Z')).format('YYYY-MM-DD')).toBe('2027-01-01');
    expect(beijingToday(new Date('2026-12-31T15:00:00Z')).format('YYYY-MM-DD')).toBe('2026-12-31');
  });

  it('reads the period the API answered as Beijing days', () => {
    expect(beijingDayOf('2025-12-31T16:00:00.000Z')).toBe('2026-01-01');
  });
});
