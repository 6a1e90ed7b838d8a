import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { customRange, lastDayOf, periodFromUrl, periodOf, urlOfPeriod } from './period';

const clean = (params: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== null));

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

  it('reads and writes the period in the page address', () => {
    const read = (query: string) => periodFromUrl(new URLSearchParams(query), today);
    expect(read('')).toEqual({ preset: 'thisMonth', period: { from: '2026-01-01', to: '2026-02-01' } });
    expect(read('period=lastMonth').period).toEqual({ from: '2025-12-01', to: '2026-01-01' });
    const custom = read('period=custom&from=2025-10-01&to=2025-10-09');
    expect(custom).toEqual({ preset: 'custom', period: { from: '2025-10-01', to: '2025-10-09' } });
    expect(new URLSearchParams(clean(urlOfPeriod(custom))).toString()).toBe(
      'period=custom&from=2025-10-01&to=2025-10-09',
    );
    expect(clean(urlOfPeriod(read('period=thisYear')))).toEqual({ period: 'thisYear' });
    expect(clean(urlOfPeriod(read('')))).toEqual({});
    // Days backwards, nonsense or missing: this month.
    for (const bad of [
      'period=custom&from=2025-10-09&to=2025-10-01',
      'period=custom&from=x&to=y',
      'period=decade',
    ]) {
      expect(read(bad).preset).toBe('thisMonth');
    }
  });
});
