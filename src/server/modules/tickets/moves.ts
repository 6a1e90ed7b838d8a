import { and, eq, sql } from 'drizzle-orm';
import type { TicketMove } from '../../../shared/tickets';
import { ticket, ticketEvent, ticketFollower, unit } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { AppError, forbidden, invalidField, notFound } from '../../platform/errors';
import { extendLimit } from './deadlines';
import { follow, notifyFollowers } from './notify';
import { parentPath, relationsOf } from './relations';
import { getTicketRow, type TicketRow } from './repo';
import { allowedOutcomes, isAllowedFor, isAllowedFrom, nextState, WORKFLOW } from './workflow';

type Changes = Partial<typeof ticket.$inferInsert>;

/**
 * Performs one move of the state machine (workflow.ts) on a locked ticket: the state check (409), the
 * caller's relation (403), the required fields (400), then the move's own effects, a timeline event, an audit
 * entry and the followers' notifications — in the caller's one transaction. The loser of a race finds the
 * state already moved and gets 409. Throws not_found, invalid_transition, forbidden, validation_failed, conflict.
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
  const relations = relationsOf(ctx.actor, row);
  if (!isAllowedFor(input.action, relations)) {
    throw forbidden();
  }
  const missing = rule.requires.filter(
    (field) => input[field] === undefined && !(field === 'outcome' && input.action === 'close'),
  );
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      'validation_failed',
      missing.map((field) => ({ path: `body.${field}`, message: 'required' })),
    );
  }
  const to = nextState(input.action, row, input);
  const changes: Changes = { state: to, updatedAt: ctx.now };
  const data: Record<string, unknown> = {};
  await applyEffects(ctx, row, input, relations, changes, data);

  await ctx.tx
    .update(ticket)
    .set(changes)
    .where(and(eq(ticket.districtId, row.districtId), eq(ticket.id, row.id)));
  const note = input.note ?? input.result ?? input.reason ?? input.comment ?? null;
  await ctx.tx.insert(ticketEvent).values({
    districtId: row.districtId,
    ticketId: row.id,
    action: input.action,
    fromState: row.state,
    toState: to,
    actorId: ctx.actor.accountId,
    actorName: ctx.actor.name,
    note,
    data,
    at: ctx.now,
  });
  await ctx.audit({
    action: `ticket.${input.action}`,
    targetType: 'ticket',
    targetId: row.id,
    districtId: row.districtId,
    before: { state: row.state },
    after: { state: to, ...data },
  });
  await notifyFollowers(ctx, row, input.action, note);
  return { id: row.id, districtId: row.districtId };
}

/** The effects of each move beyond its state: one switch over the action names, exhaustively. */
async function applyEffects(
  ctx: Ctx,
  row: TicketRow,
  input: TicketMove,
  relations: ReturnType<typeof relationsOf>,
  changes: Changes,
  data: Record<string, unknown>,
): Promise<void> {
  const responded = row.respondedAt ?? ctx.now;
  switch (input.action) {
    case 'accept':
      changes.respondedAt = responded;
      return;
    case 'reject':
      Object.assign(changes, { respondedAt: responded, outcome: 'rejected', closedAt: ctx.now });
      return;
    case 'merge': {
      const master = await getTicketRow(ctx.tx, input.intoId ?? '');
      if (!master || master.id === row.id || master.districtId !== row.districtId || master.mergedIntoId) {
        throw invalidField('body.intoId', 'ticket_not_found');
      }
      Object.assign(changes, {
        mergedIntoId: master.id,
        outcome: 'duplicate',
        closedAt: ctx.now,
        respondedAt: responded,
      });
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
    case 'dispatch': {
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
      Object.assign(changes, {
        unitId: target.id,
        claimantId: null,
        dispatchedAt: ctx.now,
        respondedAt: responded,
      });
      data.unitId = target.id;
      data.unitName = target.name;
      return;
    }
    case 'pool':
      Object.assign(changes, { unitId: null, respondedAt: responded });
      return;
    case 'claim':
      changes.claimantId = ctx.actor.accountId;
      return;
    case 'receive':
    case 'progress':
      return;
    case 'resolve':
      Object.assign(changes, { resolvedAt: ctx.now, respondedAt: responded });
      return;
    case 'rate':
      Object.assign(changes, { rating: input.rating, ratedAt: ctx.now });
      data.rating = input.rating;
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
    case 'close': {
      const allowed = allowedOutcomes(row.state, relations);
      const outcome =
        input.outcome ?? (row.state === 'rated' || row.state === 'resolved' ? 'resolved' : undefined);
      if (!outcome || !allowed.includes(outcome)) {
        throw invalidField('body.outcome', 'unknown_value', { value: input.outcome ?? '' });
      }
      Object.assign(changes, { outcome, closedAt: ctx.now });
      data.outcome = outcome;
      return;
    }
    case 'return':
      Object.assign(changes, { unitId: null, claimantId: null, returnCount: row.returnCount + 1 });
      data.unitId = row.unitId;
      return;
    case 'escalate':
      Object.assign(changes, {
        ownerPath: parentPath(row.ownerPath),
        escalationCount: row.escalationCount + 1,
      });
      return;
    case 'urge':
      changes.urgeCount = row.urgeCount + 1;
      return;
    case 'extend': {
      const limits = await extendLimit(ctx.tx, row.handleDueAt, row.createdAt, input.days ?? 0);
      Object.assign(changes, limits, { extensionCount: row.extensionCount + 1 });
      data.days = input.days;
      data.handleDueAt = limits.handleDueAt.toISOString();
      return;
    }
    default: {
      const never: never = input.action;
      throw new Error(`unhandled action ${String(never)}`);
    }
  }
}
