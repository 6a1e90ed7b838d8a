import { describe, expect, it } from 'vitest';
import { computeFigures } from './figures';

// The figures of a drive without a database: adding up, the planned line, the best day, a drive down to zero.
const drive = {
  kind: 'count_up' as const,
  target: 100,
  baseline: 0,
  startsOn: '2026-04-01',
  endsOn: '2026-04-10',
};

describe('a drive counting up', () => {
  it('adds every place’s tallies by day, draws the planned line and finds the best day', () => {
    const f = computeFigures(
      drive,
      [
        { placeId: 'a', day: '2026-04-02', count: 10 },
        { placeId: 'b', day: '2026-04-02', count: 5 },
        { placeId: 'a', day: '2026-04-01', count: 7 },
        { placeId: 'a', day: '2026-04-04', count: 15 },
      ],
      '2026-04-05',
    );
    expect(f.curve.map((p) => [p.day.slice(8), p.daily, p.value, p.planned])).toEqual([
      ['01', 7, 7, 10],
      ['02', 15, 22, 20],
      ['03', 0, 22, 30],
      ['04', 15, 37, 40],
      ['05', 0, 37, 50],
    ]);
    // A tie keeps the earlier day.
    expect(f.bestDay).toEqual({ day: '2026-04-02', count: 15 });
    expect(f).toMatchObject({ value: 37, share: 0.37, tallyDays: 3, places: 2 });
  });

  it('stops the curve at the last day, and draws nothing before the first', () => {
    expect(computeFigures(drive, [], '2026-05-01').curve).toHaveLength(10);
    expect(computeFigures(drive, [], '2026-03-01')).toMatchObject({
      curve: [],
      value: 0,
      bestDay: null,
      share: 0,
    });
  });
});

describe('a drive down to zero', () => {
  const down = { ...drive, kind: 'down_to_zero' as const, target: 0, baseline: 30 };
  it('keeps each place’s last count until its next and sums them', () => {
    const f = computeFigures(
      down,
      [
        { placeId: 'a', day: '2026-04-02', count: 20 },
        { placeId: 'b', day: '2026-04-02', count: 8 },
        { placeId: 'a', day: '2026-04-04', count: 5 },
      ],
      '2026-04-05',
    );
    expect(f.curve.map((p) => p.value)).toEqual([30, 28, 28, 13, 13]);
    expect(f.curve.map((p) => p.planned)).toEqual([27, 24, 21, 18, 15]);
    expect(f.bestDay).toEqual({ day: '2026-04-04', count: 15 });
    expect(f.share).toBeCloseTo(17 / 30);
  });

  it('without a baseline starts from each place’s first count', () => {
    const f = computeFigures(
      { ...down, baseline: null },
      [{ placeId: 'a', day: '2026-04-01', count: 12 }],
      '2026-04-01',
    );
    expect(f.curve[0]).toMatchObject({ value: 12, planned: 10.8 });
    expect(f.share).toBe(0);
  });
});
