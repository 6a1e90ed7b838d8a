import type { Outcome, Rating, TicketAction, TicketState } from '../../../shared/tickets';

/**
 * The ticket state machine (BRIEF §3) as one table: for each action, the states it may start from, who may
 * perform it, the fields it needs, and the state it leads to. The API, the UI's buttons (allowedActions) and
 * the tests all read this table; nothing else decides a move.
 *
 * Who (relations of the caller to the ticket, computed in relationsOf):
 * - office: community or street staff whose subtree holds the ticket's owner node (受理、派单、研判)
 * - field: a grid worker whose subtree holds the ticket's place (走访, 现场解决)
 * - assignee: works for the unit it was dispatched to, or claimed it
 * - claimer: a volunteer (or handler) whose subtree holds the ticket's place, for pooled tickets (党员来接单)
 * - submitter: the resident who submitted it
 * - overseer: supervisor, leader or street staff above or at the owner node (督办)
 * - above: staff strictly above the owner node (approves extensions)
 * - revisit: the office, on a ticket whose submitter has no account (hotline, visit): it records the rating the
 *   person gave on the phone call back (回访)
 */
export type Relation =
  | 'office'
  | 'field'
  | 'assignee'
  | 'claimer'
  | 'submitter'
  | 'overseer'
  | 'above'
  | 'revisit';

/** States in which a ticket is still being worked on. */
export const OPEN_STATES: readonly TicketState[] = [
  'submitted',
  'accepted',
  'dispatched',
  'pooled',
  'received',
  'claimed',
  'in_progress',
  'escalated',
];
export const TERMINAL_STATES: readonly TicketState[] = ['rejected', 'merged', 'closed'];

export type MoveInput = {
  rating?: Rating | undefined;
  outcome?: Outcome | undefined;
};
export type TicketFacts = { state: TicketState; reopenCount: number };

type Rule = {
  from: readonly TicketState[];
  who: readonly Relation[];
  requires: readonly ('reason' | 'unitId' | 'intoId' | 'note' | 'result' | 'rating' | 'outcome' | 'days')[];
  /** The next state; `same` keeps it (flags, notes, deadlines). */
  to: TicketState | 'same' | ((ticket: TicketFacts, input: MoveInput) => TicketState);
};

const WORKING: readonly TicketState[] = ['received', 'claimed', 'in_progress'];

export const WORKFLOW: Record<TicketAction, Rule> = {
  accept: { from: ['submitted'], who: ['office', 'field'], requires: [], to: 'accepted' },
  reject: { from: ['submitted'], who: ['office'], requires: ['reason'], to: 'rejected' },
  merge: { from: ['submitted', 'accepted'], who: ['office'], requires: ['intoId'], to: 'merged' },
  dispatch: { from: ['accepted', 'escalated'], who: ['office'], requires: ['unitId'], to: 'dispatched' },
  pool: { from: ['accepted', 'escalated'], who: ['office'], requires: [], to: 'pooled' },
  receive: { from: ['dispatched'], who: ['assignee'], requires: [], to: 'received' },
  claim: { from: ['pooled'], who: ['claimer'], requires: [], to: 'claimed' },
  progress: { from: WORKING, who: ['assignee', 'office'], requires: ['note'], to: 'in_progress' },
  // 现场解决: a grid worker or the office resolves an accepted ticket on the spot.
  resolve: {
    from: ['accepted', ...WORKING],
    who: ['assignee', 'office', 'field'],
    requires: ['result'],
    to: 'resolved',
  },
  // 不满意 reopens once to the same handler; a second 不满意 escalates (BRIEF §3).
  rate: {
    from: ['resolved'],
    who: ['submitter', 'revisit'],
    requires: ['rating'],
    to: (ticket, input) => {
      if (input.rating !== 'unsatisfied') {
        return 'rated';
      }
      return ticket.reopenCount === 0 ? 'in_progress' : 'escalated';
    },
  },
  // 核查销号 after rating or resolution; with another outcome from any open state (honest closing);
  // the submitter may withdraw while it is open.
  close: {
    from: ['rated', 'resolved', ...OPEN_STATES],
    who: ['office', 'submitter'],
    requires: ['outcome'],
    to: 'closed',
  },
  return: { from: ['dispatched', ...WORKING], who: ['assignee'], requires: ['reason'], to: 'accepted' },
  escalate: { from: OPEN_STATES, who: ['office', 'assignee'], requires: ['reason'], to: 'escalated' },
  urge: { from: OPEN_STATES, who: ['overseer'], requires: [], to: 'same' },
  extend: {
    from: ['dispatched', 'pooled', ...WORKING, 'escalated'],
    who: ['above'],
    requires: ['reason', 'days'],
    to: 'same',
  },
};

/** Outcomes each closer may choose, by the state the ticket is in. */
export function allowedOutcomes(state: TicketState, relations: ReadonlySet<Relation>): Outcome[] {
  const outcomes: Outcome[] = [];
  if (relations.has('office')) {
    outcomes.push(...(state === 'rated' || state === 'resolved' ? (['resolved'] as const) : []));
    if (OPEN_STATES.includes(state)) {
      outcomes.push('explained', 'transferred', 'duplicate');
    }
  }
  if (relations.has('submitter') && OPEN_STATES.includes(state)) {
    outcomes.push('withdrawn');
  }
  return outcomes;
}

export function isAllowedFrom(action: TicketAction, state: TicketState): boolean {
  return WORKFLOW[action].from.includes(state);
}

export function isAllowedFor(action: TicketAction, relations: ReadonlySet<Relation>): boolean {
  return WORKFLOW[action].who.some((r) => relations.has(r));
}

/** The moves a caller may make now: what the UI shows as buttons. */
export function allowedActions(ticket: TicketFacts, relations: ReadonlySet<Relation>): TicketAction[] {
  return (Object.keys(WORKFLOW) as TicketAction[]).filter((action) => {
    if (!isAllowedFrom(action, ticket.state) || !isAllowedFor(action, relations)) {
      return false;
    }
    return action !== 'close' || allowedOutcomes(ticket.state, relations).length > 0;
  });
}

export function nextState(action: TicketAction, ticket: TicketFacts, input: MoveInput): TicketState {
  const to = WORKFLOW[action].to;
  if (to === 'same') {
    return ticket.state;
  }
  return typeof to === 'function' ? to(ticket, input) : to;
}
