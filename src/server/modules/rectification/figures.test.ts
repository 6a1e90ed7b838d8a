import { describe, expect, it } from 'vitest';
import { countFigures, type FigureMeasure } from './figures';

const m = (
  horizon: FigureMeasure['horizon'],
  state: FigureMeasure['state'],
  deadline: string | null = null,
  doneOn: string | null = null,
): FigureMeasure => ({
  horizon,
  state,
  deadline,
  doneOn,
});

describe('a list’s figures', () => {
  it('count straight from problems and measures', () => {
    const f = countFigures(
      [{ state: 'closed' }, { state: 'open' }, { state: 'open' }],
      [
        m('immediate', 'checked', null, '2026-04-01'),
        m('immediate', 'done', null, '2026-04-02'),
        m('immediate', 'open'),
        m('deadline', 'checked', '2026-04-10', '2026-04-10'),
        m('deadline', 'done', '2026-04-10', '2026-04-11'),
        m('deadline', 'open', '2026-04-10'),
        m('deadline', 'open', '2026-04-30'),
        m('long_term', 'open'),
      ],
      '2026-04-20',
    );
    expect(f).toEqual({
      problems: 3,
      measures: 8,
      fixedAtOnce: 2,
      deadlineMeasures: 4,
      withinDeadline: 1,
      overdue: 1,
      longTerm: 1,
      done: 4,
      checked: 2,
      closed: 1,
    });
  });
});
