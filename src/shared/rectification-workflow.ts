import { actionsFrom, closedStates, defineWorkflow, openStates, targetOf } from './workflow';

// 整改清单 (BRIEF §5: 检视问题 → 整改措施 → 销号). Two machines: a measure is done by its owner with evidence and
// checked (验收) by the office, which may send it back; a problem closes (销号) only when every measure of it is
// done and checked — a condition on its measures the server checks (effect `require_measures_checked`), not a
// state of the problem itself.

export const PROBLEM_SOURCES = ['self_inspection', 'supervision', 'residents'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

/** 立行立改 immediate, 限期整改 deadline, 长期整改 long_term (glossary). */
export const MEASURE_HORIZONS = ['immediate', 'deadline', 'long_term'] as const;
export type MeasureHorizon = (typeof MEASURE_HORIZONS)[number];

export const MEASURE_WORKFLOW = defineWorkflow({
  initial: 'open',
  states: {
    open: { isOpen: true },
    done: { isOpen: true },
    checked: { isOpen: false },
  },
  actions: {
    // The owner reports it done with what shows it (evidence text, a photo if any).
    complete: { from: ['open'], who: ['office'], requires: ['evidence'], to: 'done' },
    // 验收: the office accepts the evidence…
    check: { from: ['done'], who: ['office'], requires: [], to: 'checked' },
    // …or sends it back with the reason.
    reopen: { from: ['done', 'checked'], who: ['office'], requires: ['note'], to: 'open' },
  },
});
export type MeasureState = keyof typeof MEASURE_WORKFLOW.states;
export type MeasureAction = keyof typeof MEASURE_WORKFLOW.actions;
export const MEASURE_STATES = Object.keys(MEASURE_WORKFLOW.states) as MeasureState[];
export const MEASURE_ACTIONS = Object.keys(MEASURE_WORKFLOW.actions) as MeasureAction[];
export const OPEN_MEASURE_STATES = openStates(MEASURE_WORKFLOW); // open, done

export const PROBLEM_WORKFLOW = defineWorkflow({
  initial: 'open',
  states: {
    open: { isOpen: true },
    closed: { isOpen: false },
  },
  actions: {
    close: {
      from: ['open'],
      who: ['office'],
      requires: [],
      to: 'closed',
      effects: ['require_measures_checked'],
    },
    reopen: { from: ['closed'], who: ['office'], requires: ['note'], to: 'open' },
  },
});
export type ProblemState = keyof typeof PROBLEM_WORKFLOW.states;
export type ProblemAction = keyof typeof PROBLEM_WORKFLOW.actions;
export const PROBLEM_STATES = Object.keys(PROBLEM_WORKFLOW.states) as ProblemState[];
export const PROBLEM_ACTIONS = Object.keys(PROBLEM_WORKFLOW.actions) as ProblemAction[];
export const CLOSED_PROBLEM_STATES = closedStates(PROBLEM_WORKFLOW); // closed

/** The measure actions open from `state`. */
export const measureActionsFrom = (state: MeasureState) => actionsFrom(MEASURE_WORKFLOW, state);
/** The problem actions open from `state`. */
export const problemActionsFrom = (state: ProblemState) => actionsFrom(PROBLEM_WORKFLOW, state);
/** Where a measure action leads. */
export const measureTarget = (action: MeasureAction) => targetOf(MEASURE_WORKFLOW, action);
/** Where a problem action leads. */
export const problemTarget = (action: ProblemAction) => targetOf(PROBLEM_WORKFLOW, action);
