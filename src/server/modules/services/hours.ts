import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { PageQuery } from '../../../shared/list';
import { SERVICE_MINUTES, type ServiceHour, type ZServiceHourQuery } from '../../../shared/services';
import type { TicketMove } from '../../../shared/tickets';
import { account, place, serviceHour, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { isOfficeOver } from '../../platform/office';
import { decodeCursor, toPage } from '../../platform/pagination';
import { isGranted } from '../../platform/permissions';
import { pathOfPlace } from '../places';
import type { TicketRow } from '../tickets';
import { servicePermissions } from './permissions';

/** What credits a volunteer with service hours: a resolved order or wish (ticketId) or an attended activity. */
export type HourCredit = {
  accountId: string;
  /** Whole minutes, 1 … 1440. */
  minutes: number;
  /** Where the service was given (a place id), and its district (the ledger's key). */
  placeId: string;
  districtId: string;
  /** The team it was served with, if any: its members' office may confirm it too, and team totals count it. */
  unitId?: string | null;
  /** When it was served; now when not said. */
  servedAt?: Date;
  /** What was served, in words (the order's title, the activity's). */
  content: string;
} & ({ ticketId: string; activityId?: undefined } | { activityId: string; ticketId?: undefined });

/**
 * Credits a volunteer with pending service hours (志愿服务时长), in the caller's transaction: a new `credit`
 * entry, waiting for the organiser's confirmation. One credit per volunteer per ticket or activity — a second
 * credit for the same source is ignored and answers null. Throws RangeError on minutes out of bounds (a
 * programming error: callers validate their input). Returns the new entry's id.
 */
export async function creditHours(ctx: Ctx, credit: HourCredit): Promise<string | null> {
  if (
    !Number.isInteger(credit.minutes) ||
    credit.minutes < SERVICE_MINUTES.min ||
    credit.minutes > SERVICE_MINUTES.max
  ) {
    throw new RangeError(`creditHours: ${credit.minutes} minutes`);
  }
  const id = randomUUID();
  const [written] = await ctx.tx
    .insert(serviceHour)
    .values({
      districtId: credit.districtId,
      id,
      entry: 'credit',
      accountId: credit.accountId,
      unitId: credit.unitId ?? null,
      placeId: credit.placeId,
      minutes: credit.minutes,
      ticketId: credit.ticketId ?? null,
      activityId: credit.activityId ?? null,
      content: credit.content,
      servedAt: credit.servedAt ?? ctx.now,
      createdById: ctx.actor.accountId,
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: serviceHour.id });
  if (!written) {
    return null;
  }
  await ctx.audit({
    action: 'service_hour.credit',
    targetType: 'service_hour',
    targetId: id,
    districtId: credit.districtId,
    after: {
      accountId: credit.accountId,
      minutes: credit.minutes,
      ticketId: credit.ticketId ?? null,
      activityId: credit.activityId ?? null,
    },
  });
  return id;
}

/**
 * After a resolve (办结): each claimant of a service order or a wish is credited the minutes the resolve gave
 * (required for an order, optional for a wish: a wish resolved without minutes credits nobody).
 */
export async function creditResolved(ctx: Ctx, before: TicketRow, after: TicketRow, input: TicketMove) {
  if ((after.kind !== 'service' && after.kind !== 'wish') || input.minutes === undefined) {
    return;
  }
  const claimants =
    after.claimantIds.length > 0 ? after.claimantIds : after.claimantId ? [after.claimantId] : [];
  for (const accountId of claimants) {
    await creditHours(ctx, {
      accountId,
      minutes: input.minutes,
      placeId: after.placeId,
      districtId: after.districtId,
      unitId: after.kind === 'service' ? (after.unitId ?? before.unitId) : null,
      content: after.title,
      ticketId: after.id,
    });
  }
}

const confirmEntry = alias(serviceHour, 'confirm_entry');
const reverseEntry = alias(serviceHour, 'reverse_entry');

/** Holds the confirming role somewhere; which entries it may confirm is decided per row (isOfficeOver). */
function isOffice(ctx: Ctx): boolean {
  return ctx.actor.kind === 'staff' && isGranted(servicePermissions, ctx.actor.roles, 'service_hour.confirm');
}

/** The filters of a ledger query, on the entries of `table` (credits for the list, all for the total). */
async function ledgerFilter(
  ctx: Ctx,
  table: typeof serviceHour,
  query: z.infer<typeof ZServiceHourQuery>,
): Promise<SQL | undefined> {
  const a = ctx.actor;
  const office = isOffice(ctx);
  const accountId = query.accountId ?? (office ? undefined : (a.accountId ?? undefined));
  if (!office && accountId !== a.accountId) {
    // A volunteer reads only their own hours.
    throw forbidden();
  }
  const under = await pathOfPlace(ctx.tx, query.placeId);
  const scope = scopeOf(a);
  const placesUnder = (path: string) =>
    sql`${table.placeId} IN (SELECT p.id FROM place p WHERE p.path <@ ${path}::ltree)`;
  return and(
    accountId ? eq(table.accountId, accountId) : undefined,
    office && scope !== '*' ? placesUnder(scope) : undefined,
    under ? placesUnder(under) : undefined,
    query.unitId ? eq(table.unitId, query.unitId) : undefined,
    query.from ? gte(table.servedAt, new Date(query.from)) : undefined,
    query.to ? lt(table.servedAt, new Date(query.to)) : undefined,
  );
}

/**
 * The ledger's credits, newest served first, each with its status from the entries referring to it, and
 * `totalMinutes`: the confirmed minutes of everything the filter selects (not only this page) — the plain sum
 * of its confirm and reverse entries. A volunteer reads their own; the office what was served in its area.
 * Throws forbidden (a volunteer asking for someone else's), not_found (place).
 */
export async function findServiceHours(ctx: Ctx, query: z.infer<typeof ZServiceHourQuery> & PageQuery) {
  const filter = await ledgerFilter(ctx, serviceHour, query);
  const status =
    query.status === 'reversed'
      ? sql`${reverseEntry.id} IS NOT NULL`
      : query.status === 'confirmed'
        ? and(sql`${confirmEntry.id} IS NOT NULL`, isNull(reverseEntry.id))
        : query.status === 'pending'
          ? and(isNull(confirmEntry.id), isNull(reverseEntry.id))
          : undefined;
  const after = decodeCursor(query.cursor, 2);
  const rows = await ctx.tx
    .select({
      c: serviceHour,
      accountName: account.displayName,
      unitName: unit.name,
      confirmedAt: confirmEntry.createdAt,
      reversedAt: reverseEntry.createdAt,
      reverseReason: reverseEntry.reason,
      placePath: place.path,
    })
    .from(serviceHour)
    .innerJoin(place, eq(place.id, serviceHour.placeId))
    .leftJoin(confirmEntry, and(eq(confirmEntry.refId, serviceHour.id), eq(confirmEntry.entry, 'confirm')))
    .leftJoin(reverseEntry, and(eq(reverseEntry.refId, serviceHour.id), eq(reverseEntry.entry, 'reverse')))
    .leftJoin(account, eq(account.id, serviceHour.accountId))
    .leftJoin(unit, eq(unit.id, serviceHour.unitId))
    .where(
      and(
        eq(serviceHour.entry, 'credit'),
        filter,
        status,
        after
          ? sql`(${serviceHour.servedAt}, ${serviceHour.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(serviceHour.servedAt), desc(serviceHour.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.c.servedAt.toISOString(), r.c.id]);
  const [total] = await ctx.tx
    .select({ minutes: sql<number>`coalesce(sum(${serviceHour.minutes}), 0)`.mapWith(Number) })
    .from(serviceHour)
    .where(and(inArray(serviceHour.entry, ['confirm', 'reverse']), filter));
  const mayConfirm = isOffice(ctx);
  return {
    items: page.items.map((r): ServiceHour => {
      const state = r.reversedAt ? 'reversed' : r.confirmedAt ? 'confirmed' : 'pending';
      const inArea =
        mayConfirm && isOfficeOver(ctx.actor, r.placePath, servicePermissions, 'service_hour.confirm');
      return {
        id: r.c.id,
        accountId: r.c.accountId,
        accountName: r.accountName,
        unitId: r.c.unitId,
        unitName: r.unitName,
        minutes: r.c.minutes,
        status: state,
        ticketId: r.c.ticketId,
        activityId: r.c.activityId,
        content: r.c.content,
        servedAt: r.c.servedAt.toISOString(),
        createdAt: r.c.createdAt.toISOString(),
        confirmedAt: r.confirmedAt?.toISOString() ?? null,
        reversedAt: r.reversedAt?.toISOString() ?? null,
        reverseReason: r.reverseReason,
        allowedActions: !inArea
          ? []
          : state === 'pending'
            ? ['confirm', 'reverse']
            : state === 'confirmed'
              ? ['reverse']
              : [],
      };
    }),
    nextCursor: page.nextCursor,
    totalMinutes: total?.minutes ?? 0,
  };
}

/**
 * A credit and what refers to it, taken under a lock on the credit's id (the ledger has no UPDATE, so no row
 * lock): a confirmation and a reversal racing each other are decided one after the other.
 */
async function loadCredit(ctx: Ctx, id: string) {
  await ctx.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${id}, 0))`);
  const [found] = await ctx.tx
    .select({ credit: serviceHour, placePath: place.path })
    .from(serviceHour)
    .innerJoin(place, eq(place.id, serviceHour.placeId))
    .where(and(eq(serviceHour.id, id), eq(serviceHour.entry, 'credit')));
  if (!found) {
    throw notFound('service_hour_not_found');
  }
  const { credit } = found;
  if (!isOfficeOver(ctx.actor, found.placePath, servicePermissions, 'service_hour.confirm')) {
    throw forbidden();
  }
  const refs = await ctx.tx
    .select({ entry: serviceHour.entry })
    .from(serviceHour)
    .where(and(eq(serviceHour.districtId, credit.districtId), eq(serviceHour.refId, credit.id)));
  return {
    credit,
    isConfirmed: refs.some((r) => r.entry === 'confirm'),
    isReversed: refs.some((r) => r.entry === 'reverse'),
  };
}

type CreditRow = typeof serviceHour.$inferSelect;

async function appendRef(
  ctx: Ctx,
  credit: CreditRow,
  entry: 'confirm' | 'reverse',
  minutes: number,
  reason: string | null,
) {
  const id = randomUUID();
  await ctx.tx.insert(serviceHour).values({
    districtId: credit.districtId,
    id,
    entry,
    refId: credit.id,
    accountId: credit.accountId,
    unitId: credit.unitId,
    placeId: credit.placeId,
    minutes,
    ticketId: credit.ticketId,
    activityId: credit.activityId,
    content: credit.content,
    reason,
    // The entry counts in the period the service was given, as its credit does.
    servedAt: credit.servedAt,
    createdById: ctx.actor.accountId,
    createdAt: ctx.now,
  });
  await ctx.audit({
    action: `service_hour.${entry}`,
    targetType: 'service_hour',
    targetId: credit.id,
    districtId: credit.districtId,
    after: { entryId: id, minutes, ...(reason ? { reason } : {}) },
  });
}

/**
 * The organiser confirms a pending credit: a `confirm` entry carrying its minutes. Throws not_found, forbidden
 * (not the office of the area where it was served), conflict (already confirmed, or reversed).
 */
export async function confirmServiceHour(ctx: Ctx, id: string): Promise<void> {
  const { credit, isConfirmed, isReversed } = await loadCredit(ctx, id);
  if (isReversed) {
    throw conflict('hour_reversed');
  }
  if (isConfirmed) {
    throw conflict('hour_confirmed');
  }
  await appendRef(ctx, credit, 'confirm', credit.minutes, null);
}

/**
 * Takes a wrong credit back with a reason, never by editing it: a `reverse` entry, whose minutes undo what was
 * confirmed (0 when it was still pending). Throws not_found, forbidden, conflict (already reversed).
 */
export async function reverseServiceHour(ctx: Ctx, id: string, reason: string): Promise<void> {
  const { credit, isConfirmed, isReversed } = await loadCredit(ctx, id);
  if (isReversed) {
    throw conflict('hour_reversed');
  }
  await appendRef(ctx, credit, 'reverse', isConfirmed ? -credit.minutes : 0, reason);
}

/**
 * Confirms several pending credits at once (批量确认): each as confirmServiceHour, and those that are not
 * pending any more are reported, not failed. Throws as confirmServiceHour for one outside the caller's area.
 */
export async function confirmServiceHours(ctx: Ctx, ids: string[]) {
  const confirmed: string[] = [];
  const skipped: string[] = [];
  for (const id of [...new Set(ids)]) {
    const { credit, isConfirmed, isReversed } = await loadCredit(ctx, id);
    if (isConfirmed || isReversed) {
      skipped.push(id);
      continue;
    }
    await appendRef(ctx, credit, 'confirm', credit.minutes, null);
    confirmed.push(id);
  }
  return { confirmed, skipped };
}

/**
 * A volunteer's confirmed service between two instants, one line per credit still standing (confirmed and not
 * reversed), oldest first: what a service record certificate lists.
 */
export async function confirmedServices(ctx: Ctx, accountId: string, from: Date | null, to: Date) {
  const confirm = alias(serviceHour, 'confirm');
  const reverse = alias(serviceHour, 'reverse');
  const minutes = sql<number>`(${confirm.minutes} + coalesce(${reverse.minutes}, 0))::int`;
  return ctx.tx
    .select({ servedAt: serviceHour.servedAt, content: serviceHour.content, minutes })
    .from(serviceHour)
    .innerJoin(confirm, and(eq(confirm.refId, serviceHour.id), eq(confirm.entry, 'confirm')))
    .leftJoin(reverse, and(eq(reverse.refId, serviceHour.id), eq(reverse.entry, 'reverse')))
    .where(
      and(
        eq(serviceHour.accountId, accountId),
        eq(serviceHour.entry, 'credit'),
        from ? gte(serviceHour.servedAt, from) : undefined,
        lt(serviceHour.servedAt, to),
        sql`${minutes} > 0`,
      ),
    )
    .orderBy(serviceHour.servedAt, serviceHour.id);
}
