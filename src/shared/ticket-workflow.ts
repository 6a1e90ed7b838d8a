import type { Outcome, Rating, TicketAction, TicketState } from './tickets';
import {
  type ActionDef,
  closedStates,
  defineWorkflow,
  mayTake,
  nextStateOf,
  openStates,
  type StateDef,
  statesIn,
  terminalStates,
} from './workflow';

/**
 * The ticket state machine (BRIEF §3) as one definition (the generic form is workflow.ts): its states, and for
 * each action the states it may start from, who may perform it, the fields it needs, the state it leads to and
 * its effects by name. The API, the UI's buttons (allowedActions) and the tests all read it; nothing else
 * decides a move, and every set of states below is derived from it.
 *
 * Who (relations of the caller to the ticket, computed in relationsOf):
 * - office: community or street staff whose subtree holds the ticket's owner node (受理、派单、研判)
 * - acceptor: who accepts it (受理): the office, unless the ticket names a team that accepts it (a service order
 *   placed where the service flow says the offering's team accepts, shared/service-flow.ts): then whoever works
 *   for that team, and not the office
 * - field: a grid worker whose subtree holds the ticket's place (走访, 现场解决)
 * - assignee: works for the unit it was dispatched to, or claimed it
 * - claimer: a volunteer (or handler) whose subtree holds the ticket's place, for pooled tickets (党员来接单); a
 *   member of the team a service order was dispatched to, once received, while it needs more claimants
 * - submitter: the resident who submitted it
 * - overseer: supervisor, leader or street staff above or at the owner node (督办)
 * - above: staff strictly above the owner node (approves extensions)
 * - requester: the person who asked for the pending extension (nobody answers their own request)
 * - revisit: the office, on a ticket whose submitter has no account (hotline, visit): it records the rating the
 *   person gave on the phone call back (回访)
 */
export type Relation =
  | 'office'
  | 'acceptor'
  | 'field'
  | 'assignee'
  | 'claimer'
  | 'submitter'
  | 'overseer'
  | 'above'
  | 'revisit'
  | 'requester';

/** The named groups of ticket states the code asks for. */
type TicketStateGroup = 'in_hand' | 'extendable' | 'wish_wall';

/**
 * The ticket's states (BRIEF §3). Open: someone has to act and the limits run. Resolved and rated are not open
 * (the result stands, the resident or the office has a last word) nor terminal; rejected, merged and closed
 * are terminal because no action leaves them.
 */
const STATES: Record<TicketState, StateDef<TicketStateGroup>> = {
  submitted: { isOpen: true },
  accepted: { isOpen: true },
  rejected: { isOpen: false },
  merged: { isOpen: false },
  dispatched: { isOpen: true, groups: ['extendable'] },
  pooled: { isOpen: true, groups: ['extendable', 'wish_wall'] },
  received: { isOpen: true, groups: ['in_hand', 'extendable'] },
  claimed: { isOpen: true, groups: ['in_hand', 'extendable', 'wish_wall'] },
  in_progress: { isOpen: true, groups: ['in_hand', 'extendable', 'wish_wall'] },
  escalated: { isOpen: true, groups: ['extendable'] },
  resolved: { isOpen: false },
  rated: { isOpen: false },
  closed: { isOpen: false },
};

/** States in which a ticket is still being worked on. */
export const OPEN_STATES: readonly TicketState[] = openStates({ states: STATES });
/** Someone has it in hand (a unit received it, a volunteer claimed it): its progress and result are theirs. */
export const IN_HAND: readonly TicketState[] = statesIn(STATES, 'in_hand');
/** Where a handling limit can still be extended (and an extension request answered). */
export const EXTENDABLE: readonly TicketState[] = statesIn(STATES, 'extendable');
/**
 * Where a published wish shows on the public wish wall: waiting to be claimed, or in hand. The public database
 * role's policy (migration 0014) says the same in SQL.
 */
export const WISH_WALL_STATES: readonly TicketState[] = statesIn(STATES, 'wish_wall');

export type MoveInput = {
  rating?: Rating | undefined;
  outcome?: Outcome | undefined;
};
/** What the next state depends on. */
export type StateFacts = {
  state: TicketState;
  reopenCount: number;
  /** A service order whose flow dispatches it to the offering's team as it is accepted: that team. */
  autoDispatchUnitId?: string | null;
};
export type TicketFacts = StateFacts & {
  /** Set while an extension request waits for the level above. */
  extensionRequestedAt: Date | null;
};

/** The request fields a move may require (`POST /api/tickets/{id}/actions`). */
export type TicketField = 'reason' | 'unitId' | 'intoId' | 'note' | 'result' | 'rating' | 'days' | 'minutes';

/**
 * What a move does beyond the state, by name (tickets/moves.ts runs each): `respond` gives the response (the
 * first one counts: 响应); the others name the columns and records a move changes.
 */
export type TicketEffect =
  | 'respond'
  | 'end_rejected'
  | 'merge_into'
  | 'assign_unit'
  | 'assign_offering_team'
  | 'release_unit'
  | 'take_claim'
  | 'record_result'
  | 'record_rating'
  | 'record_outcome'
  | 'hand_back'
  | 'hand_up'
  | 'record_consent'
  | 'count_urge'
  | 'extend_limit'
  | 'grant_request'
  | 'deny_request';

export type TicketRule = ActionDef<
  TicketState,
  Relation,
  TicketField,
  TicketEffect,
  StateFacts,
  MoveInput
> & {
  /**
   * The pending extension request (延期申请): `opens` — refused (409) while one is pending, and a caller without
   * the `approvedBy` relation only asks (the request waits on the ticket); `answers` — refused (409) unless
   * one is pending.
   */
  request?: 'opens' | 'answers';
  /** Who grants the move at once; anyone else in `who` makes a request of it (needs `request: 'opens'`). */
  approvedBy?: Relation;
};

const ACTIONS: Record<TicketAction, TicketRule> = {
  // A service order whose flow sends it to the offering's team goes there as it is accepted (阵地派单 in one
  // step); any other ticket waits for the office to dispatch or publish it.
  accept: {
    from: ['submitted'],
    who: ['acceptor', 'field'],
    requires: [],
    to: {
      among: ['accepted', 'dispatched'],
      choose: (ticket) => (ticket.autoDispatchUnitId ? 'dispatched' : 'accepted'),
    },
    effects: ['respond', 'assign_offering_team'],
  },
  reject: {
    from: ['submitted'],
    who: ['office'],
    requires: ['reason'],
    to: 'rejected',
    effects: ['respond', 'end_rejected'],
  },
  merge: {
    from: ['submitted', 'accepted'],
    who: ['office'],
    requires: ['intoId'],
    to: 'merged',
    effects: ['respond', 'merge_into'],
  },
  dispatch: {
    from: ['accepted', 'escalated'],
    who: ['office'],
    requires: ['unitId'],
    to: 'dispatched',
    effects: ['respond', 'assign_unit'],
  },
  // 发布认领: a wish goes on the wish wall only with the resident's consent; the office may record a consent the
  // resident gave it in person or on the phone (record_consent), and is warned before publishing without one.
  pool: {
    from: ['accepted', 'escalated'],
    who: ['office'],
    requires: [],
    to: 'pooled',
    effects: ['respond', 'release_unit', 'record_consent'],
  },
  receive: { from: ['dispatched'], who: ['assignee'], requires: [], to: 'received' },
  // 领单: a wish on the wall (pooled), or a service order its team received — and, while the order needs more
  // volunteers than have claimed it, one already claimed (relationsOf gives `claimer` only then).
  claim: {
    from: ['pooled', 'received', 'claimed'],
    who: ['claimer'],
    requires: [],
    to: 'claimed',
    effects: ['take_claim'],
  },
  progress: { from: IN_HAND, who: ['assignee', 'office'], requires: ['note'], to: 'in_progress' },
  // 现场解决: a grid worker or the office resolves a new or accepted ticket on the spot, in one move (the
  // response counts as given then). Nobody is an assignee of a submitted or accepted ticket: no unit yet.
  resolve: {
    from: ['submitted', 'accepted', ...IN_HAND],
    who: ['assignee', 'office', 'field'],
    requires: ['result'],
    to: 'resolved',
    effects: ['respond', 'record_result'],
  },
  // 不满意 reopens once to the same handler; a second 不满意 escalates (BRIEF §3).
  rate: {
    from: ['resolved'],
    who: ['submitter', 'revisit'],
    requires: ['rating'],
    effects: ['record_rating'],
    to: {
      among: ['rated', 'in_progress', 'escalated'],
      choose: (ticket, input) => {
        if (input.rating !== 'unsatisfied') {
          return 'rated';
        }
        return ticket.reopenCount === 0 ? 'in_progress' : 'escalated';
      },
    },
  },
  // 核查销号 after rating or resolution; with another outcome from any open state (honest closing);
  // the submitter may withdraw while it is open. The outcome is a field of the move but not always required:
  // where a result stands it can only be `resolved` (defaultOutcome), and 销号 is one click.
  close: {
    from: ['rated', 'resolved', ...OPEN_STATES],
    who: ['office', 'submitter'],
    requires: [],
    to: 'closed',
    effects: ['record_outcome'],
  },
  return: {
    from: ['dispatched', ...IN_HAND],
    who: ['assignee'],
    requires: ['reason'],
    to: 'accepted',
    effects: ['hand_back'],
  },
  escalate: {
    from: OPEN_STATES,
    who: ['office', 'assignee'],
    requires: ['reason'],
    to: 'escalated',
    effects: ['hand_up'],
  },
  urge: { from: OPEN_STATES, who: ['overseer'], requires: [], to: 'same', effects: ['count_urge'] },
  // 延期: the level above grants at once; the people working the ticket ask, and the level above answers.
  extend: {
    from: EXTENDABLE,
    who: ['above', 'assignee', 'office'],
    requires: ['reason', 'days'],
    to: 'same',
    effects: ['extend_limit'],
    request: 'opens',
    approvedBy: 'above',
  },
  approve_extension: {
    from: EXTENDABLE,
    who: ['above'],
    notBy: ['requester'],
    requires: [],
    to: 'same',
    effects: ['grant_request'],
    request: 'answers',
  },
  deny_extension: {
    from: EXTENDABLE,
    who: ['above'],
    notBy: ['requester'],
    requires: ['reason'],
    to: 'same',
    effects: ['deny_request'],
    request: 'answers',
  },
};

/** The ticket state machine, checked once at load (shared/workflow.ts). */
export const TICKET_WORKFLOW = defineWorkflow({ initial: 'submitted', states: STATES, actions: ACTIONS });
/** Each action's rule, by name. */
export const WORKFLOW: Readonly<Record<TicketAction, TicketRule>> = TICKET_WORKFLOW.actions;

/** States no move leaves: rejected, merged, closed. */
export const TERMINAL_STATES: readonly TicketState[] = terminalStates(TICKET_WORKFLOW);
/** Not open and not over: a result stands and waits for the rating or 销号 (resolved, rated). */
export const SETTLED_STATES: readonly TicketState[] = closedStates(TICKET_WORKFLOW).filter(
  (s) => !TERMINAL_STATES.includes(s),
);

/** The moves that give a result (办结, 现场解决). */
export const RESULT_ACTIONS: readonly string[] = (Object.keys(WORKFLOW) as TicketAction[]).filter((action) =>
  WORKFLOW[action].effects?.includes('record_result'),
);

/**
 * The result that stands, from a ticket's events in order: the last one given, unless a later move opened the
 * ticket again (不满意 sends it back to its handler).
 */
export function standingResult<E extends { action: string; toState: TicketState }>(
  events: readonly E[],
): E | undefined {
  for (const event of [...events].reverse()) {
    if (RESULT_ACTIONS.includes(event.action)) {
      return event;
    }
    if (OPEN_STATES.includes(event.toState)) {
      return undefined;
    }
  }
  return undefined;
}

/** The outcome a close without one records: `resolved` where a result stands, else none (it is required). */
export function defaultOutcome(state: TicketState): Outcome | undefined {
  return SETTLED_STATES.includes(state) ? 'resolved' : undefined;
}

/** Outcomes each closer may choose, by the state the ticket is in. */
export function allowedOutcomes(state: TicketState, relations: ReadonlySet<Relation>): Outcome[] {
  const outcomes: Outcome[] = [];
  if (relations.has('office')) {
    const settled = defaultOutcome(state);
    outcomes.push(...(settled ? [settled] : []));
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
  return mayTake(WORKFLOW[action], relations);
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
  return nextStateOf(WORKFLOW[action], ticket, input);
}
