import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  allowedOutcomes,
  defaultOutcome,
  EXTENDABLE,
  isAllowedByRequest,
  isAllowedFor,
  isAllowedFrom,
  isRequestOnly,
  nextState,
  OPEN_STATES,
  type Relation,
  SETTLED_STATES,
  standingResult,
  TERMINAL_STATES,
  TICKET_WORKFLOW,
  WISH_WALL_STATES,
  WORKFLOW,
} from './ticket-workflow';
import { TICKET_ACTIONS, TICKET_STATES, type TicketAction, type TicketState } from './tickets';
import { validateWorkflow } from './workflow';

// The expected table, written out independently of workflow.ts: state × action → next state (or absent).
const EXPECTED: Partial<Record<TicketState, Partial<Record<TicketAction, TicketState>>>> = {
  submitted: {
    accept: 'accepted',
    reject: 'rejected',
    merge: 'merged',
    resolve: 'resolved',
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
    approve_extension: 'dispatched',
    deny_extension: 'dispatched',
  },
  pooled: {
    claim: 'claimed',
    close: 'closed',
    escalate: 'escalated',
    urge: 'pooled',
    extend: 'pooled',
    approve_extension: 'pooled',
    deny_extension: 'pooled',
  },
  received: {
    claim: 'claimed',
    progress: 'in_progress',
    resolve: 'resolved',
    return: 'accepted',
    close: 'closed',
    escalate: 'escalated',
    urge: 'received',
    extend: 'received',
    approve_extension: 'received',
    deny_extension: 'received',
  },
  claimed: {
    claim: 'claimed',
    progress: 'in_progress',
    resolve: 'resolved',
    return: 'accepted',
    close: 'closed',
    escalate: 'escalated',
    urge: 'claimed',
    extend: 'claimed',
    approve_extension: 'claimed',
    deny_extension: 'claimed',
  },
  in_progress: {
    progress: 'in_progress',
    resolve: 'resolved',
    return: 'accepted',
    close: 'closed',
    escalate: 'escalated',
    urge: 'in_progress',
    extend: 'in_progress',
    approve_extension: 'in_progress',
    deny_extension: 'in_progress',
  },
  escalated: {
    dispatch: 'dispatched',
    pool: 'pooled',
    close: 'closed',
    escalate: 'escalated',
    urge: 'escalated',
    extend: 'escalated',
    approve_extension: 'escalated',
    deny_extension: 'escalated',
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

  it('a service order whose flow sends it to the offering team is dispatched as it is accepted', () => {
    const order = { state: 'submitted' as const, reopenCount: 0 };
    expect(nextState('accept', { ...order, autoDispatchUnitId: 'a-team' }, {})).toBe('dispatched');
    expect(nextState('accept', { ...order, autoDispatchUnitId: null }, {})).toBe('accepted');
    expect(WORKFLOW.accept.effects).toContain('assign_offering_team');
  });

  it('says who may make each move', () => {
    const who = (action: TicketAction, ...relations: Relation[]) => isAllowedFor(action, new Set(relations));
    // 受理 is the acceptor's: the office (relationsOf), or the team a service order's flow names instead.
    expect(who('accept', 'acceptor')).toBe(true);
    expect(who('accept', 'office')).toBe(false);
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
    expect(who('extend', 'office')).toBe(true);
    expect(who('extend', 'assignee')).toBe(true);
    expect(who('extend', 'field')).toBe(false);
    expect(who('extend', 'overseer')).toBe(false);
    expect(who('approve_extension', 'above')).toBe(true);
    expect(who('approve_extension', 'assignee')).toBe(false);
    expect(who('approve_extension', 'office')).toBe(false);
    expect(who('deny_extension', 'above')).toBe(true);
    expect(who('deny_extension', 'assignee')).toBe(false);
    // Nobody answers their own request, even when they stand above the ticket.
    expect(who('approve_extension', 'above', 'requester')).toBe(false);
    expect(who('deny_extension', 'above', 'requester')).toBe(false);
    expect(who('resolve', 'field')).toBe(true);
    expect(who('resolve', 'office')).toBe(true);
    expect(who('resolve', 'submitter')).toBe(false);
    expect(who('resolve', 'claimer')).toBe(false);
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
    expect(
      allowedActions(
        { state: 'submitted', reopenCount: 0, extensionRequestedAt: null },
        new Set(['office', 'acceptor']),
      ),
    ).toEqual(['accept', 'reject', 'merge', 'resolve', 'close', 'escalate']);
    // The office of a service order its offering's team accepts (service flow `team`) does not accept it.
    expect(
      allowedActions({ state: 'submitted', reopenCount: 0, extensionRequestedAt: null }, new Set(['office'])),
    ).toEqual(['reject', 'merge', 'resolve', 'close', 'escalate']);
    expect(
      allowedActions({ state: 'submitted', reopenCount: 0, extensionRequestedAt: null }, new Set(['field'])),
    ).toEqual(['accept', 'resolve']);
    expect(
      allowedActions(
        { state: 'submitted', reopenCount: 0, extensionRequestedAt: null },
        new Set(['submitter']),
      ),
    ).toEqual(['close']);
    expect(
      allowedActions(
        { state: 'resolved', reopenCount: 0, extensionRequestedAt: null },
        new Set(['submitter']),
      ),
    ).toEqual(['rate']);
    expect(
      allowedActions({ state: 'rated', reopenCount: 0, extensionRequestedAt: null }, new Set(['submitter'])),
    ).toEqual([]);
    expect(Object.keys(WORKFLOW).sort()).toEqual([...TICKET_ACTIONS].sort());
  });

  it('extensions: the people working a ticket ask, the level above grants or answers, one request at a time', () => {
    const none = { state: 'in_progress' as const, reopenCount: 0, extensionRequestedAt: null };
    const pending = { ...none, extensionRequestedAt: new Date('2026-11-23T08:00:00Z') };
    // Asking is only asking; the level above grants at once.
    expect(isRequestOnly('extend', new Set(['assignee']))).toBe(true);
    expect(isRequestOnly('extend', new Set(['office']))).toBe(true);
    expect(isRequestOnly('extend', new Set(['office', 'above']))).toBe(false);
    expect(isRequestOnly('extend', new Set(['above']))).toBe(false);
    expect(isRequestOnly('escalate', new Set(['office']))).toBe(false);
    // A second request while one is pending is refused; an answer needs one pending.
    expect(isAllowedByRequest('extend', none)).toBe(true);
    expect(isAllowedByRequest('extend', pending)).toBe(false);
    expect(isAllowedByRequest('approve_extension', none)).toBe(false);
    expect(isAllowedByRequest('approve_extension', pending)).toBe(true);
    expect(isAllowedByRequest('deny_extension', pending)).toBe(true);
    expect(isAllowedByRequest('progress', pending)).toBe(true);
    expect(WORKFLOW.deny_extension.requires).toEqual(['reason']);
    // The buttons follow.
    expect(allowedActions(none, new Set(['assignee']))).toContain('extend');
    expect(allowedActions(pending, new Set(['assignee']))).not.toContain('extend');
    expect(allowedActions(none, new Set(['above']))).toEqual(['extend']);
    expect(allowedActions(pending, new Set(['above']))).toEqual(['approve_extension', 'deny_extension']);
    expect(allowedActions(pending, new Set(['above', 'requester']))).toEqual([]);
  });

  it('is a sound definition, and the sets everyone reads are derived from it', () => {
    expect(validateWorkflow(TICKET_WORKFLOW)).toEqual([]);
    expect(Object.keys(TICKET_WORKFLOW.states).sort()).toEqual([...TICKET_STATES].sort());
    // Written out here on purpose: a state added to the machine must be placed in these sets by a decision.
    expect([...OPEN_STATES].sort()).toEqual(
      [
        'accepted',
        'claimed',
        'dispatched',
        'escalated',
        'in_progress',
        'pooled',
        'received',
        'submitted',
      ].sort(),
    );
    expect([...TERMINAL_STATES].sort()).toEqual(['closed', 'merged', 'rejected']);
    expect([...SETTLED_STATES].sort()).toEqual(['rated', 'resolved']);
    expect([...WISH_WALL_STATES].sort()).toEqual(['claimed', 'in_progress', 'pooled']);
    expect([...EXTENDABLE].sort()).toEqual(
      ['claimed', 'dispatched', 'escalated', 'in_progress', 'pooled', 'received'].sort(),
    );
    // Every state is open, settled or terminal, and only one of them.
    expect([...OPEN_STATES, ...SETTLED_STATES, ...TERMINAL_STATES].sort()).toEqual([...TICKET_STATES].sort());
  });

  it('closes in one click where a result stands; elsewhere the closer says how it ended', () => {
    expect(WORKFLOW.close.requires).toEqual([]);
    expect(defaultOutcome('rated')).toBe('resolved');
    expect(defaultOutcome('resolved')).toBe('resolved');
    for (const state of OPEN_STATES) {
      expect(defaultOutcome(state)).toBeUndefined();
    }
    // The default is always one the office may choose.
    expect(allowedOutcomes('rated', new Set(['office']))).toContain(defaultOutcome('rated'));
  });

  it('names each move’s effects; the response is given by exactly the moves the rates count as one', () => {
    const responding = TICKET_ACTIONS.filter((a) => WORKFLOW[a].effects?.includes('respond'));
    expect(responding).toEqual(['accept', 'reject', 'merge', 'dispatch', 'pool', 'resolve']);
    expect(WORKFLOW.close.effects).toEqual(['record_outcome']);
    expect(WORKFLOW.receive.effects).toBeUndefined();
    expect(WORKFLOW.progress.effects).toBeUndefined();
  });

  it('shows the result given until the resident sends it back, and again once a new one is given', () => {
    const given = { action: 'resolve', toState: 'resolved' as TicketState, note: '已修好' };
    const rated = { action: 'rate', toState: 'rated' as TicketState, note: null };
    const reopened = { action: 'rate', toState: 'received' as TicketState, note: '没修好' };
    const again = { action: 'resolve', toState: 'resolved' as TicketState, note: '换了新灯' };
    const closed = { action: 'close', toState: 'closed' as TicketState, note: null };
    expect(standingResult([])).toBeUndefined();
    expect(standingResult([given])).toBe(given);
    expect(standingResult([given, rated, closed])).toBe(given);
    expect(standingResult([given, reopened])).toBeUndefined();
    expect(standingResult([given, reopened, again])).toBe(again);
  });
});
