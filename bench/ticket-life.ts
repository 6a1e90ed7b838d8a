import { parentPath } from '../src/server/modules/tickets/relations';
import type { Random } from '../src/server/platform/random';
import { isAllowedFrom, nextState, OPEN_STATES } from '../src/shared/ticket-workflow';
import type { Outcome, Rating, TicketAction, TicketKind, TicketState } from '../src/shared/tickets';
import { NOTES } from './ticket-texts';
import type { WorkingClock } from './working-clock';

const MINUTE = 60_000;

export type LifeEvent = {
  action: TicketAction | 'submit' | 'overdue';
  fromState: TicketState | null;
  toState: TicketState;
  actorId: string | null;
  actorName: string;
  note: string | null;
  data: Record<string, unknown>;
  at: number;
};

/** What a ticket's history sets on its row (times in ms since the epoch, null when it never happened). */
export type LifeFields = {
  state: TicketState;
  outcome: Outcome | null;
  ownerPath: string;
  unitId: string | null;
  claimantId: string | null;
  mergedIntoId: string | null;
  rating: Rating | null;
  reopenCount: number;
  returnCount: number;
  escalationCount: number;
  extensionCount: number;
  urgeCount: number;
  handleDueAt: number;
  warnAt: number;
  respondedAt: number | null;
  dispatchedAt: number | null;
  resolvedAt: number | null;
  ratedAt: number | null;
  closedAt: number | null;
  overdueNotifiedAt: number | null;
  updatedAt: number;
};

export type LifeInput = {
  kind: TicketKind;
  createdAt: number;
  /** Who typed it in (the office for hotline, the grid worker for visits …). */
  creatorName: string;
  channel: string;
  ownerPath: string;
  limits: { handleDueAt: number; warnAt: number };
  /** Units that may be dispatched to, best fit first. */
  units: { id: string; name: string }[];
  /** The community's volunteer account (claims wishes and service orders). */
  volunteerId: string;
  /** An earlier ticket of the same community it may duplicate. */
  mergeTarget: { id: string; number: string } | null;
};

/**
 * Walks one ticket through the loop the way a live system sees it (BRIEF §3), with the moves of the real state
 * machine (workflow.ts: every move is checked against it): most are answered within a working day, handled,
 * rated and closed; some are rejected, merged, explained, returned, escalated, extended, reopened after 不满意;
 * some run late. Each move happens some working hours after the previous one; a move that would fall after
 * `now` does not happen, so recent tickets are still open, and open tickets past their limit are marked overdue
 * as the sweep does.
 */
export function liveTicket(input: LifeInput, rnd: Random, clock: WorkingClock, now: number) {
  const office = '社区工作人员';
  const f: LifeFields = {
    state: 'submitted',
    outcome: null,
    ownerPath: input.ownerPath,
    unitId: null,
    claimantId: null,
    mergedIntoId: null,
    rating: null,
    reopenCount: 0,
    returnCount: 0,
    escalationCount: 0,
    extensionCount: 0,
    urgeCount: 0,
    ...input.limits,
    respondedAt: null,
    dispatchedAt: null,
    resolvedAt: null,
    ratedAt: null,
    closedAt: null,
    overdueNotifiedAt: null,
    updatedAt: input.createdAt,
  };
  const events: LifeEvent[] = [
    {
      action: 'submit',
      fromState: null,
      toState: 'submitted',
      actorId: null,
      actorName: input.creatorName,
      note: null,
      data: { channel: input.channel },
      at: input.createdAt,
    },
  ];
  let at = input.createdAt;
  let unitName = '';

  /** One move `hours` working hours after the previous; false when that moment has not come yet. */
  const move = (
    action: TicketAction,
    hours: number,
    who: { id?: string; name: string },
    options: { note?: string; rating?: Rating; outcome?: Outcome; data?: Record<string, unknown> } = {},
  ): boolean => {
    const when = clock.add(at, hours) + rnd.int(0, 59) * 1000;
    if (when > now) {
      return false;
    }
    if (!isAllowedFrom(action, f.state)) {
      throw new Error(`generator bug: ${action} from ${f.state}`);
    }
    const to = nextState(action, f, { rating: options.rating, outcome: options.outcome });
    applyEffects(f, action, when, options);
    events.push({
      action,
      fromState: f.state,
      toState: to,
      actorId: who.id ?? null,
      actorName: who.name,
      note: options.note ?? null,
      data: options.data ?? {},
      at: when,
    });
    f.state = to;
    f.updatedAt = when;
    at = when;
    return true;
  };
  const handler = () => ({ name: `${unitName}承办人` });
  const volunteer = { id: input.volunteerId, name: '志愿者' };
  const dispatch = (hours: number, who: { name: string }) => {
    const target = rnd.chance(0.7) ? (input.units[0] ?? rnd.pick(input.units)) : rnd.pick(input.units);
    unitName = target.name;
    f.unitId = target.id;
    return move('dispatch', hours, who, { data: { unitId: target.id, unitName: target.name } });
  };
  const rateAndClose = () => {
    if (rnd.chance(0.08)) {
      // 回访 reached no one: the office closes after checking on site (核查销号).
      move(
        'close',
        rnd.between(24, 40),
        { name: office },
        { outcome: 'resolved', data: { outcome: 'resolved' } },
      );
      return;
    }
    const rating = rnd.weighted<Rating>([
      ['satisfied', 78],
      ['basically_satisfied', 14],
      ['unsatisfied', 8],
    ]);
    const rated = move(
      'rate',
      rnd.between(4, 24),
      { name: office },
      {
        rating,
        data: { rating },
        ...(rating === 'unsatisfied' ? { note: rnd.pick(NOTES.unsatisfied) } : {}),
      },
    );
    if (!rated) {
      return;
    }
    if (rating === 'unsatisfied') {
      // Reopened once to the same handler (BRIEF §3).
      if (!move('resolve', rnd.between(8, 40), handler(), { note: rnd.pick(NOTES.rework) })) {
        return;
      }
      const second: Rating = rnd.chance(0.7) ? 'basically_satisfied' : 'satisfied';
      if (!move('rate', rnd.between(4, 24), { name: office }, { rating: second, data: { rating: second } })) {
        return;
      }
    }
    move(
      'close',
      rnd.between(2, 8),
      { name: office },
      { outcome: 'resolved', data: { outcome: 'resolved' } },
    );
  };

  walk();
  markOverdue(f, events, now, rnd);
  urgeOpen(f, events, now, rnd);
  events.sort((a, b) => a.at - b.at);
  return { fields: f, events };

  function walk() {
    const response = rnd.chance(0.85) ? rnd.between(0.3, 6) : rnd.between(9, 25);
    if (rnd.chance(0.03)) {
      move('reject', response, { name: office }, { note: rnd.pick(NOTES.reject) });
      return;
    }
    if (input.mergeTarget && rnd.chance(0.02)) {
      f.mergedIntoId = input.mergeTarget.id;
      const data = { intoId: input.mergeTarget.id, intoNumber: input.mergeTarget.number };
      if (!move('merge', response, { name: office }, { data })) {
        f.mergedIntoId = null;
      }
      return;
    }
    if (!move('accept', response, { name: office })) {
      return;
    }
    if (rnd.chance(0.06)) {
      const data = { outcome: 'explained' };
      move(
        'close',
        rnd.between(1, 8),
        { name: office },
        { outcome: 'explained', note: rnd.pick(NOTES.explained), data },
      );
      return;
    }
    if (input.kind === 'consultation') {
      if (move('resolve', rnd.between(0.2, 6), { name: office }, { note: rnd.pick(NOTES.answer) })) {
        rateAndClose();
      }
      return;
    }
    if (input.kind === 'wish' || (input.kind === 'service' && rnd.chance(0.6))) {
      if (!move('pool', rnd.between(0.5, 3), { name: office })) {
        return;
      }
      if (!rnd.chance(0.85)) {
        return; // nobody claimed it (yet): it waits on the wish wall and runs late
      }
      f.claimantId = volunteer.id;
      if (!move('claim', rnd.between(4, 40), volunteer)) {
        f.claimantId = null;
        return;
      }
      if (move('resolve', rnd.between(8, 40), volunteer, { note: rnd.pick(NOTES.wish) })) {
        rateAndClose();
      }
      return;
    }
    let dispatcher = { name: office };
    if (rnd.chance(0.02)) {
      if (!move('escalate', rnd.between(2, 8), { name: office }, { note: rnd.pick(NOTES.escalate) })) {
        return;
      }
      dispatcher = { name: '街道工作人员' };
    }
    if (!dispatch(rnd.between(0.5, 4), dispatcher)) {
      return;
    }
    if (rnd.chance(0.04)) {
      const data = { unitId: f.unitId };
      if (!move('return', rnd.between(1, 4), handler(), { note: rnd.pick(NOTES.returned), data })) {
        return;
      }
      if (!dispatch(rnd.between(1, 4), dispatcher)) {
        return;
      }
    }
    if (!move('receive', rnd.between(1, 8), handler())) {
      return;
    }
    if (
      rnd.chance(0.5) &&
      !move('progress', rnd.between(4, 24), handler(), { note: rnd.pick(NOTES.progress) })
    ) {
      return;
    }
    if (rnd.chance(0.04)) {
      const handleDueAt = clock.add(f.handleDueAt, 40);
      const data = { days: 5, handleDueAt: new Date(handleDueAt).toISOString() };
      if (
        !move('extend', rnd.between(1, 8), { name: '街道工作人员' }, { note: rnd.pick(NOTES.extend), data })
      ) {
        return;
      }
      f.warnAt = input.createdAt + (handleDueAt - input.createdAt) * 0.8;
      f.handleDueAt = handleDueAt;
    }
    const late = rnd.chance(0.12) ? rnd.between(40, 140) : 0;
    if (move('resolve', rnd.between(8, 48) + late, handler(), { note: rnd.pick(NOTES.resolve) })) {
      rateAndClose();
    }
  }
}

/** The row changes of each move (as moves.ts applies them). */
function applyEffects(
  f: LifeFields,
  action: TicketAction,
  when: number,
  options: { rating?: Rating; outcome?: Outcome },
) {
  const respond = () => {
    f.respondedAt ??= when;
  };
  switch (action) {
    case 'accept':
    case 'pool':
      respond();
      return;
    case 'reject':
      respond();
      Object.assign(f, { outcome: 'rejected', closedAt: when });
      return;
    case 'merge':
      respond();
      Object.assign(f, { outcome: 'duplicate', closedAt: when });
      return;
    case 'dispatch':
      respond();
      f.dispatchedAt = when;
      return;
    case 'resolve':
      respond();
      f.resolvedAt = when;
      return;
    case 'rate':
      f.rating = options.rating ?? null;
      f.ratedAt = when;
      if (options.rating === 'unsatisfied') {
        f.resolvedAt = null;
        f.reopenCount++;
      }
      return;
    case 'close':
      Object.assign(f, { outcome: options.outcome ?? 'resolved', closedAt: when });
      return;
    case 'return':
      Object.assign(f, { unitId: null, returnCount: f.returnCount + 1 });
      return;
    case 'escalate':
      f.ownerPath = parentPath(f.ownerPath);
      f.escalationCount++;
      return;
    case 'extend':
      f.extensionCount++;
      return;
    case 'urge':
      f.urgeCount++;
      return;
    case 'claim':
    case 'receive':
    case 'progress':
      return;
    default:
      throw new Error(`generator: no effects for ${action}`);
  }
}

/** The overdue sweep marks a ticket once, a minute after its limit passed while it was still being handled. */
function markOverdue(f: LifeFields, events: LifeEvent[], now: number, rnd: Random) {
  const finished = f.resolvedAt ?? f.closedAt ?? Number.POSITIVE_INFINITY;
  const markAt = f.handleDueAt + rnd.int(1, 59) * 1000;
  if (markAt >= now || markAt >= finished || f.state === 'rejected' || f.state === 'merged') {
    return;
  }
  const stateThen = stateAt(events, markAt);
  if (!OPEN_STATES.includes(stateThen)) {
    return;
  }
  f.overdueNotifiedAt = markAt;
  events.push({
    action: 'overdue',
    fromState: stateThen,
    toState: stateThen,
    actorId: null,
    actorName: 'system',
    note: null,
    data: { handleDueAt: new Date(f.handleDueAt).toISOString() },
    at: markAt,
  });
}

/** A supervisor urges (督办) some of the open tickets that have turned yellow. */
function urgeOpen(f: LifeFields, events: LifeEvent[], now: number, rnd: Random) {
  const last = Math.max(...events.map((e) => e.at));
  const when = Math.max(f.warnAt, last) + rnd.int(10, 600) * MINUTE;
  if (!OPEN_STATES.includes(f.state) || when >= now || !rnd.chance(0.3)) {
    return;
  }
  f.urgeCount++;
  events.push({
    action: 'urge',
    fromState: f.state,
    toState: f.state,
    actorId: null,
    actorName: '督查人员',
    note: null,
    data: {},
    at: when,
  });
}

function stateAt(events: LifeEvent[], when: number): TicketState {
  let state: TicketState = 'submitted';
  for (const e of events) {
    if (e.at <= when) {
      state = e.toState;
    }
  }
  return state;
}
