import { defineWorkflow, openStates, terminalStates } from './workflow';

/**
 * An activity's life (BRIEF §4, issue 12 capability 5): planned until the organiser records it as held (`done`,
 * with its summary and the people served) or calls it off (`cancelled`, with a reason). Sign-ups and check-ins
 * happen while it is planned; a done activity still shows its attendance.
 */
export const ACTIVITY_WORKFLOW = defineWorkflow({
  initial: 'planned',
  states: {
    planned: { isOpen: true },
    done: { isOpen: false },
    cancelled: { isOpen: false },
  },
  actions: {
    complete: { from: ['planned'], who: ['organiser'], requires: [], to: 'done' },
    cancel: { from: ['planned'], who: ['organiser'], requires: ['reason'], to: 'cancelled' },
  },
});
export type ActivityState = keyof typeof ACTIVITY_WORKFLOW.states;
export type ActivityAction = keyof typeof ACTIVITY_WORKFLOW.actions;
export const ACTIVITY_STATES = Object.keys(ACTIVITY_WORKFLOW.states) as ActivityState[];
export const ACTIVITY_ACTIONS = Object.keys(ACTIVITY_WORKFLOW.actions) as ActivityAction[];
export const OPEN_ACTIVITY_STATES = openStates(ACTIVITY_WORKFLOW); // planned
export const FINAL_ACTIVITY_STATES = terminalStates(ACTIVITY_WORKFLOW); // done, cancelled
