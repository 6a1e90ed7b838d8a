import { describe, expect, it } from 'vitest';
import { plannedProgress, projectStatus, rollUp } from './projects';

// 序时进度 of a project from 2026-01-01 with three milestones: 设计 weight 1 on 01-11, 施工 weight 2 on 01-31 and
// 验收 weight 1 on 02-10 — cumulative shares 25, 75, 100.
const START = '2026-01-01';
const END = '2026-02-28';
const MILESTONES = [
  { plannedDate: '2026-01-31', weight: 2 },
  { plannedDate: '2026-01-11', weight: 1 },
  { plannedDate: '2026-02-10', weight: 1 },
];
const at = (day: string) => plannedProgress(START, END, MILESTONES, day);

describe('planned progress (序时进度)', () => {
  it('is 0 before and on the start date', () => {
    expect(at('2025-12-01')).toBe(0);
    expect(at(START)).toBe(0);
  });
  it("reaches each milestone's cumulative share on its planned date", () => {
    expect(at('2026-01-11')).toBe(25);
    expect(at('2026-01-31')).toBe(75);
    expect(at('2026-02-10')).toBe(100);
  });
  it('rises linearly in calendar days between milestones', () => {
    expect(at('2026-01-06')).toBe(12.5);
    expect(at('2026-01-21')).toBe(50);
    expect(at('2026-02-05')).toBe(87.5);
  });
  it('is 100 after the last milestone, even before the end date', () => {
    expect(at('2026-02-20')).toBe(100);
    expect(at('2027-01-01')).toBe(100);
  });
  it('runs straight from start to end without milestones, and with all weights 0 shares equally', () => {
    expect(plannedProgress('2026-01-01', '2026-01-11', [], '2026-01-06')).toBe(50);
    const zero = [
      { plannedDate: '2026-01-11', weight: 0 },
      { plannedDate: '2026-01-21', weight: 0 },
    ];
    expect(plannedProgress('2026-01-01', '2026-01-21', zero, '2026-01-11')).toBe(50);
  });
  it('steps at a milestone planned on the start date', () => {
    const onStart = [
      { plannedDate: '2026-01-01', weight: 1 },
      { plannedDate: '2026-01-11', weight: 1 },
    ];
    expect(plannedProgress('2026-01-01', '2026-01-11', onStart, '2026-01-01')).toBe(0);
    expect(plannedProgress('2026-01-01', '2026-01-11', onStart, '2026-01-06')).toBe(75);
  });
});

describe('project status', () => {
  const base = { endDate: END, asOf: '2026-01-21', isDone: false };
  it('is on track under 10 points behind, behind from 10 to 30, seriously behind beyond 30', () => {
    expect(projectStatus({ ...base, plannedProgress: 50, actualProgress: 41 })).toBe('on_track');
    expect(projectStatus({ ...base, plannedProgress: 50, actualProgress: 40 })).toBe('behind');
    expect(projectStatus({ ...base, plannedProgress: 50, actualProgress: 20 })).toBe('behind');
    expect(projectStatus({ ...base, plannedProgress: 50, actualProgress: 19 })).toBe('seriously_behind');
  });
  it('is overdue past the end date unless done, and done whatever the numbers', () => {
    expect(projectStatus({ ...base, asOf: '2026-03-01', plannedProgress: 100, actualProgress: 99 })).toBe(
      'overdue',
    );
    expect(projectStatus({ ...base, isDone: true, plannedProgress: 100, actualProgress: 0 })).toBe('done');
  });
});

describe('roll-up of sub-projects', () => {
  it('is the weighted mean of the children', () => {
    expect(
      rollUp([
        { weight: 3, value: 100 },
        { weight: 1, value: 0 },
      ]),
    ).toBe(75);
    expect(rollUp([])).toBe(0);
  });
});
