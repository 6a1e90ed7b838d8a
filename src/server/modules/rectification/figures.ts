import type { RectificationFigures } from '../../../shared/rectification';
import type { MeasureHorizon, MeasureState, ProblemState } from '../../../shared/rectification-workflow';

export type FigureMeasure = {
  horizon: MeasureHorizon;
  state: MeasureState;
  deadline: string | null;
  doneOn: string | null;
};

const isDone = (m: FigureMeasure) => m.state === 'done' || m.state === 'checked';

/** Whether a deadline measure is late: not done by its deadline as of `today`, or done after it. */
export function isOverdue(m: FigureMeasure, today: string): boolean {
  return m.horizon === 'deadline' && !isDone(m) && m.deadline !== null && m.deadline < today;
}

/**
 * A list's figures, counted straight from its problems and measures as of `today` (seed 001: "13 problems, 26
 * measures", "12 fixed at once, 40+ within their deadlines, 8 long-term"). Pure: pinned by figures.test.ts.
 */
export function countFigures(
  problems: readonly { state: ProblemState }[],
  measures: readonly FigureMeasure[],
  today: string,
): RectificationFigures {
  const by = (h: MeasureHorizon) => measures.filter((m) => m.horizon === h);
  const deadline = by('deadline');
  return {
    problems: problems.length,
    measures: measures.length,
    fixedAtOnce: by('immediate').filter(isDone).length,
    deadlineMeasures: deadline.length,
    withinDeadline: deadline.filter(
      (m) => isDone(m) && m.doneOn !== null && m.deadline !== null && m.doneOn <= m.deadline,
    ).length,
    overdue: deadline.filter((m) => isOverdue(m, today)).length,
    longTerm: by('long_term').length,
    done: measures.filter(isDone).length,
    checked: measures.filter((m) => m.state === 'checked').length,
    closed: problems.filter((p) => p.state === 'closed').length,
  };
}
