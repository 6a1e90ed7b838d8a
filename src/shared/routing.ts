import { z } from 'zod';
import { ZPlaceLevel, ZUnitKind } from './places';

/** At most this many units per catalogue rule: the main handler and a few others to fall back on. */
export const MAX_RULE_UNITS = 5;
/** At most this many tickets per suggestion or dispatch request: a page of the list. */
export const MAX_ROUTED_TICKETS = 100;

/** A unit a rule names, as lists and suggestions show it. */
export const ZRoutedUnit = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ZUnitKind,
  placeName: z.string().describe('The place the unit sits on'),
});
export type RoutedUnit = z.infer<typeof ZRoutedUnit>;

/**
 * One rule of the routing catalogue (派单目录): tickets of a category at a place (or below it) go to these units.
 * The dispatch takes one unit: the first is the main handler (主办), the others are the next suggestions.
 */
export const ZRoutingRule = z.object({
  id: z.uuid(),
  placeId: z.uuid(),
  placeName: z.string(),
  placeLevel: ZPlaceLevel,
  categoryId: z.uuid(),
  categoryName: z.string().describe("In the caller's language"),
  parentCategoryName: z.string().nullable().describe('The category above it, or null for a top category'),
  units: z.array(ZRoutedUnit).describe('In order: the main handler first'),
  updatedAt: z.string(),
  allowedActions: z.array(z.enum(['update', 'delete'])).describe('What the caller may do with it'),
});
export type RoutingRule = z.infer<typeof ZRoutingRule>;

export const ZRoutingRuleInput = z.object({
  categoryId: z.uuid().describe('A node of the category tree: a rule on a category covers its subcategories'),
  placeId: z.uuid().describe('A node of the place tree the caller serves: a rule covers the places below it'),
  unitIds: z
    .array(z.uuid())
    .min(1)
    .max(MAX_RULE_UNITS)
    .describe('Units serving the place (on it, above or below it), in order: the main handler first'),
});
export type RoutingRuleInput = z.infer<typeof ZRoutingRuleInput>;

export const ZRoutingRuleListQuery = z.object({
  placeId: z.uuid().optional().describe('Rules on this place, above it (they apply to it) and below it'),
  categoryId: z.uuid().optional().describe('Rules on this category, the one above it and those below it'),
  unitId: z.uuid().optional().describe('Rules naming this unit'),
});

/** Where a ticket would go by the catalogue: the most specific rule and its units it can be dispatched to. */
export const ZDispatchSuggestion = z.object({
  ticketId: z.uuid(),
  rule: z
    .object({
      id: z.uuid(),
      placeName: z.string(),
      categoryName: z.string(),
    })
    .nullable()
    .describe('null when no rule of the catalogue covers the ticket'),
  units: z.array(ZRoutedUnit).describe('In order: the first is the one to dispatch to (主办)'),
});
export type DispatchSuggestion = z.infer<typeof ZDispatchSuggestion>;

const ZTicketIds = z
  .array(z.uuid())
  .min(1)
  .max(MAX_ROUTED_TICKETS)
  .describe(`The tickets, at most ${MAX_ROUTED_TICKETS}; an id listed twice counts once`);

/** `POST /api/routing/suggestions`: the catalogue's answer for several tickets (the bulk dispatch preview). */
export const ZSuggestionsRequest = z.object({ ids: ZTicketIds });

/** `POST /api/routing/dispatch`: each ticket to the main handler its catalogue rule names. */
export const ZCatalogueDispatch = z.object({
  ids: ZTicketIds,
  note: z.string().trim().min(1).max(2000).optional().describe("Written on every ticket's timeline"),
});
