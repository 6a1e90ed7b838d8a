import { describe, expect, it } from 'vitest';
import { duePeriod, isoWeekOf, parsePeriod, periodOf, previousPeriod } from './bulletin-periods';

// Ten-day periods (上旬 1–10, 中旬 11–20, 下旬 21 to the month's end) and ISO weeks: docs/bulletins.md.
describe('ten-day periods', () => {
  it('puts each day in its part of the month, the last part running to the month’s end', () => {
    expect(periodOf('2026-11-01')).toMatchObject({ key: '2026-11-1', from: '2026-11-01', to: '2026-11-10' });
    expect(periodOf('2026-11-10').key).toBe('2026-11-1');
    expect(periodOf('2026-11-11')).toMatchObject({ key: '2026-11-2', from: '2026-11-11', to: '2026-11-20' });
    expect(periodOf('2026-11-21')).toMatchObject({ key: '2026-11-3', to: '2026-11-30' });
    expect(periodOf('2026-12-31')).toMatchObject({ key: '2026-12-3', to: '2026-12-31' });
    expect(periodOf('2028-02-29')).toMatchObject({ key: '2028-02-3', to: '2028-02-29' });
    expect(periodOf('2027-02-21').to).toBe('2027-02-28');
  });

  it('reads keys back and refuses what names no period', () => {
    expect(parsePeriod('2026-02-3')).toMatchObject({ year: 2026, month: 2, part: 3, to: '2026-02-28' });
    for (const bad of ['2026-13-1', '2026-11-4', '2026-11-0', '2026-1-1', '2026-11', ' 2026-11-1']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('steps back across months and years', () => {
    expect(previousPeriod(periodOf('2026-11-25')).key).toBe('2026-11-2');
    expect(previousPeriod(periodOf('2026-11-15')).key).toBe('2026-11-1');
    expect(previousPeriod(periodOf('2026-03-05'))).toMatchObject({ key: '2026-02-3', to: '2026-02-28' });
    expect(previousPeriod(periodOf('2027-01-02'))).toMatchObject({ key: '2026-12-3', to: '2026-12-31' });
  });

  it('is due on its last day from 20:00, the period before until then', () => {
    expect(duePeriod('2026-11-10', 19).key).toBe('2026-10-3');
    expect(duePeriod('2026-11-10', 20).key).toBe('2026-11-1');
    expect(duePeriod('2026-11-20', 23).key).toBe('2026-11-2');
    expect(duePeriod('2026-11-30', 20).key).toBe('2026-11-3');
    expect(duePeriod('2026-11-29', 23).key).toBe('2026-11-2');
    expect(duePeriod('2026-12-01', 8).key).toBe('2026-11-3');
  });
});

describe('ISO weeks', () => {
  it('start on Monday and belong to the year of their Thursday', () => {
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-06')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-07')).toBe('2026-W50');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
  });
});
