import { useQuery } from '@tanstack/react-query';
import type { Unit } from '../../../shared/places';
import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type UnitQuery = NonNullable<paths['/api/units']['get']['parameters']['query']>;
/** The list's filters (everything but the paging). */
export type UnitFilters = Omit<UnitQuery, 'limit' | 'cursor'>;

export const unitKeys = {
  ...domainKeys('units'),
  serving: (placeId: string | null) => ['units', 'serving', placeId] as const,
};

export const listUnits = (query: UnitQuery) => ok(api.GET('/api/units', { params: { query } }));

export const getUnit = (id: string) => ok(api.GET('/api/units/{id}', { params: { path: { id } } }));

export const createUnit = (body: JsonBody<'/api/units', 'post'>) => ok(api.POST('/api/units', { body }));

export const updateUnit = (id: string, body: JsonBody<'/api/units/{id}', 'put'>) =>
  ok(api.PUT('/api/units/{id}', { params: { path: { id } }, body }));

export const deleteUnit = (id: string) => ok(api.DELETE('/api/units/{id}', { params: { path: { id } } }));

/** Units that may take a ticket at this place (on it, above or below it), every page. */
export function useServingUnits(placeId: string | null | undefined) {
  return useQuery({
    queryKey: unitKeys.serving(placeId ?? null),
    queryFn: async () => {
      const units: Unit[] = [];
      let cursor: string | undefined;
      do {
        const page = await listUnits({ placeId: placeId ?? undefined, limit: 100, cursor });
        units.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && units.length < 1000);
      return units;
    },
    staleTime: 5 * 60_000,
  });
}
