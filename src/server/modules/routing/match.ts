import { depthOf, isWithin } from '../../platform/scope';

/** What the matching reads of a rule. */
export type RuleKey = { placePath: string; categoryId: string };

/** What the matching reads of a ticket. */
export type RoutedTicket = {
  placePath: string;
  /** The ticket's category and the categories above it, nearest first; empty without a category. */
  categoryLine: readonly string[];
};

/**
 * The catalogue's rules that cover a ticket, most specific first. A rule covers a ticket when its place is the
 * ticket's place or above it (a street's rule covers its communities) and its category is the ticket's or
 * above it. The deepest place wins; on the same place, the ticket's own category before the one above it.
 */
export function rankRules<R extends RuleKey>(rules: readonly R[], ticket: RoutedTicket): R[] {
  const categoryRank = (r: R) => ticket.categoryLine.indexOf(r.categoryId);
  return rules
    .filter((r) => isWithin(ticket.placePath, r.placePath) && categoryRank(r) >= 0)
    .sort((a, b) => depthOf(b.placePath) - depthOf(a.placePath) || categoryRank(a) - categoryRank(b));
}

/** A category and those above it, nearest first, from a map of category → parent. */
export function categoryLine(id: string | null, parentOf: ReadonlyMap<string, string | null>): string[] {
  const line: string[] = [];
  for (let at = id; at && !line.includes(at); at = parentOf.get(at) ?? null) {
    line.push(at);
  }
  return line;
}
