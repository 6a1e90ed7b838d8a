import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import {
  allowedOutcomes,
  defaultOutcome,
  EXTENDABLE,
  isAllowedByRequest,
  isAllowedFor,
  isAllowedFrom,
  isRequestOnly,
  nextState,
  TERMINAL_STATES,
  TICKET_WORKFLOW,
  type TicketEffect,
  WORKFLOW,
} from '../../../shared/ticket-workflow';
import type { TicketAction, TicketMove } from '../../../shared/tickets';
import { ticket, type ticketEvent, ticketFollower, unit } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, conflict, fieldsRequired, forbidden, invalidField, notFound } from '../../platform/errors';
import { addFinishedTicket } from '../stats';
import { extendLimit } from './deadlines';
import { claimFactsOf, runResolveHooks } from './hooks';
import { follow, notifyApprovers, notifyFollowers } from './notify';
import { parentPath, relationsOf } from './relations';
import { getTicketRow, recordEvent, TICKET_ROW, type TicketRow } from './repo';
import { checkPromise, recordThanks } from './thanks';

type Changes = Partial<typeof ticket.$inferInsert>;

/**
 * Performs one move of the state machine (shared/ticket-workflow.ts) on a locked ticket: the state check (409), the
 * caller's relation (403), a pending request (409), the required fields (400), then the move's own effects, a
 * timeline event, an audit entry and the followers' notifications — in the caller's one transaction. The loser
 * of a race finds the state already moved and gets 409. Throws not_found, invalid_transition, forbidden,
 * validation_failed, conflict.
 */
export async function moveTicket(ctx: Ctx, id: string, input: TicketMove) {
  const row = await getTicketRow(ctx.tx, id, { lock: true });
  if (!row) {
    throw notFound('ticket_not_found');
  }
  const rule = WORKFLOW[input.action];
  if (!isAllowedFrom(input.action, row.state)) {
    throw new AppError('invalid_transition', 'invalid_transition');
  }
  if (input.action === 'claim') {
    // The loser of a race for the last place finds it taken: 409 as for any move that lost its race.
    refuseTakenClaim(ctx, row);
  }
  const relations = relationsOf(ctx.actor, row);
  if (!isAllowedFor(input.action, relations)) {
    throw forbidden();
  }
  if (!isAllowedByRequest(input.action, row)) {
    throw conflict(row.extensionRequestedAt ? 'extension_pending' : 'extension_not_requested');
  }
  // A service order is done with the minutes it took: they become the claimants' service hours. A wish is
  // claimed with the day its claimant promises to fulfil it by.
  const needs =
    row.kind === 'service' && input.action === 'resolve'
      ? [...rule.requires, 'minutes' as const]
      : row.kind === 'wish' && input.action === 'claim'
        ? [...rule.requires, 'promisedOn' as const]
        : rule.requires;
  const missing = needs.filter((field) => input[field] === undefined);
  if (missing.length > 0) {
    throw fieldsRequired(missing);
  }
  const to = nextState(input.action, row, input);
  const changes: Changes = { state: to, updatedAt: ctx.now };
  const data: Record<string, unknown> = {};
  // What the timeline, the audit trail and the followers call the move: an extension asked for is a request.
  const recorded: RecordedMove = isRequestOnly(input.action, relations) ? 'request_extension' : input.action;
  await applyEffects({ ctx, row, input, recorded, relations, changes, data });
  if (row.extensionRequestedAt && changes.extensionRequestedAt === undefined && !EXTENDABLE.includes(to)) {
    // A request lapses when the ticket leaves the states it could be answered in (resolved, returned …).
    Object.assign(changes, NO_REQUEST);
    data.extensionRequestLapsed = true;
  }

  const [moved] = (await ctx.tx
    .update(ticket)
    .set(changes)
    .where(and(eq(ticket.districtId, row.districtId), eq(ticket.id, row.id)))
    .returning(TICKET_ROW)) as TicketRow[];
  if (recorded === 'resolve' && moved) {
    await runResolveHooks(ctx, row, moved, input);
  }
  if (TERMINAL_STATES.includes(to)) {
    // Its figures are final now: they go into the statistics' roll-up with the move (stats/rollup.ts).
    await addFinishedTicket(ctx.tx, row, ctx);
  }
  const note = input.note ?? input.result ?? input.reason ?? input.comment ?? null;
  // Written with COMMIT: the answer appends it to the timeline it reads (queries.ts presentMoved).
  const event = {
    districtId: row.districtId,
    id: randomUUID(),
    ticketId: row.id,
    action: recorded,
    fromState: row.state,
    toState: to,
    actorId: ctx.actor.accountId,
    actorName: ctx.actor.name,
    note,
    data,
    at: ctx.now,
  } satisfies typeof ticketEvent.$inferSelect;
  recordEvent(ctx, event);
  await ctx.audit({
    action: `ticket.${recorded}`,
    targetType: 'ticket',
    targetId: row.id,
    districtId: row.districtId,
    before: { state: row.state },
    after: { state: to, ...data },
  });
  await notifyFollowers(ctx, row, recorded, note);
  if (recorded === 'request_extension') {
    await notifyApprovers(ctx, row, input.days ?? 0, note);
  }
  if (!moved) {
    throw new Error('move: the UPDATE returned no row');
  }
  return { id: row.id, districtId: row.districtId, row: moved, event };
}

export type Moved = Awaited<ReturnType<typeof moveTicket>>;

/**
 * Under the row lock: the places left are counted on the row as it is now, so when more volunteers race for
 * the last places of an order than are left, exactly that many win and the others get 409.
 */
function refuseTakenClaim(ctx: Ctx, row: TicketRow): void {
  const me = ctx.actor.accountId;
  if (me && (row.claimantIds.includes(me) || row.claimantId === me)) {
    throw conflict('already_claimed');
  }
  if (row.claimantIds.length >= row.claimsNeeded) {
    throw conflict('claims_full');
  }
}

export type RecordedMove = TicketAction | 'request_extension';

const NO_REQUEST = {
  extensionRequestedDays: null,
  extensionRequestedReason: null,
  extensionRequestedBy: null,
  extensionRequestedAt: null,
} satisfies Changes;

/** A granted extension (延期): the limit moves by working days and counts in 延期率. */
async function grantExtension(
  ctx: Ctx,
  row: TicketRow,
  days: number,
  changes: Changes,
  data: Record<string, unknown>,
) {
  const limits = await extendLimit(ctx, row.handleDueAt, row.createdAt, days);
  Object.assign(changes, limits, { extensionCount: row.extensionCount + 1 });
  data.days = days;
  data.handleDueAt = limits.handleDueAt.toISOString();
}

/** One move in the making: what the effects read, and the changes and event data they add to. */
type Move = {
  ctx: Ctx;
  row: TicketRow;
  input: TicketMove;
  recorded: RecordedMove;
  relations: ReturnType<typeof relationsOf>;
  changes: Changes;
  data: Record<string, unknown>;
};

/** The effects of a move beyond its state, in the order its rule names them (shared/ticket-workflow.ts). */
async function applyEffects(move: Move): Promise<void> {
  for (const effect of WORKFLOW[move.input.action].effects ?? []) {
    await applyEffect(effect, move);
  }
}

/** One named effect: one switch over the effect names, exhaustively. */
async function applyEffect(effect: TicketEffect, move: Move): Promise<void> {
  const { ctx, row, input, recorded, relations, changes, data } = move;
  switch (effect) {
    case 'respond':
      // The first response counts (响应率); later ones keep it.
      changes.respondedAt = row.respondedAt ?? ctx.now;
      return;
    case 'end_rejected':
      Object.assign(changes, { outcome: 'rejected', closedAt: ctx.now });
      return;
    case 'merge_into': {
      const master = await getTicketRow(ctx.tx, input.intoId ?? '');
      if (!master || master.id === row.id || master.districtId !== row.districtId || master.mergedIntoId) {
        throw invalidField('body.intoId', 'ticket_not_found');
      }
      Object.assign(changes, { mergedIntoId: master.id, outcome: 'duplicate', closedAt: ctx.now });
      data.intoId = master.id;
      data.intoNumber = master.number;
      // The merged submitter (and its followers) follow the master from now on.
      const followers = await ctx.tx
        .select({ accountId: ticketFollower.accountId })
        .from(ticketFollower)
        .where(and(eq(ticketFollower.districtId, row.districtId), eq(ticketFollower.ticketId, row.id)));
      for (const f of followers) {
        await follow(ctx, master, f.accountId, 'merged');
      }
      return;
    }
    case 'assign_unit': {
      const [target] = await ctx.tx
        .select({ id: unit.id, name: unit.name })
        .from(unit)
        .where(
          and(
            eq(unit.id, input.unitId ?? ''),
            sql`(${unit.placePath} @> ${row.placePath}::ltree OR ${unit.placePath} <@ ${row.ownerPath}::ltree)`,
          ),
        );
      if (!target) {
        throw invalidField('body.unitId', 'unit_not_found');
      }
      Object.assign(changes, { unitId: target.id, claimantId: null, claimantIds: [], dispatchedAt: ctx.now });
      data.unitId = target.id;
      data.unitName = target.name;
      return;
    }
    case 'assign_offering_team': {
      // The state machine chose `dispatched` for it (ticket-workflow.ts accept); this records the team.
      if (!row.autoDispatchUnitId) {
        return;
      }
      const [team] = await ctx.tx
        .select({ id: unit.id, name: unit.name })
        .from(unit)
        .where(eq(unit.id, row.autoDispatchUnitId));
      Object.assign(changes, { unitId: row.autoDispatchUnitId, dispatchedAt: ctx.now });
      data.unitId = row.autoDispatchUnitId;
      data.unitName = team?.name ?? null;
      return;
    }
    case 'release_unit':
      changes.unitId = null;
      return;
    case 'take_claim': {
      refuseTakenClaim(ctx, row);
      const me = ctx.actor.accountId;
      // A claimant without an account (the demo history's made-up volunteers) claims without being counted.
      changes.claimantIds = me ? [...row.claimantIds, me] : row.claimantIds;
      changes.claimantId = row.claimantId ?? me;
      data.claimCount = (changes.claimantIds ?? []).length;
      data.claimsNeeded = row.claimsNeeded;
      if (input.promisedOn !== undefined) {
        data.promisedOn = checkPromise(ctx, input.promisedOn);
      }
      Object.assign(data, await claimFactsOf(ctx, row));
      return;
    }
    case 'record_result':
      if (input.minutes !== undefined) {
        data.minutes = input.minutes;
      }
      // From the first state it is 现场解决 in one move: accepted and resolved at once.
      changes.resolvedAt = ctx.now;
      if (row.state === TICKET_WORKFLOW.initial) {
        data.onTheSpot = true;
      }
      return;
    case 'record_rating':
      Object.assign(changes, { rating: input.rating, ratedAt: ctx.now });
      data.rating = input.rating;
      if (input.thanksPublic) {
        await recordThanks(ctx, row, input);
        data.thanksPublic = true;
      }
      if (input.rating === 'unsatisfied') {
        // Reopened once to the same handler; the second time it goes up (BRIEF §3).
        changes.resolvedAt = null;
        changes.reopenCount = row.reopenCount + 1;
        if (row.reopenCount > 0) {
          Object.assign(changes, {
            ownerPath: parentPath(row.ownerPath),
            escalationCount: row.escalationCount + 1,
          });
        }
      }
      return;
    case 'record_outcome': {
      // Where no result stands there is no default: the closer says how it ended (honest closing).
      const outcome = input.outcome ?? defaultOutcome(row.state);
      if (!outcome) {
        throw fieldsRequired(['outcome']);
      }
      if (!allowedOutcomes(row.state, relations).includes(outcome)) {
        throw invalidField('body.outcome', 'unknown_value', { value: outcome });
      }
      Object.assign(changes, { outcome, closedAt: ctx.now });
      data.outcome = outcome;
      return;
    }
    case 'hand_back':
      Object.assign(changes, {
        unitId: null,
        claimantId: null,
        claimantIds: [],
        returnCount: row.returnCount + 1,
      });
      data.unitId = row.unitId;
      return;
    case 'hand_up':
      Object.assign(changes, {
        ownerPath: parentPath(row.ownerPath),
        escalationCount: row.escalationCount + 1,
      });
      return;
    case 'record_consent': {
      // The resident's consent to the wall, given to the office: recorded once, with who recorded it (the event's
      // actor) on the timeline and in the audit entry. Whether the wish is on the wall now goes on the event too,
      // so its timeline never says "on the wall" of a wish nobody can see there.
      const consented = input.isPublic === true && !row.isPublic;
      if (consented) {
        changes.isPublic = true;
        data.consentRecorded = true;
      }
      if (row.kind === 'wish') {
        data.onWall = row.isPublic || consented;
      }
      return;
    }
    case 'count_urge':
      changes.urgeCount = row.urgeCount + 1;
      return;
    case 'extend_limit':
      if (recorded === 'request_extension') {
        // Asked for: it waits on the ticket for the level above; the limit stays and nothing is counted yet.
        Object.assign(changes, {
          extensionRequestedDays: input.days,
          extensionRequestedReason: input.reason,
          extensionRequestedBy: ctx.actor.accountId,
          extensionRequestedAt: ctx.now,
        });
        data.days = input.days;
        return;
      }
      await grantExtension(ctx, row, input.days ?? 0, changes, data);
      return;
    case 'grant_request':
      await grantExtension(ctx, row, row.extensionRequestedDays ?? 0, changes, data);
      Object.assign(changes, NO_REQUEST);
      Object.assign(data, requestData(row));
      return;
    case 'deny_request':
      Object.assign(changes, NO_REQUEST);
      Object.assign(data, requestData(row), { days: row.extensionRequestedDays });
      return;
    default: {
      const never: never = effect;
      throw new Error(`unhandled effect ${String(never)}`);
    }
  }
}

/** Who asked and why, kept on the answer's event once the request is cleared. */
function requestData(row: TicketRow) {
  return {
    requestedBy: row.extensionRequestedBy,
    requestedReason: row.extensionRequestedReason,
    requestedAt: row.extensionRequestedAt?.toISOString() ?? null,
  };
}
