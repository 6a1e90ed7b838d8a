import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, urgeState } from '../../../shared/evaluations';
import { evaluationOf } from './figures';

const sheet = (points: number[], rubric = DEFAULT_RUBRIC.criteria) => {
  const criteria = rubric.map((c, i) => ({ ...c, points: points[i] ?? 0 }));
  return { criteria, total: criteria.reduce((s, c) => s + c.points, 0) };
};

describe('the evaluation of a project and month', () => {
  it('counts votes by choice and means the sheets, in total and per criterion, to one decimal', () => {
    const e = evaluationOf({
      project: { id: 'p', name: '助餐点' },
      period: '2026-11',
      hasStatement: true,
      votes: [
        { choice: 'satisfied', count: 5 },
        { choice: 'dissatisfied', count: 2 },
      ],
      approvedComments: 3,
      sheets: [sheet([27, 24, 20, 12]), sheet([30, 28, 21, 14]), sheet([25, 25, 20, 10])],
      rubric: DEFAULT_RUBRIC.criteria,
    });
    expect(e.votes).toEqual({ satisfied: 5, basically_satisfied: 0, dissatisfied: 2, total: 7 });
    expect(e.scorers).toBe(3);
    // (83 + 93 + 80) / 3 = 85.33…
    expect(e.meanTotal).toBe(85.3);
    expect(e.criteria.map((c) => c.mean)).toEqual([27.3, 25.7, 20.3, 12]);
    expect(e.maxTotal).toBe(100);
  });

  it('has no mean before any sheet, and leaves a criterion unscored by older sheets empty', () => {
    const empty = {
      project: { id: 'p', name: 'x' },
      period: '2026-11',
      hasStatement: false,
      votes: [],
      approvedComments: 0,
      sheets: [],
      rubric: DEFAULT_RUBRIC.criteria,
    };
    const none = evaluationOf(empty);
    expect(none.meanTotal).toBeNull();
    expect(none.criteria.every((c) => c.mean === null)).toBe(true);
    const later = [
      ...DEFAULT_RUBRIC.criteria,
      { key: 'effect', nameZh: '成效', nameEn: 'Effect', maxPoints: 10 },
    ];
    const mixed = evaluationOf({ ...empty, sheets: [sheet([30, 30, 25, 15])], rubric: later });
    expect(mixed.criteria.at(-1)?.mean).toBeNull();
    expect(mixed.maxTotal).toBe(110);
  });
});

describe('an urge', () => {
  it('is open until its day, overdue after it, answered once answered', () => {
    expect(urgeState(null, '2026-12-03', '2026-12-03')).toBe('open');
    expect(urgeState(null, '2026-12-02', '2026-12-03')).toBe('overdue');
    expect(urgeState(new Date(), '2026-12-02', '2026-12-03')).toBe('answered');
  });
});
