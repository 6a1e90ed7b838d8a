import { and, inArray, or, sql } from 'drizzle-orm';
import type { DispatchSuggestion } from '../../../shared/routing';
import type { TicketMove } from '../../../shared/tickets';
import { category, routingRule, ticket } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { Locale } from '../../platform/messages';
import { isWithin } from '../../platform/scope';
import { categoryLine, rankRules } from './match';
import { findRuleRows, findRuleUnits, type RuleUnit } from './repo';

/** What the catalogue reads of a ticket. */
type TicketFacts = { id: string; placePath: string; ownerPath: string; categoryId: string | null };

/**
 * Where each of these tickets would go by the catalogue, in the order asked (tickets the caller does not serve
 * are left out): the most specific rule that covers it, with the units it names that may take the ticket.
 */
export async function suggestDispatch(
  ctx: Ctx,
  ids: readonly string[],
  locale: Locale,
): Promise<DispatchSuggestion[]> {
  const tickets = await loadTickets(ctx, ids);
  const parents = new Map(
    (await ctx.tx.select({ id: category.id, parentId: category.parentId }).from(category)).map((c) => [
      c.id,
      c.parentId,
    ]),
  );
  const lines = new Map(tickets.map((t) => [t.id, categoryLine(t.categoryId, parents)]));
  const categories = [...new Set([...lines.values()].flat())];
  const paths = [...new Set(tickets.map((t) => t.placePath))];
  const rules =
    categories.length === 0
      ? []
      : await findRuleRows(
          ctx.tx,
          and(
            inArray(routingRule.categoryId, categories),
            or(...paths.map((p) => sql`${routingRule.placePath} @> ${p}::ltree`)),
          ),
        );
  const units = await findRuleUnits(
    ctx.tx,
    rules.map((r) => r.id),
  );
  const en = locale === 'en-US';
  return tickets.map((t) => {
    const ranked = rankRules(rules, { placePath: t.placePath, categoryLine: lines.get(t.id) ?? [] });
    for (const rule of ranked) {
      const takers = (units.get(rule.id) ?? []).filter((u) => mayTake(u, t));
      if (takers.length > 0) {
        return {
          ticketId: t.id,
          rule: {
            id: rule.id,
            placeName: rule.placeName,
            categoryName: en ? rule.categoryNameEn : rule.categoryNameZh,
          },
          units: takers.map(({ id, name, kind, placeName }) => ({ id, name, kind, placeName })),
        };
      }
    }
    return { ticketId: t.id, rule: null, units: [] };
  });
}

/** The catalogue's answer for one ticket. Throws not_found. */
export async function suggestForTicket(ctx: Ctx, id: string, locale: Locale): Promise<DispatchSuggestion> {
  const [suggestion] = await suggestDispatch(ctx, [id], locale);
  if (!suggestion) {
    throw notFound('ticket_not_found');
  }
  return suggestion;
}

/** The dispatch of a ticket to its catalogue's main handler (按派单目录分派). Throws not_found (ticket, rule). */
export async function catalogueMove(ctx: Ctx, id: string, note: string | undefined): Promise<TicketMove> {
  const suggestion = await suggestForTicket(ctx, id, 'zh-CN');
  const unitId = suggestion.units[0]?.id;
  if (!unitId) {
    throw notFound('routing_no_rule');
  }
  return { action: 'dispatch', unitId, ...(note ? { note } : {}) };
}

/**
 * Whether a unit may take the ticket: it sits on the ticket's place or above it, or below the node that owns
 * the ticket — the dispatch's own rule (tickets' assign_unit), so a suggestion is never refused for its unit.
 */
function mayTake(u: RuleUnit, t: TicketFacts): boolean {
  return isWithin(t.placePath, u.placePath) || isWithin(u.placePath, t.ownerPath);
}

/** The tickets of the caller's subtree among these ids, in the order asked. */
async function loadTickets(ctx: Ctx, ids: readonly string[]): Promise<TicketFacts[]> {
  const scope = scopeOf(ctx.actor);
  const rows = await ctx.tx
    .select({
      id: ticket.id,
      placePath: ticket.placePath,
      ownerPath: ticket.ownerPath,
      categoryId: ticket.categoryId,
    })
    .from(ticket)
    .where(
      and(
        inArray(ticket.id, [...new Set(ids)]),
        scope === '*' ? undefined : sql`${ticket.placePath} <@ ${scope}::ltree`,
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
