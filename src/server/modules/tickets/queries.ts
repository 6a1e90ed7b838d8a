import { and, desc, eq, getTableColumns, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import {
  EXTENDABLE,
  OPEN_STATES,
  SETTLED_STATES,
  TICKET_WORKFLOW,
  WORKFLOW,
} from '../../../shared/ticket-workflow';
import type { QueueCounts, Ticket, TicketState, ZTicketListQuery } from '../../../shared/tickets';
import { OFFICE_QUEUES, TICKET_STATES } from '../../../shared/tickets';
import { targetOf } from '../../../shared/workflow';
import { ticket, type ticketEvent, ticketFollower } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { invalidField, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { idOfLabel, isWithin } from '../../platform/scope';
import { searchQuery } from '../../platform/text';
import { pathOfPlace } from '../places';
import type { Created } from './intake';
import type { Moved } from './moves';
import { presentTicket } from './presenter';
import { ABOVE_ROLES, seesSubtree } from './relations';
import { findEvents, getTicketRow, namesFor, type TicketRow } from './repo';

/**
 * What the caller may see, as a query condition (row-level security checks the same again). The public wish
 * wall is open to everyone, but only when asked for, so a resident's own list stays their own.
 */
function visibleTo(ctx: Ctx, queue: TicketQueue | undefined, underPath: string | undefined): SQL | undefined {
  const a = ctx.actor;
  if (queue === 'wish_wall' && a.kind !== 'staff') {
    return undefined;
  }
  if (a.kind === 'staff' && !seesSubtree(a)) {
    // A volunteer (capability 11): what is open to claim in their area (pooled: the wishes on the wall), their
    // teams' orders, what they claimed — never the residents' other tickets. Migration 0021's policy says the same.
    const scope = scopeOf(a);
    return sql`((${ticket.state} = 'pooled'
        AND ${scope === '*' ? sql`true` : sql`${ticket.placePath} <@ ${scope}::ltree`})
      OR ${ticket.unitId} = ANY(${sql.param(a.unitIds)}::uuid[]) OR ${ticket.claimantId} = ${a.accountId}
      OR ${a.accountId}::uuid = ANY(${ticket.claimantIds}))`;
  }
  if (a.kind === 'staff') {
    const scope = scopeOf(a);
    // A place filter inside the caller's subtree is already the subtree condition. Repeating the scope would
    // make the planner multiply two nested subtrees as if independent, expect a handful of rows, and scan
    // the whole table instead of walking the newest first (docs/performance.md).
    if (underPath && isWithin(underPath, scope)) {
      return undefined;
    }
    return sql`(${scope === '*' ? sql`true` : sql`${ticket.placePath} <@ ${scope}::ltree`}
      OR ${ticket.unitId} = ANY(${sql.param(a.unitIds)}::uuid[]) OR ${ticket.claimantId} = ${a.accountId})`;
  }
  return sql`(${ticket.submitterId} = ${a.accountId} OR ${ticket.id} IN
    (SELECT ${ticketFollower.ticketId} FROM ${ticketFollower} WHERE ${ticketFollower.accountId} = ${a.accountId}))`;
}

type TicketQueue = z.infer<typeof ZTicketListQuery>['queue'];

function queueCondition(ctx: Ctx, queue: TicketQueue): SQL | undefined {
  const a = ctx.actor;
  switch (queue) {
    case undefined:
      return undefined;
    case 'to_accept':
      return inArray(ticket.state, [...WORKFLOW.accept.from]);
    case 'to_dispatch':
      return inArray(ticket.state, [...WORKFLOW.dispatch.from]);
    case 'my_unit':
      return and(
        sql`${ticket.unitId} = ANY(${sql.param(a.unitIds)}::uuid[])`,
        inArray(ticket.state, [...OPEN_STATES]),
      );
    case 'overdue':
      return and(inArray(ticket.state, [...OPEN_STATES]), lt(ticket.handleDueAt, ctx.now));
    case 'escalated_to_me':
      return and(
        eq(ticket.state, targetOf(TICKET_WORKFLOW, 'escalate')),
        sql`${ticket.ownerPath} = ${a.placePath ?? ''}::ltree`,
      );
    case 'wish_wall':
      // Wishes a volunteer can claim now (党员来接单).
      return and(
        eq(ticket.kind, 'wish'),
        inArray(ticket.state, [...WORKFLOW.claim.from]),
        eq(ticket.isPublic, true),
      );
    case 'to_claim':
      // What the caller may claim now (领单): wishes on the wall in their area, their teams' received orders
      // that need more volunteers and that they have not claimed yet — and the orders dispatched to their teams,
      // which a member receives (组织接单) before claiming.
      return sql`(${ticket.state} = 'pooled'
        OR (${ticket.kind} = 'service' AND ${ticket.state} = 'dispatched'
          AND ${ticket.unitId} = ANY(${sql.param(a.unitIds)}::uuid[]))
        OR (${ticket.kind} = 'service' AND ${ticket.state} IN ('received', 'claimed')
          AND ${ticket.unitId} = ANY(${sql.param(a.unitIds)}::uuid[])
          AND cardinality(${ticket.claimantIds}) < ${ticket.claimsNeeded}
          AND NOT (${a.accountId ?? null}::uuid = ANY(${ticket.claimantIds}))))`;
    case 'extension_requests':
      // Requests the caller may answer: an approving role on a node strictly above the ticket's owner.
      if (!a.roles.some((r) => (ABOVE_ROLES as readonly string[]).includes(r))) {
        return sql`false`;
      }
      return and(
        isNotNull(ticket.extensionRequestedAt),
        inArray(ticket.state, [...EXTENDABLE]),
        scopeOf(a) === '*' ? undefined : sql`${ticket.ownerPath} <@ ${scopeOf(a)}::ltree`,
        scopeOf(a) === '*' ? undefined : sql`${ticket.ownerPath} <> ${scopeOf(a)}::ltree`,
        a.accountId ? sql`${ticket.extensionRequestedBy} IS DISTINCT FROM ${a.accountId}` : undefined,
      );
    case 'to_close':
      // A result stands (resolved, rated) and waits for the office's 销号.
      return inArray(ticket.state, [...SETTLED_STATES]);
    case 'mine':
      return sql`(${ticket.submitterId} = ${a.accountId} OR ${ticket.claimantId} = ${a.accountId} OR ${ticket.createdById} = ${a.accountId}
        OR ${a.accountId ?? null}::uuid = ANY(${ticket.claimantIds}))`;
    default: {
      const never: never = queue;
      throw new Error(String(never));
    }
  }
}

// The search vector is for the index only; a page of rows without it is a third of the bytes to sort.
const { searchText: _searchText, ...LIST_COLUMNS } = getTableColumns(ticket);

/** Lists tickets, newest first, with filters, work queues and Chinese full-text search (keyset paging). */
export async function findTickets(ctx: Ctx, query: z.infer<typeof ZTicketListQuery> & PageQuery) {
  const page = await findTicketRows(ctx, query);
  return { items: await presentRows(ctx, page.items), nextCursor: page.nextCursor };
}

/** The rows findTickets presents (the export also needs what the presenter masks). Throws as findTickets. */
export async function findTicketRows(ctx: Ctx, query: z.infer<typeof ZTicketListQuery> & PageQuery) {
  const states = query.state?.split(',') ?? [];
  const bad = states.find((s) => !TICKET_STATES.includes(s as TicketState));
  if (bad) {
    throw invalidField('query.state', 'unknown_value', { value: bad });
  }
  const underPath = await pathOfPlace(ctx.tx, query.placeId);
  const after = decodeCursor(query.cursor, 2);
  // A place's subtree lies in one district: the leading column of the per-state index below.
  const district = underPath ? idOfLabel(underPath.split('.')[0] as string) : undefined;
  const newestOf = (state: SQL | undefined, inDistrict?: string) =>
    ctx.tx
      .select(LIST_COLUMNS)
      .from(ticket)
      .where(
        and(
          visibleTo(ctx, query.queue, underPath),
          inDistrict ? eq(ticket.districtId, inDistrict) : undefined,
          state,
          query.kind ? eq(ticket.kind, query.kind) : undefined,
          query.categoryId ? eq(ticket.categoryId, query.categoryId) : undefined,
          underPath ? sql`${ticket.placePath} <@ ${underPath}::ltree` : undefined,
          query.channel ? eq(ticket.channel, query.channel) : undefined,
          query.unitId ? eq(ticket.unitId, query.unitId) : undefined,
          query.overdue === 'true'
            ? and(inArray(ticket.state, [...OPEN_STATES]), lt(ticket.handleDueAt, ctx.now))
            : undefined,
          query.from ? gte(ticket.createdAt, new Date(query.from)) : undefined,
          query.to ? lt(ticket.createdAt, new Date(query.to)) : undefined,
          query.q ? sql`${ticket.searchText} @@ ${searchQuery(query.q)}` : undefined,
          queueCondition(ctx, query.queue),
          after
            ? sql`(${ticket.createdAt}, ${ticket.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(ticket.createdAt), desc(ticket.id))
      .limit(query.limit + 1);
  // Several states: the newest page of each, merged. PostgreSQL reads an IN list's states from an index in
  // state order and would sort every matching ticket of all of them (thousands for a street's open ones);
  // each state alone walks ticket_state_created_idx from its newest and stops at a page.
  const [first, ...more] = states.map((s) => newestOf(eq(ticket.state, s as TicketState), district));
  const rows =
    first && more.length > 0
      ? await unionAll(first, ...(more as [typeof first]))
          .orderBy(desc(sql`created_at`), desc(sql`id`))
          .limit(query.limit + 1)
      : await newestOf(states.length === 1 ? eq(ticket.state, states[0] as TicketState) : undefined);
  return toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
}

/**
 * The caller's queues counted in one statement (one FILTER per queue over the tickets they may see), and how
 * many open tickets are past their warning point but not yet overdue: what a workbench shows.
 */
export async function countQueues(ctx: Ctx): Promise<QueueCounts> {
  const queues = [...OFFICE_QUEUES, 'mine'] as const;
  const counted = (condition: SQL | undefined) =>
    sql<number>`count(*) FILTER (WHERE ${condition ?? sql`true`})`.mapWith(Number);
  const dueSoon = and(
    inArray(ticket.state, [...OPEN_STATES]),
    sql`${ticket.warnAt} <= ${ctx.now}`,
    sql`${ticket.handleDueAt} >= ${ctx.now}`,
  );
  const [row] = await ctx.tx
    .select({
      ...Object.fromEntries(queues.map((q) => [q, counted(queueCondition(ctx, q))])),
      dueSoon: counted(dueSoon),
    })
    .from(ticket)
    .where(visibleTo(ctx, undefined, undefined));
  const counts = row as Record<string, number>;
  return {
    queues: Object.fromEntries(queues.map((q) => [q, counts[q] ?? 0])) as QueueCounts['queues'],
    dueSoon: counts.dueSoon ?? 0,
  };
}

export async function presentRows(ctx: Ctx, rows: TicketRow[]) {
  const names = await namesFor(ctx.tx, rows);
  return rows.map((r) => presentTicket(ctx.actor, r, names, ctx.vault, ctx.now));
}

/** A ticket with its timeline. Throws not_found when the caller may not see it. */
export async function getTicket(ctx: Ctx, id: string) {
  const row = await getTicketRow(ctx.tx, id);
  if (!row) {
    throw notFound('ticket_not_found');
  }
  const [presented] = await presentRows(ctx, [row]);
  return withTimeline(
    presented as NonNullable<typeof presented>,
    await findEvents(ctx.tx, row.districtId, row.id),
  );
}

/**
 * A ticket just taken in, as getTicket would show it, from what intake wrote: a new ticket has no unit, claimant
 * or extension yet, and its timeline is its submit event — nothing to read back.
 */
export function presentCreated(ctx: Ctx, created: Created) {
  const names = {
    places: new Map([[created.row.placeId, created.placeName]]),
    categories: new Map(
      created.row.categoryId && created.categoryName ? [[created.row.categoryId, created.categoryName]] : [],
    ),
    units: new Map<string, string>(),
    people: new Map<string, string>(),
  };
  return withTimeline(presentTicket(ctx.actor, created.row, names, ctx.vault, ctx.now), [created.event]);
}

/**
 * A ticket just moved, as getTicket would show it: the row its UPDATE returned, its names, and the timeline
 * read now with the move's own event (written with COMMIT) at its end.
 */
export async function presentMoved(ctx: Ctx, moved: Moved) {
  const [presented] = await presentRows(ctx, [moved.row]);
  const events = await findEvents(ctx.tx, moved.districtId, moved.id);
  return withTimeline(presented as NonNullable<typeof presented>, [...events, moved.event]);
}

function withTimeline(presented: Ticket, events: (typeof ticketEvent.$inferSelect)[]) {
  return {
    ...presented,
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      actorName: e.actorName,
      note: e.note,
      data: e.data,
      at: e.at.toISOString(),
    })),
  };
}
