import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { Place, ZPlaceDetail } from '../../../shared/places';
import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

export type PlaceDetail = z.infer<typeof ZPlaceDetail>;
export type Crumb = { id: string; name: string; level: Place['level'] };
type PlaceQuery = Omit<NonNullable<paths['/api/places']['get']['parameters']['query']>, 'limit' | 'cursor'>;

export const placeKeys = {
  ...domainKeys('places'),
  children: (parentId: string | null, hideGrids = false) =>
    ['places', 'children', parentId, hideGrids] as const,
  search: (q: string, under: string | null, hideGrids: boolean) =>
    ['places', 'search', q, under, hideGrids] as const,
};

/** Every page of a place query: the children of one node are a few hundred at most. */
export async function fetchAllPlaces(query: PlaceQuery): Promise<Place[]> {
  const items: Place[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(api.GET('/api/places', { params: { query: { ...query, limit: 100, cursor } } }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** One page of places matching a name or code (for pickers). */
export async function searchPlaces(q: string, level?: PlaceQuery['level']): Promise<Place[]> {
  return (await ok(api.GET('/api/places', { params: { query: { q, level, limit: 20 } } }))).items;
}

export const getPlaceDetail = (id: string) => ok(api.GET('/api/places/{id}', { params: { path: { id } } }));

export const createPlace = (body: JsonBody<'/api/places', 'post'>) => ok(api.POST('/api/places', { body }));

export const updatePlace = (id: string, body: JsonBody<'/api/places/{id}', 'patch'>) =>
  ok(api.PATCH('/api/places/{id}', { params: { path: { id } }, body }));

export const movePlace = (id: string, parentId: string) =>
  ok(api.POST('/api/places/{id}/move', { params: { path: { id } }, body: { parentId } }));

export const deletePlace = (id: string) => ok(api.DELETE('/api/places/{id}', { params: { path: { id } } }));

/** The top of the tree the account sees: its own node, or the districts for whole-tree accounts. */
export async function fetchRoots(placeId: string | null): Promise<Place[]> {
  if (placeId) {
    return [await getPlaceDetail(placeId)];
  }
  return fetchAllPlaces({ level: 'district' });
}

export function usePlace(id: string | null | undefined) {
  return useQuery({
    queryKey: placeKeys.detail(id),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    queryFn: () => getPlaceDetail(id ?? ''),
  });
}

// Building names count: 2栋 before 10栋.
const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;

/**
 * The children of a node (null: the districts), every page of them. With `hideGrids` (residents: grids are the
 * office's division of work) a compound's children are its buildings, whichever grid each belongs to.
 */
export function usePlaceChildren(parent: Crumb | null, { enabled = true, hideGrids = false } = {}) {
  const skipsGrids = hideGrids && parent?.level === 'compound';
  return useQuery({
    queryKey: placeKeys.children(parent?.id ?? null, skipsGrids),
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      if (skipsGrids && parent) {
        return (await fetchAllPlaces({ under: parent.id, level: 'building' })).sort((a, b) =>
          byName(a.name, b.name),
        );
      }
      return fetchAllPlaces(parent ? { parentId: parent.id } : { level: 'district' });
    },
  });
}

/** Places found by name, pinyin or initials (GET /api/places/search), asked once typing pauses. */
export function usePlaceSearch(typed: string, { under = null as string | null, hideGrids = false } = {}) {
  const q = useSettled(typed.trim(), 300);
  return useQuery({
    queryKey: placeKeys.search(q, under, hideGrids),
    enabled: q.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    queryFn: () =>
      ok(
        api.GET('/api/places/search', {
          params: { query: { q, under: under ?? undefined, grids: hideGrids ? 'false' : 'true' } },
        }),
      ),
  });
}

/** A value once it has stopped changing for `ms`: one request per pause in typing, not per key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * "府东社区 / 府东花园 / 1栋": the last few names, enough to recognise a place. Grids are left out: residents
 * know their compound and building, and the office's division into grids means nothing to them.
 */
export function placePath(place: PlaceDetail, depth = 4): string {
  return [...place.ancestors.filter((a) => a.level !== 'grid').map((a) => a.name), place.name]
    .slice(-depth)
    .join(' / ');
}
