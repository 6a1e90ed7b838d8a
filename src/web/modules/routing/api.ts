import { useQuery } from '@tanstack/react-query';
import type { DispatchSuggestion, RoutedUnit } from '../../../shared/routing';
import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type RuleQuery = NonNullable<paths['/api/routing/rules']['get']['parameters']['query']>;
/** The catalogue list's filters (everything but the paging). */
export type RuleFilters = Omit<RuleQuery, 'limit' | 'cursor'>;
export type { DispatchSuggestion, RoutedUnit };

export const routingKeys = {
  ...domainKeys('routing'),
  suggestion: (ticketId: string) => ['routing', 'suggestion', ticketId] as const,
  suggestions: (ids: readonly string[]) => ['routing', 'suggestions', ...ids] as const,
};

export const listRules = (query: RuleQuery) => ok(api.GET('/api/routing/rules', { params: { query } }));

export const createRule = (body: JsonBody<'/api/routing/rules', 'post'>) =>
  ok(api.POST('/api/routing/rules', { body }));

export const updateRule = (id: string, body: JsonBody<'/api/routing/rules/{id}', 'put'>) =>
  ok(api.PUT('/api/routing/rules/{id}', { params: { path: { id } }, body }));

export const deleteRule = (id: string) =>
  ok(api.DELETE('/api/routing/rules/{id}', { params: { path: { id } } }));

/** 按派单目录分派: each ticket to its own main handler; each answers on its own (moved, or refused). */
export const dispatchByCatalogue = (ids: string[], note?: string) =>
  ok(api.POST('/api/routing/dispatch', { body: { ids, ...(note ? { note } : {}) } }));

/** Where the catalogue sends one ticket (the single dispatch's first choices); off for who does not dispatch. */
export function useDispatchSuggestion(ticketId: string | undefined, isEnabled: boolean) {
  return useQuery({
    queryKey: routingKeys.suggestion(ticketId ?? ''),
    queryFn: () =>
      ok(api.GET('/api/tickets/{id}/dispatch-suggestions', { params: { path: { id: ticketId ?? '' } } })),
    enabled: isEnabled && Boolean(ticketId),
  });
}

/** Where the catalogue sends each of these tickets (the bulk dispatch's preview), by ticket id. */
export function useDispatchSuggestions(ids: readonly string[], isEnabled: boolean) {
  return useQuery({
    queryKey: routingKeys.suggestions(ids),
    queryFn: async () => {
      const answer = await ok(api.POST('/api/routing/suggestions', { body: { ids: [...ids] } }));
      return new Map(answer.items.map((s) => [s.ticketId, s]));
    },
    enabled: isEnabled && ids.length > 0,
  });
}
