import { gte } from 'drizzle-orm';
import type { TicketKind, Urgency } from '../../../shared/tickets';
import type { Db, Tx } from '../../db/client';
import { category, deadlineRule, workCalendar } from '../../db/schema';
import {
  addCalendarHours,
  addWorkingHours,
  type CalendarDay,
  createWorkCalendar,
  type WorkCalendar,
} from '../../platform/calendar';
import { cached } from '../../platform/config-cache';
import type { Ctx } from '../../platform/context';

type RuleRow = typeof deadlineRule.$inferSelect;
export type Limits = { responseDueAt: Date; handleDueAt: Date; warnAt: Date };

/** The rule that fits best: a match on category beats kind beats urgency beats the catch-all. */
export function pickRule(
  rules: RuleRow[],
  t: { kind: TicketKind; categoryId: string | null; parentCategoryId: string | null; urgency: Urgency },
): RuleRow | undefined {
  const score = (r: RuleRow) => {
    if ((r.kind && r.kind !== t.kind) || (r.urgency && r.urgency !== t.urgency)) {
      return -1;
    }
    if (r.categoryId && r.categoryId !== t.categoryId && r.categoryId !== t.parentCategoryId) {
      return -1;
    }
    return (
      (r.categoryId === t.categoryId && r.categoryId ? 8 : r.categoryId ? 6 : 0) +
      (r.urgency ? 4 : 0) +
      (r.kind ? 2 : 0)
    );
  };
  return rules
    .map((r) => ({ r, s: score(r) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => b.s - a.s)[0]?.r;
}

export async function loadCalendar(tx: Db | Tx, from: Date, zone: string): Promise<WorkCalendar> {
  const year = `${from.getUTCFullYear() - 1}-01-01`;
  const rows = await tx.select().from(workCalendar).where(gte(workCalendar.day, year));
  return createWorkCalendar(
    rows.map((r) => ({ day: r.day, isWorkday: r.isWorkday })),
    zone,
  );
}

type CategoryFacts = { parentId: string | null; name: string };

/**
 * What intake and the limits read on every request, kept per process (platform/config-cache.ts): the deadline
 * rules, every category's parent and name, and the work calendar in the installation's zone.
 */
export type TicketConfig = {
  rules: RuleRow[];
  categories: Map<string, CategoryFacts>;
  calendar(zone: string): WorkCalendar;
};

export const TICKET_CONFIG = cached('tickets.config', async (tx): Promise<TicketConfig> => {
  const [rules, categories, days] = await Promise.all([
    tx.select().from(deadlineRule),
    tx.select({ id: category.id, parentId: category.parentId, name: category.nameZh }).from(category),
    tx.select({ day: workCalendar.day, isWorkday: workCalendar.isWorkday }).from(workCalendar),
  ]);
  const calendars = new Map<string, WorkCalendar>();
  return {
    rules,
    categories: new Map(categories.map((c) => [c.id, { parentId: c.parentId, name: c.name }])),
    calendar(zone) {
      const found = calendars.get(zone) ?? createWorkCalendar(days as CalendarDay[], zone);
      calendars.set(zone, found);
      return found;
    },
  };
});

/** Response and handling limits for a new ticket (限时制), on working time unless the rule says the clock. */
export async function computeLimits(
  ctx: Pick<Ctx, 'cached' | 'zone'>,
  t: { kind: TicketKind; categoryId: string | null; urgency: Urgency },
  from: Date,
): Promise<Limits> {
  const config = await ctx.cached(TICKET_CONFIG);
  const parentCategoryId = t.categoryId ? (config.categories.get(t.categoryId)?.parentId ?? null) : null;
  const rule = pickRule(config.rules, { ...t, parentCategoryId }) ?? {
    responseHours: 8,
    handleHours: 120,
    isCalendarTime: false,
  };
  if (rule.isCalendarTime) {
    return {
      responseDueAt: addCalendarHours(from, rule.responseHours),
      handleDueAt: addCalendarHours(from, rule.handleHours),
      warnAt: addCalendarHours(from, rule.handleHours * 0.8),
    };
  }
  const calendar = config.calendar(ctx.zone);
  return {
    responseDueAt: addWorkingHours(calendar, from, rule.responseHours),
    handleDueAt: addWorkingHours(calendar, from, rule.handleHours),
    warnAt: addWorkingHours(calendar, from, rule.handleHours * 0.8),
  };
}

/** An approved extension (延期) moves the handling limit by working days. */
export async function extendLimit(
  ctx: Pick<Ctx, 'cached' | 'zone'>,
  handleDueAt: Date,
  startedAt: Date,
  days: number,
) {
  const calendar = (await ctx.cached(TICKET_CONFIG)).calendar(ctx.zone);
  const handle = addWorkingHours(calendar, handleDueAt, days * 8);
  const span = handle.getTime() - startedAt.getTime();
  return { handleDueAt: handle, warnAt: new Date(startedAt.getTime() + span * 0.8) };
}
