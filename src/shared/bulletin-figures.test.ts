import { describe, expect, it } from 'vitest';
import {
  bulletinFigures,
  changeOf,
  countStatuses,
  laggardsOf,
  rankGroups,
  type StandingInput,
} from './bulletin-figures';
import type { ProjectStatus } from './projects';

// The figures of a bulletin from a fixed set of projects: counts, laggards worst first, rankings with shared
// ranks, and the changes since the period before. docs/bulletins.md.

let serial = 0;
function p(status: ProjectStatus, planned: number, actual: number, extra: Partial<StandingInput> = {}) {
  serial += 1;
  const id = `00000000-0000-0000-0000-${String(serial).padStart(12, '0')}`;
  return {
    id,
    name: `项目${serial}`,
    leadUnitId: 'u1',
    leadUnitName: '住建局',
    groupId: 'g1',
    groupName: '湖塘镇',
    plannedProgress: planned,
    actualProgress: actual,
    status,
    ...extra,
  } satisfies StandingInput;
}

describe('counts and laggards', () => {
  it('counts every status and lists laggards by status, then gap, then name and id', () => {
    const items = [
      p('on_track', 50, 45),
      p('behind', 40, 25, { name: '乙' }),
      p('seriously_behind', 80, 30),
      p('overdue', 100, 90),
      p('behind', 40, 20, { name: '丙' }),
      p('behind', 40, 25, { name: '甲' }),
      p('done', 100, 100),
    ];
    expect(countStatuses(items)).toEqual({
      total: 7,
      on_track: 1,
      behind: 3,
      seriously_behind: 1,
      overdue: 1,
      done: 1,
    });
    const laggards = laggardsOf(items);
    expect(laggards.map((l) => [l.status, l.gap, l.name])).toEqual([
      ['overdue', 10, '项目4'],
      ['seriously_behind', 50, '项目3'],
      ['behind', 20, '丙'],
      ['behind', 15, '乙'],
      ['behind', 15, '甲'],
    ]);
  });

  it('breaks a tie of name by id, so the order never depends on the input order', () => {
    const a = p('behind', 30, 10, { name: '同名' });
    const b = p('behind', 30, 10, { name: '同名' });
    expect(laggardsOf([b, a]).map((l) => l.id)).toEqual([a.id, b.id]);
  });
});

describe('rankings', () => {
  it('ranks by share on track (done counts), then mean gap; equal ones share a rank', () => {
    const items = [
      p('on_track', 50, 50, { leadUnitId: 'a', leadUnitName: 'A' }),
      p('behind', 50, 30, { leadUnitId: 'a', leadUnitName: 'A' }),
      p('done', 100, 100, { leadUnitId: 'b', leadUnitName: 'B' }),
      p('on_track', 50, 55, { leadUnitId: 'b', leadUnitName: 'B' }),
      p('on_track', 40, 35, { leadUnitId: 'c', leadUnitName: 'C' }),
      p('seriously_behind', 60, 20, { leadUnitId: 'c', leadUnitName: 'C' }),
      p('on_track', 50, 50, { leadUnitId: 'd', leadUnitName: 'D' }),
      p('behind', 50, 30, { leadUnitId: 'd', leadUnitName: 'D' }),
    ];
    const rows = rankGroups(items, (x) => ({ id: x.leadUnitId, name: x.leadUnitName }));
    expect(
      rows.map((r) => [r.rank, r.name, r.onTrackShare, r.meanGap, r.total, r.onTrack, r.lagging]),
    ).toEqual([
      [1, 'B', 100, 0, 2, 2, 0],
      [2, 'A', 50, 10, 2, 1, 1],
      [2, 'D', 50, 10, 2, 1, 1],
      [4, 'C', 50, 22.5, 2, 1, 1],
    ]);
  });
});

describe('changes since the period before', () => {
  it('names each move', () => {
    expect(changeOf('on_track', 'behind')).toBe('newly_behind');
    expect(changeOf('behind', 'seriously_behind')).toBe('newly_behind');
    expect(changeOf(null, 'seriously_behind')).toBe('newly_behind');
    expect(changeOf('seriously_behind', 'on_track')).toBe('recovered');
    expect(changeOf('seriously_behind', 'behind')).toBe('recovered');
    expect(changeOf('behind', 'done')).toBe('newly_done');
    expect(changeOf('behind', 'overdue')).toBe('newly_overdue');
    expect(changeOf('behind', 'behind')).toBeNull();
    expect(changeOf(null, 'on_track')).toBeNull();
  });

  it('lists them by kind, then name, in the figures', () => {
    const done = p('done', 100, 100, { name: '甲' });
    const slipped = p('behind', 50, 30, { name: '乙' });
    const steady = p('on_track', 50, 50, { name: '丙' });
    const before = new Map<string, ProjectStatus>([
      [done.id, 'on_track'],
      [slipped.id, 'on_track'],
      [steady.id, 'on_track'],
    ]);
    const figures = bulletinFigures([steady, slipped, done], before);
    expect(figures.changes.map((c) => [c.kind, c.name, c.from, c.to])).toEqual([
      ['newly_done', '甲', 'on_track', 'done'],
      ['newly_behind', '乙', 'on_track', 'behind'],
    ]);
    expect(figures.byPlace).toHaveLength(1);
    expect(figures.byPlace[0]).toMatchObject({ name: '湖塘镇', total: 3, onTrack: 2, onTrackShare: 66.7 });
  });
});
