import { describe, expect, it } from 'vitest';
import { TICKET_ACTIONS, TICKET_STATES, type TicketAction, type TicketState } from '../../../shared/tickets';
import {
  allowedActions,
  allowedOutcomes,
  isAllowedFor,
  isAllowedFrom,
  nextState,
  type Relation,
  WORKFLOW,
} from './workflow';

// The expected table, written out independently of workflow.ts: state × action → next state (or absent).
const EXPECTED: Partial<Record<TicketState, Partial<Record<TicketAction, TicketState>>>> = {
  submitted: {
    accept: 'accepted',
    reject: 'rejected',
    merge: 'merged',
    close: 'closed',
    escalate: 'escalated',
    urge: 'submitted',
  },
  accepted: {
    merge: 'merged',
    dispatch: 'dispatched',
    pool: 'pooled',
    resolve: 'resolved',
    close: 'closed',
    escalate: 'escalated',
    urge: 'accepted',
  },
  dispatched: {
    receive: 'received',
    return: 'accepted',
    close: 'closed',
    escalate: 'escalated',
    urge: 'dispatched',
    extend: 'dispatched',
  },
  pooled: { claim: 'claimed', close: 'closed', escalate: 'escalated', urge: 'pooled', extend: 'pooled' },
  received: {
    progress: 'in_progress',
    resolve: 'resolved',
    return: 'accepted',
    close: 'closed',
    escalate: 'escalated',
    urge: 'received',
    extend: 'received',
  },
  claimed: {
    progress: 'in_progress',
    resolve: 'resolved',
    return: 'accepted',
    close: 'closed',
    escalate: 'escalated',
    urge: 'claimed',
    extend: 'claimed',
  },
  in_progress: {
    progress: 'in_progress',
    resolve: 'resolved',
    return: 'accepted',
    close: 'closed',
    escalate: 'escalated',
    urge: 'in_progress',
    extend: 'in_progress',
  },
  escalated: {
    dispatch: 'dispatched',
    pool: 'pooled',
    close: 'closed',
    escalate: 'escalated',
    urge: 'escalated',
    extend: 'escalated',
  },
  resolved: { rate: 'rated', close: 'closed' },
  rated: { close: 'closed' },
  rejected: {},
  merged: {},
  closed: {},
};

describe('the ticket state machine', () => {
  for (const state of TICKET_STATES) {
    for (const action of TICKET_ACTIONS) {
      const expected = EXPECTED[state]?.[action];
      it(`${state} × ${action} → ${expected ?? 'refused (409)'}`, () => {
        expect(isAllowedFrom(action, state)).toBe(expected !== undefined);
        if (expected !== undefined) {
          expect(nextState(action, { state, reopenCount: 0 }, { rating: 'satisfied' })).toBe(expected);
        }
      });
    }
  }

  it('不满意 reopens once to the handler, then escalates', () => {
    expect(nextState('rate', { state: 'resolved', reopenCount: 0 }, { rating: 'unsatisfied' })).toBe(
      'in_progress',
    );
    expect(nextState('rate', { state: 'resolved', reopenCount: 1 }, { rating: 'unsatisfied' })).toBe(
      'escalated',
    );
    expect(nextState('rate', { state: 'resolved', reopenCount: 1 }, { rating: 'basically_satisfied' })).toBe(
      'rated',
    );
  });

  it('says who may make each move', () => {
    const who = (action: TicketAction, ...relations: Relation[]) => isAllowedFor(action, new Set(relations));
    expect(who('accept', 'office')).toBe(true);
    expect(who('accept', 'submitter')).toBe(false);
    expect(who('dispatch', 'field')).toBe(false);
    expect(who('receive', 'assignee')).toBe(true);
    expect(who('receive', 'office')).toBe(false);
    expect(who('claim', 'claimer')).toBe(true);
    expect(who('rate', 'submitter')).toBe(true);
    expect(who('rate', 'office')).toBe(false);
    expect(who('rate', 'revisit')).toBe(true);
    expect(who('urge', 'overseer')).toBe(true);
    expect(who('urge', 'assignee')).toBe(false);
    expect(who('extend', 'above')).toBe(true);
    expect(who('extend', 'office')).toBe(false);
    expect(who('return', 'assignee')).toBe(true);
    expect(who('return', 'office')).toBe(false);
  });

  it('closes honestly: outcomes depend on who closes and when', () => {
    expect(allowedOutcomes('rated', new Set(['office']))).toEqual(['resolved']);
    expect(allowedOutcomes('accepted', new Set(['office']))).toEqual([
      'explained',
      'transferred',
      'duplicate',
    ]);
    expect(allowedOutcomes('accepted', new Set(['submitter']))).toEqual(['withdrawn']);
    expect(allowedOutcomes('rated', new Set(['submitter']))).toEqual([]);
  });

  it('lists the buttons a caller gets', () => {
    expect(allowedActions({ state: 'submitted', reopenCount: 0 }, new Set(['office']))).toEqual([
      'accept',
      'reject',
      'merge',
      'close',
      'escalate',
    ]);
    expect(allowedActions({ state: 'resolved', reopenCount: 0 }, new Set(['submitter']))).toEqual(['rate']);
    expect(allowedActions({ state: 'rated', reopenCount: 0 }, new Set(['submitter']))).toEqual([]);
    expect(Object.keys(WORKFLOW).sort()).toEqual([...TICKET_ACTIONS].sort());
  });
});
