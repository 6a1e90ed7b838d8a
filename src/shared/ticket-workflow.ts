import type { Outcome, Rating, TicketAction, TicketState } from './tickets';

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
 * - requester: the person who asked for the pending extension (nobody answers their own request)
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
  | 'revisit'
  | 'requester';

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
/**
 * Where a published wish shows on the public wish wall: waiting to be claimed, or in hand. The public database
 * role's policy (migration 0014) says the same in SQL.
 */
export const WISH_WALL_STATES: readonly TicketState[] = ['pooled', 'claimed', 'in_progress'];

export type MoveInput = {
  rating?: Rating | undefined;
  outcome?: Outcome | undefined;
};
/** What the next state depends on. */
export type StateFacts = { state: TicketState; reopenCount: number };
export type TicketFacts = StateFacts & {
  /** Set while an extension request waits for the level above. */
  extensionRequestedAt: Date | null;
};

type Rule = {
  from: readonly TicketState[];
  who: readonly Relation[];
  /** Relations that may never make the move, whatever else they are (四眼原则). */
  notBy?: readonly Relation[];
  requires: readonly ('reason' | 'unitId' | 'intoId' | 'note' | 'result' | 'rating' | 'outcome' | 'days')[];
  /** The next state; `same` keeps it (flags, notes, deadlines). */
  to: TicketState | 'same' | ((ticket: StateFacts, input: MoveInput) => TicketState);
  /**
   * The pending extension request (延期申请): `opens` — refused (409) while one is pending, and a caller without
   * the `approvedBy` relation only asks (the request waits on the ticket); `answers` — refused (409) unless
   * one is pending.
   */
  request?: 'opens' | 'answers';
  /** Who grants the move at once; anyone else in `who` makes a request of it (needs `request: 'opens'`). */
  approvedBy?: Relation;
};

const WORKING: readonly TicketState[] = ['received', 'claimed', 'in_progress'];
/** Where a handling limit can still be extended (and an extension request answered). */
export const EXTENDABLE: readonly TicketState[] = ['dispatched', 'pooled', ...WORKING, 'escalated'];

export const WORKFLOW: Record<TicketAction, Rule> = {
  accept: { from: ['submitted'], who: ['office', 'field'], requires: [], to: 'accepted' },
  reject: { from: ['submitted'], who: ['office'], requires: ['reason'], to: 'rejected' },
  merge: { from: ['submitted', 'accepted'], who: ['office'], requires: ['intoId'], to: 'merged' },
  dispatch: { from: ['accepted', 'escalated'], who: ['office'], requires: ['unitId'], to: 'dispatched' },
  pool: { from: ['accepted', 'escalated'], who: ['office'], requires: [], to: 'pooled' },
  receive: { from: ['dispatched'], who: ['assignee'], requires: [], to: 'received' },
  claim: { from: ['pooled'], who: ['claimer'], requires: [], to: 'claimed' },
  progress: { from: WORKING, who: ['assignee', 'office'], requires: ['note'], to: 'in_progress' },
  // 现场解决: a grid worker or the office resolves a new or accepted ticket on the spot, in one move (the
  // response counts as given then). Nobody is an assignee of a submitted or accepted ticket: no unit yet.
  resolve: {
    from: ['submitted', 'accepted', ...WORKING],
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
  // 延期: the level above grants at once; the people working the ticket ask, and the level above answers.
  extend: {
    from: EXTENDABLE,
    who: ['above', 'assignee', 'office'],
    requires: ['reason', 'days'],
    to: 'same',
    request: 'opens',
    approvedBy: 'above',
  },
  approve_extension: {
    from: EXTENDABLE,
    who: ['above'],
    notBy: ['requester'],
    requires: [],
    to: 'same',
    request: 'answers',
  },
  deny_extension: {
    from: EXTENDABLE,
    who: ['above'],
    notBy: ['requester'],
    requires: ['reason'],
    to: 'same',
    request: 'answers',
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
  const rule = WORKFLOW[action];
  return rule.who.some((r) => relations.has(r)) && !rule.notBy?.some((r) => relations.has(r));
}

/** Whether the ticket's pending request lets the move happen now (409 otherwise). */
export function isAllowedByRequest(action: TicketAction, ticket: TicketFacts): boolean {
  const pending = ticket.extensionRequestedAt !== null;
  switch (WORKFLOW[action].request) {
    case 'opens':
      return !pending;
    case 'answers':
      return pending;
    default:
      return true;
  }
}

/** Whether the caller's move only asks for it: they lack the relation that grants it (延期申请). */
export function isRequestOnly(action: TicketAction, relations: ReadonlySet<Relation>): boolean {
  const by = WORKFLOW[action].approvedBy;
  return by !== undefined && !relations.has(by);
}

/** The moves a caller may make now: what the UI shows as buttons. */
export function allowedActions(ticket: TicketFacts, relations: ReadonlySet<Relation>): TicketAction[] {
  return (Object.keys(WORKFLOW) as TicketAction[]).filter((action) => {
    if (
      !isAllowedFrom(action, ticket.state) ||
      !isAllowedFor(action, relations) ||
      !isAllowedByRequest(action, ticket)
    ) {
      return false;
    }
    return action !== 'close' || allowedOutcomes(ticket.state, relations).length > 0;
  });
}

export function nextState(action: TicketAction, ticket: StateFacts, input: MoveInput): TicketState {
  const to = WORKFLOW[action].to;
  if (to === 'same') {
    return ticket.state;
  }
  return typeof to === 'function' ? to(ticket, input) : to;
}
