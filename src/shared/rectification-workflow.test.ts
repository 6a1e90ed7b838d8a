import { describe, expect, it } from 'vitest';
import {
  CLOSED_PROBLEM_STATES,
  MEASURE_ACTIONS,
  MEASURE_STATES,
  MEASURE_WORKFLOW,
  type MeasureAction,
  type MeasureState,
  OPEN_MEASURE_STATES,
  PROBLEM_ACTIONS,
  PROBLEM_STATES,
  PROBLEM_WORKFLOW,
  type ProblemAction,
  type ProblemState,
} from './rectification-workflow';
import { actionsFrom, closedStates, validateWorkflow } from './workflow';

// The expected tables, written out by hand apart from the definitions: state × action → next state (or absent).
const MEASURE: Record<MeasureState, Partial<Record<MeasureAction, MeasureState>>> = {
  open: { complete: 'done' },
  done: { check: 'checked', reopen: 'open' },
  checked: { reopen: 'open' },
};
const PROBLEM: Record<ProblemState, Partial<Record<ProblemAction, ProblemState>>> = {
  open: { close: 'closed' },
  closed: { reopen: 'open' },
};

describe('the rectification machines', () => {
  it('are sound', () => {
    expect(validateWorkflow(MEASURE_WORKFLOW)).toEqual([]);
    expect(validateWorkflow(PROBLEM_WORKFLOW)).toEqual([]);
  });

  it('move a measure exactly as the table says', () => {
    for (const state of MEASURE_STATES) {
      for (const action of MEASURE_ACTIONS) {
        const def = MEASURE_WORKFLOW.actions[action];
        const next = (def.from as readonly string[]).includes(state) ? def.to : undefined;
        expect([state, action, next]).toEqual([state, action, MEASURE[state][action]]);
      }
    }
  });

  it('move a problem exactly as the table says, and only close it after checking its measures', () => {
    for (const state of PROBLEM_STATES) {
      for (const action of PROBLEM_ACTIONS) {
        const def = PROBLEM_WORKFLOW.actions[action];
        const next = (def.from as readonly string[]).includes(state) ? def.to : undefined;
        expect([state, action, next]).toEqual([state, action, PROBLEM[state][action]]);
      }
    }
    expect(PROBLEM_WORKFLOW.actions.close.effects).toEqual(['require_measures_checked']);
  });

  it('ask for evidence to complete and a reason to send back; the office does it all', () => {
    expect(MEASURE_WORKFLOW.actions.complete.requires).toEqual(['evidence']);
    expect(MEASURE_WORKFLOW.actions.reopen.requires).toEqual(['note']);
    expect(PROBLEM_WORKFLOW.actions.reopen.requires).toEqual(['note']);
    const who = [
      ...Object.values(MEASURE_WORKFLOW.actions),
      ...Object.values(PROBLEM_WORKFLOW.actions),
    ].flatMap((a) => a.who);
    expect(new Set(who)).toEqual(new Set(['office']));
  });

  it('derive their sets', () => {
    expect(OPEN_MEASURE_STATES).toEqual(['open', 'done']);
    expect(CLOSED_PROBLEM_STATES).toEqual(['closed']);
    expect(closedStates(MEASURE_WORKFLOW)).toEqual(['checked']);
    expect(actionsFrom(MEASURE_WORKFLOW, 'checked')).toEqual(['reopen']);
  });
});
